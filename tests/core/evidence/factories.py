"""Good and bad input files, generated on the spot (no downloaded corpora)."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from typing import cast

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from ttps_desktop.core.demo import generate_document


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def huge_png(width: int, height: int, bit_depth: int = 1, colour_type: int = 0) -> bytes:
    """A PNG of any size that costs kilobytes on disk: every row is zeros, compressed as a stream."""
    channels = {0: 1, 2: 3}[colour_type]
    row = b"\x00" + bytes((width * channels * bit_depth + 7) // 8)
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", b"".join(parts))
        + png_chunk(b"IEND", b"")
    )


def image_bytes(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def textured(size: tuple[int, int] = (1800, 2400), mode: str = "RGB") -> Image.Image:
    """A sharp, mid-bright, contrasty picture, so that quality hints stay quiet."""
    noise = Image.effect_noise(size, 60).point(lambda x: min(255, max(0, (x - 128) * 5 + 128)))
    return noise.convert("RGB").convert(mode)


def pdf(build: Callable[[PdfWriter], object] | None = None, pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if build:
        build(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def text_pdf() -> bytes:
    return generate_document("degree_certificate")


def encrypted_pdf(user: str, owner: str) -> bytes:
    from pypdf import PdfReader

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_javascript() -> bytes:
    def build(writer: PdfWriter) -> None:
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('hello');"),
            }
        )
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)

    return pdf(build)


def pdf_with_attachment() -> bytes:
    return pdf(lambda w: w.add_attachment("secret.txt", b"inside"))


def pdf_with_cyclic_outline() -> bytes:
    def build(writer: PdfWriter) -> None:
        first = writer.add_outline_item(title="One", page_number=0)
        second = writer.add_outline_item(title="Two", page_number=0)
        cast(DictionaryObject, second.get_object())[NameObject("/Next")] = first  # Two → One → Two → ...
        cast(DictionaryObject, first.get_object())[NameObject("/Prev")] = second

    return pdf(build, pages=2)


def pdf_with_broken_xref() -> bytes:
    data = text_pdf()
    start = data.rindex(b"startxref") + len(b"startxref")
    end = data.index(b"%%EOF", start)
    return data[:start] + b"\n999999\n" + data[end:]


def raw_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF written by hand: object n is objects[n - 1], object 1 the catalog; a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d " % len(data) + extra + b" >>\nstream\n" + data + b"\nendstream"


_PAGE_TEXT = _stream(b"BT /F1 24 Tf 72 700 Td (Certificate of employment) Tj ET")
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_with_locked_attachment(pages_in_clear: bool = True, pinned: bool = False) -> bytes:
    """A PDF 2.0-style file whose crypt filters encrypt the embedded file only (/EFF), as Acrobat's
    "encrypt only file attachments" writes it: pages, strings and streams are in the clear (/Identity).
    With ``pages_in_clear`` False, streams are encrypted too: a real password-protected file."""
    stream_filter = b"/Identity" if pages_in_clear else b"/StdCF"
    encrypt = (
        b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /EncryptMetadata false"
        b" /CF << /StdCF << /CFM /AESV3 /AuthEvent /EFOpen /Length 32 >> >>"
        b" /StmF " + stream_filter + b" /StrF " + stream_filter + b" /EFF /StdCF"
        b" /O <" + b"11" * 48 + b"> /U <" + b"22" * 48 + b">"
        b" /OE <" + b"33" * 32 + b"> /UE <" + b"44" * 32 + b"> /Perms <" + b"55" * 16 + b"> >>"
    )
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(secret.txt) 6 0 R] >> >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >>" + (b" /Annots [9 0 R]" if pinned else b"") + b" >>",
            _PAGE_TEXT,
            _FONT,
            b"<< /Type /Filespec /F (secret.txt) /UF (secret.txt) /EF << /F 7 0 R >> >>",
            _stream(bytes(range(48)), b"/Type /EmbeddedFile"),  # stands for AES ciphertext
            encrypt,
            b"<< /Type /Annot /Subtype /FileAttachment /Rect [500 700 520 720] /FS 6 0 R /Name /PushPin >>",
        ],
        b"/Encrypt 8 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
    )


def pdf_with_form(value: bytes | None, appearance: bool, xfa: bool = False) -> bytes:
    """A one-page form with one text field: filled with ``value`` (None: empty), with or without an
    appearance stream that draws it; optionally an XFA form beside it."""
    field = b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (employer) /Rect [72 600 300 630] /P 3 0 R"
    if value is not None:
        field += b" /V (" + value + b")"
    if appearance:
        field += b" /AP << /N 6 0 R >>"
    field += b" >>"
    drawn = b"/Tx BMC BT /F1 12 Tf 2 8 Td (" + (value or b"") + b") Tj ET EMC"
    form = b"<< /Fields [4 0 R] /DA (/Helv 0 Tf 0 g)"
    if xfa:
        form += b" /XFA 7 0 R"
    form += b" >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm " + form + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 8 0 R /Annots [4 0 R]"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        field,
        _FONT,
        _stream(
            drawn, b"/Type /XObject /Subtype /Form /BBox [0 0 228 30] /Resources << /Font << /F1 5 0 R >> >>"
        ),
        _stream(b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'/>"),
        _PAGE_TEXT,
    ]
    return raw_pdf(objects)


def pdf_with_page_tree_loop() -> bytes:
    """A page tree whose node lists its own parent among its kids."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        ]
    )


def gif_bomb(width: int = 65535, height: int = 65535) -> bytes:
    """A GIF of a few bytes whose one frame claims ``width`` × ``height`` pixels (its screen is 1 × 1)."""
    small = image_bytes(Image.new("P", (1, 1)), "GIF")
    at = small.index(b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00")  # image descriptor: at 0,0, 1 × 1
    return small[:at] + b"\x2c\x00\x00\x00\x00" + struct.pack("<HH", width, height) + small[at + 9 :]


def pdf_with_odd_page(contents_filter: bytes = b"", image: tuple[bytes, bytes] = (b"8", b"8")) -> bytes:
    """A one-page PDF whose content stream may carry ``contents_filter`` (as a "JBIG2 bomb" does: a filter
    for pictures, on drawing instructions) and that draws a picture declaring ``image`` (width, height), with
    a null entry among its annotations."""
    width, height = image
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [null 6 0 R]"
            b" /Resources << /XObject << /Im1 5 0 R >> >> >>",
            _stream(b"q 100 0 0 100 72 600 cm /Im1 Do Q", contents_filter),
            _stream(
                bytes(8),
                b"/Type /XObject /Subtype /Image /Width "
                + width
                + b" /Height "
                + height
                + b" /ColorSpace /DeviceGray /BitsPerComponent 1",
            ),
            b"null",
        ]
    )


def pdf_with_checkbox(state: bytes | None) -> bytes:
    """A ticked check box (/V /Yes) with an appearance for each state; ``state`` is its /AS (None: missing,
    so no appearance is chosen and a flattened page would show nothing)."""
    box = b"<< /Type /Annot /Subtype /Widget /FT /Btn /T (agree) /V /Yes /Rect [72 600 90 618] /P 3 0 R"
    box += b" /AP << /N << /Yes 5 0 R /Off 6 0 R >> >>"
    if state is not None:
        box += b" /AS " + state
    box += b" >>"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R /Annots [4 0 R] >>",
            box,
            _stream(b"0 0 18 18 re f", b"/Type /XObject /Subtype /Form /BBox [0 0 18 18]"),
            _stream(b"", b"/Type /XObject /Subtype /Form /BBox [0 0 18 18]"),
            _PAGE_TEXT,
        ]
    )
