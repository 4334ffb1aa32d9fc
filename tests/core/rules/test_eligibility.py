"""Table-driven cases for every rule and its boundaries (application date 2026-11-24 unless stated)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.rules.eligibility import Assessment, assess_facts
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.rules.reasons import ReasonCode, Verdict

A, B, C = CategoryId.A, CategoryId.B, CategoryId.C
E, N, U = Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE, Verdict.UNDETERMINED


def run(data: dict[str, Any]) -> Assessment:
    return assess_facts(parse_facts(data))


def codes(assessment: Assessment, category: CategoryId) -> list[ReasonCode]:
    return [r.code for r in assessment.results[category].reasons]


def income(
    amount: str,
    currency: str = "HKD",
    start: str = "2025-11-01",
    end: str = "2026-10-31",
    kind: str = "salary",
) -> dict[str, str]:
    return {"kind": kind, "amount": amount, "currency": currency, "period_start": start, "period_end": end}


def job(start: str, end: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"employer": "X", "start": start, "end": end, **extra}


def degree(
    institution: str = "Tsinghua University",
    awarded: str = "2019-07-01",
    level: str = "bachelor",
    **extra: Any,
) -> dict[str, Any]:
    return {"level": level, "institution": institution, "awarded": awarded, **extra}


@pytest.mark.parametrize(
    ("items", "rates", "verdict", "code"),
    [
        ([income("2500000")], [], E, ReasonCode.INCOME_MEETS_THRESHOLD),
        ([income("2499999.99")], [], N, ReasonCode.INCOME_BELOW_THRESHOLD),
        ([income("1500000"), income("1000000", kind="bonus")], [], E, ReasonCode.INCOME_MEETS_THRESHOLD),
        ([income("3000000", kind="investment")], [], N, ReasonCode.INCOME_KIND_EXCLUDED),
        ([income("400000", "USD")], [], U, ReasonCode.EXCHANGE_RATE_MISSING),
        (
            [income("400000", "USD")],
            [{"currency": "USD", "hkd_per_unit": "7.80", "date": "2026-11-20", "source": "bank"}],
            E,
            ReasonCode.EXCHANGE_RATE_USED,
        ),
        (
            [income("300000", "USD")],
            [{"currency": "USD", "hkd_per_unit": "7.80", "date": "2026-11-20", "source": "bank"}],
            N,
            ReasonCode.INCOME_BELOW_THRESHOLD,
        ),
        # the period ends the day before the window opens (window: 2025-11-24 .. 2026-11-23)
        ([income("9000000", start="2024-11-23", end="2025-11-23")], [], N, ReasonCode.INCOME_OUTSIDE_WINDOW),
        # ends on the window's first day: that year's income, counted in full
        ([income("2500000", start="2024-11-25", end="2025-11-24")], [], E, ReasonCode.INCOME_MEETS_THRESHOLD),
        # still running on the application date: counted pro rata (365 of 366 days)
        ([income("2500000", start="2025-11-24", end="2026-11-24")], [], N, ReasonCode.INCOME_PRORATED),
        # longer than a year: only its days inside count (365 of 730 days of 5,000,000)
        ([income("4990000", start="2024-11-24", end="2026-11-23")], [], N, ReasonCode.INCOME_PRORATED),
        ([income("5100000", start="2024-11-24", end="2026-11-23")], [], E, ReasonCode.INCOME_PRORATED),
        ([income("2500000", start="2026-10-31", end="2025-11-01")], [], N, ReasonCode.INCOME_PERIOD_INVALID),
    ],
)
def test_category_a_income(
    facts_data: dict[str, Any],
    items: list[dict[str, str]],
    rates: list[dict[str, str]],
    verdict: Verdict,
    code: ReasonCode,
) -> None:
    facts_data["income"] = items
    facts_data["exchange_rates"] = rates
    result = run(facts_data)
    assert result.results[A].verdict is verdict
    assert code in codes(result, A)
    assert ReasonCode.INCOME_WINDOW in codes(result, A)


def test_a_leap_tax_year_is_still_one_year(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2025-03-15"  # window: 365 days from 2024-03-15
    facts_data["income"] = [income("2500000", start="2024-01-01", end="2024-12-31")]  # 366 days
    result = run(facts_data)
    assert result.results[A].verdict is E
    assert ReasonCode.INCOME_PRORATED not in codes(result, A)


def test_missing_rate_names_the_currency(facts_data: dict[str, Any]) -> None:
    facts_data["income"] = [income("100", "JPY")]
    reason = next(r for r in run(facts_data).results[A].reasons if r.code is ReasonCode.EXCHANGE_RATE_MISSING)
    assert reason.params == {"currency": "JPY"}


def test_missing_rate_does_not_block_a_total_already_over_the_threshold(facts_data: dict[str, Any]) -> None:
    facts_data["income"] = [income("2600000"), income("5", "EUR")]
    assert run(facts_data).results[A].verdict is E


@pytest.mark.parametrize(
    ("jobs", "verdict_b", "verdict_c"),
    [
        ([job("2023-11-24")], E, N),  # exactly the 3 years before the application
        ([job("2023-11-25")], N, E),  # one day short
        ([job("2020-01-01", "2022-11-23")], N, E),  # 2021-11-24..2022-11-23 inside the window: 1 year
        (
            [job("2021-11-24", "2023-06-30"), job("2023-01-01", "2024-11-23")],
            E,
            N,
        ),  # overlap counts once: 3 years
        ([job("2021-11-24", "2023-06-30"), job("2023-01-01", "2024-11-22")], N, E),
        ([job("2010-01-01", "2021-11-23")], N, E),  # all before the window
        ([job("2027-01-01")], N, E),  # starts after the application: not counted
    ],
)
def test_categories_b_and_c_experience(
    facts_data: dict[str, Any], jobs: list[dict[str, Any]], verdict_b: Verdict, verdict_c: Verdict
) -> None:
    facts_data["degrees"] = [degree(awarded="2021-07-01")]  # before every job: note 5 cuts nothing here
    facts_data["employment"] = jobs
    result = run(facts_data)
    assert result.results[B].verdict is verdict_b
    assert result.results[C].verdict is verdict_c


def test_invalid_job_makes_a_short_record_undetermined(facts_data: dict[str, Any]) -> None:
    facts_data["degrees"] = [degree()]
    facts_data["employment"] = [job("2024-01-01"), job("2023-01-01", "2022-01-01")]
    result = run(facts_data)
    assert result.results[B].verdict is U
    assert ReasonCode.EMPLOYMENT_PERIOD_INVALID in codes(result, B)


@pytest.mark.parametrize(
    ("degrees", "verdict_b", "code"),
    [
        ([degree("MIT")], E, ReasonCode.DEGREE_LISTED),
        ([degree("清華大學")], E, ReasonCode.DEGREE_LISTED),
        ([degree("Unknown Institute of Nowhere")], U, ReasonCode.DEGREE_NOT_FOUND),
        ([degree("MIT", level="master")], N, ReasonCode.DEGREE_NONE),
        ([], N, ReasonCode.DEGREE_NONE),
        ([degree("Unknown College"), degree("UCL")], E, ReasonCode.DEGREE_LISTED),
        ([degree("MIT", awarded="2027-01-01")], U, ReasonCode.DEGREE_AWARDED_IN_FUTURE),
    ],
)
def test_degree_from_listed_university(
    facts_data: dict[str, Any], degrees: list[dict[str, Any]], verdict_b: Verdict, code: ReasonCode
) -> None:
    facts_data["degrees"] = degrees
    facts_data["employment"] = [job("2018-01-01")]
    result = run(facts_data)
    assert result.results[B].verdict is verdict_b
    assert code in codes(result, B)


def test_not_found_says_which_list_and_is_never_not_eligible(facts_data: dict[str, Any]) -> None:
    facts_data["degrees"] = [degree("Unknown Institute of Nowhere", awarded="2023-07-01")]
    result = run(facts_data)
    reason = next(r for r in result.results[C].reasons if r.code is ReasonCode.DEGREE_NOT_FOUND)
    assert reason.params["list_date"] == date(2026, 1, 1)
    assert result.results[C].verdict is U


@pytest.mark.parametrize(
    ("application", "awarded", "accredited", "verdict_c", "code"),
    [
        # rules of 2026-01 (IMMD note 6): by year of graduation, 2021 to 2026 for an application in 2026
        ("2026-11-24", "2021-01-01", False, E, ReasonCode.DEGREE_GRADUATION_YEAR),
        ("2026-11-24", "2020-12-31", False, N, ReasonCode.DEGREE_GRADUATION_YEAR_TOO_OLD),
        ("2026-11-24", "2024-06-30", True, N, ReasonCode.DEGREE_NON_LOCAL_STUDENT),  # note 7
        # earlier rules: day by day, from the same day 5 years before
        ("2025-11-24", "2020-11-24", False, E, ReasonCode.DEGREE_LISTED),
        ("2025-11-24", "2020-11-23", False, N, ReasonCode.DEGREE_TOO_OLD),
        ("2025-11-24", "2024-06-30", True, N, ReasonCode.DEGREE_HK_LOCALLY_ACCREDITED),
    ],
)
def test_category_c_degree(
    facts_data: dict[str, Any],
    application: str,
    awarded: str,
    accredited: bool,
    verdict_c: Verdict,
    code: ReasonCode,
) -> None:
    facts_data["application_date"] = application
    facts_data["degrees"] = [degree("HKU", awarded=awarded, hk_full_time_locally_accredited=accredited)]
    result = run(facts_data)
    assert result.results[C].verdict is verdict_c
    assert code in codes(result, C)
    assert ReasonCode.QUOTA_NO_FIGURE in codes(result, C)
    assert ReasonCode.QUOTA_APPLIES not in codes(result, C)  # no 10,000 anywhere


@pytest.mark.parametrize(
    ("application", "nationality", "excluded", "unverified"),
    [
        ("2026-11-24", "AFG", True, False),
        ("2026-11-24", "CUB", True, False),
        ("2026-11-24", "PRK", True, False),
        ("2026-11-24", "VNM", False, False),
        ("2024-01-01", "LAO", False, True),  # first day of the 2024-01 rules
        ("2024-01-01", "NPL", False, True),
        ("2024-01-01", "VNM", False, True),
        ("2023-12-31", "LAO", True, True),  # the day before
        ("2023-12-31", "NPL", True, True),
        ("2023-12-31", "VNM", True, True),
        ("2023-12-31", "AFG", True, False),
    ],
)
def test_excluded_nationalities(
    facts_data: dict[str, Any], application: str, nationality: str, excluded: bool, unverified: bool
) -> None:
    facts_data["application_date"] = application
    facts_data["nationality"] = nationality
    facts_data["income"] = [income("90000000", start="2020-01-01", end="2030-12-31")]  # counted pro rata
    result = run(facts_data)
    assert (result.results[A].verdict is N) is excluded
    assert (ReasonCode.NATIONALITY_STATUS_UNVERIFIED in codes(result, A)) is unverified


def test_missing_nationality_is_undetermined(facts_data: dict[str, Any]) -> None:
    del facts_data["nationality"]
    facts_data["income"] = [income("9000000")]
    assert run(facts_data).results[A].verdict is U


def prc_overseas(data: dict[str, Any], **residence: Any) -> dict[str, Any]:
    data["nationality"] = "CHN"
    data["travel_document"] = {"kind": "passport", "issuing_country": "CHN", "expiry_date": "2032-01-01"}
    data["residence"] = {"country": "USA", **residence}
    data["income"] = [income("9000000")]
    return data


@pytest.mark.parametrize(
    ("residence", "verdict", "code"),
    [
        ({"overseas_permanent_resident": True}, E, ReasonCode.PRC_OVERSEAS_PERMANENT_RESIDENT),
        ({"overseas_since": "2025-11-24"}, E, ReasonCode.PRC_OVERSEAS_ONE_YEAR),
        ({"overseas_since": "2025-11-25"}, N, ReasonCode.PRC_OVERSEAS_TOO_RECENT),
        ({}, U, ReasonCode.PRC_OVERSEAS_UNKNOWN),
    ],
)
def test_prc_passport_holders_overseas(
    facts_data: dict[str, Any], residence: dict[str, Any], verdict: Verdict, code: ReasonCode
) -> None:
    result = run(prc_overseas(facts_data, **residence))
    assert result.results[A].verdict is verdict
    assert code in codes(result, A)


def test_mainland_residents_are_not_held_to_the_overseas_rule(facts_data: dict[str, Any]) -> None:
    data = prc_overseas(facts_data)
    data["residence"] = {"country": "CHN"}
    result = run(data)
    assert result.results[A].verdict is E
    assert not any(c.value.startswith("prc_") for c in codes(result, A))


def test_recommendation_prefers_a_then_b(facts_data: dict[str, Any]) -> None:
    facts_data["income"] = [income("3000000")]
    facts_data["degrees"] = [degree()]
    facts_data["employment"] = [job("2015-01-01")]
    result = run(facts_data)
    assert (result.results[A].verdict, result.results[B].verdict) == (E, E)
    assert result.recommended is A


def test_rule_version_follows_the_application_date(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2024-10-15"
    facts_data["income"] = [income("3000000", start="2023-10-01", end="2024-09-30")]
    result = run(facts_data)
    assert result.ruleset.version == "2024-01"
    assert result.results[A].category.initial_stay_months == 24
    facts_data["application_date"] = "2024-10-16"
    assert run(facts_data).results[A].category.initial_stay_months == 36


def test_before_the_scheme_is_a_clear_error(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2022-12-27"
    with pytest.raises(BadInputError, match="before the scheme began"):
        run(facts_data)


@pytest.mark.parametrize(
    ("expiry", "code"),
    [
        ("2026-11-24", ReasonCode.TRAVEL_DOCUMENT_EXPIRED),
        ("2027-05-24", ReasonCode.TRAVEL_DOCUMENT_EXPIRES_SOON),
        ("2027-05-25", None),
    ],
)
def test_travel_document_warnings(facts_data: dict[str, Any], expiry: str, code: ReasonCode | None) -> None:
    facts_data["travel_document"]["expiry_date"] = expiry
    assert [r.code for r in run(facts_data).warnings] == ([code] if code else [])


@pytest.mark.parametrize(
    ("child", "kept", "code"),
    [
        ({"birth_date": "2008-11-25"}, True, None),  # 17 on the application date
        ({"birth_date": "2008-11-24"}, False, ReasonCode.DEPENDANT_CHILD_TOO_OLD),  # 18th birthday
        ({"birth_date": "2015-01-01", "married": True}, False, ReasonCode.DEPENDANT_CHILD_MARRIED),
        ({}, True, ReasonCode.DEPENDANT_CHILD_BIRTH_DATE_MISSING),
    ],
)
def test_dependant_children(
    facts_data: dict[str, Any], child: dict[str, Any], kept: bool, code: ReasonCode | None
) -> None:
    facts_data["dependants"] = [{"relation": "child", "name": "Kid", **child}]
    deps = run(facts_data).dependants
    assert (len(deps.children) == 1) is kept
    assert [r.code for r in deps.issues] == ([code] if code else [])
