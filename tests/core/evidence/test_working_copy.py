from __future__ import annotations

import io
from typing import cast

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.core.evidence import factories as f
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.evidence.working_copy import WrongPasswordError, decrypted_pdf, image_working_copy
from ttps_desktop.core.rules.model import FileKind


def test_phone_photo_is_turned_upright_and_loses_all_metadata() -> None:
    original = generate_document("employer_letter_phone_photo")
    stored = Image.open(io.BytesIO(original))
    assert stored.width > stored.height and stored.getexif().get_ifd(0x8825)
    copy = image_working_copy(original, FileKind.JPEG)
    image = Image.open(io.BytesIO(copy))
    assert image.height > image.width  # upright
    assert not image.getexif() and "exif" not in image.info and "icc_profile" not in image.info
    assert b"Exif" not in copy and b"DemoPhone" not in copy and b"GPS" not in copy
    assert original == generate_document(
        "employer_letter_phone_photo"
    )  # generation is pure; original untouched


@pytest.mark.parametrize(
    ("source", "kind", "mode"),
    [
        (f.image_bytes(f.textured((300, 400), "CMYK"), "JPEG"), FileKind.JPEG, "RGB"),
        (f.image_bytes(Image.new("I;16", (300, 400), 40000), "PNG"), FileKind.PNG, "L"),
        (
            f.image_bytes(Image.new("RGBA", (300, 400), (10, 20, 30, 0)), "PNG", pnginfo=None),
            FileKind.PNG,
            "RGB",
        ),
    ],
)
def test_odd_colour_modes_become_plain(source: bytes, kind: FileKind, mode: str) -> None:
    assert Image.open(io.BytesIO(image_working_copy(source, kind))).mode == mode


def test_decrypted_copy_needs_the_right_password() -> None:
    protected = f.encrypted_pdf("open-me", "owner")
    with pytest.raises(WrongPasswordError):
        decrypted_pdf(protected, "wrong")
    copy = PdfReader(io.BytesIO(decrypted_pdf(protected, "open-me")))
    assert not copy.is_encrypted
    assert "学士学位证书" in copy.pages[0].extract_text()


def test_a_big_endian_16_bit_tiff_is_scaled_to_8_bits() -> None:
    """As a Mac scanner writes them ("MM" byte order): Pillow has no point operation for that mode."""
    source = f.image_bytes(Image.new("I;16B", (300, 400), 40000), "TIFF")
    assert source[:2] == b"MM" and Image.open(io.BytesIO(source)).mode == "I;16B"
    copy = Image.open(io.BytesIO(image_working_copy(source, FileKind.TIFF, jpeg_always=True)))
    low, high = cast(tuple[int, int], copy.getextrema())
    assert copy.mode == "L" and abs(low - 40000 / 256) <= 2 and abs(high - 40000 / 256) <= 2
