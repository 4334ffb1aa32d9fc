"""Pictures of stored images for the window: upright, turned as asked, small, and fast to make."""

from __future__ import annotations

import io

from PIL import Image

from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.evidence.preview import image_picture, kind_of
from ttps_desktop.core.rules.model import FileKind


def test_the_sideways_phone_photo_comes_out_upright_and_small() -> None:
    data = generate_document("employer_letter_phone_photo")
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.width > stored.height  # stored sideways, EXIF orientation 6
    picture = image_picture(data, FileKind.JPEG, 132)
    assert picture.height == 132 and picture.width < picture.height
    assert len(picture.rgb) == picture.width * picture.height * 3


def test_a_turn_the_user_asked_for_is_applied_clockwise() -> None:
    image = Image.new("RGB", (40, 20), "white")
    image.putpixel((0, 0), (255, 0, 0))  # top left
    out = io.BytesIO()
    image.save(out, "PNG")
    picture = image_picture(out.getvalue(), FileKind.PNG, 100, 90)
    assert (picture.width, picture.height) == (20, 40)
    turned = Image.frombytes("RGB", (picture.width, picture.height), picture.rgb)
    assert turned.getpixel((19, 0)) == (255, 0, 0)  # a clockwise turn takes top left to top right


def test_media_types_map_back_to_kinds() -> None:
    assert kind_of("application/pdf") is FileKind.PDF
    assert kind_of("image/heif") is FileKind.HEIF
    assert kind_of("text/plain") is None
