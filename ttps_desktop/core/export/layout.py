"""Paper sizes, the area evidence may use on a page, and small helpers shared by the page builders."""

from __future__ import annotations

import re

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
_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")  # in entropy-coded data: a marker, not a stuffed byte


def strip_jpeg_metadata(data: bytes) -> bytes | None:
    """The same JPEG without metadata segments and without anything after its end (the further pictures of an
    MPO file with their own EXIF, a phone's "motion photo" video), untouched otherwise; None if it is not a plain
    JPEG we can walk."""
    if not data.startswith(b"\xff\xd8"):
        return None
    out = bytearray(b"\xff\xd8")
    pos, size = 2, len(data)
    while pos + 2 <= size:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker == 0xD9:  # end of image: what follows is not this picture
            out += b"\xff\xd9"
            return bytes(out)
        if marker in _STANDALONE:
            out += data[pos : pos + 2]
            pos += 2
            continue
        if pos + 4 > size:
            return None
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker not in _DROP:
            out += data[pos:end]
        pos = end
        if (
            marker == 0xDA
        ):  # a scan's entropy-coded data runs to the next marker (not a stuffed 00 or a restart)
            found = _MARKER.search(data, pos)
            if found is None:  # truncated: keep what there is, as decoders do
                out += data[pos:]
                return bytes(out)
            out += data[pos : found.start()]
            pos = found.start()
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
