"""IMMD-2026 notes 1-7 (rules of 2026-01), one table per note, with the boundary on each side; and the same
facts under the rules before, where the note did not apply yet. Application date 2026-11-24 unless stated."""

from __future__ import annotations

from typing import Any

import pytest

from ttps_desktop.core.messages import json_value
from ttps_desktop.core.rules.eligibility import Assessment, assess_facts
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.rules.reasons import Outcome, ReasonCode, Verdict

A, B, C = CategoryId.A, CategoryId.B, CategoryId.C
E, N, U = Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE, Verdict.UNDETERMINED
R = ReasonCode


def run(data: dict[str, Any]) -> Assessment:
    return assess_facts(parse_facts(data))


def codes(assessment: Assessment, category: CategoryId) -> list[ReasonCode]:
    return [r.code for r in assessment.results[category].reasons]


def business(
    amount: str, shares: bool | None, start: str = "2025-01-01", end: str = "2025-12-31"
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "kind": "business_profit",
        "amount": amount,
        "currency": "HKD",
        "period_start": start,
        "period_end": end,
    }
    if shares is not None:
        item["shares_held_whole_year"] = shares
    return item


def salary(amount: str, start: str = "2025-01-01", end: str = "2025-12-31") -> dict[str, Any]:
    return {"kind": "salary", "amount": amount, "currency": "HKD", "period_start": start, "period_end": end}


@pytest.mark.parametrize(
    ("income", "verdict", "code", "outcome"),
    [
        ([business("2500000", True)], E, R.INCOME_BUSINESS_SHARES_HELD, Outcome.INFO),
        ([business("2499999.99", True)], N, R.INCOME_BUSINESS_SHARES_HELD, Outcome.INFO),
        ([business("9000000", False)], N, R.INCOME_BUSINESS_SHARES_NOT_HELD, Outcome.INFO),
        # not said, and it decides: undetermined, asking the question
        ([business("2500000", None)], U, R.INCOME_BUSINESS_SHARES_NOT_STATED, Outcome.UNKNOWN),
        # not said, but salary alone reaches the threshold: it decides nothing
        ([salary("2500000"), business("5", None)], E, R.INCOME_BUSINESS_SHARES_NOT_STATED, Outcome.INFO),
        # not said, and even with it the total falls short
        ([business("2499999.99", None)], N, R.INCOME_BUSINESS_SHARES_NOT_STATED, Outcome.INFO),
        ([salary("2000000"), business("500000", False)], N, R.INCOME_BUSINESS_SHARES_NOT_HELD, Outcome.INFO),
        ([salary("2000000"), business("500000", True)], E, R.INCOME_MEETS_THRESHOLD, Outcome.PASS),
    ],
)
def test_note_1_business_profit_needs_the_shares_all_year(
    facts_data: dict[str, Any],
    income: list[dict[str, Any]],
    verdict: Verdict,
    code: ReasonCode,
    outcome: Outcome,
) -> None:
    facts_data["income"] = income
    result = run(facts_data)
    assert result.results[A].verdict is verdict
    reason = next(r for r in result.results[A].reasons if r.code is code)
    assert reason.outcome is outcome
    assert reason.source == "IMMD-2026"


def test_note_1_did_not_apply_before_2026(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2025-12-31"
    facts_data["income"] = [business("2500000", False, "2025-01-01", "2025-11-30")]
    assert run(facts_data).results[A].verdict is E


def bachelor(institution: str = "MIT", awarded: str = "2021-06-30", **extra: Any) -> dict[str, Any]:
    return {"level": "bachelor", "institution": institution, "awarded": awarded, **extra}


def job(start: str, end: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"employer": extra.pop("employer", "X"), "start": start, "end": end, **extra}


@pytest.mark.parametrize(
    ("degrees", "verdict_c", "codes_c"),
    [
        ([bachelor()], E, [R.DEGREE_LISTED]),
        # a master's from an eligible university does not make up for a bachelor's from one that is not
        (
            [bachelor("Unknown Institute of Nowhere"), {**bachelor("MIT"), "level": "master"}],
            U,
            [R.DEGREE_NOT_FOUND, R.DEGREE_HIGHER_DOES_NOT_HELP],
        ),
        ([{**bachelor("MIT"), "level": "doctor"}], N, [R.DEGREE_HIGHER_DOES_NOT_HELP, R.DEGREE_NONE]),
        ([bachelor(honorary=True)], N, [R.DEGREE_HONORARY]),
        ([bachelor(honorary=False)], E, [R.DEGREE_LISTED]),
        ([bachelor(honorary=True), bachelor("UCL")], E, [R.DEGREE_LISTED]),
    ],
)
def test_note_2_only_a_bachelors_counts(
    facts_data: dict[str, Any], degrees: list[dict[str, Any]], verdict_c: Verdict, codes_c: list[ReasonCode]
) -> None:
    facts_data["degrees"] = degrees
    result = run(facts_data)
    assert result.results[C].verdict is verdict_c
    for code in codes_c:
        assert code in codes(result, C)


def test_note_2_higher_degree_is_silent_under_older_rules(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2025-12-31"
    facts_data["degrees"] = [bachelor(honorary=True), {**bachelor(), "level": "master"}]
    result = run(facts_data)
    assert R.DEGREE_HIGHER_DOES_NOT_HELP not in codes(result, C)
    assert result.results[C].verdict is E  # the honorary bachelor's was not ruled out before 2026


@pytest.mark.parametrize(
    ("application", "says_verify"),
    [("2026-01-01", True), ("2025-12-31", False)],
)
def test_note_3_degree_verification_is_said(
    facts_data: dict[str, Any], application: str, says_verify: bool
) -> None:
    facts_data["application_date"] = application
    facts_data["degrees"] = [bachelor()]
    result = run(facts_data)
    for category in (B, C):
        assert (R.DEGREE_VERIFICATION_NEEDED in codes(result, category)) is says_verify


@pytest.mark.parametrize(
    ("application", "continuing", "verdict_c", "code"),
    [
        ("2026-11-24", True, N, R.DEGREE_CONTINUING_EDUCATION),
        ("2026-11-24", False, E, R.DEGREE_LISTED),
        ("2026-01-01", True, N, R.DEGREE_CONTINUING_EDUCATION),  # first day of the 2026-01 rules
        ("2025-12-31", True, E, R.DEGREE_LISTED),  # the day before
    ],
)
def test_note_4_continuing_education_arms_do_not_count(
    facts_data: dict[str, Any], application: str, continuing: bool, verdict_c: Verdict, code: ReasonCode
) -> None:
    facts_data["application_date"] = application
    facts_data["degrees"] = [bachelor(continuing_education=continuing)]
    result = run(facts_data)
    assert result.results[C].verdict is verdict_c
    assert code in codes(result, C)


@pytest.mark.parametrize(
    ("jobs", "awarded", "verdict_b", "excluded"),
    [
        # exactly 3 years, all after the award: counts
        ([job("2023-11-24")], "2023-11-24", E, None),
        # the degree came one day after the job started: that day does not count, one day short
        ([job("2023-11-24")], "2023-11-25", N, R.EXPERIENCE_BEFORE_BACHELOR),
        # all before graduation
        ([job("2019-01-01", "2021-05-31")], "2021-06-30", N, R.EXPERIENCE_BEFORE_BACHELOR),
        # part-time does not count at all; full-time and self-employment do
        ([job("2020-01-01", full_time=False)], "2019-06-30", N, R.EXPERIENCE_PART_TIME_EXCLUDED),
        ([job("2020-01-01", full_time=False, self_employed=True)], "2019-06-30", E, None),
        ([job("2020-01-01", full_time=True)], "2019-06-30", E, None),
    ],
)
def test_note_5_full_time_or_self_employed_after_graduation(
    facts_data: dict[str, Any],
    jobs: list[dict[str, Any]],
    awarded: str,
    verdict_b: Verdict,
    excluded: ReasonCode | None,
) -> None:
    facts_data["degrees"] = [bachelor(awarded=awarded)]
    facts_data["employment"] = jobs
    result = run(facts_data)
    assert result.results[B].verdict is verdict_b
    named = [
        r
        for r in result.results[B].reasons
        if r.code in (R.EXPERIENCE_BEFORE_BACHELOR, R.EXPERIENCE_PART_TIME_EXCLUDED)
    ]
    assert [r.code for r in named] == ([excluded] if excluded else [])
    for reason in named:
        assert reason.params["employer"] == "X" and reason.params["number"] == 1


def test_note_5_names_the_days_left_out(facts_data: dict[str, Any]) -> None:
    facts_data["degrees"] = [bachelor(awarded="2022-07-01")]
    facts_data["employment"] = [job("2022-06-01", employer="Intern Co")]
    reason = next(r for r in run(facts_data).results[B].reasons if r.code is R.EXPERIENCE_BEFORE_BACHELOR)
    assert reason.params["days"] == 30 and reason.params["employer"] == "Intern Co"


def test_note_5_did_not_apply_before_2026(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2025-12-31"
    facts_data["degrees"] = [bachelor(awarded="2024-06-30")]
    facts_data["employment"] = [job("2020-01-01", full_time=False)]
    result = run(facts_data)
    assert result.results[B].verdict is E
    assert R.EXPERIENCE_PART_TIME_COUNTED in codes(result, B)


def test_the_timeline_counts_as_category_b_does(facts_data: dict[str, Any]) -> None:
    facts_data["degrees"] = [bachelor(awarded="2024-11-24")]
    facts_data["employment"] = [job("2021-11-24"), job("2022-01-01", full_time=False)]
    assert run(facts_data).experience_days == 730  # 2024-11-24 .. 2026-11-23


@pytest.mark.parametrize(
    ("application", "awarded", "verdict_c", "code"),
    [
        ("2026-01-01", "2021-01-01", E, R.DEGREE_GRADUATION_YEAR),
        ("2026-12-31", "2021-01-01", E, R.DEGREE_GRADUATION_YEAR),
        ("2026-12-31", "2020-12-31", N, R.DEGREE_GRADUATION_YEAR_TOO_OLD),
        ("2026-01-01", "2020-12-31", N, R.DEGREE_GRADUATION_YEAR_TOO_OLD),
        # the 2021 graduate of the issue, applying in 2026: eligible now, turned away day by day before
        ("2026-11-24", "2021-06-30", E, R.DEGREE_GRADUATION_YEAR),
        ("2025-12-31", "2020-12-31", E, R.DEGREE_LISTED),
        ("2025-12-31", "2020-12-30", N, R.DEGREE_TOO_OLD),
    ],
)
def test_note_6_category_c_by_year_of_graduation(
    facts_data: dict[str, Any], application: str, awarded: str, verdict_c: Verdict, code: ReasonCode
) -> None:
    facts_data["application_date"] = application
    facts_data["degrees"] = [bachelor(awarded=awarded)]
    result = run(facts_data)
    assert result.results[C].verdict is verdict_c
    assert code in codes(result, C)


def test_note_6_reason_says_it_is_a_verify_item(facts_data: dict[str, Any]) -> None:
    facts_data["degrees"] = [bachelor(awarded="2021-06-30")]
    reason = next(r for r in run(facts_data).results[C].reasons if r.code is R.DEGREE_GRADUATION_YEAR)
    assert json_value(reason.params["institution"]) == "MIT"  # named in Chinese by the list's search aid
    assert reason.params == {
        "institution": reason.params["institution"],
        "awarded": reason.params["awarded"],
        "year": "2021",
        "application_year": "2026",
        "earliest_year": "2021",
    }
    assert "verify" in reason.message.english()


@pytest.mark.parametrize(
    ("application", "code"),
    [("2026-01-01", R.DEGREE_NON_LOCAL_STUDENT), ("2025-12-31", R.DEGREE_HK_LOCALLY_ACCREDITED)],
)
def test_note_7_non_local_students(facts_data: dict[str, Any], application: str, code: ReasonCode) -> None:
    facts_data["application_date"] = application
    facts_data["degrees"] = [bachelor("HKU", awarded="2024-06-30", hk_full_time_locally_accredited=True)]
    result = run(facts_data)
    assert result.results[C].verdict is N
    assert code in codes(result, C)
    text = next(r for r in result.results[C].reasons if r.code is code).message.english()
    assert ("student visa" in text) is (code is R.DEGREE_NON_LOCAL_STUDENT)


@pytest.mark.parametrize(
    ("application", "nationality", "kept"),
    [
        ("2026-11-24", "AFG", False),
        ("2026-11-24", "PRK", False),
        ("2026-11-24", "CUB", True),  # excluded as a principal applicant, not as a dependant
        ("2026-01-01", "AFG", False),
        ("2025-12-31", "AFG", True),  # no dependant rule before IMMD-2026
    ],
)
def test_dependant_nationalities(
    facts_data: dict[str, Any], application: str, nationality: str, kept: bool
) -> None:
    facts_data["application_date"] = application
    facts_data["dependants"] = [{"relation": "spouse", "name": "Sam", "nationality": nationality}]
    deps = run(facts_data).dependants
    assert (deps.spouse == "Sam") is kept
    assert [r.code for r in deps.issues] == ([] if kept else [R.DEPENDANT_NATIONALITY_EXCLUDED])
