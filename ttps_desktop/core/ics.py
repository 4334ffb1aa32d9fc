"""The key dates as an iCalendar file (RFC 5545), written with the ``icalendar`` library through the one
durable-write helper.

Each date is an all-day event with a reminder some weeks before. UIDs are derived from the project's identity and
the kind of date, so importing an updated file updates the events instead of doubling them; SEQUENCE is the
project's revision, so a later export of a changed project supersedes the earlier one.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ttps_desktop import APP_NAME, __version__
from ttps_desktop.core.keydates import KeyDate
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, MessageText, ParamValue
from ttps_desktop.core.project.durable import write_bytes_durably

Render = Callable[[Message], str]
UID_DOMAIN = "ttps-desktop.invalid"

T_SOURCE = QT_TRANSLATE_NOOP("KeyDates", "Source: {title} {url} (checked {checked})")
T_VERIFY = QT_TRANSLATE_NOOP("KeyDates", "Verify: the source is not an official page.")
T_CALENDAR = QT_TRANSLATE_NOOP("KeyDates", "TTPS key dates: {name}")


def event_uid(project_id: str, kind: str) -> str:
    """Stable across exports: the same project and kind of date always give the same UID."""
    digest = hashlib.sha256(f"{project_id}\x00{kind}".encode()).hexdigest()[:24]
    return f"{digest}-{kind}@{UID_DOMAIN}"


def _stamp() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def calendar_bytes(
    dates: Iterable[KeyDate],
    project_id: str,
    name: str,
    render: Render,
    alarm_weeks: int,
    sequence: int = 0,
) -> bytes:
    from icalendar import Alarm, Calendar, Event  # here, not at the top: it costs the window's start ~50 ms

    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", render(Message(MessageText("KeyDates", T_CALENDAR), {"name": name})))
    stamp = _stamp()
    for key in dates:
        event = Event()
        event.add("uid", event_uid(project_id, key.kind.value))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("dtstart", key.day)
        event.add("dtend", key.day + timedelta(days=1))
        summary = render(key.title)
        event.add("summary", f"{summary} — {name}" if name else summary)
        lines = [render(key.rule)]
        if key.warning is not None:
            lines.append(render(key.warning))
        source = key.source
        params: dict[str, ParamValue] = {"title": source.title, "url": source.url, "checked": source.checked}
        lines.append(render(Message(MessageText("KeyDates", T_SOURCE), params)))
        if key.verify:
            lines.append(render(Message(MessageText("KeyDates", T_VERIFY))))
        event.add("description", "\n".join(lines))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["TTPS"])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(weeks=-alarm_weeks))
        event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())


def write_calendar(target: Path, data: bytes) -> None:
    write_bytes_durably(target, data)
