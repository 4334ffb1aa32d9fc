"""Items that take JPEG alone (the photos) refuse other types with a finding that offers the fix, and the fix
works: a PDF page (drawn by the page drawer the caller passes) or another image format becomes a JPEG, which is
inspected and stored like any import; the user's file is only read. A project that already holds such a file
says so as a problem, and the item is not done."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.core.evidence import factories as f
from ttps_desktop.core.checks import takes_jpeg_only
from ttps_desktop.core.evidence.intake import import_as_jpeg, import_files, refused_for_kind
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.evidence.preview import Picture
from ttps_desktop.core.findings import FindingCode, Severity
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.project_check import check_project
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import Subject
from ttps_desktop.i18n import Translator

C = FindingCode
PHOTO = catalogue().requirement("photo")
COLOURS = [(200, 30, 30), (30, 160, 40), (20, 40, 200)]  # what the fake drawer paints on pages 1, 2, 3


class FakeDrawer:
    """Stands in for QtPdf (core tests have no Qt): paints each page a colour of its own, and records calls."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.calls: list[tuple[int, int, int]] = []

    def __call__(self, data: bytes, page: int, turn: int, long_edge: int) -> Picture | None:
        assert data.startswith(b"%PDF-")
        self.calls.append((page, turn, long_edge))
        if not self.works:
            return None
        width, height = long_edge * 595 // 842, long_edge // 4  # kept small: a quick test
        return Picture(width, height, bytes(COLOURS[page]) * (width * height))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def centre(project: Project, doc_id: int) -> tuple[int, ...]:
    with Image.open(io.BytesIO(project.read_document(doc_id))) as image:
        assert image.format == "JPEG" and not image.info.get("exif")
        pixel = image.convert("RGB").getpixel((image.width // 2, image.height // 2))
        assert isinstance(pixel, tuple)
        return pixel


def test_the_photo_items_take_jpeg_alone_and_the_others_several_types() -> None:
    for subject in Subject:
        assert takes_jpeg_only(catalogue().requirement("photo", subject))
    assert not takes_jpeg_only(catalogue().requirement("travel_document"))


@pytest.mark.parametrize(
    ("name", "make", "looks_like_zh_hk"),
    [
        ("scan.pdf", lambda: f.pdf(pages=3), "PDF 文件"),
        ("portrait.png", lambda: f.image_bytes(f.textured((600, 800)), "PNG"), "PNG 圖像"),
    ],
)
def test_a_wrong_type_for_the_photo_is_refused_with_the_fix_offered(
    project: Project, pool: InspectorPool, tmp_path: Path, name: str, make: object, looks_like_zh_hk: str
) -> None:
    data = make()  # type: ignore[operator]
    path = write(tmp_path, name, data)
    [result] = import_files(project, [path], "photo", PHOTO, pool)
    assert not result.accepted and refused_for_kind(result)
    assert project.documents() == []
    [refusal] = [x for x in result.findings if x.code is C.FILE_KIND_REFUSED]
    assert refusal.severity is Severity.ERROR
    english = Translator(Language.EN).render(refusal.message)
    assert "Recent photo" in english and "converted to JPEG" in english
    chinese = Translator(Language.ZH_HK).render(refusal.message)
    assert "近照" in chinese and looks_like_zh_hk in chinese and "JPEG" in chinese
    assert "Recent" not in chinese and "{" not in chinese


def test_a_pdf_page_is_added_as_a_jpeg_drawn_by_the_page_drawer(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    data = f.pdf(pages=3)
    path = write(tmp_path, "scan.pdf", data)
    drawer = FakeDrawer()
    result = import_as_jpeg(project, path, "photo", PHOTO, pool, drawer, page=1)
    assert result.accepted and result.document is not None, result.findings
    assert path.read_bytes() == data  # the user's file is only read
    assert [c[0] for c in drawer.calls] == [1]
    assert result.document.display_name == "scan-2.jpg" and result.document.media_type == "image/jpeg"
    red, green, blue = centre(project, result.document.id)
    assert green > 120 and red < 70 and blue < 80  # page 2 of the fake, not page 1
    assert [d.item_id for d in project.documents()] == ["photo"]
    problems = [x for x in check_project(project).findings if x.document == result.document.id]
    assert not [x for x in problems if x.severity is Severity.ERROR]


def test_an_image_of_another_format_is_added_as_a_jpeg_of_its_picture(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    picture = Image.new("RGB", (600, 800), (30, 60, 200))
    data = f.image_bytes(picture, "PNG")
    path = write(tmp_path, "portrait.png", data)
    result = import_as_jpeg(project, path, "photo", PHOTO, pool, None)
    assert result.accepted and result.document is not None, result.findings
    assert result.document.display_name == "portrait.jpg"
    red, green, blue = centre(project, result.document.id)
    assert abs(red - 30) < 8 and abs(green - 60) < 8 and abs(blue - 200) < 8
    with Image.open(io.BytesIO(project.read_document(result.document.id))) as stored:
        assert stored.size == (600, 800)


def test_a_page_that_is_not_there_or_cannot_be_drawn_adds_nothing(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    path = write(tmp_path, "scan.pdf", f.pdf(pages=2))
    missing = import_as_jpeg(project, path, "photo", PHOTO, pool, FakeDrawer(), page=2)
    assert not missing.accepted and [x.code for x in missing.findings] == [C.NO_SUCH_PAGE]
    assert dict(missing.findings[0].params) == {"name": "scan.pdf", "page": 3, "pages": 2}
    assert "没有第 3 页" in Translator(Language.ZH_CN).render(missing.findings[0].message)
    undrawn = import_as_jpeg(project, path, "photo", PHOTO, pool, FakeDrawer(works=False))
    assert not undrawn.accepted and [x.code for x in undrawn.findings] == [C.CONVERSION_FAILED]
    without_drawer = import_as_jpeg(project, path, "photo", PHOTO, pool, None)
    assert [x.code for x in without_drawer.findings] == [C.CONVERSION_FAILED]
    assert project.documents() == []


def test_a_jpeg_asked_to_be_converted_is_added_as_it_is(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    data = f.image_bytes(f.textured((600, 800)), "JPEG", quality=90)
    result = import_as_jpeg(project, write(tmp_path, "me.jpg", data), "photo", PHOTO, pool, None)
    assert result.accepted and result.document is not None
    assert project.read_document(result.document.id) == data


def test_items_that_take_several_types_still_take_a_pdf(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    path = write(tmp_path, "passport.pdf", f.pdf())
    requirement = catalogue().requirement("travel_document")
    [result] = import_files(project, [path], "travel_document", requirement, pool)
    assert result.accepted and not refused_for_kind(result)


def test_a_project_that_already_holds_a_pdf_photo_has_a_problem_and_the_item_is_not_done(
    project: Project,
) -> None:
    """Made before items refused other types: the stored PDF is an error, with the same fix offered."""
    inspection = {"kind": "pdf", "pages": 1, "findings": []}
    doc, _ = project.add_document("photo", f.pdf(), "photo.pdf", "application/pdf", inspection)
    result = check_project(project)
    [wrong] = [x for x in result.findings if x.code is C.FILE_KIND_WRONG]
    assert wrong.severity is Severity.ERROR and wrong.document == doc.id
    assert dict(wrong.params)["item_id"] == "photo"
    assert "ttps-desktop convert PROJECT --requirement photo" in Translator(Language.EN).render(wrong.message)
    zh = Translator(Language.ZH_CN).render(wrong.message)
    assert "转换为 JPEG" in zh and "近照" in zh
    [status] = [s for s in result.statuses if s.item_id == "photo"]
    assert status.documents and not status.complete and not result.complete
