"""Export speed: our dossier against img2pdf plus a pypdf merge of the same inputs, in the same run.

Inputs: phone photos (12 MP JPEG) and text PDFs of 200 pages. Prints wall time and peak memory for sizes of
100, 200 and 400 pages and for the full set (60 photos + 20 PDFs). Targets: <= 1.5x the baseline, time linear in
pages, peak memory < 500 MB.
Run: .venv/bin/python benchmarks/export.py [--quick]
"""

from __future__ import annotations

import io
import resource
import sys
import tempfile
import time
from pathlib import Path

import img2pdf
from pypdf import PdfReader, PdfWriter

from benchmarks.intake import phone_photo, text_pdf, with_comment
from ttps_desktop.core.export.dossier import build_dossier
from ttps_desktop.core.export.plan import plan_export
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.i18n import Translator


def baseline(photos: list[bytes], pdfs: list[bytes]) -> bytes:
    writer = PdfWriter()
    if photos:
        for page in PdfReader(io.BytesIO(img2pdf.convert(photos))).pages:
            writer.add_page(page)
    for data in pdfs:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def project_with(folder: Path, photos: list[bytes], pdfs: list[bytes]) -> Path:
    """The inputs as a project (not timed: that is import, not export)."""
    facts = parse_facts(
        {"application_date": "2026-11-24", "nationality": "GBR", "applicant": {"name": "Bench"}}
    )
    path = folder / f"bench-{time.monotonic_ns()}.ttps"
    with Project.create(path, facts) as project:
        for n, data in enumerate(photos):
            item = "photo" if n == 0 else "travel_document"
            project.add_document(
                item, data, f"{n}.jpg", "image/jpeg", {"kind": "jpeg", "pages": 1, "orientation": 1}
            )
        for n, data in enumerate(pdfs):
            pages = len(PdfReader(io.BytesIO(data)).pages)
            project.add_document(
                "travel_document", data, f"{n}.pdf", "application/pdf", {"kind": "pdf", "pages": pages}
            )
        project._backed_up_revision = project.revision
    return path


def ours(path: Path) -> bytes:
    """Plan and build the dossier: cover, contents, dividers, every page placed and stamped, bookmarks."""
    with Project.open(path, read_only=True) as project:
        plan = plan_export(project, Language.EN)
        return build_dossier(project, plan, Translator(Language.EN)).data


def measure(label: str, run) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    data = run()
    return time.perf_counter() - start, len(data)


def main(quick: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ttps-export-bench-"))
    photo = phone_photo()
    print(f"{'pages':>6} {'baseline s':>11} {'ours s':>8} {'ratio':>6} {'ours MB out':>11}")
    sizes = [(10, 90), (20, 180), (40, 360)] if quick else [(10, 90), (20, 180), (40, 360), (60, 4000)]
    for n_photos, n_pdf_pages in sizes:
        photos = [with_comment(photo, f"p{n}") for n in range(n_photos)]
        per = 200 if n_pdf_pages >= 200 else n_pdf_pages
        pdfs = [text_pdf(n, per) for n in range(max(1, n_pdf_pages // per))]
        path = project_with(folder, photos, pdfs)
        base_s, _ = measure("baseline", lambda photos=photos, pdfs=pdfs: baseline(photos, pdfs))
        our_s, size = measure("ours", lambda path=path: ours(path))
        print(
            f"{n_photos + n_pdf_pages:>6} {base_s:>11.2f} {our_s:>8.2f} {our_s / base_s:>6.1f} {size / 1e6:>11.1f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB (target < 500 MB)")


if __name__ == "__main__":
    main("--quick" in sys.argv)
