"""Convert to JPEG for an item that takes JPEG alone (the photo): 10 PNG and 10 HEIC photos of 12 MP, and page 2 of
10 three-page PDFs (drawn by QtPdf in a worker process), each added as a JPEG, against importing 10 JPEGs of the
same picture in the same run. Prints wall time per kind and the ratio to the JPEGs.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/convert.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.intake import encoded, page_picture, text_pdf
from ttps_desktop.core.evidence.intake import import_as_jpeg, import_files
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.drawing import DrawingPool

COUNT = 10


def main() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    picture = page_picture()
    kinds = {
        "JPEG (baseline)": ("jpg", encoded(picture, "JPEG", quality=88)),
        "PNG -> JPEG": ("png", encoded(picture, "PNG")),
        "HEIC -> JPEG": ("heic", encoded(picture, "HEIF", quality=80)),
        "PDF page 2 -> JPEG": ("pdf", text_pdf(0, pages=3)),
    }
    requirement = catalogue().requirement("photo")
    timings: dict[str, tuple[float, int, int]] = {}
    drawer = DrawingPool(1)
    with tempfile.TemporaryDirectory() as tmp, InspectorPool() as pool:
        folder = Path(tmp)
        drawer.draw_pdf_page(kinds["PDF page 2 -> JPEG"][1], 0, 0, 64)  # the drawing process started first
        for label, (suffix, data) in kinds.items():
            paths = []
            for n in range(COUNT):
                path = folder / f"{suffix}_{n}.{suffix}"
                path.write_bytes(data + bytes(n))  # each its own bytes (trailing zeros)
                paths.append(path)
            project = Project.create(
                folder / f"{suffix}.ttps", parse_facts({"application_date": "2026-11-24"})
            )
            start = time.perf_counter()
            if suffix == "jpg":
                results = import_files(project, paths, "photo", requirement, pool)
            else:
                page = 1 if suffix == "pdf" else 0
                results = [
                    import_as_jpeg(project, p, "photo", requirement, pool, drawer.draw_pdf_page, page)
                    for p in paths
                ]
            timings[label] = (time.perf_counter() - start, sum(r.accepted for r in results), len(data))
            project._backed_up_revision = project.revision
            project.close()
    drawer.close()
    base = timings["JPEG (baseline)"][0]
    for label, (seconds, accepted, size) in timings.items():
        print(
            f"{COUNT} x {label:<19} ({size // 1024:5d} KB each) {seconds * 1000:7.0f} ms"
            f"  ({seconds / base:4.1f}x the JPEGs; accepted {accepted})"
        )


if __name__ == "__main__":
    main()
