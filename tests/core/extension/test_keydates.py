"""Key dates for both kinds, and the iCalendar file: parsed back by icalendar and by a second parser (ical),
stable UIDs across two exports, all-day events with a reminder."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from ical.calendar_stream import IcsCalendarStream

from ttps_desktop.core.ics import calendar_bytes, event_uid, write_calendar
from ttps_desktop.core.keydates import DateKind, KeyDate, alarm_weeks, key_dates
from ttps_desktop.core.messages import Message
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.rules.report import build_report

DATA = Path(__file__).parents[2] / "data"


def _english(message: Message) -> str:
    return message.english()


def _dates(name: str, chosen: CategoryId | None = None, **changes: Any) -> tuple[KeyDate, ...]:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    data.update(changes)
    return key_dates(build_report(parse_facts(data), chosen))


def _by_kind(dates: tuple[KeyDate, ...]) -> dict[DateKind, KeyDate]:
    return {d.kind: d for d in dates}


def test_extension_key_dates_with_rule_source_and_verify() -> None:
    dates = _dates("extension-employment.json")
    found = _by_kind(dates)
    assert [d.day for d in dates] == sorted(d.day for d in dates)
    assert found[DateKind.WINDOW_OPENS].day == date(2026, 1, 15)
    assert found[DateKind.STANDING_WINDOW_OPENS].day == date(2026, 3, 18)
    assert found[DateKind.STANDING_WINDOW_OPENS].verify  # GovHK's page disagrees with IMMD-2026
    assert found[DateKind.STAY_EXPIRES].day == date(2026, 4, 15)
    assert found[DateKind.EXTENDED_STAY_ENDS].day == date(2028, 4, 30)  # the contract's end
    assert found[DateKind.TWO_YEARS_UNDER_TTPS].day == date(2026, 4, 16)
    seven = found[DateKind.PERMANENT_RESIDENCE]
    assert seven.day == date(2031, 4, 16) and seven.verify and seven.source.id == "SEED"
    passport = found[DateKind.PASSPORT_EXPIRES]
    assert passport.day == date(2029, 6, 30) and passport.warning is None
    assert not found[DateKind.WINDOW_OPENS].verify and found[DateKind.WINDOW_OPENS].source.id == "IMMD-2026"
    for key in dates:
        assert key.rule.english() and key.title.english() and key.source.title


def test_extension_passport_expiring_before_the_extended_stay_is_a_warning() -> None:
    dates = _dates(
        "extension-employment.json",
        travel_document={"kind": "passport", "issuing_country": "GBR", "expiry_date": "2027-01-31"},
    )
    warning = _by_kind(dates)[DateKind.PASSPORT_EXPIRES].warning
    assert warning is not None and "2027-01-31" in warning.english() and "2028-04-30" in warning.english()


@pytest.mark.parametrize(
    ("category", "months", "expiry", "warned"),
    [
        (CategoryId.A, 36, "2029-11-24", False),  # A: 36 months from 2026-11-24 ends 2029-11-24
        (CategoryId.A, 36, "2029-11-23", True),  # a day inside the stay
        (CategoryId.B, 24, "2028-11-24", False),
        (CategoryId.C, 24, "2028-11-23", True),
    ],
)
def test_entry_passport_against_the_stay_the_category_grants(
    category: CategoryId, months: int, expiry: str, warned: bool
) -> None:
    travel = {"kind": "passport", "issuing_country": "GBR", "expiry_date": expiry}
    dates = _dates(
        "b-experienced-graduate.json", category, application_date="2026-11-24", travel_document=travel
    )
    found = _by_kind(dates)
    stay = found[DateKind.STAY_WOULD_END]
    assert stay.rule.params["months"] == months
    assert (found[DateKind.PASSPORT_EXPIRES].warning is not None) is warned
    assert set(found) == {DateKind.STAY_WOULD_END, DateKind.PASSPORT_EXPIRES}


def _export(tmp_path: Path, name: str, dates: tuple[KeyDate, ...], sequence: int = 0) -> Path:
    target = tmp_path / name
    write_calendar(
        target, calendar_bytes(dates, "2026-01-02T03:04:05+00:00", "Chan Tai Man", _english, 4, sequence)
    )
    return target


def test_ics_parses_back_with_icalendar_and_is_stable(tmp_path: Path) -> None:
    dates = _dates("extension-employment.json")
    first = icalendar.Calendar.from_ical(_export(tmp_path, "a.ics", dates).read_bytes())
    events = list(first.walk("VEVENT"))
    assert len(events) == len(dates)
    for event, key in zip(events, dates, strict=True):
        assert event.decoded("dtstart") == key.day  # all-day: a DATE, not a DATE-TIME
        assert event["dtstart"].params.get("VALUE") == "DATE"
        assert event.decoded("dtend") == key.day + timedelta(days=1)
        assert str(event["uid"]) == event_uid("2026-01-02T03:04:05+00:00", key.kind.value)
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == timedelta(weeks=-4) and str(alarm["action"]) == "DISPLAY"
        assert key.rule.english().split(",")[0] in str(event["description"])
    assert first["version"] == "2.0" and "TTPS Desktop" in str(first["prodid"])
    # a second export of an updated project: the same UIDs, so a calendar updates instead of doubling
    changed = _dates("extension-employment.json", application_date="2026-03-01")
    second = icalendar.Calendar.from_ical(_export(tmp_path, "b.ics", changed, 3).read_bytes())
    uids = [str(e["uid"]) for e in events]
    assert [str(e["uid"]) for e in second.walk("VEVENT")] == uids
    assert len(set(uids)) == len(uids)
    assert all(e.decoded("sequence") == 3 for e in second.walk("VEVENT"))
    other = calendar_bytes(dates, "another project", "X", _english, 4)
    assert not set(uids) & {str(e["uid"]) for e in icalendar.Calendar.from_ical(other).walk("VEVENT")}


def test_ics_imports_with_a_second_parser(tmp_path: Path) -> None:
    dates = _dates("extension-employment.json")
    calendar = IcsCalendarStream.calendar_from_ics(
        _export(tmp_path, "c.ics", dates).read_text(encoding="utf-8")
    )
    assert [e.dtstart for e in calendar.events] == [d.day for d in dates]
    assert all(e.alarm and e.alarm[0].trigger == timedelta(days=-28) for e in calendar.events)
    assert calendar.events[0].summary.endswith("Chan Tai Man")


def test_reproducible_with_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    dates = _dates("extension-employment.json")
    assert _export(tmp_path, "x.ics", dates).read_bytes() == _export(tmp_path, "y.ics", dates).read_bytes()
    assert b"DTSTAMP:20260101T000000Z" in (tmp_path / "x.ics").read_bytes()


def test_alarm_weeks_come_from_the_rules() -> None:
    assert alarm_weeks() == 4


def test_an_existing_project_stays_an_entry_project(tmp_path: Path) -> None:
    import shutil

    from ttps_desktop.core.project.store import Project
    from ttps_desktop.core.rules.model import ProjectKind

    target = tmp_path / "old.ttps"
    shutil.copyfile(DATA / "old-projects" / "schema1-main-4707382.ttps", target)
    with Project.open(target, read_only=True) as project:
        report = build_report(project.facts(), project.chosen_category)
    assert report.kind is ProjectKind.ENTRY and report.extension is None
    assert {d.kind for d in key_dates(report)} <= {DateKind.STAY_WOULD_END, DateKind.PASSPORT_EXPIRES}
