"""Tell a file's real type from its first bytes, never from its name."""

from __future__ import annotations

from dataclasses import dataclass

from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.rules.model import FileKind


def _t(text: str) -> MessageText:
    return MessageText("FileType", text)


_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}

# Formats we recognise but do not take, with what to tell the user they look like.
_OTHERS: tuple[tuple[bytes, int, MessageText], ...] = (
    (b"%!PS-Adobe", 0, _t(QT_TRANSLATE_NOOP("FileType", "a PostScript/EPS file"))),
    (b"\xc5\xd0\xd3\xc6", 0, _t(QT_TRANSLATE_NOOP("FileType", "an EPS file"))),
    (b"8BPS", 0, _t(QT_TRANSLATE_NOOP("FileType", "a Photoshop (PSD) file"))),
    (b"PK\x03\x04", 0, _t(QT_TRANSLATE_NOOP("FileType", "a ZIP archive or an Office document"))),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        0,
        _t(QT_TRANSLATE_NOOP("FileType", "an old Microsoft Office document")),
    ),
    (b"{\\rtf", 0, _t(QT_TRANSLATE_NOOP("FileType", "an RTF document"))),
    (b"BM", 0, _t(QT_TRANSLATE_NOOP("FileType", "a BMP image"))),
    (b"Rar!", 0, _t(QT_TRANSLATE_NOOP("FileType", "a RAR archive"))),
    (b"7z\xbc\xaf\x27\x1c", 0, _t(QT_TRANSLATE_NOOP("FileType", "a 7-Zip archive"))),
    (b"\x7fELF", 0, _t(QT_TRANSLATE_NOOP("FileType", "a program"))),
    (b"MZ", 0, _t(QT_TRANSLATE_NOOP("FileType", "a Windows program"))),
    (b"<!DOCTYPE html", 0, _t(QT_TRANSLATE_NOOP("FileType", "a web page"))),
    (b"<html", 0, _t(QT_TRANSLATE_NOOP("FileType", "a web page"))),
    (b"\x00\x00\x01\x00", 0, _t(QT_TRANSLATE_NOOP("FileType", "a Windows icon (ICO)"))),
)
_AVIF_BRANDS = {b"avif", b"avis"}
JPEG_2000 = _t(QT_TRANSLATE_NOOP("FileType", "a JPEG 2000 image"))

MEDIA_TYPES = {
    FileKind.PDF: "application/pdf",
    FileKind.JPEG: "image/jpeg",
    FileKind.PNG: "image/png",
    FileKind.TIFF: "image/tiff",
    FileKind.GIF: "image/gif",
    FileKind.WEBP: "image/webp",
    FileKind.HEIF: "image/heif",
}

EXTENSIONS = {
    FileKind.PDF: (".pdf",),
    FileKind.JPEG: (".jpg", ".jpeg", ".jpe", ".jfif"),
    FileKind.PNG: (".png",),
    FileKind.TIFF: (".tif", ".tiff"),
    FileKind.GIF: (".gif",),
    FileKind.WEBP: (".webp",),
    FileKind.HEIF: (".heic", ".heif", ".hif"),
}


@dataclass(frozen=True)
class Sniffed:
    kind: FileKind | None  # None: not a type we keep as it is
    looks_like: MessageText  # for messages: "a PDF document", "a Photoshop (PSD) file"...
    # A type we do not keep, but convert when this Pillow decodes it: its Pillow format name. The copy is
    # a PNG (inspect.inspect_convertible).
    convert_from: str | None = None


def sniff(head: bytes) -> Sniffed:
    """Identify the type from the first bytes (at least 1 KiB where the file has it)."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed(FileKind.JPEG, _t(QT_TRANSLATE_NOOP("FileType", "a JPEG image")))
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed(FileKind.PNG, _t(QT_TRANSLATE_NOOP("FileType", "a PNG image")))
    if head.startswith((b"GIF87a", b"GIF89a")):
        return Sniffed(FileKind.GIF, _t(QT_TRANSLATE_NOOP("FileType", "a GIF image")))
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return Sniffed(FileKind.TIFF, _t(QT_TRANSLATE_NOOP("FileType", "a TIFF image")))
    if head.startswith((b"II+\x00", b"MM\x00+")):  # read by Pillow, kept as a standard TIFF (inspect.py)
        return Sniffed(FileKind.TIFF, _t(QT_TRANSLATE_NOOP("FileType", "a BigTIFF image")))
    if head[4:8] == b"ftyp" and head[8:12] in _AVIF_BRANDS:
        return Sniffed(None, _t(QT_TRANSLATE_NOOP("FileType", "an AVIF image")), "AVIF")
    if head.startswith((b"\x00\x00\x00\x0cjP  ", b"\xff\x4f\xff\x51")):  # JP2 file, or a bare codestream
        return Sniffed(None, JPEG_2000, "JPEG2000")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed(FileKind.WEBP, _t(QT_TRANSLATE_NOOP("FileType", "a WebP image")))
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return Sniffed(FileKind.HEIF, _t(QT_TRANSLATE_NOOP("FileType", "a HEIC/HEIF photo")))
    if b"%PDF-" in head[:1024]:
        return Sniffed(FileKind.PDF, _t(QT_TRANSLATE_NOOP("FileType", "a PDF document")))
    for magic, offset, name in _OTHERS:
        if head[offset:].startswith(magic):
            return Sniffed(None, name)
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head[:512]):
        return Sniffed(None, _t(QT_TRANSLATE_NOOP("FileType", "a text file")))
    return Sniffed(None, _t(QT_TRANSLATE_NOOP("FileType", "an unknown kind of file")))


def extension_matches(name: str, kind: FileKind) -> bool:
    lower = name.lower()
    return any(lower.endswith(ext) for ext in EXTENSIONS[kind])
