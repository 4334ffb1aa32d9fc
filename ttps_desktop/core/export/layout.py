"""Paper sizes, the area evidence may use on a page, and small helpers shared by the page builders."""

from __future__ import annotations

from pypdf import PageObject, PdfWriter, Transformation
from pypdf.generic import ArrayObject, NameObject, StreamObject

MM = 72 / 25.4
A4 = (595.2756, 841.8898)
LETTER = (612.0, 792.0)
FOOTER = 12 * MM  # kept free for the stamp on every page
MARGIN = 6 * MM

# JPEG markers that carry metadata: APP1 (EXIF, XMP), APP2 (ICC, FlashPix), APP3-APP13, APP15, COM. Kept: APP0
# (JFIF) and APP14 (Adobe: how CMYK and YCCK data decode).
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


def content_box(size: tuple[float, float]) -> tuple[float, float, float, float]:
    """x, y, width, height of the area evidence may use: everything but margins and the footer."""
    width, height = size
    return MARGIN, FOOTER, width - 2 * MARGIN, height - FOOTER - MARGIN


def ctm(matrix: Transformation | tuple[float, float, float, float, float, float]) -> str:
    values = matrix.ctm if isinstance(matrix, Transformation) else matrix
    return " ".join(_number(v) for v in values)


def _number(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def append_page(writer: PdfWriter, page: PageObject) -> PageObject:
    """Add a page built for this writer. Registered first, so pypdf adds it as it is instead of cloning it."""
    writer._add_object(page)
    return writer.add_page(page)


def stream(data: bytes) -> StreamObject:
    out = StreamObject()
    out._data = data
    return out


def contents(writer: PdfWriter, page: PageObject) -> list[object]:
    """The page's content streams as references, unresolved and undecoded."""
    raw = dict.get(page, NameObject("/Contents"))
    if raw is None:
        return []
    if isinstance(raw, StreamObject):  # a direct stream: make it indirect so an array can hold it
        return [writer._add_object(raw)]
    resolved = raw.get_object()
    return list(resolved) if isinstance(resolved, ArrayObject) else [raw]
