"""An extension of stay in the window: New Project asks which kind, the Extension step, the verdicts on the
Eligibility tab, editing keeps the kind, and the export is titled for it."""

from __future__ import annotations

from pathlib import Path

import icalendar
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.main_window import MainWindow


def test_new_extension_project_to_export(qtbot: QtBot, demo_session: Session, tmp_path: Path) -> None:
    create_application(Language.EN)
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    dialog = window.new_project()
    assert dialog.tabs.tabText(1) == "Degrees"  # entry, the default: no Extension step
    dialog.kind.setCurrentIndex(dialog.kind.findData("extension"))
    assert dialog.tabs.tabText(1) == "Extension" and not dialog.category.isEnabled()
    dialog.name.setText("CHAN Tai Man")
    dialog.reference.setText("EXT-7")
    dialog.application_date.setText("2026-02-01")
    dialog.nationality.setText("GBR")
    dialog.in_hong_kong.setChecked(True)
    page = dialog.extension_page
    page.category.setCurrentIndex(page.category.findData("B"))
    page.granted_on.setText("2024-03-20")
    page.expires_on.setText("2026-04-15")
    page.first_entry.setText("2024-04-16")
    page.employer.setText("Harbour Analytics Ltd")
    page.post.setText("Data engineer")
    page.monthly_pay.setText("68000")
    page.contract_start.setText("2024-05-01")
    assert page.business_box.isHidden() and not page.employment_box.isHidden()
    dialog.recheck()
    assert dialog.facts is not None and dialog.facts.extension is not None, dialog.problem.text()
    preview = dialog.preview.toPlainText()
    assert (
        "You can apply on 1 Feb 2026." in preview and "Route, employment: supported by the facts" in preview
    )
    page.expires_on.setText("2024-01-01")  # before the grant: the form says so
    dialog.recheck()
    problem = dialog.problem.text()  # named by the fields' labels, never by the FACTS path
    assert dialog.facts is None and "Stay expires on (2024-01-01) must not be before Granted on" in problem
    assert "expires_on" not in problem and "granted_on" not in problem
    page.expires_on.setText("2026-04-15")
    dialog.recheck()
    assert dialog.facts is not None
    assert window.create_project(tmp_path / "ext.ttps", dialog.facts, dialog.chosen_category())
    dialog.close()
    assert window.session.facts().extension is not None
    assert "You can apply on 1 Feb 2026." in window.eligibility.verdicts.toPlainText()
    assert not window.eligibility.category.isEnabled()

    # the Dates tab and File > Export Dates… say the same
    window.right_tabs.setCurrentWidget(window.dates)
    assert window.right_tabs.tabText(window.right_tabs.currentIndex()) == "Dates"
    table = window.dates.table
    shown = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    assert shown[0] == "2026-01-15" and "2026-04-15" in shown
    assert window.export_dates_action.text() == "Export Da&tes…"
    ics = window.export_dates(tmp_path / "dates.ics")
    assert ics is not None
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert [e.decoded("dtstart").isoformat() for e in events] == shown
    assert not window.dates.timeline.grab().isNull()

    edit = window.edit_facts()  # editing keeps the kind and the extension's facts
    assert not edit.kind.isEnabled() and edit.tabs.tabText(1) == "Extension"
    edit.reference.setText("EXT-8")
    edit.recheck()
    assert edit.facts is not None and edit.facts.extension == window.session.facts().extension
    edit.close()

    letter = tmp_path / "letter.pdf"
    letter.write_bytes(generate_document("employer_letter_first"))
    assert window.import_files("employer_letter", [letter]) is not None
    qtbot.waitUntil(lambda: window.job is None, timeout=60000)
    assert [d.item_id for d in window.session.documents()] == ["employer_letter"]

    export = window.show_export()
    export.folder.setText(str(tmp_path / "out"))
    export.draft.setChecked(True)
    export.start_export()
    qtbot.waitUntil(lambda: export.job is None, timeout=60000)
    assert export.export_result is not None
    cover = PdfReader(tmp_path / "out" / "EXT-7-dossier.pdf").pages[0].extract_text()
    assert "Top Talent Pass Scheme: extension of stay" in cover
    export.close()
