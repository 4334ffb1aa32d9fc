"""Dates as people type them. Forms store ISO dates (2025-03-31); users in Hong Kong and the Mainland also write
2025/3/31, 2025.3.31, 2025年3月31日 or, day first as in Hong Kong, 31/3/2025. Month-first (US) dates are not
guessed: 3/31/2025 is not a date here, and the form says so."""

from __future__ import annotations

import re
from datetime import date

_YEAR_FIRST = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$")


def parse_user_date(text: str) -> date | None:
    """The date ``text`` names, or None when it names none (or is empty)."""
    if match := _YEAR_FIRST.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.match(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def normalized(text: str) -> str:
    """``text`` as an ISO date when it names one; otherwise unchanged (the form then says what is wrong)."""
    parsed = parse_user_date(text)
    return parsed.isoformat() if parsed else text.strip()
