"""Tell a file's real type from its first bytes, never from its name."""

from __future__ import annotations

from dataclasses import dataclass

from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText, param_text
from ttps_desktop.core.rules.model import FileKind


def _t(text: str) -> MessageText:
    return param_text("FileType", text)


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
    (
        b"\x97JB2\r\n\x1a\n",
        0,
        _t(QT_TRANSLATE_NOOP("FileType", "a JBIG2 image (a black-and-white scan format)")),
    ),
    (b"\xff\x0a", 0, _t(QT_TRANSLATE_NOOP("FileType", "a JPEG XL image"))),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", 0, _t(QT_TRANSLATE_NOOP("FileType", "a JPEG XL image"))),
    (b"AT&TFORM", 0, _t(QT_TRANSLATE_NOOP("FileType", "a DjVu document"))),
)
_AVIF_BRANDS = {b"avif", b"avis"}
_HEVC_BRANDS = _HEIF_BRANDS - {b"mif1", b"msf1"}


def _is_avif(head: bytes) -> bool:
    """An AVIF in a HEIF container: its major brand is avif/avis, or a generic one (mif1, msf1) whose
    compatible brands name AV1 and not HEVC."""
    if head[4:8] != b"ftyp":
        return False
    if head[8:12] in _AVIF_BRANDS:
        return True
    size = min(int.from_bytes(head[:4], "big"), len(head))
    compatible = {head[i : i + 4] for i in range(16, size - 3, 4)}
    return (
        head[8:12] in (b"mif1", b"msf1") and bool(compatible & _AVIF_BRANDS) and not compatible & _HEVC_BRANDS
    )


JPEG_2000 = _t(QT_TRANSLATE_NOOP("FileType", "a JPEG 2000 image"))

# AVIF is a lossy photo format: its copy is a JPEG (quality 95), which photo items take; JPEG 2000 holds scans,
# often lossless: its copy is a PNG, with the same pixels.
CONVERTED_TO = {"AVIF": FileKind.JPEG, "JPEG2000": FileKind.PNG}

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
    # A type we do not keep, but convert when this Pillow decodes it: its Pillow format name; the copy is of
    # the kind CONVERTED_TO gives (inspect.inspect_convertible).
    convert_from: str | None = None


# What the types we recognise are called (module level, so that stored findings find them: messages.py).
_A_JPEG_IMAGE = _t(QT_TRANSLATE_NOOP("FileType", "a JPEG image"))
_A_PNG_IMAGE = _t(QT_TRANSLATE_NOOP("FileType", "a PNG image"))
_A_GIF_IMAGE = _t(QT_TRANSLATE_NOOP("FileType", "a GIF image"))
_A_TIFF_IMAGE = _t(QT_TRANSLATE_NOOP("FileType", "a TIFF image"))
_A_BIGTIFF_IMAGE = _t(QT_TRANSLATE_NOOP("FileType", "a BigTIFF image"))
_AN_AVIF_IMAGE = _t(QT_TRANSLATE_NOOP("FileType", "an AVIF image"))
_A_WEBP_IMAGE = _t(QT_TRANSLATE_NOOP("FileType", "a WebP image"))
_A_HEIC_HEIF_PHOTO = _t(QT_TRANSLATE_NOOP("FileType", "a HEIC/HEIF photo"))
_A_PDF_DOCUMENT = _t(QT_TRANSLATE_NOOP("FileType", "a PDF document"))
_A_TEXT_FILE = _t(QT_TRANSLATE_NOOP("FileType", "a text file"))
_AN_UNKNOWN_KIND_OF_FILE = _t(QT_TRANSLATE_NOOP("FileType", "an unknown kind of file"))


# What each kind the project keeps is called, for messages about a stored file.
KIND_NAMES = {
    FileKind.PDF: _A_PDF_DOCUMENT,
    FileKind.JPEG: _A_JPEG_IMAGE,
    FileKind.PNG: _A_PNG_IMAGE,
    FileKind.TIFF: _A_TIFF_IMAGE,
    FileKind.GIF: _A_GIF_IMAGE,
    FileKind.WEBP: _A_WEBP_IMAGE,
    FileKind.HEIF: _A_HEIC_HEIF_PHOTO,
}


def sniff(head: bytes) -> Sniffed:
    """Identify the type from the first bytes (at least 1 KiB where the file has it)."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed(FileKind.JPEG, _A_JPEG_IMAGE)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed(FileKind.PNG, _A_PNG_IMAGE)
    if head.startswith((b"GIF87a", b"GIF89a")):
        return Sniffed(FileKind.GIF, _A_GIF_IMAGE)
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return Sniffed(FileKind.TIFF, _A_TIFF_IMAGE)
    if head.startswith((b"II+\x00", b"MM\x00+")):  # read by Pillow, kept as a standard TIFF (inspect.py)
        return Sniffed(FileKind.TIFF, _A_BIGTIFF_IMAGE)
    if _is_avif(head):
        return Sniffed(None, _AN_AVIF_IMAGE, "AVIF")
    if head.startswith((b"\x00\x00\x00\x0cjP  ", b"\xff\x4f\xff\x51")):  # JP2 file, or a bare codestream
        return Sniffed(None, JPEG_2000, "JPEG2000")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed(FileKind.WEBP, _A_WEBP_IMAGE)
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return Sniffed(FileKind.HEIF, _A_HEIC_HEIF_PHOTO)
    if b"%PDF-" in head[:1024]:
        return Sniffed(FileKind.PDF, _A_PDF_DOCUMENT)
    for magic, offset, name in _OTHERS:
        if head[offset:].startswith(magic):
            return Sniffed(None, name)
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head[:512]):
        return Sniffed(None, _A_TEXT_FILE)
    return Sniffed(None, _AN_UNKNOWN_KIND_OF_FILE)


def extension_matches(name: str, kind: FileKind) -> bool:
    lower = name.lower()
    return any(lower.endswith(ext) for ext in EXTENSIONS[kind])
