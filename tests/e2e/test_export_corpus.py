"""The real-world corpus (tests/data/corpus, issue 13 part B: files from the test suites of Pillow, pdf.js, qpdf and
py-pdf): every file the import accepts exports, each with the pages the import counted, and an object-by-object
audit of every PDF written finds nothing of the sources' scripts, forms, attachments or metadata.

The corpus and its manifest (tests/corpus.py) arrive with part B's branch; until then this module is skipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import run_tool
from tests.e2e.pdf_audit import audit
from ttps_desktop.core.evidence.intake import import_files
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.export.run import ExportResult, export_project
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.i18n import Translator

corpus = pytest.importorskip("tests.corpus", reason="the real-world corpus comes with issue 13 part B")


@pytest.fixture(scope="module")
def exported(demo_project_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExportResult]:
    """The demo applicant with every accepted corpus file added to the corpus's checklist item, exported."""
    folder = tmp_path_factory.mktemp("corpus-export")
    path = folder / "corpus.ttps"
    path.write_bytes(demo_project_file.read_bytes())
    requirement = corpus.REQUIREMENT
    with Project.open(path) as project, InspectorPool(workers=2) as pool:
        results = import_files(
            project, corpus.accepted_files(), requirement, catalogue().requirement(requirement), pool
        )
        assert all(result.accepted for result in results), [r.findings for r in results if not r.accepted]
    with Project.open(path, read_only=True) as project:
        yield export_project(project, folder / "out", Translator(Language.EN), allow_incomplete=True)


def test_every_accepted_file_exports(exported: ExportResult) -> None:
    assert exported.left_out == ()
    expected = sum(int(corpus.FILES[p.name].get("pages", 1)) for p in corpus.accepted_files())
    demo = 8  # the demo's own evidence pages
    front_and_dividers = 2 + 3
    assert len(PdfReader(exported.dossier).pages) == front_and_dividers + demo + expected


def test_no_object_of_any_written_pdf_carries_anything_of_the_sources(exported: ExportResult) -> None:
    for pdf in [exported.dossier, exported.checklist, *sorted(exported.pack_folder.glob("*.pdf"))]:
        assert audit(pdf) == [], pdf.name
        assert "No syntax or stream encoding errors" in run_tool("qpdf", "--check", str(pdf))
