"""A file for an item that takes JPEG alone, made into a JPEG: one page of a PDF drawn by the page drawer the
upload pack uses for image-only profiles (QtPdf in a worker process, passed in by the window or the command
line), or the picture of another image format (PNG, HEIC, TIFF...) re-encoded upright from its pixels.

Only files that passed inspection are converted, and the copy carries no metadata. The user's file is only
read; the JPEG is what the project keeps, like any imported file.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from ttps_desktop.core.rules.model import FileKind

if TYPE_CHECKING:
    from ttps_desktop.core.export.pack import PageDrawer

JPEG_QUALITY = 92
PDF_PAGE_LONG_EDGE = 3508  # pixels: an A4 page at 300 dpi


class NotDrawnError(Exception):
    """The page drawer could not draw the page (or there is none for a PDF)."""


def jpeg_of(data: bytes, kind: FileKind, page: int, draw_page: PageDrawer | None) -> bytes:
    """Page ``page`` (0-based) of a PDF, or of a multi-page TIFF, or the picture of another image, as a fresh
    JPEG without metadata. Raises NotDrawnError when a PDF page cannot be drawn."""
    from PIL import Image

    from ttps_desktop.core.export.pages import upright_frame

    if kind is FileKind.PDF:
        picture = draw_page(data, page, 0, PDF_PAGE_LONG_EDGE) if draw_page is not None else None
        if picture is None:
            raise NotDrawnError
        image = Image.frombytes("RGB", (picture.width, picture.height), picture.rgb)
    else:
        image = upright_frame(data, kind, page if kind is FileKind.TIFF else 0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def converted_name(name: str, page: int, pages: int) -> str:
    """``scan.pdf`` -> ``scan.jpg``; page 2 of a longer one -> ``scan-2.jpg``."""
    stem = Path(name).stem or name
    return f"{stem}.jpg" if pages <= 1 else f"{stem}-{page + 1}.jpg"
