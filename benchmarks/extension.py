"""Judge 1,000 generated extension applicants: the verdicts, the extension checklist and the key dates (target here:
< 1 s), then write each one's .ics file (icalendar).

Baseline in the same run: the entry report (eligibility for A/B/C, checklist) of the same 1,000 people read as
entry applicants, which is what every extension report also computes underneath.
Run: .venv/bin/python -m benchmarks.extension [COUNT]
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from typing import Any

from ttps_desktop.core.ics import calendar_bytes
from ttps_desktop.core.keydates import KeyDate, key_dates
from ttps_desktop.core.messages import Message
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.report import build_report


def applicant(rnd: random.Random) -> dict[str, Any]:
    day = date(2026, 11, 24) - timedelta(days=rnd.randint(0, 600))

    def when(days: int) -> str:
        return (day + timedelta(days=days)).isoformat()

    entry = rnd.randint(400, 1400)
    employment = {
        "employer": "E Ltd",
        "post": "Engineer",
        "monthly_pay_hkd": str(rnd.randint(20_000, 200_000)),
        "contract_start": when(-entry + 30),
        "contract_end": rnd.choice([None, when(rnd.randint(200, 2000))]),
        "employer_listed_on_hkex": rnd.random() < 0.3,
        "employer_outside_hong_kong": rnd.random() < 0.1,
    }
    business = {"company": "B Ltd", "registered_on": when(-rnd.randint(100, 900)), "turnover_hkd": "900000"}
    route = rnd.choice(["employment", "business"])
    return {
        "application_date": day.isoformat(),
        "nationality": "GBR",
        "in_hong_kong": rnd.random() < 0.9,
        "travel_document": {
            "kind": "passport",
            "issuing_country": "GBR",
            "expiry_date": when(rnd.randint(0, 4000)),
        },
        "dependants": [{"relation": "spouse", "name": "S"}] if rnd.random() < 0.5 else [],
        "extension": {
            "permission": {
                "category": rnd.choice(["A", "B", "C"]),
                "granted_on": when(-entry - 20),
                "expires_on": when(rnd.randint(-10, 200)),
                "first_entry": when(-entry),
            },
            "route": route,
            route: employment if route == "employment" else business,
            "assessable_income": {
                "year_of_assessment": "2025/26",
                "amount_hkd": str(rnd.randint(0, 4_000_000)),
            },
        },
    }


def main(count: int) -> None:
    rnd = random.Random(20261201)
    documents = [applicant(rnd) for _ in range(count)]
    parsed = [parse_facts(d) for d in documents]
    entry = [parse_facts({k: v for k, v in d.items() if k != "extension"}) for d in documents]

    start = time.perf_counter()
    for facts in entry:
        build_report(facts)
    entry_s = time.perf_counter() - start

    start = time.perf_counter()
    per_project: list[tuple[KeyDate, ...]] = []
    can_apply = 0
    for facts in parsed:
        report = build_report(facts)
        assert report.extension is not None
        can_apply += report.extension.can_apply.value == "eligible"
        per_project.append(key_dates(report))
    judge_s = time.perf_counter() - start

    start = time.perf_counter()
    size = sum(len(calendar_bytes(d, str(n), "bench", Message.english, 4)) for n, d in enumerate(per_project))
    ics_s = time.perf_counter() - start
    events = sum(len(d) for d in per_project)

    print(f"applicants                       {count}")
    print(f"baseline: entry report           {entry_s * 1000:8.1f} ms")
    print(
        f"extension report + key dates     {judge_s * 1000:8.1f} ms   ({judge_s / count * 1e6:.0f} µs each)"
    )
    print(f"extension / entry                {judge_s / entry_s:8.2f} x")
    print(
        f"{count} .ics files, {events} events  {ics_s * 1000:8.1f} ms   ({ics_s / count * 1000:.1f} ms, {size // count} bytes each)"
    )
    print(f"can apply on their date          {can_apply} of {count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
