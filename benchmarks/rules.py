"""Judge 1,000 generated applicants: eligibility for A/B/C plus the checklist. Target here: < 1 s.

Baseline in the same run: only reading the same 1,000 FACTS documents into typed values (the floor any
judgement pays), so the figure for the engine itself is the difference.
Run: .venv/bin/python benchmarks/rules.py [COUNT]
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from typing import Any

from ttps_desktop.core.rules.checklist import checklist
from ttps_desktop.core.rules.eligibility import assess
from ttps_desktop.core.rules.facts import Facts, parse_facts
from ttps_desktop.core.rules.loader import catalogue, ruleset_for
from ttps_desktop.core.rules.universities import shipped_list

INSTITUTIONS = ["Tsinghua University", "MIT", "清華大學", "University of Nowhere", "UCL", "北京大学", "HKU"]
CURRENCIES = ["HKD", "USD", "CNY", "EUR", "JPY"]


def applicant(rnd: random.Random) -> dict[str, Any]:
    day = date(2026, 11, 24) - timedelta(days=rnd.randint(0, 600))

    def when(back_days: int) -> str:
        return (day - timedelta(days=back_days)).isoformat()

    jobs = []
    for _ in range(rnd.randint(0, 4)):
        start = rnd.randint(30, 3000)
        jobs.append(
            {"employer": "E", "start": when(start), "end": rnd.choice([None, when(rnd.randint(0, start))])}
        )
    return {
        "application_date": day.isoformat(),
        "nationality": rnd.choice(["CHN", "USA", "GBR", "VNM", "IND"]),
        "travel_document": {
            "kind": "passport",
            "issuing_country": "CHN",
            "expiry_date": when(-rnd.randint(0, 4000)),
        },
        "residence": {
            "country": rnd.choice(["CHN", "USA", "HKG"]),
            "overseas_since": when(rnd.randint(0, 900)),
        },
        "degrees": [
            {
                "level": "bachelor",
                "institution": rnd.choice(INSTITUTIONS),
                "awarded": when(rnd.randint(100, 4000)),
            }
            for _ in range(rnd.randint(0, 2))
        ],
        "employment": jobs,
        "income": [
            {
                "kind": rnd.choice(["salary", "bonus", "investment"]),
                "amount": str(rnd.randint(100_000, 3_000_000)),
                "currency": rnd.choice(CURRENCIES),
                "period_start": when(400),
                "period_end": when(rnd.randint(1, 60)),
            }
            for _ in range(rnd.randint(0, 3))
        ],
        "exchange_rates": [
            {"currency": c, "hkd_per_unit": "7.8", "date": when(3), "source": "bench"}
            for c in CURRENCIES[1:]
            if rnd.random() < 0.8
        ],
        "dependants": [{"relation": "child", "birth_date": when(rnd.randint(100, 8000))}]
        if rnd.random() < 0.5
        else [],
    }


def main(count: int) -> None:
    rnd = random.Random(20261124)
    documents = [applicant(rnd) for _ in range(count)]
    cat, unis = catalogue(), shipped_list()

    start = time.perf_counter()
    parsed: list[Facts] = [parse_facts(d) for d in documents]
    parse_s = time.perf_counter() - start

    start = time.perf_counter()
    eligible = 0
    for facts in parsed:
        rules = ruleset_for(facts.application_date)
        assert rules is not None
        result = assess(facts, rules, unis)
        checklist(result, cat, result.recommended)
        eligible += result.recommended is not None
    judge_s = time.perf_counter() - start

    print(f"applicants                 {count}")
    print(f"baseline: parse facts      {parse_s * 1000:8.1f} ms")
    print(f"judge + checklist          {judge_s * 1000:8.1f} ms   ({judge_s / count * 1e6:.0f} µs each)")
    print(f"total (parse + judge)      {(parse_s + judge_s) * 1000:8.1f} ms   target < 1000 ms")
    print(f"judging / parsing          {judge_s / parse_s:8.1f} x")
    print(f"recommended a category     {eligible} of {count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
