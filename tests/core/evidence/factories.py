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
