"""The Dates tab: the timeline with today marked and the table agree with the .ics file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from ttps_desktop.core.keydates import key_dates
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.facts import load_facts
from ttps_desktop.core.rules.report import build_report
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.dates import DatesPane, export_dates

EXTENSION = REPO / "tests" / "data" / "extension-employment.json"


def test_dates_tab_agrees_with_the_ics(qtbot: QtBot, tmp_path: Path) -> None:
    dates = key_dates(build_report(load_facts(EXTENSION)))
    translator = Translator(Language.EN)
    pane = DatesPane()
    qtbot.addWidget(pane)
    today = date(2026, 2, 1)
    pane.show_dates(dates, translator, today)
    pane.resize(900, 500)
    pane.show()
    qtbot.waitExposed(pane)
    table = pane.table
    shown = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    target = tmp_path / "dates.ics"
    export_dates(target, dates, "project-1", "Chan Tai Man", translator, 2)
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert shown == [e.decoded("dtstart").isoformat() for e in events]
    titles = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert [str(e["summary"]).split(" — ")[0] for e in events] == [
        t.removesuffix(" (verify)") for t in titles
    ]
    assert titles[0] == "Extension: application window opens" and titles[-1].endswith("(verify)")
    assert table.item(0, 0).text() == "15 Jan 2026"
    # today sits on the timeline between the window's opening and the stay's expiry
    timeline = pane.timeline
    assert timeline.x_of(date(2026, 1, 15)) < timeline.x_of(today) < timeline.x_of(date(2026, 4, 15))
    assert "today is 1 Feb 2026" in timeline.accessibleDescription()
    image = timeline.grab().toImage()
    assert not image.isNull() and image.width() > 0


def test_dates_tab_speaks_chinese(qtbot: QtBot) -> None:
    dates = key_dates(build_report(load_facts(EXTENSION)))
    pane = DatesPane()
    qtbot.addWidget(pane)
    pane.show_dates(dates, Translator(Language.ZH_CN), date(2026, 2, 1))
    assert pane.table.item(0, 1).text() == "延期：开始接受申请"
    assert pane.table.item(0, 0).text() == "2026年1月15日"
