from __future__ import annotations

from datetime import date

import pytest

from ttps_desktop.core.dates import normalized, parse_user_date


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-31",
        "2025/3/31",
        "2025.03.31",
        "2025年3月31日",
        " 2025 年 3 月 31 日 ",
        "31/03/2025",
        "31.3.2025",
    ],
)
def test_ways_people_write_a_date(text: str) -> None:
    assert parse_user_date(text) == date(2025, 3, 31)


@pytest.mark.parametrize("text", ["", "3/31/2025", "2025-02-30", "31/13/2025", "next week", "2025-3"])
def test_not_dates(text: str) -> None:
    assert parse_user_date(text) is None


def test_normalized_keeps_what_it_cannot_read() -> None:
    assert normalized("2025年3月1日") == "2025-03-01"
    assert normalized(" 3/31/2025 ") == "3/31/2025"
