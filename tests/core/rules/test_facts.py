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
        ({"nationality": "Atlantis"}, "nationality", "is not a country"),
        ({"nationality": "Korea"}, "nationality", "more than one country (KOR, PRK)"),
        ({"nationality": "XYZ"}, "nationality", "is not a country"),
        (
            {
                "income": [
                    {
                        "kind": "salary",
                        "amount": "1",
                        "currency": "ABC",
                        "period_start": "2025-01-01",
                        "period_end": "2025-12-31",
                    }
                ]
            },
            "income[0].currency",
            "is not a currency",
        ),
        (
            {
                "income": [
                    {
                        "kind": "salary",
                        "amount": "1",
                        "currency": "dollar",
                        "period_start": "2025-01-01",
                        "period_end": "2025-12-31",
                    }
                ]
            },
            "income[0].currency",
            "more than one currency (AUD, ",
        ),
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


def test_countries_and_currencies_by_name_are_read_as_codes(facts_data: dict[str, Any]) -> None:
    facts_data.update(nationality="中国", residence={"country": "UK"})
    facts_data["travel_document"]["issuing_country"] = "China"
    facts_data["income"] = [{**_income("salary"), "currency": "US dollar"}]
    facts = parse_facts(facts_data)
    assert facts.nationality == "CHN" and facts.travel_document is not None
    assert facts.travel_document.issuing_country == "CHN"
    assert facts.residence is not None and facts.residence.country == "GBR"
    assert facts.income[0].currency == "USD"
    assert facts_to_json(facts)["nationality"] == "CHN"


def test_missing_sections_mean_none() -> None:
    facts = parse_facts({"application_date": "2026-11-24"})
    assert facts.degrees == () and facts.dependants == () and facts.nationality is None


def _income(kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "amount": "1",
        "currency": "HKD",
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        **extra,
    }


NEW_FIELD_ERRORS = [
    (
        {"degrees": [{"level": "bachelor", "institution": "MIT", "awarded": "2020-06-30", "honorary": "no"}]},
        "degrees[0].honorary",
        'FACTS.json: degrees[0].honorary must be true or false (found "no").',
        'FACTS.json：degrees[0].honorary 必须为 true 或 false（现为 "no"）。',
    ),
    (
        {
            "degrees": [
                {
                    "level": "bachelor",
                    "institution": "MIT",
                    "awarded": "2020-06-30",
                    "continuing_education": 1,
                }
            ]
        },
        "degrees[0].continuing_education",
        "FACTS.json: degrees[0].continuing_education must be true or false (found 1).",
        "FACTS.json：degrees[0].continuing_education 必须为 true 或 false（现为 1）。",
    ),
    (
        {"in_hong_kong": "yes"},
        "in_hong_kong",
        'FACTS.json: in_hong_kong must be true or false (found "yes").',
        'FACTS.json：in_hong_kong 必须为 true 或 false（现为 "yes"）。',
    ),
    (
        {"residence_kind": "abroad"},
        "residence_kind",
        'FACTS.json: residence_kind is "abroad"; it must be one of mainland, macao, taiwan, overseas, hong_kong or other.',
        'FACTS.json：residence_kind 为 "abroad"；必须是 mainland、macao、taiwan、overseas、hong_kong 或 other 其中之一。',
    ),
    (
        {"residence": {"country": "GBR"}, "residence_kind": "macao"},
        "residence_kind",
        "FACTS.json: residence_kind is macao but residence.country is GBR: correct one of them.",
        "FACTS.json：residence_kind 为 macao，但 residence.country 为 GBR：请更正其中一项。",
    ),
    (
        {"income": [_income("salary", shares_held_whole_year=True)]},
        "income[0].shares_held_whole_year",
        "FACTS.json: income[0].shares_held_whole_year applies only to income of kind business_profit (this item is salary).",
        "FACTS.json：income[0].shares_held_whole_year 只适用于 business_profit 类收入（此项为 salary）。",
    ),
    (
        {"income": [_income("business_profit", shares_held_whole_year="true")]},
        "income[0].shares_held_whole_year",
        'FACTS.json: income[0].shares_held_whole_year must be true or false (found "true").',
        'FACTS.json：income[0].shares_held_whole_year 必须为 true 或 false（现为 "true"）。',
    ),
]


@pytest.mark.parametrize(("change", "place", "english", "chinese"), NEW_FIELD_ERRORS)
def test_new_fields_are_validated_with_a_translated_error(
    change: dict[str, Any], place: str, english: str, chinese: str
) -> None:
    from ttps_desktop.core.language import Language
    from ttps_desktop.i18n import Translator

    data = {"application_date": "2026-11-24", "residence": {"country": "GBR"}, **change}
    with pytest.raises(DataError) as info:
        parse_facts(data)
    assert info.value.place == place
    assert info.value.english() == english
    assert Translator(Language.ZH_CN).message("Errors", info.value.message, info.value.params) == chinese


@pytest.mark.parametrize(
    ("residence", "kind", "lives_in"),
    [
        ("CHN", None, "mainland"),
        ("MAC", None, "macao"),
        ("TWN", None, "taiwan"),
        ("HKG", None, "hong_kong"),
        ("USA", None, "overseas"),
        ("USA", "overseas", "overseas"),
        ("CHN", "mainland", "mainland"),
        ("USA", "other", "other"),
    ],
)
def test_residence_kind_or_the_country_decides(residence: str, kind: str | None, lives_in: str) -> None:
    data: dict[str, Any] = {"application_date": "2026-11-24", "residence": {"country": residence}}
    if kind:
        data["residence_kind"] = kind
    facts = parse_facts(data)
    assert facts.lives_in is not None and facts.lives_in.value == lives_in


def test_new_fields_survive_the_round_trip() -> None:
    data = {
        "application_date": "2026-11-24",
        "residence": {"country": "HKG"},
        "residence_kind": "hong_kong",
        "in_hong_kong": True,
        "degrees": [
            {
                "level": "bachelor",
                "institution": "MIT",
                "awarded": "2020-06-30",
                "honorary": True,
                "continuing_education": True,
            }
        ],
        "income": [_income("business_profit", shares_held_whole_year=False)],
        "dependants": [
            {
                "relation": "spouse",
                "name": "Sam",
                "nationality": "AFG",
                "in_hong_kong": True,
                "residence_kind": "macao",
            }
        ],
    }
    facts = parse_facts(data)
    assert parse_facts(facts_to_json(facts)) == facts
    assert facts.degrees[0].honorary and facts.degrees[0].continuing_education
    assert facts.income[0].shares_held_whole_year is False
    assert facts.dependants[0].nationality == "AFG" and facts.dependants[0].in_hong_kong
    assert (
        facts.dependants[0].residence_kind is not None and facts.dependants[0].residence_kind.value == "macao"
    )
