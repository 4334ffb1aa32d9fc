"""What the window's pictures draw, worked out here from the facts and the rule data in force, so that the ui only
draws: the work timeline (each job's counted days, the window and the mark of the experience test, the days
counted and needed) and the income chart (each item converted, the total and the threshold of the income test).

Each job is judged by the rules engine on its own (the same functions the verdicts use), so a job that is not
counted (it starts after the application, or ends before it starts) keeps its own row and never takes the next
job's bar. The income items, the total and the threshold are the income test's own judgement
(eligibility.judge_income), the very value behind the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ttps_desktop.core.rules import periods
from ttps_desktop.core.rules.eligibility import Assessment, IncomeLine, experience_periods, judge_income
from ttps_desktop.core.rules.model import CategoryId, CategoryTest, TestKind
from ttps_desktop.core.rules.periods import Interval


@dataclass(frozen=True)
class JobBar:
    number: int  # the job's place in the facts, from 1
    employer: str
    counted: Interval | None  # the days it counts for; None: it counts for none


@dataclass(frozen=True)
class TimelinePicture:
    category: CategoryId  # whose experience test this is
    window: Interval  # the years before the application that count
    window_years: int
    mark: date  # the day ``years`` before the application
    years: int
    counted_days: int
    required_days: int
    start: date  # the picture's left edge: the window's start, or an earlier job's
    application_date: date  # its right edge
    jobs: tuple[JobBar, ...]


IncomeBar = IncomeLine  # each income item as the income test judged it


@dataclass(frozen=True)
class IncomePicture:
    category: CategoryId  # whose income test this is
    window: Interval
    items: tuple[IncomeLine, ...]
    total_hkd: Decimal
    threshold_hkd: Decimal
    missing_rates: tuple[str, ...]  # currencies without a recorded rate: the total is not the whole story


def _test(assessment: Assessment, kind: TestKind) -> tuple[CategoryId, CategoryTest] | None:
    for category in assessment.ruleset.categories.values():
        for test in category.tests:
            if test.kind is kind:
                return category.id, test
    return None


def timeline_picture(assessment: Assessment) -> TimelinePicture | None:
    """None when the rules in force have no experience test."""
    found = _test(assessment, TestKind.EXPERIENCE_AT_LEAST)
    if found is None:
        return None
    category, test = found
    facts = assessment.facts
    day = facts.application_date
    jobs = []
    for number, job in enumerate(facts.employment, start=1):
        intervals, _ = experience_periods(replace(facts, employment=(job,)), test)
        jobs.append(JobBar(number, job.employer, intervals[0] if intervals else None))
    window = periods.window_before(day, test.window_years)
    counted = [j.counted for j in jobs if j.counted is not None]
    return TimelinePicture(
        category=category,
        window=window,
        window_years=test.window_years,
        mark=periods.years_before(day, test.years),
        years=test.years,
        counted_days=periods.total_days(counted, window),
        required_days=periods.years_in_days(day, test.years),
        start=min([window.start, *(c.start for c in counted)]),
        application_date=day,
        jobs=tuple(jobs),
    )


def income_picture(assessment: Assessment) -> IncomePicture | None:
    """None when the rules in force have no income test."""
    found = _test(assessment, TestKind.INCOME_AT_LEAST)
    if found is None:
        return None
    category, test = found
    judged = judge_income(assessment.facts, test)
    return IncomePicture(
        category=category,
        window=judged.window,
        items=judged.lines,
        total_hkd=judged.total_hkd,
        threshold_hkd=judged.threshold_hkd,
        missing_rates=judged.missing_rates,
    )
