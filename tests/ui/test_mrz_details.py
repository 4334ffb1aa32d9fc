"""A travel document's Details show what its machine-readable zone says, and can take its expiry date."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ttps_desktop.core.demo import demo_facts_path, demo_passport_zone
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.facts import load_facts
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.dialogs.document_facts import DocumentFactsDialog

LINES = demo_passport_zone()


def passport(mrz: dict[str, object]) -> StoredDocument:
    return StoredDocument(
        1, "travel_document", 0, "0" * 64, 1, "passport.jpg", "image/jpeg", "", 0, {"mrz": mrz}
    )


def test_the_zone_is_shown_and_its_expiry_date_can_be_taken(qtbot: QtBot) -> None:
    dialog = DocumentFactsDialog(
        passport({"status": "read", "lines": list(LINES)}),
        load_facts(demo_facts_path()),
        Translator(Language.EN),
    )
    qtbot.addWidget(dialog)
    box = dialog.findChild(QGroupBox, "mrzBox")
    assert box is not None
    shown = {
        label.accessibleName(): label.text() for label in box.findChildren(QLabel) if label.accessibleName()
    }
    assert shown["Surname"] == "LIN" and shown["Given names"] == "XIAOYU"
    assert shown["Document number"] == "E12345678" and shown["Nationality"] == "CHN"
    button = box.findChild(QPushButton, "useZoneExpiry")
    assert dialog.fields["expiry_date"].text() == ""
    button.click()
    assert dialog.fields["expiry_date"].text() == "2032-03-01"
    dialog._accept()
    assert dialog.result_facts is not None and dialog.result_facts["expiry_date"] == "2032-03-01"
    assert dialog.result_facts["mrz"] == {"status": "read", "lines": list(LINES)}  # kept as it was


def test_a_zone_not_read_says_so_and_other_files_show_no_zone(qtbot: QtBot) -> None:
    facts = load_facts(demo_facts_path())
    unread = DocumentFactsDialog(passport({"status": "unreadable"}), facts, Translator(Language.ZH_HK))
    qtbot.addWidget(unread)
    box = unread.findChild(QGroupBox, "mrzBox")
    assert box is not None and box.findChild(QPushButton, "useZoneExpiry") is None
    plain = StoredDocument(2, "photo", 0, "1" * 64, 1, "photo.jpg", "image/jpeg", "", 0, {})
    other = DocumentFactsDialog(plain, facts, Translator(Language.EN))
    qtbot.addWidget(other)
    assert other.findChild(QGroupBox, "mrzBox") is None
