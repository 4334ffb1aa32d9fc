"""Import and inspect 50 phone-sized JPEGs (12 MP) and 10 PDFs (200 pages in all) into a project.

Prints wall time and peak memory (this process, and the largest inspector worker), against the time to merely
read the same bytes, measured in the same run. Target here: <= 2 s.
Then the conversions on import: 10 AVIF photos (kept as JPEG) and 10 JPEG 2000 scans (kept as PNG) of the same
12 MP picture, against importing 10 of the JPEGs in the same run.
Run: .venv/bin/python benchmarks/intake.py
"""

from __future__ import annotations

import io
import resource
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ttps_desktop.core.evidence.intake import import_files
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.loader import catalogue

PHOTOS, PDFS, PAGES_EACH = 50, 10, 20


def page_picture() -> Image.Image:
    """A 4000 x 3000 photo of a printed page: text lines on paper, like a phone takes of a letter."""
    image = Image.new("RGB", (4000, 3000), (236, 232, 222))
    draw = ImageDraw.Draw(image)
    for row in range(60):
        y = 150 + row * 45
        draw.rectangle((300, y, 300 + 2800 - (row * 37) % 900, y + 18), fill=(40, 40, 48))
    return image


def encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def phone_photo() -> bytes:
    return encoded(page_picture(), "JPEG", quality=88)


def with_comment(jpeg: bytes, text: str) -> bytes:
    """The same picture with a different comment segment, so each file has its own bytes and hash."""
    payload = text.encode()
    segment = b"\xff\xfe" + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:2] + segment + jpeg[2:]


def text_pdf(seed: int, pages: int = PAGES_EACH) -> bytes:
    """A text-only statement of ``pages`` pages, like a bank or tax PDF."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    for page in range(pages):
        for line in range(40):
            canvas.drawString(
                60, 780 - line * 18, f"Statement {seed} page {page + 1} line {line + 1}: 12,345.67 HKD"
            )
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _peak_mb(pid: int | None) -> float:
    """A worker's peak resident memory (Linux); its parent is the fork server, so getrusage cannot see it."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    line = next((ln for ln in status.splitlines() if ln.startswith("VmHWM:")), "VmHWM: 0 kB")
    return int(line.split()[1]) / 1024


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="ttps-intake-"))
    photo = phone_photo()
    paths = []
    for n in range(PHOTOS):
        path = folder / f"IMG_{n:04d}.jpg"
        path.write_bytes(with_comment(photo, f"photo {n}"))
        paths.append(path)
    for n in range(PDFS):
        path = folder / f"statement_{n}.pdf"
        path.write_bytes(text_pdf(n))
        paths.append(path)
    total_mb = sum(p.stat().st_size for p in paths) / 1e6

    start = time.perf_counter()
    for path in paths:
        path.read_bytes()
    read_s = time.perf_counter() - start

    project = Project.create(folder / "bench.ttps", parse_facts({"application_date": "2026-11-24"}))
    requirement = catalogue().requirement("work_experience")
    start = time.perf_counter()
    with InspectorPool() as pool:
        pool_s = time.perf_counter() - start
        results = import_files(project, paths, "work_experience", requirement, pool)
        total_s = time.perf_counter() - start
        worker_mb = max(_peak_mb(w.process.pid) for w in pool._all)
    project._backed_up_revision = project.revision
    project.close()

    accepted = sum(r.accepted for r in results)
    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"files: {PHOTOS} JPEG (4000x3000) + {PDFS} PDF ({PDFS * PAGES_EACH} pages), {total_mb:.0f} MB; accepted {accepted}"
    )
    print(f"baseline: read the same bytes     {read_s * 1000:7.0f} ms")
    print(
        f"import + inspect + store          {total_s * 1000:7.0f} ms   target <= 2000 ms  ({total_s / read_s:.0f}x reading)"
    )
    print(f"  of which starting 2 workers     {pool_s * 1000:7.0f} ms")
    print(f"peak memory: app {own_mb:.0f} MB, largest worker {worker_mb:.0f} MB")
    conversions(folder)
    for leftover in sorted(folder.rglob("*"), reverse=True):
        leftover.rmdir() if leftover.is_dir() else leftover.unlink()
    folder.rmdir()


def conversions(folder: Path, count: int = 10) -> None:
    picture = page_picture()
    kinds = {
        "JPEG (baseline)": ("jpg", encoded(picture, "JPEG", quality=88)),
        "AVIF -> JPEG": ("avif", encoded(picture, "AVIF", quality=80)),
        "JPEG 2000 -> PNG": ("jp2", encoded(picture, "JPEG2000", quality_mode="rates", quality_layers=[40])),
    }
    requirement = catalogue().requirement("work_experience")
    timings = {}
    with InspectorPool() as pool:
        for label, (suffix, data) in kinds.items():
            paths = []
            for n in range(count):
                path = folder / f"convert_{suffix}_{n}.{suffix}"
                path.write_bytes(data[:2] + data[2:] + bytes(n))  # each its own bytes (trailing zeros)
                paths.append(path)
            project = Project.create(
                folder / f"convert_{suffix}.ttps", parse_facts({"application_date": "2026-11-24"})
            )
            start = time.perf_counter()
            results = import_files(project, paths, "work_experience", requirement, pool)
            timings[label] = (time.perf_counter() - start, sum(r.accepted for r in results), len(data))
            project._backed_up_revision = project.revision
            project.close()
    base = timings["JPEG (baseline)"][0]
    for label, (seconds, accepted, size) in timings.items():
        print(
            f"{count} x {label:<17} ({size // 1024:5d} KB each) {seconds * 1000:7.0f} ms"
            f"  ({seconds / base:4.1f}x the JPEGs; accepted {accepted})"
        )


if __name__ == "__main__":
    main()
