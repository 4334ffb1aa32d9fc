"""Export the demo and read every output back with independent readers (pypdf, poppler, qpdf)."""

from __future__ import annotations

import io
import json
import platform
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject

from tests.e2e.conftest import run_tool
from tests.test_cli import run_cli
from ttps_desktop.core.errors import ExitCode
from ttps_desktop.core.export.pages import strip_jpeg_metadata
from ttps_desktop.core.export.run import ExportRefusedError, ExportResult, export_project
from ttps_desktop.core.language import Language
from ttps_desktop.core.progress import CancelledError
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.loader import upload_profiles
from ttps_desktop.i18n import Translator

EPOCH = "1795000000"
FORBIDDEN = re.compile(
    rb"Exif|GPS|xmpmeta|DemoPhone|/JavaScript|/JS(?![A-Za-z])|/AA(?![A-Za-z])|/EmbeddedFiles|/AcroForm|/Launch"
)
SOURCE_NAMES = ("employer_letter", "passport_data_page", "photo.jpg", "degree_certificate", "tax_statement")


@pytest.fixture(scope="module")
def demo_copy(demo_project_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("export-src") / "demo.ttps"
    target.write_bytes(demo_project_file.read_bytes())
    return target


def export(
    project_path: Path, out: Path, language: Language = Language.EN, **options: object
) -> ExportResult:
    with Project.open(project_path, read_only=True) as project:
        return export_project(project, out, Translator(language), allow_incomplete=True, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def english(demo_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExportResult]:
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    yield export(demo_copy, tmp_path_factory.mktemp("out"))
    mp.undo()


def all_pdfs(result: ExportResult) -> list[Path]:
    return [result.dossier, result.checklist, *sorted(result.pack_folder.glob("*.pdf"))]


def decoded_objects(path: Path) -> Iterator[tuple[bool, bytes]]:
    """(is_image, bytes) for every object of a PDF: images as stored, other streams decoded, dictionaries as text."""
    reader = PdfReader(path)
    numbers = {n for generation in reader.xref.values() for n in generation} | set(reader.xref_objStm)
    for number in sorted(numbers):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:
            continue
        if isinstance(obj, StreamObject):
            image = obj.get("/Subtype") == "/Image"
            yield image, obj._data
            if not image:
                yield False, obj.get_data()
            yield False, repr(dict(obj.items())).encode("utf-8", "replace")
        elif obj is not None:
            yield False, repr(obj).encode("utf-8", "replace")


def test_dossier_structure(english: ExportResult) -> None:
    reader = PdfReader(english.dossier)
    outline = reader.outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles[:3] == ["Applicant: Identity", "Applicant: Education", "Applicant: Work experience"]
    nested = outline[1]
    assert isinstance(nested, list) and nested[0].title == "Recent photo"
    assert isinstance(nested[1], list) and nested[1][0].title == "Recent photo 1"
    labels = reader.page_labels
    assert labels[:3] == ["i", "ii", "1"]
    assert len(reader.pages) == 2 + 3 + 8  # cover + contents, 3 dividers, 8 evidence pages
    info = reader.metadata
    assert info is not None
    assert str(info["/Producer"]).startswith("TTPS Desktop") and str(info["/Creator"]).startswith(
        "TTPS Desktop"
    )
    assert reader.xmp_metadata is None
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert links and all(
        link["/Subtype"] == "/Link" and "/Dest" in link and "/A" not in link for link in links
    )


def test_read_back_with_poppler_and_qpdf(english: ExportResult) -> None:
    text = run_tool("pdftotext", str(english.dossier), "-")
    assert "Top Talent Pass Scheme application" in text and "LIN Xiaoyu 林晓雨" in text
    assert "DEMO-0001 · Applicant: Education" in text and "Page 1 of 11" in text
    for pdf in all_pdfs(english):
        fonts = run_tool("pdffonts", str(pdf)).splitlines()[2:]
        assert fonts or pdf.parent == english.pack_folder, pdf  # a pack file of photos has no text
        assert all(line.split()[-5] == "yes" for line in fonts), (pdf, fonts)  # the "emb" column
        assert "No syntax or stream encoding errors" in run_tool("qpdf", "--check", str(pdf))


def test_privacy_every_stream_and_image(english: ExportResult) -> None:
    hostname = platform.node()
    for pdf in all_pdfs(english):
        for is_image, data in decoded_objects(pdf):
            if is_image:
                assert strip_jpeg_metadata(data) in (None, data), pdf.name  # no EXIF/XMP/ICC/comment segments
                continue
            found = FORBIDDEN.search(data)
            assert found is None, (pdf.name, found and found.group())
            if len(hostname) >= 6:
                assert hostname.encode() not in data
        text = run_tool("pdftotext", str(pdf), "-")
        assert not any(name in text for name in SOURCE_NAMES), pdf.name
    for jpeg in english.pack_folder.glob("*.jpg"):
        data = jpeg.read_bytes()
        image = Image.open(io.BytesIO(data))
        assert not image.getexif() and "comment" not in image.info and b"Exif" not in data


def test_the_phone_photo_is_upright_in_the_dossier(english: ExportResult) -> None:
    reader = PdfReader(english.dossier)
    letter = reader.pages[11]  # the Sample Cloud letter, taken sideways by the phone
    assert float(letter.mediabox.height) > float(letter.mediabox.width)


def test_pack_fits_the_profile(english: ExportResult) -> None:
    profile = upload_profiles().get()
    manifest = json.loads((english.pack_folder / "manifest.json").read_text(encoding="utf-8"))
    assert [f["name"] for f in manifest["files"]] == [
        "01_applicant_photo.jpg",
        "02_applicant_travel_document.pdf",
        "03_applicant_degree.pdf",
        "04_applicant_work_experience.pdf",
    ]
    for entry in manifest["files"]:
        path = english.pack_folder / entry["name"]
        assert (
            path.stat().st_size
            == entry["size"]
            <= profile.limits_for(entry["upload_item"]).max_file_kb * 1024
        )
        import hashlib

        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
    assert manifest["rule_version"] == "2026-01" and manifest["profile"]["verify"] is True
    with zipfile.ZipFile(english.pack_zip) as archive:
        names = archive.namelist()
        assert names[0] == "DEMO-0001-submission/01_applicant_photo.jpg"
        assert all(info.flag_bits & 0x800 for info in archive.infolist())
        assert (
            archive.read("DEMO-0001-submission/manifest.json")
            == (english.pack_folder / "manifest.json").read_bytes()
        )


def test_exports_are_byte_identical(
    english: ExportResult, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    again = export(demo_copy, tmp_path)
    for first, second in (
        (english.dossier, again.dossier),
        (english.checklist, again.checklist),
        (english.pack_zip, again.pack_zip),
    ):
        assert first.read_bytes() == second.read_bytes(), first.name


@pytest.mark.parametrize(
    ("language", "title", "checklist"),
    [
        (Language.ZH_HK, "高端人才通行證計劃申請", "文件清單：LIN Xiaoyu 林晓雨"),
        (Language.ZH_CN, "高端人才通行证计划申请", "材料清单：LIN Xiaoyu 林晓雨"),
        (Language.EN, "Top Talent Pass Scheme application", "Document checklist: LIN Xiaoyu 林晓雨"),
    ],
)
def test_each_language(
    demo_copy: Path, tmp_path: Path, language: Language, title: str, checklist: str
) -> None:
    result = export(demo_copy, tmp_path, language)
    assert title in run_tool("pdftotext", str(result.dossier), "-")
    assert checklist in run_tool("pdftotext", str(result.checklist), "-")


def test_password_uses_aes_256(demo_copy: Path, tmp_path: Path) -> None:
    result = export(demo_copy, tmp_path, password="s3cret")
    reader = PdfReader(result.dossier)
    assert reader.is_encrypted
    encrypt = cast(DictionaryObject, reader.trailer["/Encrypt"].get_object())
    assert (str(encrypt["/V"]), str(encrypt["/R"])) == ("5", "6")  # AES-256; RC4 would be V 1-2
    assert reader.decrypt("wrong") == 0
    assert reader.decrypt("s3cret") != 0 and len(reader.pages) == 13


def test_incomplete_is_refused_unless_allowed(demo_copy: Path, tmp_path: Path) -> None:
    with Project.open(demo_copy, read_only=True) as project, pytest.raises(ExportRefusedError) as info:
        export_project(project, tmp_path, Translator(Language.EN))
    assert info.value.exit_code is ExitCode.INCOMPLETE
    assert list(tmp_path.iterdir()) == []


class _CancelAfter:
    def __init__(self, steps: int) -> None:
        self.steps = steps

    def update(self, done: int, total: int) -> None:
        self.steps -= 1

    def cancelled(self) -> bool:
        return self.steps <= 0


def test_cancel_leaves_nothing_and_keeps_the_previous_export(
    english: ExportResult, demo_copy: Path, tmp_path: Path
) -> None:
    (tmp_path / "DEMO-0001-dossier.pdf").write_bytes(b"previous export")
    with pytest.raises(CancelledError):
        export(demo_copy, tmp_path, progress=_CancelAfter(3))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["DEMO-0001-dossier.pdf"]
    assert (tmp_path / "DEMO-0001-dossier.pdf").read_bytes() == b"previous export"


def test_strict_profile_without_a_page_drawer_says_what_cannot_fit(demo_copy: Path, tmp_path: Path) -> None:
    result = export(demo_copy, tmp_path, profile_id="immd_strict")
    codes = {f.code.value for f in result.findings}
    assert "pack_cannot_convert" in codes
    assert all(p.suffix in (".jpg", ".pdf", ".json") for p in result.pack_folder.iterdir())


def test_strict_profile_carries_each_pdf_page_as_an_image(demo_copy: Path, tmp_path: Path) -> None:
    from ttps_desktop.drawing import DrawingPool

    drawer = DrawingPool(2)
    try:
        result = export(demo_copy, tmp_path, profile_id="immd_strict", draw_page=drawer.draw_pdf_page)
    finally:
        drawer.close()
    assert "pack_cannot_convert" not in {f.code.value for f in result.findings}
    manifest = json.loads((result.pack_folder / "manifest.json").read_text(encoding="utf-8"))
    names = [f["name"] for f in manifest["files"]]
    assert all(name.endswith(".jpg") for name in names)
    degree = sorted(n for n in names if n.startswith("03_applicant_degree"))
    assert len(degree) == 3  # the certificate's page and the transcript's two, one image each
    for name in degree:
        data = (result.pack_folder / name).read_bytes()
        assert len(data) <= 1024 * 1024
        page = Image.open(io.BytesIO(data))
        assert page.height > page.width > 1000  # an upright A4 page, drawn large enough to read
        assert ImageStat.Stat(page.convert("L")).mean[0] > 200  # white paper, not a black box
    text = run_tool("pdftotext", str(result.dossier), "-")
    assert "Academic transcript" in text  # the dossier is unchanged: PDF pages stay PDF there


def test_cli_export_exit_codes(demo_copy: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("--lang", "en", "export", str(demo_copy), "--out", str(tmp_path / "a"))
    assert code == 1 and err.startswith("Not exported: the project is not complete yet")
    password = tmp_path / "pw.txt"
    password.write_text("s3cret\n", encoding="utf-8")
    code, out, _ = run_cli(
        "--lang",
        "en",
        "export",
        str(demo_copy),
        "--out",
        str(tmp_path / "b"),
        "--allow-incomplete",
        "--password-file",
        str(password),
    )
    assert code == 0 and "DEMO-0001-dossier.pdf" in out
    assert PdfReader(tmp_path / "b" / "DEMO-0001-dossier.pdf").decrypt("s3cret") != 0


def test_pages_render_with_poppler(english: ExportResult, tmp_path: Path) -> None:
    run_tool(
        "pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "13", str(english.dossier), str(tmp_path / "page")
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 13
    for page in pages:
        darkest = ImageStat.Stat(Image.open(page).convert("L")).extrema[0][0]
        assert darkest < 128, page.name  # something dark is drawn on every page: none is blank


def test_turns_the_user_asked_for_reach_every_output(
    english: ExportResult, demo_copy: Path, tmp_path: Path
) -> None:
    turned = tmp_path / "turned.ttps"
    turned.write_bytes(demo_copy.read_bytes())
    evidence_pages = 0
    with Project.open(turned) as project:
        for doc in project.documents():
            project.set_rotation(doc.id, 90)
            data = project.read_document(doc.id)
            evidence_pages += len(PdfReader(io.BytesIO(data)).pages) if data.startswith(b"%PDF") else 1
    result = export(turned, tmp_path / "out")

    def landscape(path: Path) -> list[bool]:
        return [float(p.mediabox.width) > float(p.mediabox.height) for p in PdfReader(path).pages]

    before, after = landscape(english.dossier), landscape(result.dossier)
    assert len(before) == len(after)
    assert sum(b != a for b, a in zip(before, after, strict=True)) == evidence_pages
    photo_before = Image.open(english.pack_folder / "01_applicant_photo.jpg")
    photo_after = Image.open(result.pack_folder / "01_applicant_photo.jpg")
    assert photo_after.size == photo_before.size[::-1]
