"""New Project and the facts form fill in the applicant's name, nationality, birth date, document number and
expiry from a travel document's machine-readable zone, after the user confirms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ttps_desktop.core.demo import demo_facts_path, generate_document
from ttps_desktop.core.language import Language
from ttps_desktop.core.mrz.fill import ZoneFacts
from ttps_desktop.core.rules.facts import load_facts
from ttps_desktop.ui.dialogs.facts import FactsDialog


def test_a_passport_page_fills_the_form_once_confirmed(qtbot: QtBot, tmp_path: Path) -> None:
    page = tmp_path / "passport.jpg"
    page.write_bytes(generate_document("passport_page"))
    dialog = FactsDialog(None, Language.EN)  # New Project
    qtbot.addWidget(dialog)
    offered: list[QMessageBox] = []
    original = dialog.offer_zone

    def offer(zone: ZoneFacts) -> QMessageBox:
        offered.append(original(zone))
        return offered[-1]

    dialog.offer_zone = offer  # type: ignore[method-assign]
    dialog.read_travel_document(page)
    qtbot.waitUntil(lambda: bool(offered), timeout=120_000)
    assert dialog.name.text() == ""  # nothing filled in before the user says yes
    box = offered[0]
    assert "LIN Xiaoyu" in box.text() and "E12345678" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert (dialog.name.text(), dialog.nationality.text(), dialog.birth_date.text()) == (
        "LIN Xiaoyu",
        "CHN",
        "1996-01-01",
    )
    assert (dialog.document_number.text(), dialog.issuing_country.text(), dialog.expiry.text()) == (
        "E12345678",
        "CHN",
        "2032-03-01",
    )
    document = dialog.document()
    assert document["applicant"]["birth_date"] == "1996-01-01"
    assert document["travel_document"]["number"] == "E12345678"


def test_no_means_nothing_is_filled_in(qtbot: QtBot) -> None:
    from ttps_desktop.core.mrz.fill import zone_facts
    from ttps_desktop.core.mrz.parse import parse

    facts = load_facts(demo_facts_path())
    dialog = FactsDialog(facts, Language.ZH_CN)  # the facts form of an open project
    qtbot.addWidget(dialog)
    lines = (
        "P<SGPTAN<<MEI<LING<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "S1234567D5SGP9001011F3001019<<<<<<<<<<<<<<<6",
    )
    data = parse(lines).data
    assert data is not None
    box = dialog.offer_zone(zone_facts(data))
    box.button(QMessageBox.StandardButton.No).click()
    assert dialog.name.text() == "LIN Xiaoyu" and dialog.nationality.text() == "CHN"


def test_facts_with_birth_date_and_number_survive_the_form(qtbot: QtBot) -> None:
    from dataclasses import replace
    from datetime import date

    facts = load_facts(demo_facts_path())
    assert facts.travel_document is not None
    facts = replace(
        facts,
        applicant=replace(facts.applicant, birth_date=date(1996, 1, 1)),
        travel_document=replace(facts.travel_document, number="E12345678"),
    )
    dialog = FactsDialog(facts, Language.EN)
    qtbot.addWidget(dialog)
    dialog.recheck()
    assert dialog.facts == facts
