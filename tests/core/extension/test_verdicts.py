"""The extension verdicts at each boundary: the window (opens today, opened yesterday, closes), 2 years under the
scheme exactly, HK$2 million exactly; routes, degree verification and the press guidance."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ttps_desktop.core.extension.checklist import extension_checklist
from ttps_desktop.core.extension.facts import ExtensionFactError, Route
from ttps_desktop.core.extension.verdicts import (
    ExtensionAssessment,
    ExtensionCode,
    assess_extension,
    previous_year_of_assessment,
)
from ttps_desktop.core.jsonread import DataError
from ttps_desktop.core.messages import english_value
from ttps_desktop.core.rules.facts import facts_to_json, load_facts, parse_facts
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import ProjectKind
from ttps_desktop.core.rules.reasons import Verdict
from ttps_desktop.core.rules.report import build_report

DATA = Path(__file__).parents[2] / "data" / "extension-employment.json"


def _data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    for path, value in changes.items():
        node = data
        *parents, last = path.split("__")
        for key in parents:
            node = node[key]
        if value is None:
            node.pop(last, None)
        else:
            node[last] = value
    return data


def _assess(**changes: Any) -> ExtensionAssessment:
    return assess_extension(parse_facts(_data(**changes)))


def _codes(reasons: Any) -> list[ExtensionCode]:
    return [r.code for r in reasons]


# The stay expires on 2026-04-15: the 3-month window opens on 2026-01-15, the standing 4 weeks on 2026-03-18.
@pytest.mark.parametrize(
    ("day", "verdict", "code"),
    [
        ("2026-01-14", Verdict.NOT_ELIGIBLE, ExtensionCode.WINDOW_NOT_YET_OPEN),  # opens tomorrow
        ("2026-01-15", Verdict.ELIGIBLE, ExtensionCode.WINDOW_OPEN),  # opens today
        ("2026-01-16", Verdict.ELIGIBLE, ExtensionCode.WINDOW_OPEN),  # opened yesterday
        ("2026-04-15", Verdict.ELIGIBLE, ExtensionCode.WINDOW_OPEN),  # the stay's last day: still open
        ("2026-04-16", Verdict.NOT_ELIGIBLE, ExtensionCode.WINDOW_CLOSED),  # closed: the stay has expired
    ],
)
def test_window_boundaries(day: str, verdict: Verdict, code: ExtensionCode) -> None:
    result = _assess(application_date=day)
    assert result.can_apply is verdict
    assert result.window[0].code is code
    assert result.opens == date(2026, 1, 15)
    assert result.standing_opens == date(2026, 3, 18)
    if code is ExtensionCode.WINDOW_NOT_YET_OPEN:
        assert result.window[0].params["opens"] == date(2026, 1, 15)


def test_standing_four_week_rule_is_shown_and_marked_verify() -> None:
    result = _assess(application_date="2026-02-01")
    standing = next(r for r in result.window if r.code is ExtensionCode.WINDOW_STANDING)
    assert standing.verify and standing.source == "GOVHK-EXT"
    assert standing.params == {"weeks": 4, "standing_opens": date(2026, 3, 18)}
    assert ExtensionCode.WINDOW_TEMPORARY in _codes(result.window)


def test_before_the_temporary_arrangement_the_window_was_four_weeks() -> None:
    result = _assess(
        application_date="2024-09-01",
        extension__permission={"category": "B", "granted_on": "2022-12-30", "expires_on": "2024-10-01"},
    )
    assert result.version.version == "2022-12"
    assert result.opens == date(2024, 9, 3)  # 4 weeks before 1 October
    assert result.can_apply is Verdict.NOT_ELIGIBLE
    assert ExtensionCode.WINDOW_TEMPORARY not in _codes(result.window)


def test_only_while_in_hong_kong() -> None:
    result = _assess(in_hong_kong=False)
    assert result.can_apply is Verdict.NOT_ELIGIBLE
    assert ExtensionCode.NOT_IN_HONG_KONG in _codes(result.window)
    assert result.window[0].code is ExtensionCode.WINDOW_OPEN  # the window itself is open


# First entry 2024-04-16: 2 years under the scheme on 2026-04-16. The previous year of assessment for an
# application in April 2026 is 2025/26.
TOP = {"year_of_assessment": "2025/26", "amount_hkd": "2000000"}


@pytest.mark.parametrize(
    ("day", "income", "years", "code"),
    [
        ("2026-04-16", TOP, 6, ExtensionCode.LENGTH_TOP_TIER),  # exactly 2 years, exactly HK$2 million
        ("2026-04-15", TOP, 3, ExtensionCode.TOP_TIER_TOO_SOON),  # one day short of 2 years
        ("2026-04-16", {**TOP, "amount_hkd": "1999999.99"}, 3, ExtensionCode.TOP_TIER_INCOME_BELOW),
        ("2026-04-16", None, 3, ExtensionCode.TOP_TIER_INCOME_MISSING),
        ("2026-04-16", {**TOP, "year_of_assessment": "2024/25"}, 3, ExtensionCode.TOP_TIER_WRONG_YEAR),
    ],
)
def test_six_years_boundaries(
    day: str, income: dict[str, str] | None, years: int, code: ExtensionCode
) -> None:
    result = _assess(
        application_date=day,
        extension__permission={
            "category": "A",
            "granted_on": "2024-03-20",
            "expires_on": "2026-06-30",
            "first_entry": "2024-04-16",
        },
        extension__assessable_income=income,
    )
    assert result.years == years
    assert code in _codes(result.length)
    assert result.top_tier is (years == 6)
    if years == 6:
        assert result.until == date(2032, 6, 30)
    else:  # 3 years, capped by the contract ending 2028-04-30
        assert result.until == date(2028, 4, 30)
        assert ExtensionCode.LENGTH_CONTRACT_END in _codes(result.length)


def test_three_years_when_the_contract_runs_longer() -> None:
    result = _assess(extension__employment__contract_end="2031-01-01")
    assert (result.years, result.until) == (3, date(2029, 4, 15))
    assert ExtensionCode.LENGTH_NORMAL in _codes(result.length)


def test_previous_year_of_assessment() -> None:
    assert previous_year_of_assessment(date(2026, 3, 31)) == "2024/25"
    assert previous_year_of_assessment(date(2026, 4, 1)) == "2025/26"
    assert previous_year_of_assessment(date(2000, 1, 1)) == "1998/99"


def test_route_missing_facts_are_named() -> None:
    result = _assess(extension__employment={"employer": "Harbour Analytics Ltd"})
    (route,) = result.routes
    assert route.verdict is Verdict.UNDETERMINED and result.route is None
    assert route.missing == ("post", "monthly_pay_hkd", "contract_start")
    missing = next(r for r in route.reasons if r.code is ExtensionCode.ROUTE_MISSING_FACTS)
    assert "the monthly pay in HK$" in missing.message.english()


def test_business_route_and_a_young_company() -> None:
    business = {
        "company": "Kowloon Robotics Ltd",
        "registered_on": "2025-06-01",
        "turnover_hkd": "3200000",
        "capital_invested_hkd": "1500000",
        "local_staff": 4,
        "office_in_hong_kong": True,
    }
    result = _assess(extension__route="business", extension__employment=None, extension__business=business)
    assert result.route is Route.BUSINESS
    assert ExtensionCode.YOUNG_COMPANY in _codes(result.reasons)
    assert any(r.code is ExtensionCode.SCENARIO and r.verify for r in result.guidance)
    facts = parse_facts(
        _data(extension__route="business", extension__employment=None, extension__business=business)
    )
    report = build_report(facts)
    ids = {i.id for i in report.applicable}
    assert {"business_registration", "capital_jobs_letter", "staff_mpf"} <= ids
    assert "employer_letter" not in ids


def test_no_route_described() -> None:
    result = _assess(extension__route=None, extension__employment=None)
    assert result.routes == () and result.route is None
    assert _codes(result.no_route) == [ExtensionCode.ROUTE_NONE]


def test_press_scenarios_are_guidance_marked_verify_never_a_verdict() -> None:
    result = _assess(
        extension__employment__employer_outside_hong_kong=True,
        extension__employment__monthly_pay_hkd="100000",
        extension__employment__commission_based=True,
    )
    assert all(r.verify and r.source == "PRESS-2024" for r in result.guidance)
    pay = next(r for r in result.guidance if r.code is ExtensionCode.SCENARIO_PAY)
    assert pay.params["annual"] == pay.params["threshold"]  # exactly HK$1.2 million a year
    # the scenario decides nothing: the route stays undetermined, the window verdict untouched
    assert result.routes[0].verdict is Verdict.UNDETERMINED and result.route is None
    assert result.can_apply is Verdict.ELIGIBLE
    scenarios = {
        english_value(r.params["scenario"]) for r in result.guidance if r.code is ExtensionCode.SCENARIO
    }
    assert any("outside Hong Kong" in s for s in scenarios) and any("Commission" in s for s in scenarios)


@pytest.mark.parametrize(
    ("category", "sent", "needed"),
    [("B", False, True), ("C", False, True), ("B", True, False), ("A", False, False)],
)
def test_degree_verification_for_b_and_c_holders_who_never_sent_it(
    category: str, sent: bool, needed: bool
) -> None:
    facts = parse_facts(
        _data(
            extension__permission__category=category,
            extension__degree_verification_submitted=sent,
        )
    )
    report = build_report(facts)
    assert report.extension is not None and report.extension.needs_degree_verification is needed
    assert ("degree_verification" in {i.id for i in report.applicable}) is needed


def test_extension_checklist_limits_and_dependants() -> None:
    report = build_report(load_facts(DATA))
    assert report.kind is ProjectKind.EXTENSION and report.newer_rules == ()
    items = {i.id: i for i in report.applicable}
    assert items["hkid"].requirement.max_files == 1
    assert items["travel_document"].requirement.max_files == 5
    assert all(i.requirement.max_files == 5 for k, i in items.items() if k != "hkid")
    assert {"spouse.id_481a", "spouse.id_481b", "spouse.sponsor_identity"} <= set(items)
    assert "employer_company_papers" in items  # neither listed nor a recent work visa
    waived = build_report(parse_facts(_data(extension__employment__employer_listed_on_hkex=True)))
    assert "employer_company_papers" not in {i.id for i in waived.applicable}
    assert all(i.requirement.kind is ProjectKind.EXTENSION for i in report.items)
    assert report.extension is not None
    assert extension_checklist(report.assessment, report.extension, catalogue()) == list(report.items)


def test_entry_checklist_is_unchanged_by_the_extension_items() -> None:
    data = _data(extension=None)
    report = build_report(parse_facts(data))
    assert report.kind is ProjectKind.ENTRY
    assert all(i.requirement.kind is ProjectKind.ENTRY for i in report.items)
    assert "id_481a" not in {i.requirement.id for i in report.items}


def test_facts_round_trip() -> None:
    facts = load_facts(DATA)
    assert parse_facts(facts_to_json(facts)) == facts
    assert "extension" not in facts_to_json(parse_facts(_data(extension=None)))


@pytest.mark.parametrize(
    ("change", "place", "words"),
    [
        ({"extension__permission__category": "D"}, "extension.permission.category", "A, B or C"),
        ({"extension__permission__expires_on": "2024-01-01"}, "extension.permission.expires_on", "before"),
        ({"extension__route": "investment"}, "extension.route", "employment or business"),
        ({"extension__route": "business"}, "extension.route", "no extension.business section"),
        ({"extension__employment__monthly_pay_hkd": "-1"}, "monthly_pay_hkd", "negative"),
        ({"extension__employment__commission_based": "yes"}, "commission_based", "true or false"),
        (
            {"extension__assessable_income": {"year_of_assessment": "2025", "amount_hkd": "1"}},
            "year_of_assessment",
            "YYYY/YY",
        ),
        ({"extension__pay": 1}, "extension.pay", "unknown field"),
    ],
)
def test_bad_extension_facts_name_the_field(change: dict[str, Any], place: str, words: str) -> None:
    with pytest.raises(DataError) as caught:
        parse_facts(_data(**change), "ext.json")
    text = str(caught.value)
    assert place in text and words in text and "ext.json" in text
    if not words.startswith("unknown"):
        assert isinstance(caught.value, ExtensionFactError)
