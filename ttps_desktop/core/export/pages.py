"""Evidence pages for export, rebuilt rather than copied: each page is fitted above a footer margin on a fresh
page, images are embedded without their metadata, PDF pages lose annotations, scripts and metadata streams."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PageObject, PdfReader, Transformation
from pypdf.generic import NameObject, NumberObject, StreamObject
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ttps_desktop.core.evidence.working_copy import image_working_copy
from ttps_desktop.core.export.fonts import register_fonts
from ttps_desktop.core.rules.model import FileKind

MM = 72 / 25.4
A4 = (595.2756, 841.8898)
LETTER = (612.0, 792.0)
FOOTER = 12 * MM  # kept free for the stamp on every page
MARGIN = 6 * MM

# JPEG markers that carry metadata: APP1 (EXIF, XMP), APP2 (ICC, FlashPix), APP3-APP13, APP15, COM.
_DROP = {0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEF, 0xFE}
_STANDALONE = {0xD8, 0xD9, 0x01} | set(range(0xD0, 0xD8))


def strip_jpeg_metadata(data: bytes) -> bytes | None:
    """The same JPEG without metadata segments, untouched otherwise; None if it is not a plain JPEG we can walk."""
    if not data.startswith(b"\xff\xd8"):
        return None
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in _STANDALONE:
            out += data[pos : pos + 2]
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        segment = data[pos : pos + 2 + length]
        if marker == 0xDA:  # start of scan: the rest is image data up to EOI
            out += data[pos:]
            return bytes(out)
        if marker not in _DROP:
            out += segment
        pos += 2 + length
    return None


@dataclass(frozen=True)
class PageSize:
    width: float
    height: float


def content_box(size: tuple[float, float]) -> tuple[float, float, float, float]:
    """x, y, width, height of the area evidence may use: everything but margins and the footer."""
    width, height = size
    return MARGIN, FOOTER, width - 2 * MARGIN, height - FOOTER - MARGIN


def _oriented(width: int, height: int, orientation: int) -> tuple[int, int]:
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def image_page(data: bytes, kind: FileKind, orientation: int, paper: tuple[float, float]) -> bytes:
    """A one-page PDF showing the image upright, fitted into the content box (landscape paper for wide images).
    A plain JPEG is embedded as it is, metadata segments removed; anything else is re-encoded from pixels."""
    from PIL import Image

    stripped = strip_jpeg_metadata(data) if kind is FileKind.JPEG and orientation in (1, 3, 6, 8) else None
    if stripped is not None:
        with Image.open(io.BytesIO(stripped)) as probe:
            plain = probe.mode in ("RGB", "L")
            stored = probe.size
        if not plain:
            stripped = None
    if stripped is None:
        data = image_working_copy(data, kind)
        with Image.open(io.BytesIO(data)) as probe:
            stored = probe.size
        orientation, source = 1, data
    else:
        source = stripped
    shown = _oriented(stored[0], stored[1], orientation)
    page = paper if shown[1] >= shown[0] else (paper[1], paper[0])
    x, y, box_w, box_h = content_box(page)
    scale = min(box_w / shown[0], box_h / shown[1])
    draw_w, draw_h = shown[0] * scale, shown[1] * scale
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=page, invariant=True, initialFontName=register_fonts(), pageCompression=1)
    canvas.translate(x + (box_w - draw_w) / 2 + draw_w / 2, y + (box_h - draw_h) / 2 + draw_h / 2)
    canvas.rotate({1: 0, 3: 180, 6: -90, 8: 90}[orientation])
    w, h = stored[0] * scale, stored[1] * scale
    canvas.drawImage(ImageReader(io.BytesIO(source)), -w / 2, -h / 2, w, h)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _scrub_stream(stream: StreamObject) -> None:
    if NameObject("/Metadata") in stream:
        del stream[NameObject("/Metadata")]
    if stream.get("/Subtype") == "/Image" and stream.get("/Filter") in ("/DCTDecode", ["/DCTDecode"]):
        stripped = strip_jpeg_metadata(stream._data)
        if stripped is not None:
            stream._data = stripped
            stream[NameObject("/Length")] = NumberObject(len(stripped))


def scrub_resources(resources: object, seen: set[int] | None = None) -> None:
    """Remove metadata streams and JPEG metadata from every image reachable from a page's resources."""
    seen = seen if seen is not None else set()
    if resources is None:
        return
    resources = resources.get_object()  # type: ignore[attr-defined]
    xobjects = resources.get("/XObject")  # type: ignore[attr-defined]
    if xobjects is None:
        return
    for ref in xobjects.get_object().values():
        key = getattr(ref, "idnum", id(ref))
        if key in seen:
            continue
        seen.add(key)
        stream = ref.get_object()
        if isinstance(stream, StreamObject):
            _scrub_stream(stream)
            if stream.get("/Subtype") == "/Form":
                scrub_resources(stream.get("/Resources"), seen)


def fitted_pdf_pages(data: bytes, paper: tuple[float, float]) -> list[PageObject]:
    """Each page of a PDF, placed scaled on a fresh page of ``paper`` size above the footer. Only the drawing is
    carried over: no annotations, links, form fields, scripts or page actions."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    pages = []
    for source in reader.pages:
        box = source.mediabox
        # The page's /Rotate (clockwise, for display) goes into the matrix, so the fresh page needs none.
        turn = Transformation().rotate(-(int(source.get("/Rotate", 0) or 0) % 360))
        corners = [
            turn.apply_on((float(cx), float(cy)))
            for cx in (box.left, box.right)
            for cy in (box.bottom, box.top)
        ]
        min_x, min_y = min(c[0] for c in corners), min(c[1] for c in corners)
        shown_w = max(c[0] for c in corners) - min_x
        shown_h = max(c[1] for c in corners) - min_y
        page_size = (paper[1], paper[0]) if shown_w > shown_h else paper
        x, y, box_w, box_h = content_box(page_size)
        scale = min(box_w / shown_w, box_h / shown_h)
        dx = x + (box_w - shown_w * scale) / 2
        dy = y + (box_h - shown_h * scale) / 2
        matrix = turn.translate(-min_x, -min_y).scale(scale, scale).translate(dx, dy)
        target = PageObject.create_blank_page(width=page_size[0], height=page_size[1])
        target.merge_transformed_page(source, matrix, over=True)
        for key in ("/Annots", "/AA", "/Metadata", "/PieceInfo"):
            if NameObject(key) in target:
                del target[NameObject(key)]
        scrub_resources(target.get("/Resources"))
        pages.append(target)
    return pages
