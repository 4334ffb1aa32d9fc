"""Date-interval arithmetic for windows and work experience.

Convention (one, used everywhere; README "Date conventions"):
- An interval is half-open, [start, end): it holds every day from ``start`` up to, not including, ``end``.
  A job "from 2019-08-01 to 2021-07-31" (both days worked) is [2019-08-01, 2021-08-01).
- "N years before D" is the same calendar day N years earlier; 29 February maps to 28 February.
- The window "the N years immediately preceding D" is [D − N years, D): the application day itself is not in it.
- "At least N years of experience" means the union of the periods, clipped to the window, holds at least as many
  days as the N calendar years immediately preceding D ([D − N years, D)). So a job held continuously for exactly
  the N years before the application qualifies, whatever leap days fall in it, and one day less does not.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier; 29 February becomes 28 February in a common year."""
    year = day.year - years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier, clamped to the last day of a shorter month."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def years_after(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February in a common year."""
    return years_before(day, -years)


def months_after(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the last day of a shorter month."""
    return months_before(day, -months)


@dataclass(frozen=True, order=True)
class Interval:
    """Days in [start, end). Empty when end <= start."""

    start: date
    end: date

    @classmethod
    def inclusive(cls, first: date, last: date) -> Interval:
        """From the first to the last day, both included."""
        return cls(first, last + ONE_DAY)

    @property
    def days(self) -> int:
        return max(0, (self.end - self.start).days)

    @property
    def empty(self) -> bool:
        return self.end <= self.start

    @property
    def last_day(self) -> date:
        return self.end - ONE_DAY

    def clip(self, window: Interval) -> Interval:
        start, end = max(self.start, window.start), min(self.end, window.end)
        return Interval(start, max(start, end))

    def overlap_days(self, other: Interval) -> int:
        return self.clip(other).days


def window_before(day: date, years: int) -> Interval:
    """The ``years`` immediately preceding ``day``: [day − years, day)."""
    return Interval(years_before(day, years), day)


def union(intervals: Iterable[Interval]) -> list[Interval]:
    """Merge overlapping and touching intervals; the result is sorted and disjoint."""
    merged: list[Interval] = []
    for current in sorted(i for i in intervals if not i.empty):
        if merged and current.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Interval(last.start, max(last.end, current.end))
        else:
            merged.append(current)
    return merged


def total_days(intervals: Iterable[Interval], window: Interval | None = None) -> int:
    """Days covered by at least one interval (overlaps count once), inside ``window`` if given."""
    pieces = union(intervals)
    if window is not None:
        pieces = [p.clip(window) for p in pieces]
    return sum(p.days for p in pieces)


def years_in_days(day: date, years: int) -> int:
    """How many days the ``years`` calendar years immediately preceding ``day`` hold (the threshold)."""
    return window_before(day, years).days
