"""Export of hostile and unusual files: every one exports, and an object-by-object audit of every PDF written finds
nothing of their scripts, actions, attachments, forms, private data, layers or metadata. A file that cannot be
exported is left out with a page saying so, never stopping the export. Exports are byte-identical across
processes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from pypdf import PageObject, PdfReader
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import ArrayObject, Destination, DictionaryObject

from tests.e2e import adversarial
from tests.e2e.conftest import run_tool
from tests.e2e.pdf_audit import audit
from tests.test_cli import run_cli
from ttps_desktop.core.errors import ExitCode
from ttps_desktop.core.export.run import ExportResult, export_project
from ttps_desktop.core.findings import FindingCode
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.i18n import Translator

EPOCH = "1795000000"
FACTS = {
    "application_date": "2026-11-24",
    "nationality": "GBR",
    "applicant": {"name": "Ada Adversary", "reference": "ADV-1"},
}
FRONT_PAGES = 2  # cover and one contents page


def _pdf(name: str) -> tuple[bytes, str, str, dict[str, object]]:
    data = adversarial.PDFS[name]()
    pages = 2 if name == "untyped-node" else 1
    return data, f"{name}.pdf", "application/pdf", {"kind": "pdf", "pages": pages}


def _tiff(data: bytes, name: str, pages: int = 1) -> tuple[bytes, str, str, dict[str, object]]:
    return data, name, "image/tiff", {"kind": "tiff", "pages": pages}


# (item, file) in export order; each PDF shows VISIBLE text of its own.
TRAVEL = [
    _tiff(adversarial.tiff_pages(3), "three-pages.tif", 3),
    *(_pdf(name) for name in adversarial.PDFS),
    _tiff(adversarial.tiff_16bit(big_endian=False), "sixteen-little.tif"),
    _tiff(adversarial.tiff_16bit(big_endian=True), "sixteen-big.tif"),
]
LETTER = adversarial._canvas_pdf(adversarial._text("VISIBLE EMPLOYER LETTER"))  # in a later section


def make_project(path: Path, broken: bool = False) -> Path:
    with Project.create(path, parse_facts(FACTS)) as project:
        project.add_document(
            "photo", adversarial.mpo_with_exif(), "photo.jpg", "image/jpeg", {"kind": "jpeg", "pages": 1}
        )
        for data, name, media, inspection in TRAVEL:
            project.add_document("travel_document", data, name, media, inspection)
        if broken:
            project.add_document(
                "travel_document",
                b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
                "broken-scan.pdf",
                "application/pdf",
                {"kind": "pdf", "pages": 1},
            )
            project.add_document(
                "travel_document", b"II*\x00garbage", "broken-photo.tif", "image/tiff", {"kind": "tiff"}
            )
        project.add_document(
            "work_experience",
            LETTER,
            "letter.pdf",
            "application/pdf",
            {"kind": "pdf", "pages": 1},
        )
    return path


def export(path: Path, out: Path, language: Language = Language.EN) -> ExportResult:
    with Project.open(path, read_only=True) as project:
        return export_project(project, out, Translator(language), allow_incomplete=True)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExportResult]:
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = tmp_path_factory.mktemp("adversarial")
    yield export(make_project(folder / "adversarial.ttps"), folder / "out")
    mp.undo()


def written_pdfs(result: ExportResult) -> list[Path]:
    return [result.dossier, result.checklist, *sorted(result.pack_folder.glob("*.pdf"))]


def test_the_corpus_is_hostile() -> None:
    """The audit finds what the sources carry (so a clean export means something)."""
    problems = []
    for name, make in adversarial.PDFS.items():
        path = Path(os.environ.get("TMPDIR", "/tmp")) / f"ttps-corpus-{os.getpid()}-{name}.pdf"
        data = make()
        path.write_bytes(data)
        try:
            problems.append(audit(path, secrets=adversarial.SECRETS))
        except FileNotDecryptedError:  # attachments locked: pypdf reads nothing without the password
            problems.append([secret.decode() for secret in adversarial.SECRETS if secret in data])
        finally:
            path.unlink()
    assert all(problems), [name for name, p in zip(adversarial.PDFS, problems, strict=True) if not p]
    untyped = PdfReader(io.BytesIO(adversarial.no_contents_and_untyped_node()))
    from pypdf import PdfWriter

    with pytest.raises(ValueError, match="Invalid page object"):  # what made every export fail before
        PdfWriter().add_page(untyped.pages[0])


def test_every_file_exports_and_no_object_carries_anything_of_the_sources(exported: ExportResult) -> None:
    assert exported.left_out == ()
    for pdf in written_pdfs(exported):
        assert audit(pdf, secrets=adversarial.SECRETS) == [], pdf.name
        assert "No syntax or stream encoding errors" in run_tool("qpdf", "--check", str(pdf))


def test_what_the_user_saw_is_what_the_dossier_shows(exported: ExportResult) -> None:
    text = run_tool("pdftotext", str(exported.dossier), "-")
    for words in (
        "VISIBLE FILLED 4711",  # a filled form field, flattened
        "VISIBLE XFA 0815",
        "VISIBLE DR FIELD",  # its font taken from the form's default resources
        "VISIBLE LAYER",
        "VISIBLE CROPPED",
        "VISIBLE UNTYPED NODE",
        "VISIBLE SCRIPTS",
        "VISIBLE IMAGE",
        "VISIBLE EMPLOYER LETTER",
    ):
        assert words in text, words
    assert "HIDDENOUTSIDE" not in text  # outside the CropBox: hidden in the source, hidden here
    assert "HIDDENLAYERTEXT" not in text and "HIDDENXOBJECT" not in text  # layers switched off stay off


def _evidence_forms(reader: PdfReader) -> Iterator[tuple[int, DictionaryObject]]:
    for index, page in enumerate(reader.pages):
        resources = cast(DictionaryObject, page["/Resources"])
        xobjects = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()).get_object())
        if "/TTPSPage" in xobjects:
            yield index, cast(DictionaryObject, xobjects["/TTPSPage"].get_object())


def test_the_visible_area_is_the_crop_box_and_blank_pages_keep_their_size(exported: ExportResult) -> None:
    reader = PdfReader(exported.dossier)
    boxes = [[float(v) for v in cast(ArrayObject, form["/BBox"])] for _, form in _evidence_forms(reader)]
    assert [100.0, 300.0, 400.0, 500.0] in boxes  # the CropBox, not the MediaBox
    assert [0.0, 0.0, 300.0, 400.0] in boxes  # the page without /Contents: blank, at its own size
    for page in reader.pages:
        assert "/UserUnit" not in page


def test_every_tiff_page_arrives_and_links_bookmarks_and_labels_stay_right(exported: ExportResult) -> None:
    reader = PdfReader(exported.dossier)
    # cover, contents, 2 dividers; photo 1; travel: 3 TIFF pages + 10 PDFs (one of 2 pages) + 2 TIFFs; letter 1
    evidence = 1 + 3 + len(adversarial.PDFS) + 1 + 2 + 1
    assert len(reader.pages) == FRONT_PAGES + 2 + evidence

    def page_text(index: int) -> str:
        number = str(index + 1)
        return run_tool("pdftotext", "-f", number, "-l", number, str(exported.dossier), "-")

    flat: list[Destination] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                flat.append(item)

    walk(reader.outline)
    targets = {str(item.title): cast(int, reader.get_destination_page_number(item)) for item in flat}
    travel = "Valid travel document (personal particulars page)"
    tiff_start = targets[f"{travel} 1"]
    assert targets[f"{travel} 2"] == tiff_start + 3  # after the TIFF's three pages
    assert "VISIBLE SCRIPTS" in page_text(targets[f"{travel} 2"])
    for number, name in enumerate(adversarial.PDFS, start=2):
        if name not in ("optional-content", "untyped-node"):
            assert "VISIBLE" in page_text(targets[f"{travel} {number}"]), name
    letter = targets["Proof of work experience 1"]
    assert targets["Proof of work experience"] == letter
    assert "VISIBLE EMPLOYER LETTER" in page_text(letter)
    assert letter == len(reader.pages) - 1
    # the contents page's links land where the bookmarks do
    links = [cast(DictionaryObject, a.get_object()) for a in cast(ArrayObject, reader.pages[1]["/Annots"])]
    link_pages = {
        reader.get_page_number(cast(PageObject, cast(ArrayObject, link["/Dest"])[0].get_object()))
        for link in links
    }
    assert letter in link_pages and tiff_start in link_pages
    assert reader.page_labels[letter] == str(letter - FRONT_PAGES + 1)
    assert f"Page {letter - FRONT_PAGES + 1} of {evidence + 2}" in page_text(letter)


def test_the_pack_carries_every_tiff_page(exported: ExportResult) -> None:
    manifest = json.loads((exported.pack_folder / "manifest.json").read_text(encoding="utf-8"))
    travel = next(f["name"] for f in manifest["files"] if f["upload_item"] == "travel_document")
    assert len(PdfReader(exported.pack_folder / travel).pages) == 3 + len(adversarial.PDFS) + 1 + 2


def test_a_draft_says_so_on_the_cover_and_in_every_footer(exported: ExportResult) -> None:
    assert exported.draft
    reader = PdfReader(exported.dossier)
    assert "DRAFT" in reader.pages[0].extract_text().split("\n")[0]
    for index, page in enumerate(reader.pages):
        assert "DRAFT · ADV-1" in page.extract_text(), index


def test_a_draft_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    result = export(make_project(tmp_path / "p.ttps"), tmp_path / "out", Language.ZH_HK)
    text = run_tool("pdftotext", str(result.dossier), "-")
    assert "草稿 · ADV-1" in text


def test_every_pdf_has_the_same_information_keys(exported: ExportResult) -> None:
    keys = {pdf.name: sorted(PdfReader(pdf).metadata or {}) for pdf in written_pdfs(exported)}
    assert len({tuple(k) for k in keys.values()}) == 1, keys
    info = PdfReader(exported.checklist).metadata
    assert info is not None and str(info["/Producer"]).startswith("TTPS Desktop")
    assert "anonymous" not in str(dict(info)) and "untitled" not in str(dict(info))


def test_a_file_that_cannot_be_exported_never_stops_the_export(tmp_path: Path) -> None:
    result = export(make_project(tmp_path / "broken.ttps", broken=True), tmp_path / "out")
    assert {f.params["file"] for f in result.left_out} == {"broken-scan.pdf", "broken-photo.tif"}
    assert all(f.code is FindingCode.EXPORT_LEFT_OUT for f in result.left_out)
    reader = PdfReader(result.dossier)
    text = run_tool("pdftotext", str(result.dossier), "-")
    assert text.count("could not be included in the dossier") == 2
    assert "broken-scan" not in text  # outputs name documents by item and number only
    assert "VISIBLE EMPLOYER LETTER" in reader.pages[-1].extract_text()  # everything after still arrives
    assert len(reader.pages) == FRONT_PAGES + 2 + 1 + 3 + len(adversarial.PDFS) + 1 + 2 + 2 + 1
    for pdf in written_pdfs(result):
        assert audit(pdf, secrets=adversarial.SECRETS) == [], pdf.name
    manifest = (result.pack_folder / "manifest.json").read_text(encoding="utf-8")
    assert "export_left_out" in manifest and "broken-scan" not in manifest


def test_the_cli_says_written_with_problems(tmp_path: Path) -> None:
    project = make_project(tmp_path / "broken.ttps", broken=True)
    code, out, _ = run_cli(
        "--lang", "en", "export", str(project), "--out", str(tmp_path / "o"), "--allow-incomplete"
    )
    assert code == int(ExitCode.WITH_PROBLEMS)
    assert "Written with problems: 2 documents could not be included" in out
    assert "broken-scan.pdf" in out and "broken-photo.tif" in out
    # In a process of its own (pytest catches log records itself): why is for the app's log, not the terminal.
    command = [sys.executable, "-m", "ttps_desktop", "--lang", "en", "export", str(project)]
    done = subprocess.run(
        [*command, "--out", str(tmp_path / "p"), "--allow-incomplete"],
        env={**os.environ, "TTPS_DESKTOP_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 3 and "Traceback" not in done.stderr and "broken-scan.pdf" in done.stdout
    help_text = subprocess.run(
        [sys.executable, "-m", "ttps_desktop", "--lang", "en", "export", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "3 written with problems" in " ".join(help_text.split())


def test_exports_are_byte_identical_across_processes(tmp_path: Path) -> None:
    project = make_project(tmp_path / "same.ttps")
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out-{seed}"
        env = {
            **os.environ,
            "SOURCE_DATE_EPOCH": EPOCH,
            "PYTHONHASHSEED": seed,
            "TTPS_DESKTOP_HOME": str(tmp_path / f"home-{seed}"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        command = [
            sys.executable,
            "-m",
            "ttps_desktop",
            "--lang",
            "en",
            "export",
            str(project),
            "--out",
            str(out),
        ]
        done = subprocess.run([*command, "--allow-incomplete"], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        outputs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    first, second = outputs
    assert sorted(first) == sorted(second) and len(first) >= 6
    for name, data in first.items():
        assert data == second[name], name


def test_a_draft_with_no_document_yet_exports(tmp_path: Path) -> None:
    path = tmp_path / "empty.ttps"
    with Project.create(path, parse_facts(FACTS)):
        pass
    result = export(path, tmp_path / "out")
    reader = PdfReader(result.dossier)
    assert len(reader.pages) == FRONT_PAGES and result.draft and result.left_out == ()
    assert audit(result.dossier) == []


def test_an_encrypted_dossier_passes_the_same_audit(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.ttps")
    with Project.open(path, read_only=True) as project:
        result = export_project(
            project, tmp_path / "out", Translator(Language.EN), password="s3cret", allow_incomplete=True
        )
    assert PdfReader(result.dossier).is_encrypted
    assert audit(result.dossier, password="s3cret", secrets=adversarial.SECRETS) == []
