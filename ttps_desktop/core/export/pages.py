"""Evidence pages for export, rebuilt rather than copied: each page is fitted above a footer margin on a fresh
page. Images are embedded without their metadata (every page of a multi-page TIFF becomes a page); PDF pages are
built afresh from their content (pdf_pages.py)."""

from __future__ import annotations

import io
import logging
import math
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pypdf import PageObject, PdfWriter, Transformation
from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

from ttps_desktop.core.evidence.inspect import PIL_FORMATS
from ttps_desktop.core.evidence.limits import limits
from ttps_desktop.core.export.layout import (
    A4,
    FOOTER,
    LETTER,
    MARGIN,
    MM,
    append_page,
    content_box,
    ctm,
    stream,
    strip_jpeg_metadata,
)
from ttps_desktop.core.export.pdf_pages import add_pdf_pages
from ttps_desktop.core.rules.model import FileKind

__all__ = [
    "A4",
    "FOOTER",
    "LETTER",
    "MARGIN",
    "MM",
    "add_document_pages",
    "add_image_page",
    "add_pdf_pages",
    "content_box",
    "frame_count",
    "image_frames",
    "strip_jpeg_metadata",
    "upright_frame",
]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # to the app's log, never to the terminal
_ORIENTATION_ANGLE = {1: 0, 3: 180, 6: -90, 8: 90}


def _open(data: bytes, kind: FileKind) -> Any:
    from PIL import Image

    if kind is FileKind.HEIF:
        import pillow_heif

        pillow_heif.register_heif_opener()
    Image.MAX_IMAGE_PIXELS = limits().max_image_megapixels * 1_000_000
    return Image.open(io.BytesIO(data), formats=PIL_FORMATS[kind])


@contextmanager
def _warnings_to_log(kind: FileKind) -> Iterator[None]:
    """Library warnings about a file go to the log, not the terminal."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        log.info("reading a %s for export: %s", kind.value, warning.message)


def plain_pixels(image: Any) -> Any:
    """RGB or grey pixels of any mode intake accepts: transparency on white, 16-bit samples scaled to 8 bits
    (big- or little-endian), CMYK and the rest converted."""
    from PIL import Image

    mode = image.mode
    if mode in ("RGBA", "LA", "P", "PA", "La", "RGBa") or (
        mode in ("L", "RGB") and "transparency" in image.info
    ):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if mode in ("L", "RGB"):
        return image
    if mode.startswith("I;16") or mode == "I":
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if mode in ("F", "1"):
        return image.convert("L")
    return image.convert("RGB")  # CMYK, YCbCr, LAB, HSV...


def frame_count(data: bytes, kind: FileKind) -> int:
    """How many pages an image file gives: every page of a TIFF, the first picture of other kinds."""
    if kind is not FileKind.TIFF:
        return 1
    with _warnings_to_log(kind), _open(data, kind) as opened:
        return int(getattr(opened, "n_frames", 1))


def upright_frame(data: bytes, kind: FileKind, frame: int = 0, long_edge: int | None = None) -> Any:
    """One page of an image file as upright RGB or grey pixels in a new image, carrying no metadata. With
    ``long_edge``, a JPEG is decoded at the smallest scale that still has that many pixels (much faster)."""
    from PIL import Image, ImageOps

    with _warnings_to_log(kind), _open(data, kind) as opened:
        opened.seek(frame)
        ratio = long_edge / max(opened.size) if long_edge else 1.0
        if ratio < 1 and kind is FileKind.JPEG and opened.mode in ("RGB", "L"):
            opened.draft(opened.mode, (math.ceil(opened.width * ratio), math.ceil(opened.height * ratio)))
        pixels = plain_pixels(ImageOps.exif_transpose(opened))
        clean = Image.new(pixels.mode, pixels.size)
        clean.paste(pixels)  # a new image carries none of the source's info dictionary
        return clean


def image_frames(data: bytes, kind: FileKind, quality: int = 90) -> Iterator[bytes]:
    """Each page of an image (every page of a TIFF; the first picture of other kinds), upright, as a fresh JPEG
    with no metadata at all."""
    for frame in range(frame_count(data, kind)):
        out = io.BytesIO()
        upright_frame(data, kind, frame).save(out, "JPEG", quality=quality, optimize=True)
        yield out.getvalue()


def _probe(jpeg: bytes) -> tuple[int, int, str]:
    from PIL import Image

    with Image.open(io.BytesIO(jpeg)) as probe:
        return probe.width, probe.height, probe.mode


def _jpegs_for_pages(data: bytes, kind: FileKind, orientation: int) -> list[tuple[bytes, int, int, str, int]]:
    """JPEG bytes to embed as they are (metadata segments removed), their size, colour space and the EXIF
    orientation still to apply, one per page; anything that is not a plain JPEG is re-encoded from upright
    pixels first."""
    if kind is FileKind.JPEG and orientation in _ORIENTATION_ANGLE:
        stripped = strip_jpeg_metadata(data)
        if stripped is not None:
            width, height, mode = _probe(stripped)
            if mode in ("RGB", "L"):
                return [(stripped, width, height, mode, orientation)]
    return [(jpeg, *_probe(jpeg), 1) for jpeg in image_frames(data, kind)]


def _place_jpeg(
    writer: PdfWriter,
    jpeg: bytes,
    width: int,
    height: int,
    mode: str,
    orientation: int,
    paper: tuple[float, float],
    turn: int,
) -> PageObject:
    angle = _ORIENTATION_ANGLE[orientation] - turn % 360
    shown = (height, width) if angle % 180 else (width, height)
    size = paper if shown[1] >= shown[0] else (paper[1], paper[0])
    x, y, box_w, box_h = content_box(size)
    scale = min(box_w / shown[0], box_h / shown[1])
    image = StreamObject()
    image._data = jpeg
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject("/DeviceGray" if mode == "L" else "/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }
    )
    centre = (x + box_w / 2, y + box_h / 2)
    matrix = (
        Transformation()
        .translate(-0.5, -0.5)
        .scale(width * scale, height * scale)
        .rotate(angle)
        .translate(*centre)
    )
    page = PageObject.create_blank_page(None, width=size[0], height=size[1])
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})}
    )
    page[NameObject("/Contents")] = writer._add_object(stream(f"q {ctm(matrix)} cm /Im0 Do Q".encode()))
    return append_page(writer, page)


def add_image_pages(
    writer: PdfWriter,
    data: bytes,
    kind: FileKind,
    orientation: int,
    paper: tuple[float, float],
    turn: int = 0,
) -> list[PageObject]:
    """A page per picture (each page of a TIFF), upright, then turned ``turn`` degrees clockwise as the user
    asked, fitted into the content box (landscape paper for wide images). The JPEG stream is embedded directly,
    as img2pdf does: no decoding, no re-encoding, no ASCII85. Everything is decoded before anything is added."""
    prepared = _jpegs_for_pages(data, kind, orientation)
    return [_place_jpeg(writer, *item, paper=paper, turn=turn) for item in prepared]


def add_image_page(
    writer: PdfWriter,
    data: bytes,
    kind: FileKind,
    orientation: int,
    paper: tuple[float, float],
    turn: int = 0,
) -> PageObject:
    """The first (or only) picture of an image file as a page: see add_image_pages."""
    jpeg, width, height, mode, orientation = _jpegs_for_pages(data, kind, orientation)[0]
    return _place_jpeg(writer, jpeg, width, height, mode, orientation, paper, turn)


def add_document_pages(
    writer: PdfWriter,
    data: bytes,
    kind: FileKind,
    orientation: int,
    paper: tuple[float, float],
    turn: int = 0,
) -> list[PageObject]:
    """Every page of one evidence document; raises, having added nothing, if the document cannot be exported."""
    if kind is FileKind.PDF:
        return add_pdf_pages(writer, data, paper, turn)
    return add_image_pages(writer, data, kind, orientation, paper, turn)
