from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ttps_desktop.core.rules.periods import (
    Interval,
    months_before,
    total_days,
    union,
    window_before,
    years_before,
    years_in_days,
)


def test_years_before_maps_leap_day_to_28_february() -> None:
    assert years_before(date(2024, 2, 29), 1) == date(2023, 2, 28)
    assert years_before(date(2024, 2, 29), 4) == date(2020, 2, 29)
    assert years_before(date(2026, 11, 24), 5) == date(2021, 11, 24)


def test_months_before_clamps_to_month_end() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 11, 24), 12) == date(2025, 11, 24)
    assert months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)


def test_window_excludes_the_application_day() -> None:
    window = window_before(date(2026, 11, 24), 5)
    assert window == Interval(date(2021, 11, 24), date(2026, 11, 24))
    assert window.last_day == date(2026, 11, 23)


def test_three_years_in_days_counts_leap_days_of_that_span() -> None:
    assert years_in_days(date(2026, 11, 24), 3) == 1096  # includes 29 Feb 2024
    assert years_in_days(date(2023, 1, 1), 3) == 1096  # includes 29 Feb 2020
    assert years_in_days(date(2031, 1, 1), 3) == 1096  # includes 29 Feb 2028
    assert years_in_days(date(2027, 3, 1), 3) == 1095  # 2024-03-01..2027-02-28: no leap day


def test_union_merges_overlapping_and_touching() -> None:
    a = Interval(date(2020, 1, 1), date(2020, 6, 1))
    b = Interval(date(2020, 5, 1), date(2020, 9, 1))
    c = Interval(date(2020, 9, 1), date(2020, 10, 1))
    d = Interval(date(2021, 1, 1), date(2021, 2, 1))
    assert union([d, c, a, b]) == [Interval(date(2020, 1, 1), date(2020, 10, 1)), d]


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    start = draw(dates)
    return Interval(start, start + timedelta(days=draw(st.integers(0, 3000))))


windows = intervals()


@given(st.lists(intervals(), max_size=8), st.randoms())
def test_union_is_order_independent(items: list[Interval], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert union(items) == union(shuffled)


@given(st.lists(intervals(), max_size=8), windows)
def test_total_never_exceeds_window_or_sum(items: list[Interval], window: Interval) -> None:
    total = total_days(items, window)
    assert 0 <= total <= window.days
    assert total <= sum(i.days for i in items)


@given(st.lists(intervals(), max_size=8), intervals(), windows)
def test_adding_a_period_never_reduces_the_total(
    items: list[Interval], extra: Interval, window: Interval
) -> None:
    assert total_days([*items, extra], window) >= total_days(items, window)


@given(st.lists(intervals(), max_size=8))
def test_union_is_disjoint_sorted_and_idempotent(items: list[Interval]) -> None:
    merged = union(items)
    assert all(a.end < b.start for a, b in itertools.pairwise(merged))
    assert union(merged) == merged


@given(intervals(), intervals())
def test_overlapping_periods_count_once(a: Interval, b: Interval) -> None:
    assert total_days([a, b]) == a.days + b.days - a.overlap_days(b)


@given(dates, st.integers(1, 10))
def test_n_years_threshold_matches_the_calendar(day: date, years: int) -> None:
    job = Interval(years_before(day, years), day)
    assert total_days([job], window_before(day, years)) == years_in_days(day, years)
