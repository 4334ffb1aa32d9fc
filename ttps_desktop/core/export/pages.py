"""Evidence pages for export, rebuilt rather than copied: each page is fitted above a footer margin on a fresh
page, images are embedded without their metadata, PDF pages lose annotations, scripts and metadata streams."""

from __future__ import annotations

import io

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
)

from ttps_desktop.core.evidence.working_copy import image_working_copy
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


def content_box(size: tuple[float, float]) -> tuple[float, float, float, float]:
    """x, y, width, height of the area evidence may use: everything but margins and the footer."""
    width, height = size
    return MARGIN, FOOTER, width - 2 * MARGIN, height - FOOTER - MARGIN


def _jpeg_for_page(data: bytes, kind: FileKind, orientation: int) -> tuple[bytes, int, int, str, int]:
    """JPEG bytes to embed as they are (metadata segments removed), their size, colour space and the rotation
    still to apply; anything that is not a plain JPEG is re-encoded from upright pixels first."""
    from PIL import Image

    if kind is FileKind.JPEG and orientation in (1, 3, 6, 8):
        stripped = strip_jpeg_metadata(data)
        if stripped is not None:
            with Image.open(io.BytesIO(stripped)) as probe:
                if probe.mode in ("RGB", "L"):
                    return stripped, probe.width, probe.height, probe.mode, orientation
    clean = image_working_copy(data, kind, jpeg_always=True)
    with Image.open(io.BytesIO(clean)) as probe:
        return clean, probe.width, probe.height, probe.mode, 1


def add_image_page(
    writer: PdfWriter,
    data: bytes,
    kind: FileKind,
    orientation: int,
    paper: tuple[float, float],
    turn: int = 0,
) -> PageObject:
    """A page showing the image upright, then turned ``turn`` degrees clockwise as the user asked, fitted into the
    content box (landscape paper for wide images). The JPEG stream is embedded directly, as img2pdf does: no
    decoding, no re-encoding, no ASCII85."""
    jpeg, width, height, mode, orientation = _jpeg_for_page(data, kind, orientation)
    angle = {1: 0, 3: 180, 6: -90, 8: 90}[orientation] - turn % 360
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
    page = PageObject.create_blank_page(writer, width=size[0], height=size[1])
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})}
    )
    page[NameObject("/Contents")] = writer._add_object(_stream(f"q {_ctm(matrix)} cm /Im0 Do Q".encode()))
    writer.add_page(page)
    return writer.pages[-1]


def _ctm(matrix: Transformation) -> str:
    return " ".join(f"{v:.6f}".rstrip("0").rstrip(".") or "0" for v in matrix.ctm)


def _stream(data: bytes) -> StreamObject:
    stream = StreamObject()
    stream._data = data
    return stream


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


def _contents(writer: PdfWriter, page: PageObject) -> list[object]:
    """The page's content streams as references, unresolved and undecoded."""
    raw = dict.get(page, NameObject("/Contents"))
    if raw is None:
        return []
    if isinstance(raw, StreamObject):  # a direct stream: make it indirect so an array can hold it
        return [writer._add_object(raw)]
    resolved = raw.get_object()
    return list(resolved) if isinstance(resolved, ArrayObject) else [raw]


def add_pdf_pages(
    writer: PdfWriter, data: bytes, paper: tuple[float, float], turn: int = 0
) -> list[PageObject]:
    """Each page of a PDF, turned ``turn`` degrees clockwise as the user asked, scaled into the content box of a
    fresh ``paper``-sized page. The page's own content
    streams are wrapped, not parsed (fast, and exact); annotations, links, form fields, scripts, page actions and
    metadata streams are dropped."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    added = []
    for source in reader.pages:
        box = source.mediabox
        resources = source.get_inherited("/Resources", DictionaryObject())
        # The page's /Rotate (clockwise, for display) goes into the matrix, so the placed page needs none.
        clockwise = (int(source.get_inherited("/Rotate", 0) or 0) + turn) % 360
        rotation = Transformation().rotate(-clockwise)
        corners = [
            rotation.apply_on((float(cx), float(cy)))
            for cx in (box.left, box.right)
            for cy in (box.bottom, box.top)
        ]
        min_x, min_y = min(c[0] for c in corners), min(c[1] for c in corners)
        shown_w = max(c[0] for c in corners) - min_x
        shown_h = max(c[1] for c in corners) - min_y
        size = (paper[1], paper[0]) if shown_w > shown_h else paper
        x, y, box_w, box_h = content_box(size)
        scale = min(box_w / shown_w, box_h / shown_h)
        matrix = (
            rotation.translate(-min_x, -min_y)
            .scale(scale, scale)
            .translate(x + (box_w - shown_w * scale) / 2, y + (box_h - shown_h * scale) / 2)
        )
        page = writer.add_page(source)
        for key in (
            "/Annots",
            "/AA",
            "/Metadata",
            "/PieceInfo",
            "/Rotate",
            "/CropBox",
            "/BleedBox",
            "/TrimBox",
            "/ArtBox",
            "/B",
            "/Thumb",
        ):
            if NameObject(key) in page:
                del page[NameObject(key)]
        if NameObject("/Resources") not in page:
            page[NameObject("/Resources")] = (
                resources.clone(writer) if hasattr(resources, "clone") else DictionaryObject()
            )
        page[NameObject("/MediaBox")] = RectangleObject((0, 0, size[0], size[1]))
        body = _contents(writer, page)
        page[NameObject("/Contents")] = ArrayObject(
            [
                writer._add_object(_stream(f"q {_ctm(matrix)} cm\n".encode())),
                *body,
                writer._add_object(_stream(b"\nQ\n")),
            ]
        )
        scrub_resources(page.get("/Resources"))
        added.append(page)
    return added
