"""Intake says what each file is, in the app's own words: formats this Pillow decodes are converted and named
(BigTIFF, Lab TIFF, AVIF, JPEG 2000), bombs are refused with their real size, damage is described without any
parser's text, a PDF is password-protected only when its pages are, and filled forms are spoken of. The files
are generated here."""

from __future__ import annotations

import io
from pathlib import Path
from typing import cast

import pytest
from PIL import Image, ImageCms, features

from tests.core.evidence import factories as f
from ttps_desktop.core.evidence import inspect
from ttps_desktop.core.evidence.intake import ImportResult, import_files
from ttps_desktop.core.evidence.limits import limits
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.findings import Damage, FindingCode, Severity
from ttps_desktop.core.language import Language
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import FileKind
from ttps_desktop.i18n import Translator

C = FindingCode
# Make, model, software, date, artist, XMP, ICC, EXIF and GPS directories (a TIFF's own structure aside)
SIZE = (900, 1200)  # noise compresses worst of all: small, so that decoding is quick on a busy machine
METADATA_TAGS = {271, 272, 305, 306, 315, 700, 34675, 34665, 34853}


def add(project: Project, pool: InspectorPool, tmp_path: Path, name: str, data: bytes) -> ImportResult:
    path = tmp_path / name
    path.write_bytes(data)
    [result] = import_files(
        project, [path], "work_experience", catalogue().requirement("work_experience"), pool
    )
    assert path.read_bytes() == data  # the user's file is only read
    for found in result.findings:
        for language in Language:
            text = Translator(language).render(found.message)
            assert "{" not in text and "<_io" not in text and " object at 0x" not in text
    return result


def by_code(result: ImportResult, code: FindingCode) -> dict[str, object]:
    [found] = [x for x in result.findings if x.code is code]
    return dict(found.params)


def lab_image() -> Image.Image:
    to_lab = ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"), ImageCms.createProfile("LAB"), "RGB", "LAB"
    )
    lab = ImageCms.applyTransform(f.textured(SIZE), to_lab)
    assert lab is not None and lab.mode == "LAB"
    return lab


def stored(project: Project, result: ImportResult) -> Image.Image:
    assert result.document is not None
    return Image.open(io.BytesIO(project.read_document(result.document.id)))


@pytest.mark.parametrize(
    ("name", "make", "looks_like", "stored_format", "media_type"),
    [
        (
            "scan.tif",
            lambda: f.image_bytes(f.textured(SIZE), "TIFF", big_tiff=True),
            "a BigTIFF image",
            "TIFF",
            "image/tiff",
        ),
        (
            "lab.tif",
            lambda: f.image_bytes(lab_image(), "TIFF"),
            "a TIFF image in Lab colour",
            "TIFF",
            "image/tiff",
        ),
        (
            "photo.avif",
            lambda: f.image_bytes(f.textured(SIZE), "AVIF", quality=90),
            "an AVIF image",
            "JPEG",
            "image/jpeg",
        ),
        (
            "scan.jp2",
            lambda: f.image_bytes(f.textured(SIZE), "JPEG2000"),
            "a JPEG 2000 image",
            "PNG",
            "image/png",
        ),
        (
            "scan.j2k",
            lambda: f.image_bytes(f.textured(SIZE), "JPEG2000", no_jp2=True),
            "a JPEG 2000 image",
            "PNG",
            "image/png",
        ),
    ],
)
def test_formats_pillow_decodes_are_named_and_converted(
    project: Project,
    pool: InspectorPool,
    tmp_path: Path,
    name: str,
    make: object,
    looks_like: str,
    stored_format: str,
    media_type: str,
) -> None:
    assert callable(make)
    result = add(project, pool, tmp_path, name, make())
    assert result.accepted, [x.code for x in result.findings]
    params = by_code(result, C.IMAGE_CONVERTED)
    assert params["looks_like"] == MessageText("FileType", looks_like)
    assert C.CORRUPT not in {x.code for x in result.findings}
    assert C.EXTENSION_MISMATCH not in {x.code for x in result.findings}
    assert result.document is not None and result.document.media_type == media_type
    with stored(project, result) as image:  # a standard file of the same size, in RGB, with no metadata
        assert image.format == stored_format and image.size == SIZE
        assert image.mode == "RGB"
        assert not METADATA_TAGS & set(image.getexif()) and "icc_profile" not in image.info
        if stored_format == "TIFF":
            assert project.read_document(result.document.id)[:4] == b"II*\x00"  # not BigTIFF


def test_a_multi_page_bigtiff_keeps_every_page(project: Project, pool: InspectorPool, tmp_path: Path) -> None:
    pages = [f.textured(SIZE), f.textured(SIZE), f.textured(SIZE)]
    data = f.image_bytes(pages[0], "TIFF", big_tiff=True, save_all=True, append_images=pages[1:])
    result = add(project, pool, tmp_path, "three.tif", data)
    assert result.accepted and result.inspection is not None and result.inspection.pages == 3
    with stored(project, result) as image:
        assert getattr(image, "n_frames", 1) == 3


def test_an_animated_avif_keeps_its_first_frame(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    frames = [f.textured(SIZE), f.textured(SIZE)]
    data = f.image_bytes(frames[0], "AVIF", save_all=True, append_images=frames[1:])
    result = add(project, pool, tmp_path, "moving.avif", data)
    assert result.accepted
    assert by_code(result, C.IMAGE_ANIMATED)["frames"] == 2


def test_without_the_decoder_avif_is_refused_as_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision is explicit: converted when this Pillow decodes it, else named and refused."""
    monkeypatch.setattr(features, "check", lambda feature: feature != "avif")
    data = f.image_bytes(f.textured((400, 300)), "AVIF")
    looks_like = MessageText("FileType", "an AVIF image")
    result = inspect.inspect_convertible(data, "x.avif", "AVIF", looks_like, limits(), 200, FileKind.JPEG)
    assert [(x.code, x.params["looks_like"]) for x in result.findings] == [(C.UNSUPPORTED_TYPE, looks_like)]
    assert result.converted is None


def test_this_pillow_decodes_avif_and_jpeg_2000() -> None:
    """What the conversions above rely on (Pillow >= 11.2 has AVIF; its wheels bring OpenJPEG)."""
    assert features.check("avif") and features.check("jpg_2000")


def test_a_gif_bomb_is_refused_with_its_real_size(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    result = add(project, pool, tmp_path, "bomb.gif", f.gif_bomb(65535, 65535))
    assert not result.accepted
    assert by_code(result, C.IMAGE_TOO_MANY_PIXELS) == {"name": "bomb.gif", "width": 65535, "height": 65535}
    text = Translator(Language.EN).render(result.findings[0].message)
    assert "65,535 × 65,535" in text and "too large to open safely" in text


def test_a_bomb_whose_header_says_nothing_usable_is_refused_without_a_size() -> None:
    data = f.gif_bomb()
    assert inspect._declared_size(data[:20], ["GIF"]) == (0, 0)  # the header cut short: no size to give


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("pages.pdf", f.pdf_with_page_tree_loop(), Damage.PAGE_TREE_LOOPS),
        ("header_only.tif", b"II*\x00" + bytes(40), Damage.NOT_RECOGNISED),
        ("cut.png", f.image_bytes(f.textured((600, 800)), "PNG")[:5000], None),
    ],
)
def test_damage_is_told_in_the_apps_own_words(
    project: Project, pool: InspectorPool, tmp_path: Path, name: str, data: bytes, reason: MessageText | None
) -> None:
    result = add(project, pool, tmp_path, name, data)
    assert not result.accepted
    detail = by_code(result, C.CORRUPT)["detail"]
    assert isinstance(detail, MessageText) and detail.context == "Damage"
    assert detail in vars(Damage).values()
    if reason is not None:
        assert detail == reason


def test_parser_text_goes_to_the_log_not_to_the_user() -> None:
    result = inspect.inspect_bytes(b"II*\x00" + bytes(40), "x.tif", FileKind.TIFF, limits(), 200)
    [found] = result.findings
    assert found.params["detail"] == Damage.NOT_RECOGNISED
    assert "BytesIO" not in found.message.english()


@pytest.mark.parametrize("pinned", [False, True], ids=["in the document", "also pinned to the page"])
def test_a_pdf_whose_attachments_alone_are_locked_is_accepted(
    project: Project, pool: InspectorPool, tmp_path: Path, pinned: bool
) -> None:
    result = add(project, pool, tmp_path, "statement.pdf", f.pdf_with_locked_attachment(pinned=pinned))
    assert result.accepted, [x.code for x in result.findings]
    codes = {x.code for x in result.findings}
    assert C.PDF_ATTACHMENTS_LOCKED in codes and C.PDF_PASSWORD_REQUIRED not in codes
    assert result.document is not None
    kept = project.read_document(result.document.id)
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(kept))
    assert not reader.is_encrypted and len(reader.pages) == 1  # the pages, readable by any reader
    assert "Certificate of employment" in reader.pages[0].extract_text()
    assert b"/EmbeddedFile" not in kept and b"secret.txt" not in kept and b"/FileAttachment" not in kept


def test_a_pdf_whose_pages_are_encrypted_still_needs_its_password(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    result = add(project, pool, tmp_path, "locked.pdf", f.pdf_with_locked_attachment(pages_in_clear=False))
    assert not result.accepted
    assert C.PDF_PASSWORD_REQUIRED in {x.code for x in result.findings}


def test_a_filled_form_without_appearances_is_told_at_import(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    result = add(project, pool, tmp_path, "form.pdf", f.pdf_with_form(b"ACME Ltd", appearance=False))
    assert result.accepted
    assert by_code(result, C.PDF_FORM_NO_APPEARANCE)["count"] == 1
    assert by_code(result, C.PDF_FORM_FILLED)["count"] == 1
    assert next(x for x in result.findings if x.code is C.PDF_FORM_NO_APPEARANCE).severity is Severity.WARNING


def test_a_filled_form_with_appearances_gets_the_note_only(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    result = add(project, pool, tmp_path, "drawn.pdf", f.pdf_with_form(b"ACME Ltd", appearance=True))
    codes = {x.code for x in result.findings}
    assert C.PDF_FORM_FILLED in codes and C.PDF_FORM_NO_APPEARANCE not in codes
    assert next(x for x in result.findings if x.code is C.PDF_FORM_FILLED).severity is Severity.INFO


def test_an_empty_form_says_nothing(project: Project, pool: InspectorPool, tmp_path: Path) -> None:
    result = add(project, pool, tmp_path, "blank_form.pdf", f.pdf_with_form(None, appearance=False))
    assert not {C.PDF_FORM_FILLED, C.PDF_FORM_NO_APPEARANCE} & {x.code for x in result.findings}


def test_an_xfa_form_is_named(project: Project, pool: InspectorPool, tmp_path: Path) -> None:
    result = add(project, pool, tmp_path, "xfa.pdf", f.pdf_with_form(None, appearance=False, xfa=True))
    assert result.accepted and C.PDF_XFA_FORM in {x.code for x in result.findings}


def test_stored_findings_speak_the_users_language_again(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    """Findings of accepted files are stored as JSON (English texts); read back, their texts are translated."""
    from ttps_desktop.core.project_check import check_project

    add(project, pool, tmp_path, "photo.avif", f.image_bytes(f.textured(SIZE), "AVIF"))
    stored = {found.code: found for found in check_project(project, None).findings}
    converted = Translator(Language.ZH_CN).render(stored[C.IMAGE_CONVERTED].message)
    assert "AVIF 图像" in converted and "JPEG 图像" in converted and "image" not in converted
    assert "AVIF 圖像" in Translator(Language.ZH_HK).render(stored[C.IMAGE_CONVERTED].message)


def test_an_avif_photo_with_transparency_is_kept_as_a_jpeg_on_white(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    """An AVIF photo becomes a JPEG, which photo items take; what was transparent becomes white paper."""
    clear = Image.new("RGBA", (600, 800), (0, 0, 0, 0))
    path = tmp_path / "portrait.avif"
    path.write_bytes(f.image_bytes(clear, "AVIF"))
    [result] = import_files(project, [path], "photo", catalogue().requirement("photo"), pool)
    assert result.accepted and C.FILE_KIND_NOT_ACCEPTED not in {x.code for x in result.findings}
    with stored(project, result) as image:
        darkest, _ = cast(tuple[int, int], image.convert("L").getextrema())
        assert image.format == "JPEG" and darkest >= 250


@pytest.mark.parametrize(
    ("head", "kind", "looks_like", "convert_from"),
    [
        (b"II+\x00\x08\x00\x00\x00", FileKind.TIFF, "a BigTIFF image", None),
        (b"MM\x00+\x00\x08\x00\x00", FileKind.TIFF, "a BigTIFF image", None),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", None, "an AVIF image", "AVIF"),
        # a generic major brand whose compatible brands say AV1, not HEVC
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1miafavif", None, "an AVIF image", "AVIF"),
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1heicmiaf", FileKind.HEIF, "a HEIC/HEIF photo", None),
        (b"\x00\x00\x00\x0cjP  \r\n\x87\n", None, "a JPEG 2000 image", "JPEG2000"),
        (b"\xff\x4f\xff\x51\x00\x29", None, "a JPEG 2000 image", "JPEG2000"),
        (b"\x97JB2\r\n\x1a\n\x01", None, "a JBIG2 image (a black-and-white scan format)", None),
        (b"\xff\x0a\xfa\x7f", None, "a JPEG XL image", None),
        (b"AT&TFORM\x00\x00", None, "a DjVu document", None),
        (b"\x00\x00\x01\x00\x01\x00", None, "a Windows icon (ICO)", None),
    ],
)
def test_files_are_named_for_what_they_are(
    head: bytes, kind: FileKind | None, looks_like: str, convert_from: str | None
) -> None:
    from ttps_desktop.core.evidence.sniff import sniff

    found = sniff(head + bytes(64))
    assert (found.kind, found.looks_like.source, found.convert_from) == (kind, looks_like, convert_from)
    for language in (Language.ZH_HK, Language.ZH_CN):
        assert Translator(language).text("FileType", looks_like) != looks_like


def test_a_jbig2_bomb_in_a_page_is_refused_as_damaged(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    """Drawing instructions compressed with a picture filter: refused, and not as a missing decoder."""
    result = add(project, pool, tmp_path, "bomb.pdf", f.pdf_with_odd_page(b"/Filter /JBIG2Decode"))
    assert not result.accepted
    assert by_code(result, C.CORRUPT)["detail"] == Damage.PAGE_CONTENT


def test_a_pdf_picture_beyond_the_pixel_limit_is_refused_with_its_size(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    result = add(project, pool, tmp_path, "huge.pdf", f.pdf_with_odd_page(image=(b"100000", b"100000")))
    assert not result.accepted
    assert by_code(result, C.PDF_IMAGE_TOO_MANY_PIXELS) == {
        "name": "huge.pdf",
        "width": 100000,
        "height": 100000,
    }


@pytest.mark.parametrize("width", [b"8", b"/Height"], ids=["plain", "a name for a width"])
def test_odd_details_cost_a_hint_not_the_file(
    project: Project, pool: InspectorPool, tmp_path: Path, width: bytes
) -> None:
    """A null annotation and a picture whose width is not a number once made the whole file 'damaged'."""
    result = add(project, pool, tmp_path, "odd.pdf", f.pdf_with_odd_page(image=(width, b"8")))
    assert result.accepted, [x.code for x in result.findings]


@pytest.mark.parametrize(("state", "drawn"), [(b"/Yes", True), (None, False)], ids=["state set", "no state"])
def test_a_ticked_box_needs_a_chosen_appearance(state: bytes | None, drawn: bool) -> None:
    from pypdf import PdfReader

    form = inspect.form_state(PdfReader(io.BytesIO(f.pdf_with_checkbox(state))))
    assert (form.filled, form.without_appearance) == (1, 0 if drawn else 1)
