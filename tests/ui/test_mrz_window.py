"""The window reads the demo passport's machine-readable zone in the background; the Details show it, and a
zone that disagrees with the facts reaches the findings."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from ttps_desktop.core.demo import demo_passport_zone
from ttps_desktop.core.findings import FindingCode
from ttps_desktop.core.mrz.checks import MRZ_KEY
from ttps_desktop.ui.main_window import MainWindow
from ttps_desktop.ui.mrz_reader import unread_travel_documents


def test_the_demo_passport_reads_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    (passport,) = window.session.documents("travel_document")
    window.session.set_document_facts(passport.id, {k: v for k, v in passport.facts.items() if k != MRZ_KEY})
    assert unread_travel_documents(window.session.documents())
    assert window.read_zones() is not None
    qtbot.waitUntil(lambda: not unread_travel_documents(window.session.documents()), timeout=120_000)
    dialog = window.edit_document_facts(passport.id)
    box = dialog.findChild(QGroupBox, "mrzBox")
    assert box is not None
    shown = {
        label.accessibleName(): label.text() for label in box.findChildren(QLabel) if label.accessibleName()
    }
    assert (shown["Surname"], shown["Given names"], shown["Document number"]) == (
        "LIN",
        "XIAOYU",
        "E12345678",
    )
    dialog.reject()


def test_a_zone_that_disagrees_reaches_the_findings(qtbot: QtBot, window: MainWindow) -> None:
    (passport,) = window.session.documents("travel_document")
    lines = demo_passport_zone(surname="LING")
    window.session.set_document_facts(
        passport.id, {**passport.facts, MRZ_KEY: {"status": "read", "lines": list(lines)}}
    )
    window.refresh()
    assert FindingCode.MRZ_NAME_DIFFERS in {f.code for f in window.check.findings}
    assert window.read_zones() is None  # nothing left to read
