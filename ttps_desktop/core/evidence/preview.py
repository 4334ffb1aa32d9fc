"""Small upright pictures of stored photos and scans, for thumbnails and the preview. Qt-free: the window turns
the pixels into an image; PDF pages are drawn by the window's PDF renderer.

Only images that passed inspection reach here, and the pixel limit still applies. A JPEG is decoded at a
reduced scale (libjpeg's draft mode), so a 12-megapixel phone photo becomes a thumbnail in a few milliseconds.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from ttps_desktop.core.evidence.inspect import PIL_FORMATS
from ttps_desktop.core.evidence.limits import limits
from ttps_desktop.core.evidence.sniff import MEDIA_TYPES
from ttps_desktop.core.rules.model import FileKind

MEDIA_KINDS = {media_type: kind for kind, media_type in MEDIA_TYPES.items()}


@dataclass(frozen=True)
class Picture:
    """RGB pixels, three bytes each, row after row."""

    width: int
    height: int
    rgb: bytes


def kind_of(media_type: str) -> FileKind | None:
    return MEDIA_KINDS.get(media_type)


def image_picture(data: bytes, kind: FileKind, long_edge: int, turn: int = 0) -> Picture:
    """The image upright (EXIF orientation applied), turned ``turn`` degrees clockwise, no longer than
    ``long_edge`` pixels."""
    from PIL import Image, ImageOps  # here, not at the top: the window starts without Pillow

    if kind is FileKind.HEIF:
        import pillow_heif

        pillow_heif.register_heif_opener()
    Image.MAX_IMAGE_PIXELS = limits().max_image_megapixels * 1_000_000
    with Image.open(io.BytesIO(data), formats=PIL_FORMATS[kind]) as opened:
        if kind is FileKind.JPEG:
            opened.draft("RGB", (long_edge, long_edge))
        upright = ImageOps.exif_transpose(opened)
        upright.thumbnail((long_edge, long_edge))
        rgb = upright.convert("RGB")
    if turn % 360:
        rgb = rgb.rotate(-(turn % 360), expand=True)
    return Picture(rgb.width, rgb.height, rgb.tobytes())
