"""What the pictures draw comes from the core, from the rule data in force (not "3 years", "5 years", "category B"
typed into the ui), each job and income item on its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from ttps_desktop.core.rules import model
from ttps_desktop.core.rules.eligibility import Assessment, assess_facts, judge_income
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.rules.periods import Interval, years_before
from ttps_desktop.core.rules.pictures import income_picture, timeline_picture


def job(employer: str, start: str, end: str | None) -> dict[str, Any]:
    return {"employer": employer, "start": start, "end": end, "full_time": True, "self_employed": False}


def with_experience_test(assessment: Assessment, years: int, window_years: int) -> Assessment:
    """The same facts under rules whose experience test says other numbers."""
    rules = assessment.ruleset
    categories = dict(rules.categories)
    for cid, category in categories.items():
        tests = tuple(
            replace(t, years=years, window_years=window_years)
            if t.kind is model.TestKind.EXPERIENCE_AT_LEAST
            else t
            for t in category.tests
        )
        categories[cid] = replace(category, tests=tests)
    return replace(assessment, ruleset=replace(rules, categories=categories))


def test_the_timeline_follows_the_rule_data(facts_data: dict[str, Any]) -> None:
    facts_data["employment"] = [
        job("Early Ltd", "2019-01-01", "2021-06-30"),
        job("Now Ltd", "2021-07-01", None),
    ]
    assessment = assess_facts(parse_facts(facts_data))
    day = date(2026, 11, 24)
    picture = timeline_picture(assessment)
    assert picture is not None and picture.category is CategoryId.B
    assert (picture.years, picture.window_years) == (3, 5)  # what the rules in force say today
    assert picture.mark == years_before(day, 3) and picture.window == Interval(years_before(day, 5), day)
    assert picture.counted_days == assessment.experience_days  # the verdict's own count
    changed = timeline_picture(with_experience_test(assessment, years=4, window_years=7))
    assert changed is not None
    assert (changed.years, changed.window_years, changed.mark) == (4, 7, years_before(day, 4))
    assert changed.required_days == (day - years_before(day, 4)).days
    assert changed.counted_days > picture.counted_days  # the longer window counts more of the early job


def test_a_job_that_does_not_count_keeps_its_row_and_the_next_job_its_bar(facts_data: dict[str, Any]) -> None:
    """Before, bars were paired with jobs by position among the counted ones: a future-dated job was drawn with
    the next job's bar."""
    facts_data["employment"] = [
        job("Future Ltd", "2027-01-01", None),
        job("Real Ltd", "2020-01-01", "2024-12-31"),
    ]
    picture = timeline_picture(assess_facts(parse_facts(facts_data)))
    assert picture is not None
    future, real = picture.jobs
    assert (future.number, future.employer, future.counted) == (1, "Future Ltd", None)
    assert (real.number, real.employer) == (2, "Real Ltd")
    assert real.counted == Interval(date(2020, 1, 1), date(2025, 1, 1))


def test_income_items_converted_with_total_and_threshold_from_the_rules(facts_data: dict[str, Any]) -> None:
    def income(amount: str, currency: str, start: str, end: str) -> dict[str, Any]:
        return {
            "kind": "salary",
            "amount": amount,
            "currency": currency,
            "period_start": start,
            "period_end": end,
        }

    facts_data["income"] = [
        income("1200000", "HKD", "2025-04-01", "2026-03-31"),
        income("50000", "USD", "2025-12-01", "2025-12-31"),
        income("999999", "HKD", "2020-01-01", "2020-12-31"),  # outside the 12 months
        income("1000", "EUR", "2026-01-01", "2026-01-31"),  # no rate recorded
    ]
    facts_data["exchange_rates"] = [
        {"currency": "USD", "hkd_per_unit": "7.8", "date": "2026-11-01", "source": "HKMA"}
    ]
    picture = income_picture(assess_facts(parse_facts(facts_data)))
    assert picture is not None and picture.category is CategoryId.A
    counted = [item.counted_hkd for item in picture.items]
    assert counted == [Decimal(1200000), Decimal(390000), None, None]
    assert picture.total_hkd == Decimal(1590000)
    assert picture.threshold_hkd == Decimal(2500000)
    assert picture.missing_rates == ("EUR",)


def test_the_income_test_judgement_is_public_and_is_what_the_verdict_says(facts_data: dict[str, Any]) -> None:
    """eligibility.judge_income gives each item's part, the total and the reasons: the chart draws that very value,
    not a second reckoning of its own (nor the engine's private parts)."""

    def item(kind: str, amount: str, start: str, end: str, **extra: Any) -> dict[str, Any]:
        return {
            "kind": kind,
            "amount": amount,
            "currency": "HKD",
            "period_start": start,
            "period_end": end,
            **extra,
        }

    facts_data["income"] = [
        item("salary", "2000000", "2025-12-01", "2026-10-31"),
        item("business_profit", "800000", "2026-01-01", "2026-06-30"),  # shares held all year: not said
        item("business_profit", "100000", "2026-01-01", "2026-06-30", shares_held_whole_year=True),
        item("salary", "1000", "2020-01-01", "2020-12-31"),  # outside the year counted
    ]
    assessment = assess_facts(parse_facts(facts_data))
    test = next(
        t
        for c in assessment.ruleset.categories.values()
        for t in c.tests
        if t.kind is model.TestKind.INCOME_AT_LEAST
    )
    judged = judge_income(assessment.facts, test)
    assert [line.counted_hkd for line in judged.lines] == [
        Decimal("2000000.00"),
        None,
        Decimal("100000.00"),
        None,
    ]
    assert [line.number for line in judged.lines] == [1, 2, 3, 4]
    assert judged.total_hkd == Decimal("2100000.00") and judged.threshold_hkd == Decimal(2500000)
    verdict_reasons = assessment.results[CategoryId.A].reasons
    assert all(r in verdict_reasons for r in judged.reasons)  # the same reasons the verdict gives
    below = next(r for r in judged.reasons if r.code.value == "income_business_shares_not_stated")
    assert below.outcome.value == "unknown"  # the unsure profit would tip the balance: the verdict says so
    picture = income_picture(assessment)
    assert picture is not None and picture.items == judged.lines and picture.total_hkd == judged.total_hkd
