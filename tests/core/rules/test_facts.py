from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import REPO
from ttps_desktop.core.jsonread import DataError
from ttps_desktop.core.rules.facts import facts_to_json, load_facts, parse_facts


@pytest.mark.parametrize(
    ("change", "place", "problem"),
    [
        ({"degress": []}, "degress", "unknown field"),
        ({"application_date": "24/11/2026"}, "application_date", "not a date"),
        ({"application_date": None}, "application_date", "is required"),
        ({"has_hkid": "yes"}, "has_hkid", "true or false"),
        ({"nationality": "China"}, "nationality", "ISO 3166-1"),
        (
            {
                "income": [
                    {
                        "kind": "salary",
                        "amount": 1.5,
                        "currency": "HKD",
                        "period_start": "2025-01-01",
                        "period_end": "2025-12-31",
                    }
                ]
            },
            "income[0].amount",
            "decimal number written as text",
        ),
        (
            {
                "income": [
                    {
                        "kind": "salary",
                        "amount": "-1",
                        "currency": "HKD",
                        "period_start": "2025-01-01",
                        "period_end": "2025-12-31",
                    }
                ]
            },
            "income[0].amount",
            "negative",
        ),
        (
            {
                "income": [
                    {
                        "kind": "wages",
                        "amount": "1",
                        "currency": "HKD",
                        "period_start": "2025-01-01",
                        "period_end": "2025-12-31",
                    }
                ]
            },
            "income[0].kind",
            "not one of",
        ),
        (
            {
                "exchange_rates": [
                    {"currency": "USD", "hkd_per_unit": "7.8", "date": "2026-01-01", "source": "a"},
                    {"currency": "USD", "hkd_per_unit": "7.7", "date": "2026-01-02", "source": "b"},
                ]
            },
            "exchange_rates[1].currency",
            "second rate",
        ),
        (
            {"degrees": [{"level": "bachelor", "institution": " ", "awarded": "2019-07-01"}]},
            "degrees[0].institution",
            "empty",
        ),
        (
            {"employment": [{"employer": "X", "start": "2019-01-01", "end": None, "fulltime": True}]},
            "employment[0].fulltime",
            "unknown field",
        ),
        ({"degrees": {"level": "bachelor"}}, "degrees", "expected a list"),
    ],
)
def test_bad_facts_name_the_field(
    facts_data: dict[str, Any], change: dict[str, Any], place: str, problem: str
) -> None:
    facts_data.update(change)
    with pytest.raises(DataError) as info:
        parse_facts(facts_data, "f.json")
    assert info.value.place == place
    assert problem in info.value.problem
    assert info.value.english().startswith("f.json: ")


@pytest.mark.parametrize(
    "path", [*sorted((REPO / "tests" / "data").glob("*.json")), REPO / "resources" / "demo" / "facts.json"]
)
def test_facts_round_trip(path: Any) -> None:
    facts = load_facts(path)
    assert parse_facts(facts_to_json(facts)) == facts


def test_missing_sections_mean_none() -> None:
    facts = parse_facts({"application_date": "2026-11-24"})
    assert facts.degrees == () and facts.dependants == () and facts.nationality is None
