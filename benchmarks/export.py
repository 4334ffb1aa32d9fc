"""Export speed and memory: our dossier against img2pdf plus a pypdf merge of the same inputs, in the same run.

Inputs: phone photos (12 MP JPEG) and text PDFs of up to 200 pages. Prints wall time (best of several runs: the
machine is shared) for 100, 200 and 400 pages and for the full set (60 photos + 4,000 PDF pages), and the peak
memory of a whole export (dossier, checklist, submission pack and zip) of about 450 pages, each measured in a
process of its own. Targets: within 2x of the baseline at 100 pages, 1.5x from 400 pages up, peak memory below
500 MB. The first export in a process also loads the bundled font (about 0.1 s, once per process); it is loaded
before timing, as the app does once.
Run: .venv/bin/python -m benchmarks.export [--quick]
"""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import img2pdf
from pypdf import PdfReader, PdfWriter

from benchmarks.intake import phone_photo, text_pdf, with_comment
from ttps_desktop.core.export.dossier import build_dossier
from ttps_desktop.core.export.fonts import register_fonts
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


def best_of(runs: int, first: Callable[[], bytes], second: Callable[[], bytes]) -> tuple[float, float, int]:
    """The best time of each of two jobs over ``runs`` rounds, run in turns so that both meet the same load (the
    machine is shared), and the second's output size."""
    times: tuple[list[float], list[float]] = ([], [])
    size = 0
    for _ in range(runs):
        for job, spent in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            size = len(job())
            spent.append(time.perf_counter() - start)
    return min(times[0]), min(times[1]), size


def inputs(n_photos: int, n_pdf_pages: int) -> tuple[list[bytes], list[bytes]]:
    photo = phone_photo()
    photos = [with_comment(photo, f"p{n}") for n in range(n_photos)]
    per = 200 if n_pdf_pages >= 200 else n_pdf_pages
    return photos, [text_pdf(n, per) for n in range(max(1, n_pdf_pages // per))]


def _peak_mb() -> float:
    """This process's peak resident memory. Linux: VmHWM, which starts afresh at exec (ru_maxrss does not: a
    child started from a large parent would report the parent's size)."""
    try:
        status = Path("/proc/self/status").read_text()
        line = next(ln for ln in status.splitlines() if ln.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode: str, folder: Path) -> None:
    """One measured job in a process of its own, on inputs made by the parent: prints seconds and peak memory."""
    if mode == "baseline":
        files = sorted(folder.glob("in-*"))
        photos = [p.read_bytes() for p in files if p.suffix == ".jpg"]
        pdfs = [p.read_bytes() for p in files if p.suffix == ".pdf"]
        start = time.perf_counter()
        (folder / "baseline.pdf").write_bytes(baseline(photos, pdfs))
    else:
        from ttps_desktop.core.export.run import export_project

        register_fonts()
        start = time.perf_counter()
        with Project.open(folder / "project.ttps", read_only=True) as project:
            export_project(project, folder / "out", Translator(Language.EN), allow_incomplete=True)
    print(f"{time.perf_counter() - start:.2f} {_peak_mb():.0f}")


def measured(photos: list[bytes], pdfs: list[bytes]) -> dict[str, tuple[float, float]]:
    """Seconds and peak MB of the baseline and of our whole export, each in a fresh process."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="ttps-export-bench-") as name:
        folder = Path(name)
        for n, data in enumerate(photos):
            (folder / f"in-{n:04d}.jpg").write_bytes(data)
        for n, data in enumerate(pdfs):
            (folder / f"in-{n:04d}.pdf").write_bytes(data)
        project_with(folder, photos, pdfs).rename(folder / "project.ttps")
        for mode in ("baseline", "export"):
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.export", "--child", mode, str(folder)],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds, peak = done.stdout.split()
            results[mode] = (float(seconds), float(peak))
    return results


def main(quick: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ttps-export-bench-"))
    register_fonts()  # once per process, as the app does
    print(f"{'pages':>6} {'baseline s':>11} {'ours s':>8} {'ratio':>6} {'ours MB out':>11}")
    sizes = [(10, 90), (20, 180), (40, 360)] if quick else [(10, 90), (20, 180), (40, 360), (60, 4000)]
    for n_photos, n_pdf_pages in sizes:
        photos, pdfs = inputs(n_photos, n_pdf_pages)
        path = project_with(folder, photos, pdfs)
        ours(path)  # warm: the project's pages in the file cache, as the baseline's are in memory
        runs = 2 if n_pdf_pages > 1000 else 5
        base_s, our_s, size = best_of(runs, partial(baseline, photos, pdfs), partial(ours, path))
        print(
            f"{n_photos + n_pdf_pages:>6} {base_s:>11.2f} {our_s:>8.2f} {our_s / base_s:>6.1f} {size / 1e6:>11.1f}"
        )
    results = measured(*inputs(50, 400))
    (base_s, base_mb), (our_s, our_mb) = results["baseline"], results["export"]
    print(
        f"whole export of 50 photos + 400 PDF pages (dossier, checklist, pack, zip): {our_s:.2f} s, "
        f"peak memory {our_mb:.0f} MB (target < 500 MB); img2pdf + pypdf merge of the same inputs: "
        f"{base_s:.2f} s, peak {base_mb:.0f} MB"
    )


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(sys.argv[sys.argv.index("--child") + 1], Path(sys.argv[-1]))
    else:
        main("--quick" in sys.argv)
