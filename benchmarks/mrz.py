"""Reading the MRZ of synthetic data pages: how many read with every check digit valid, how many wrong values
are accepted, the time per page (12 MP photos and 300 dpi scans, the model's load counted apart) and the peak
memory of a worker.

Pages: invented people, TD3 passports and TD1 cards, typed in every monospace font installed (OCR-B and others),
captured as 300 dpi scans (turned up to 5 degrees, blurred, noisy) or 12 MP phone photos (perspective, turned,
blurred, unevenly lit), all JPEG-compressed at quality 60-92. Targets: >= 98 % read, 0 wrong values accepted,
<= 3 s a page at 12 MP.
Baseline in the same run: decoding each page's JPEG alone, the least any reader must spend on it.
Run: .venv/bin/python -m benchmarks.mrz [PAGES]   (default 200)
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections import Counter
from datetime import date

from PIL import Image

from ttps_desktop.core.mrz.ocr import MrzPool, ReadStatus
from ttps_desktop.core.mrz.synthetic import Capture, SyntheticPage, synthetic_page

TODAY = date(2026, 1, 1)


def _fields(page: SyntheticPage) -> tuple[object, ...]:
    p = page.person
    nationality = p.nationality.rstrip("<")
    return (p.surname, p.given_names, p.document_number, nationality, p.birth_date, p.expiry_date, p.sex)


def main(count: int = 200) -> None:
    times: dict[Capture, list[float]] = {Capture.SCAN: [], Capture.PHOTO: []}
    baseline: dict[Capture, list[float]] = {Capture.SCAN: [], Capture.PHOTO: []}
    outcomes: Counter[str] = Counter()
    by_font: dict[str, Counter[str]] = {}
    wrong: list[int] = []
    missed: list[int] = []
    peak = 0.0
    with MrzPool(workers=1) as pool:
        started = time.perf_counter()
        status = pool.warm_up().status
        load = time.perf_counter() - started
        if status is ReadStatus.OCR_UNAVAILABLE:
            print("the OCR runtime cannot load on this machine")
            return
        for seed in range(count):
            page = synthetic_page(seed)
            started = time.perf_counter()
            Image.open(io.BytesIO(page.jpeg)).load()
            baseline[page.capture].append(time.perf_counter() - started)
            started = time.perf_counter()
            done = pool.read(page.jpeg, TODAY)
            times[page.capture].append(time.perf_counter() - started)
            peak = max(peak, done.peak_memory_mb)
            reading = done.reading
            data = reading.result.data if reading.result else None
            if reading.status is ReadStatus.READ and data is not None:
                got = (data.surname, data.given_names, data.document_number, data.nationality)
                got_all = (*got, data.birth_date, data.expiry_date, data.sex)
                outcome = "read" if got_all == _fields(page) else "WRONG"
                if outcome == "WRONG":
                    wrong.append(seed)
            else:
                outcome = reading.status.value
                missed.append(seed)
            outcomes[outcome] += 1
            by_font.setdefault(page.font, Counter())[outcome] += 1
    total = sum(outcomes.values())
    print(
        f"pages: {total} ({len(times[Capture.SCAN])} scans at 300 dpi, {len(times[Capture.PHOTO])} 12 MP photos)"
    )
    print(f"read with every check digit valid: {outcomes['read']} ({100 * outcomes['read'] / total:.1f} %)")
    print(f"wrong values accepted: {outcomes['WRONG']} {wrong if wrong else ''}")
    print(
        "not read: "
        + ", ".join(f"{k} {v}" for k, v in outcomes.items() if k not in ("read", "WRONG"))
        + (f" (pages {missed})" if missed else "")
    )
    print(f"model load (once per worker): {load:.2f} s")
    for capture, values in times.items():
        if values:
            base = statistics.mean(baseline[capture])
            print(
                f"{capture.value}: per page mean {statistics.mean(values):.2f} s, median {statistics.median(values):.2f} s,"
                f" max {max(values):.2f} s; baseline (JPEG decode alone) {base:.3f} s"
            )
    print(f"peak memory of the worker: {peak:.0f} MB")
    for font, counter in sorted(by_font.items()):
        print(f"  {font}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items())))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
