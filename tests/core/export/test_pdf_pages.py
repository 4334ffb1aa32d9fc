"""Pieces of the fresh page builder that the corpus tests reach only through whole exports."""

from __future__ import annotations

import base64
import io
import random
import zlib
from typing import cast

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

from tests.e2e.pdf_audit import jpeg_metadata_markers
from ttps_desktop.core.export.layout import A4
from ttps_desktop.core.export.pdf_pages import PdfPagesError, _ascii85, _strip_jpeg, add_pdf_pages


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 7, 64, 4001, 300_001])  # the last in two chunks
def test_ascii85_decodes_what_the_standard_library_encodes(size: int) -> None:
    data = random.Random(size).randbytes(size) + b"\0" * 8  # zeros become "z"
    for encoded in (
        base64.a85encode(data, adobe=True, wrapcol=70),
        base64.a85encode(data),
        base64.a85encode(data, foldspaces=False).replace(b"z", b"!!!!!"),
    ):
        assert _ascii85(encoded) == data


@pytest.mark.parametrize("bad", [b"abc{}~>", b's8W-"~>', b"!~>"])
def test_damaged_ascii85_is_an_error(bad: bytes) -> None:
    with pytest.raises(PdfPagesError):
        _ascii85(bad)


def _jpeg(mode: str) -> bytes:
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0110] = "SecretCamModel"
    Image.new(mode, (16, 16), 90).save(out, "JPEG", exif=exif.tobytes(), comment=b"note")
    return out.getvalue()


@pytest.mark.parametrize("mode", ["RGB", "CMYK"])
def test_jpeg_metadata_goes_whatever_the_filter_chain(mode: str) -> None:
    jpeg = _jpeg(mode)
    assert jpeg_metadata_markers(jpeg)  # EXIF and the comment are there to begin with
    image = StreamObject()
    image._data = zlib.compress(jpeg)
    image[NameObject("/Filter")] = ArrayObject([NameObject("/FlateDecode"), NameObject("/DCTDecode")])
    _strip_jpeg(image)
    assert str(image["/Filter"]) == "/DCTDecode" and jpeg_metadata_markers(image._data) == []
    assert b"SecretCamModel" not in image._data
    decoded = Image.open(io.BytesIO(image._data))
    assert decoded.mode == mode and decoded.size == (16, 16)
    if mode == "CMYK":
        assert b"Adobe" in image._data  # APP14 stays: it says how CMYK data decodes


def test_a_document_that_fails_half_way_adds_nothing() -> None:
    """Pages are staged first: when the second page cannot be read, nothing of the first reaches the output."""
    source = PdfWriter()
    source.add_blank_page(200, 200)
    second = source.add_blank_page(200, 200)
    damaged = StreamObject()
    damaged._data = b"abc{}~>"  # not ASCII85
    damaged[NameObject("/Filter")] = NameObject("/ASCII85Decode")
    second[NameObject("/Contents")] = source._add_object(damaged)
    out = io.BytesIO()
    source.write(out)
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    before = len(writer._objects)
    with pytest.raises(PdfPagesError):
        add_pdf_pages(writer, out.getvalue(), A4)
    assert len(writer._objects) == before and len(writer.pages) == 1


@pytest.mark.parametrize(
    ("rotate", "turn", "landscape"), [(0, 0, False), (90, 0, True), (90, 90, False), (0, 270, True)]
)
def test_the_page_rotation_and_the_users_turn_are_honoured(rotate: int, turn: int, landscape: bool) -> None:
    source = PdfWriter()
    page = source.add_blank_page(200, 400)  # portrait as stored
    if rotate:
        page.rotate(rotate)  # inherited or not, /Rotate is how the page is shown
    out = io.BytesIO()
    source.write(out)
    writer = PdfWriter()
    (placed,) = add_pdf_pages(writer, out.getvalue(), A4, turn)
    assert (float(placed.mediabox.width) > float(placed.mediabox.height)) is landscape
    assert "/Rotate" not in placed  # the turn is in the drawing, so every viewer shows the same


def test_a_form_without_resources_of_its_own_uses_its_pages() -> None:
    """PDF 1.1 let a form XObject use its page's resources; old files still do."""
    source = PdfWriter()
    page = source.add_blank_page(300, 300)
    font = source._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    form = StreamObject()
    form._data = b"BT /F9 12 Tf 20 20 Td (OLD STYLE FORM) Tj ET"
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(
        [NumberObject(0), NumberObject(0), NumberObject(300), NumberObject(300)]
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject({NameObject("/F9"): font}),
            NameObject("/XObject"): DictionaryObject({NameObject("/Old"): source._add_object(form)}),
        }
    )
    content = StreamObject()
    content._data = b"/Old Do"
    page[NameObject("/Contents")] = source._add_object(content)
    out = io.BytesIO()
    source.write(out)
    writer = PdfWriter()
    add_pdf_pages(writer, out.getvalue(), A4)
    placed = io.BytesIO()
    writer.write(placed)
    assert "OLD STYLE FORM" in PdfReader(io.BytesIO(placed.getvalue())).pages[0].extract_text()


def test_layers_off_by_base_state_stay_hidden() -> None:
    from tests.e2e.adversarial import optional_content

    writer = PdfWriter(clone_from=io.BytesIO(optional_content()))
    properties = cast(DictionaryObject, writer._root_object["/OCProperties"])
    config = cast(DictionaryObject, properties["/D"])
    del config["/OFF"]  # no group listed as off: the base state switches off all but the one listed on
    config[NameObject("/BaseState")] = NameObject("/OFF")
    out = io.BytesIO()
    writer.write(out)
    placed = PdfWriter()
    add_pdf_pages(placed, out.getvalue(), A4)
    text = io.BytesIO()
    placed.write(text)
    words = PdfReader(io.BytesIO(text.getvalue())).pages[0].extract_text()
    assert "VISIBLE LAYER" in words and "HIDDENLAYERTEXT" not in words
