"""Working copies: what the app shows and exports instead of the user's original, which stays untouched.

Photos are turned upright and re-encoded from pixels, so no EXIF (GPS, camera, times), XMP, ICC or comment
survives. A password-protected PDF gets a decrypted copy only when the user gives the password and agrees.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ttps_desktop.core.evidence.inspect import PIL_FORMATS
from ttps_desktop.core.evidence.limits import limits
from ttps_desktop.core.rules.model import FileKind

if TYPE_CHECKING:  # Pillow is imported where pictures are made, not with the window (start-up time)
    from PIL import Image


def _flatten(image: Image.Image) -> Image.Image:
    from PIL import Image

    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in ("L", "RGB"):
        return image
    if image.mode == "F":
        return image.convert("L")
    if image.mode.startswith("I;16") or image.mode == "I":
        # 16 bits to 8. Through "I": Pillow has no point operation for big-endian "I;16B" (a 16-bit TIFF
        # from a Mac scanner), and converting that mode straight to 8 bits clips instead of scaling.
        return image.convert("I").point(lambda v: v / 256).convert("L")
    return image.convert("RGB")  # CMYK, YCbCr, 1...


def image_working_copy(data: bytes, kind: FileKind, quality: int = 90, jpeg_always: bool = False) -> bytes:
    """Upright pixels in a fresh JPEG (PNG stays PNG, lossless), with no metadata at all."""
    from PIL import Image, ImageOps

    if kind is FileKind.HEIF:
        import pillow_heif

        pillow_heif.register_heif_opener()
    Image.MAX_IMAGE_PIXELS = limits().max_image_megapixels * 1_000_000
    with Image.open(io.BytesIO(data), formats=PIL_FORMATS[kind]) as opened:
        upright = ImageOps.exif_transpose(opened)
        pixels = _flatten(upright)
    clean = Image.new(pixels.mode, pixels.size)
    clean.paste(pixels)  # a new image carries none of the source's info dictionary
    out = io.BytesIO()
    if kind is FileKind.PNG and not jpeg_always:
        clean.save(out, "PNG", optimize=False)
    else:
        clean.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


class WrongPasswordError(ValueError):
    pass


def decrypted_pdf(data: bytes, password: str) -> bytes:
    """An unprotected copy of a protected PDF (pages only: document metadata is not carried over)."""
    from pypdf import PasswordType, PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and reader.decrypt(password) == PasswordType.NOT_DECRYPTED:
        raise WrongPasswordError
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def decrypt_in_worker(message: tuple[bytes, str]) -> bytes | None:
    """In a worker process (a protected PDF is untrusted input like any other): the unprotected copy, or None
    for a wrong password."""
    data, password = message
    try:
        return decrypted_pdf(data, password)
    except WrongPasswordError:
        return None
