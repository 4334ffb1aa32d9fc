"""The whole walk, driven through the real widgets: from the demo to a new applicant's complete, exported pack."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from tests.e2e.conftest import run_tool
from tests.ui.conftest import drop, rows
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.findings import Severity
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.main_window import MainWindow

FILES = {
    "Recent photo": ("portrait", "me.jpg"),
    "Valid travel document (personal particulars page)": ("passport_page", "passport.jpg"),
    "Bachelor's degree certificate": ("degree_certificate", "degree.pdf"),
    "Academic transcript": ("transcript", "transcript.pdf"),
    "Verification proof of the bachelor's degree": ("transcript", "verification.pdf"),
}


def test_new_applicant_to_a_complete_exported_pack(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    # File > New Project: the facts form, checked as typed.
    window.new_action.trigger()
    (wizard,) = [d for d in window.findChildren(FactsDialog) if d.isVisible()]
    assert wizard.name.text() == ""  # a blank form, not the demo applicant
    wizard.name.setText("CHAN Tai Man")
    wizard.reference.setText("CASE-7")
    wizard.application_date.setText("2026-11-24")
    wizard.nationality.setText("GBR")
    wizard.issuing_country.setText("GBR")
    wizard.expiry.setText("2031-01-01")
    wizard.residence_country.setText("GBR")
    wizard.degrees.add_row(
        {"level": "bachelor", "institution": "University of Oxford", "awarded": "2023-06-30"}
    )
    wizard.recheck()
    assert "Category C: recent graduate: eligible" in wizard.preview.toPlainText()
    assert wizard.facts is not None
    assert window.create_project(tmp_path / "chan.ttps", wizard.facts)
    wizard.close()
    assert window.windowTitle().startswith("CHAN Tai Man")
    assert window.eligibility.category.currentText() == "The app's suggestion (category C)"
    missing = {f.subject for f in window.check.findings if f.severity is Severity.ERROR}
    assert missing == {"photo", "travel_document", "degree_certificate", "transcript", "degree_verification"}

    # Files from the file manager, each dropped on its item.
    for title, (kind, name) in FILES.items():
        path = tmp_path / name
        path.write_bytes(generate_document(kind))
        drop(qtbot, window, title, [path])
        assert rows(window)[title].text(1) == "1", window.statusBar().currentMessage()
    assert not [f for f in window.check.findings if f.severity is Severity.ERROR]

    # The last open item: the conviction question, answered on the Eligibility tab.
    assert not window.check.complete
    box = window.eligibility.question_boxes["criminal_conviction"]
    box.activated.emit(box.findData("no"))
    qtbot.waitUntil(lambda: window.check.complete)
    assert window.statusBar().currentMessage().startswith("Complete.")

    # A file's details and a turn, from the Files tab.
    window.checklist.setCurrentItem(rows(window)["Valid travel document (personal particulars page)"])
    qtbot.waitUntil(lambda: window.documents.thumbnails.count() == 1)
    window.documents.rotate_right.click()
    doc_id = window.documents.current_document_id()
    assert doc_id is not None
    qtbot.waitUntil(lambda: window.session.document(doc_id).rotation == 90)
    details = window.edit_document_facts(doc_id)
    details.fields["expiry_date"].setText("2031-01-01")
    details.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.session.document(doc_id).facts.get("expiry_date") == "2031-01-01")
    assert window.check.complete

    # Export, not as a draft: everything is there.
    export = window.show_export()
    export.folder.setText(str(tmp_path / "out"))
    export.start_export()
    qtbot.waitUntil(lambda: export.job is None, timeout=60000)  # finished (a signal could come before a wait)
    assert export.export_result is not None
    out = tmp_path / "out"
    dossier = PdfReader(out / "CASE-7-dossier.pdf")
    text = "".join(page.extract_text() or "" for page in dossier.pages[:2])
    assert "CHAN Tai Man" in text and "Category C" in text
    assert len(PdfReader(out / "CASE-7-checklist.pdf").pages) >= 1
    with zipfile.ZipFile(out / "CASE-7-submission.zip") as pack:
        assert pack.testzip() is None
        assert any(name.endswith("01_applicant_photo.jpg") for name in pack.namelist())
    assert "CHAN Tai Man" in run_tool("pdftotext", str(out / "CASE-7-dossier.pdf"), "-")
    export.close()
