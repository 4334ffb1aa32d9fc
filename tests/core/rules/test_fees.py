"""Fees by the version in force: none before 26 Feb 2025, then HK$600 + HK$1,300 per person, dependants
included (only those who can come); the newer-rules part says so for an earlier application."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.test_cli import run_cli
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.reasons import ReasonCode
from ttps_desktop.core.rules.report import build_report


@pytest.mark.parametrize(
    ("application", "per_person"),
    [("2025-02-25", None), ("2025-02-26", Decimal(1900)), ("2026-11-24", Decimal(1900))],
)
def test_fees_follow_the_version_in_force(
    facts_data: dict[str, Any], application: str, per_person: Decimal | None
) -> None:
    facts_data["application_date"] = application
    fees = build_report(parse_facts(facts_data)).fees
    assert (fees.per_person_hkd if fees else None) == per_person
    if fees:
        assert (fees.application_hkd, fees.visa_hkd, fees.source.id) == (
            Decimal(600),
            Decimal(1300),
            "FEES-2025",
        )


@pytest.mark.parametrize(
    ("dependants", "people", "total"),
    [
        ([], ["applicant"], Decimal(1900)),
        ([{"relation": "spouse", "name": "Sam"}], ["applicant", "spouse"], Decimal(3800)),
        (
            [
                {"relation": "spouse", "name": "Sam"},
                {"relation": "child", "name": "Kim", "birth_date": "2015-01-01"},
                {"relation": "child", "name": "Lee", "birth_date": "2000-01-01"},  # 18 or older: cannot come
            ],
            ["applicant", "spouse", "child_1"],
            Decimal(5700),
        ),
        ([{"relation": "spouse", "name": "Sam", "nationality": "PRK"}], ["applicant"], Decimal(1900)),
    ],
)
def test_each_person_pays(
    facts_data: dict[str, Any], dependants: list[dict[str, Any]], people: list[str], total: Decimal
) -> None:
    facts_data["dependants"] = dependants
    fees = build_report(parse_facts(facts_data)).fees
    assert fees is not None
    assert [p.key for p in fees.people] == people and fees.total_hkd == total


def test_an_earlier_application_hears_of_the_fees(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2025-02-25"
    facts_data["dependants"] = [{"relation": "spouse", "name": "Sam"}]
    newer = build_report(parse_facts(facts_data)).newer_rules
    change = next(r for r in newer if r.code is ReasonCode.RULES_FEES_CHANGE)
    assert change.params["total"] == Decimal(3800) and change.params["people"] == 2


def test_the_cli_shows_the_fees_in_text_and_json(facts_data: dict[str, Any], tmp_path: Any) -> None:
    import json

    facts_data["dependants"] = [{"relation": "child", "name": "Kim", "birth_date": "2015-01-01"}]
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts_data), encoding="utf-8")
    code, out, _ = run_cli("--lang", "en", "eligibility", str(path))
    assert code == 0
    assert "  Child 1 Kim: HK$1,900.00\n  Total for 2 people: HK$3,800.00\n" in out
    assert "https://www.immd.gov.hk/eng/specifiedschemes.html" in out
    assert "Verify: check the amounts on the Immigration Department's fee page" in out  # spec section 7
    code, out, _ = run_cli("--lang", "zh_CN", "eligibility", str(path))
    assert "2人合共：港币3,800.00元" in out
    code, out, _ = run_cli("eligibility", str(path), "--json")
    fees = json.loads(out)["fees"]
    assert fees["per_person"] == {"application_hkd": "600", "visa_hkd": "1300", "total_hkd": "1900"}
    assert (
        fees["total_hkd"] == "3800" and fees["citation"]["source"] == "FEES-2025" and fees["verify"] is True
    )
    facts_data["application_date"] = "2025-01-01"
    path.write_text(json.dumps(facts_data), encoding="utf-8")
    code, out, _ = run_cli("eligibility", str(path), "--json")
    assert json.loads(out)["fees"] is None
