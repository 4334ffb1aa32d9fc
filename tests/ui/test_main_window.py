from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from tests.ui.conftest import drop, rows
from ttps_desktop import __version__
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import set_language
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.about import AboutDialog
from ttps_desktop.ui.dialogs.export import ExportDialog
from ttps_desktop.ui.main_window import SETTINGS_LANGUAGE, MainWindow
from ttps_desktop.ui.workers import CancelToken


def test_opens_on_the_demo_with_menus(window: MainWindow) -> None:
    assert window.windowTitle() == "LIN Xiaoyu 林晓雨 — TTPS Desktop"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


def test_checklist_shows_people_items_status_and_files(window: MainWindow) -> None:
    tree = window.checklist
    people = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert people == ["Applicant: LIN Xiaoyu 林晓雨", "Spouse: ZHOU Min", "Child 1: LIN Le"]
    items = rows(window)
    work = items["Proof of work experience"]
    assert work.text(0).startswith("✓") and work.text(1) == "3"
    assert (
        items["Letter of consent from your working unit or the Mainland authorities"].text(0).startswith("✗")
    )
    assert (
        not items["Mainland Resident Identity Card"].text(0).startswith("✗")
    )  # only without a travel document
    assert "Category B: experienced graduate: eligible" in window.eligibility.verdicts.toPlainText()
    assert window.findings.count() == len(window.check.findings) > 0


def test_dropping_files_on_an_item_imports_them(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    good = tmp_path / "mainland_id.jpg"
    good.write_bytes(generate_document("passport_page"))
    bad = tmp_path / "notes.txt"
    bad.write_text("not a document")
    drop(qtbot, window, "Mainland Resident Identity Card", [good, bad])
    item = rows(window)["Mainland Resident Identity Card"]
    assert item.text(0).startswith("✓") and item.text(1) == "1"
    assert "1 of 2 files added." in window.statusBar().currentMessage()
    assert "looks like a text file" in window.statusBar().currentMessage()


def test_activating_a_finding_selects_its_item(window: MainWindow) -> None:
    missing = next(
        i
        for i in range(window.findings.count())
        if "Verification proof of the bachelor's degree" in window.findings.item(i).text()
    )
    window.findings.itemActivated.emit(window.findings.item(missing))
    assert window.checklist.currentItem().text(0).endswith("Verification proof of the bachelor's degree")


def test_a_finding_about_a_file_selects_the_file(window: MainWindow) -> None:
    low = next(
        i
        for i in range(window.findings.count())
        if "too small to read well" in window.findings.item(i).text()
    )
    window.findings.itemActivated.emit(window.findings.item(low))
    assert window.right_tabs.currentWidget() is window.documents
    doc_id = window.documents.current_document_id()
    assert doc_id is not None
    assert window.session.document(doc_id).display_name == "employer_letter_sample_cloud_phone.jpg"


def test_findings_filter_by_severity(window: MainWindow) -> None:
    everything = window.findings.count()

    def marks() -> set[str]:
        return {window.findings.item(i).text()[0] for i in range(window.findings.count())}

    assert marks() == {"✗", "!", "·"}
    window.findings_pane.severity_filter.activated.emit(
        window.findings_pane.severity_filter.findData("error")
    )
    assert marks() == {"✗"} and window.findings.count() < everything
    window.refresh()  # the choice survives a refresh
    assert marks() == {"✗"} and window.findings_pane.severity_filter.currentData() == "error"
    window.findings_pane.severity_filter.activated.emit(window.findings_pane.severity_filter.findData("info"))
    assert window.findings.count() == everything


def test_language_switches_at_runtime_and_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.switch_language(Language.ZH_CN)
    try:
        assert [a.text() for a in window.menuBar().actions()] == [
            "文件(&F)",
            "编辑(&E)",
            "视图(&V)",
            "帮助(&H)",
        ]
        assert window.checklist.topLevelItem(0).text(0) == "申请人：LIN Xiaoyu 林晓雨"
        assert "B类：具工作经验的大学毕业生：符合资格" in window.eligibility.verdicts.toPlainText()
        assert QSettings().value(SETTINGS_LANGUAGE) == "zh_CN"
    finally:
        window.switch_language(Language.EN)


def test_opening_a_damaged_project_keeps_the_current_one(window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttps"
    broken.write_bytes(b"\0" * 100)
    assert window.open_project(broken) is False
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("broken.ttps is not a TTPS Desktop project" in b.text() for b in boxes)
    for box in boxes:
        box.close()
    assert window.session.facts().applicant.reference == "DEMO-0001"


def test_export_dialog_writes_everything_and_the_window_keeps_answering(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.show_export()
    assert isinstance(dialog, ExportDialog)
    dialog.folder.setText(str(tmp_path))
    dialog.draft.setChecked(True)
    # The export runs off the GUI thread: the dialog returns with the job still going. (How long the window
    # stalls meanwhile is a figure of benchmarks/, never a test: it depends on the machine's load.)
    assert dialog.start_export() is not None and dialog.job is not None
    # Finished (a signal could come before a wait).
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert dialog.export_result is not None
    assert (tmp_path / "DEMO-0001-dossier.pdf").is_file() and (
        tmp_path / "DEMO-0001-submission.zip"
    ).is_file()
    assert dialog.show_button.isVisible() and "Written to" in dialog.summary.text()
    assert "This is a draft: DRAFT is printed on the cover and on every page." in dialog.summary.text()
    dialog.close()


def test_export_summary_names_the_files_left_out(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ttps_desktop.core.export import run as export_run
    from ttps_desktop.core.export.outcome import R_PDF
    from ttps_desktop.core.findings import FindingCode, Severity, finding
    from ttps_desktop.core.messages import MessageText

    left = finding(
        Severity.ERROR,
        FindingCode.EXPORT_LEFT_OUT,
        "scan-from-the-bank.pdf",
        file="scan-from-the-bank.pdf",
        name="Bank statement 2",
        reason=MessageText("Export", R_PDF),
    )

    def export_with_a_problem(*args: object, **kwargs: object) -> export_run.ExportResult:
        return export_run.ExportResult(
            tmp_path / "d.pdf",
            tmp_path / "c.pdf",
            tmp_path / "pack",
            tmp_path / "pack.zip",
            findings=(),
            left_out=(left,),
            draft=False,
        )

    monkeypatch.setattr(export_run, "export_project", export_with_a_problem)
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    text = dialog.summary.text()
    assert "Written with problems" in text and "scan-from-the-bank.pdf (Bank statement 2)" in text
    assert "its pages could not be read" in text and "DRAFT" not in text
    dialog.close()


def test_cancelled_export_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ttps_desktop.core.export import run as export_run
    from ttps_desktop.core.progress import CancelledError, check_cancel

    def slow_export(*args: object, progress: CancelToken, **kwargs: object) -> None:
        while True:  # an export in progress, until the user cancels
            check_cancel(progress)
            time.sleep(0.01)

    monkeypatch.setattr(export_run, "export_project", slow_export)
    dialog = window.show_export()
    out = tmp_path / "out"
    dialog.folder.setText(str(out))
    job = dialog.start_export()
    with qtbot.waitSignal(job.signals.failed, timeout=WAIT_MS) as failed:  # listening before the click
        dialog.cancel_button.click()
    assert isinstance(failed.args[0], CancelledError)
    qtbot.waitUntil(lambda: dialog.job is None)
    assert dialog.summary.text() == "Cancelled. Nothing was written."
    assert not out.exists() or list(out.iterdir()) == []
    dialog.close()


def test_about_shows_version_and_licences(window: MainWindow) -> None:
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    about, licences = (dialog.findChild(QTextBrowser, n).toPlainText() for n in ("aboutText", "licencesText"))
    assert __version__ in about and "WenQuanYi Micro Hei" in licences and "LGPL-3.0" in licences
    lists = dialog.findChild(QTextBrowser, "universitiesText").toPlainText()
    assert "search aids, not the official names" in lists
    assert "From 2026-01-01: 200 institutions (transcribed)" in lists
    assert "From 2024-01-01: 185 institutions (derived from announced changes)" in lists
    assert "SherlockRobo/hk-talent-visa-checker" in lists  # the provenance, as SOURCES.md gives it
    dialog.close()


def test_quit_releases_the_project(window: MainWindow) -> None:
    path = window.session.path
    window.quit_action.trigger()
    assert not window.isVisible()
    Project.open(path).close()


def test_bundled_font_is_registered(qtbot: QtBot) -> None:
    app = create_application()
    assert "WenQuanYi Micro Hei" in app.font().families()
    set_language(app, Language.EN)


def test_answering_the_conviction_question_is_saved_and_undoable(qtbot: QtBot, window: MainWindow) -> None:
    title = "Criminal convictions (declared on the e-form)"
    row = rows(window)[title]
    assert row.text(0).startswith("✗") and row.text(1) == "not answered"
    assert row.data(0, Qt.ItemDataRole.CheckStateRole) is None  # asked, never ticked nor uploaded
    box = window.eligibility.question_boxes["criminal_conviction"]
    assert [box.itemText(i) for i in range(box.count())] == ["Not answered yet", "No", "Yes"]
    box.activated.emit(box.findData("no"))
    qtbot.waitUntil(lambda: window.session.answers() == {"criminal_conviction": "no"})
    assert rows(window)[title].text(0).startswith("✓") and rows(window)[title].text(1) == "No"
    assert window.eligibility.question_boxes["criminal_conviction"].currentData() == "no"
    window.undo_action.trigger()
    assert window.session.answers() == {}
    window.redo_action.trigger()
    assert window.session.answers() == {"criminal_conviction": "no"}


def test_the_conviction_question_takes_no_files(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(generate_document("transcript"))
    before = len(window.session.documents())
    drop(qtbot, window, "Criminal convictions (declared on the e-form)", [letter])
    assert window.import_files("criminal_conviction_declaration", [letter]) is None  # nor from the Files tab
    assert len(window.session.documents()) == before
    assert "question of the e-form" in window.statusBar().currentMessage()


def test_removing_a_file_is_undoable(qtbot: QtBot, window: MainWindow) -> None:
    before = [(d.item_id, d.display_name, d.sha256) for d in window.session.documents()]
    transcript = next(d for d in window.session.documents() if d.item_id == "transcript")
    window.checklist.remove_requested.emit(transcript.id)
    qtbot.waitUntil(lambda: rows(window)["Academic transcript"].text(1) == "0")
    assert window.undo_action.text() == "&Undo Remove transcript.pdf"
    window.undo_action.trigger()
    assert [(d.item_id, d.display_name, d.sha256) for d in window.session.documents()] == before


def test_a_protected_pdf_asks_for_its_password_and_needs_consent(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tests.core.evidence.factories import encrypted_pdf

    protected = tmp_path / "bank_statement.pdf"
    protected.write_bytes(encrypted_pdf("open-me", "owner"))
    answers = iter([("wrong", True), ("", False), ("open-me", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    drop(qtbot, window, "Mainland Resident Identity Card", [protected])  # asked: wrong password
    assert rows(window)["Mainland Resident Identity Card"].text(1) == "0"
    assert "Wrong password" in window.statusBar().currentMessage()
    drop(qtbot, window, "Mainland Resident Identity Card", [protected])  # asked: cancelled, no consent
    assert rows(window)["Mainland Resident Identity Card"].text(1) == "0"
    drop(qtbot, window, "Mainland Resident Identity Card", [protected])  # asked: right password, agreed
    assert rows(window)["Mainland Resident Identity Card"].text(1) == "1"
    stored = window.session.documents("mainland_identity")[0]
    assert not PdfReader(io.BytesIO(window.session.read_document(stored.id))).is_encrypted
    assert PdfReader(protected).is_encrypted  # the user's original is untouched


def test_a_damaged_file_inside_the_project_is_reported_after_opening(
    qtbot: QtBot, demo_session: Session
) -> None:
    doc = demo_session.documents()[0]
    demo_session.call(
        lambda p: p._conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (b"bit rot", doc.sha256))
    )
    create_application(Language.EN)
    main = MainWindow(demo_session)
    qtbot.addWidget(main)
    qtbot.waitUntil(
        lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=WAIT_MS,
    )
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "is damaged" in box.text() and doc.display_name in box.text()
    box.close()


def test_pictures_show_the_timeline_and_income(window: MainWindow) -> None:
    window.right_tabs.setCurrentWidget(window.timeline)
    assert not window.timeline.grab().isNull()
    description = window.timeline.accessibleDescription()
    assert "1,781 days" in description and "Sample Cloud Technology Ltd." in description
    window.right_tabs.setCurrentWidget(window.income_chart)
    assert not window.income_chart.grab().isNull()
    assert "HK$0.00" in window.income_chart.accessibleDescription()
    assert [window.right_tabs.tabText(i) for i in range(4)] == [
        "Files",
        "Eligibility",
        "Work timeline",
        "Income",
    ]


def test_window_size_is_restored(
    qtbot: QtBot, window: MainWindow, demo_project_file: Path, tmp_path: Path
) -> None:
    window.resize(700, 500)  # within the offscreen screen (800 x 600), which would clamp a larger one
    window.close()
    copy = tmp_path / "again.ttps"
    copy.write_bytes(demo_project_file.read_bytes())
    again = MainWindow(Session.open(copy))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_verdicts_cite_their_sources(window: MainWindow) -> None:
    text = window.eligibility.verdicts.toPlainText()
    assert "Rules 2026-01, in force from 1 Jan 2026." in text
    sources = text.split("Sources", 1)[1]
    assert "Immigration Department: Top Talent Pass Scheme" in sources and "checked" in sources
    notes = sources.count("checked")
    assert notes >= 1 and all(f"[{n}]" in text for n in range(1, notes + 1))  # each source is cited
    assert "vertical-align:super" in window.eligibility.verdicts.toHtml()  # as superscript note numbers


def test_an_import_is_undoable(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first, second = tmp_path / "id_front.jpg", tmp_path / "id_back.pdf"
    first.write_bytes(generate_document("passport_page"))
    second.write_bytes(generate_document("transcript"))
    drop(qtbot, window, "Mainland Resident Identity Card", [first, second])
    added = [d.id for d in window.session.documents("mainland_identity")]
    assert len(added) == 2 and window.undo_action.text() == "&Undo Add 2 files"
    window.undo_action.trigger()
    assert window.session.documents("mainland_identity") == []
    assert rows(window)["Mainland Resident Identity Card"].text(1) == "0"
    window.redo_action.trigger()
    assert [d.id for d in window.session.documents("mainland_identity")] == added  # same files, same order
    drop(qtbot, window, "Mainland Resident Identity Card", [first])  # already there: nothing new to undo
    assert window.undo_action.text() == "&Undo Add 2 files"


def test_colours_follow_a_dark_theme(window: MainWindow) -> None:
    def error_colour() -> int:
        first = window.findings.item(0)
        assert first.text().startswith("✗")
        return int(first.foreground().color().lightness())

    assert error_colour() < 128  # dark red on a light background
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b")):
        dark.setColor(role, QColor(colour))
    window.setPalette(dark)
    window.refresh()
    assert error_colour() > 128  # a lighter red, readable on dark
    window.right_tabs.setCurrentWidget(window.timeline)
    picture = window.timeline.grab().toImage()
    corner = picture.pixelColor(picture.width() - 30, picture.height() - 60)  # inside the 5-year window
    assert corner.lightness() < 128  # the window's shading is not a light block on a dark theme


def _error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_failing_undo_or_redo_is_shown_and_the_stack_stays_true_to_the_file(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Before, undo and redo went around the edit runner: the error reached stderr only and the stack moved while
    the file still held the change. Now they are shown like any failed edit, and the stack does not move."""
    answered = {"criminal_conviction": "no"}
    window.edits.answer_question("criminal_conviction", "no")
    assert window.session.answers() == answered and window.undo_stack.index() == 1
    path = window.session.path
    saved = path.stat()
    os.utime(path, ns=(saved.st_atime_ns, saved.st_mtime_ns + 5_000_000_000))  # "changed by another program"
    window.undo_action.trigger()
    [box] = _error_boxes()
    assert "changed" in box.text()
    box.close()
    assert window.undo_stack.index() == 1 and window.undo_action.isEnabled()  # still there to undo
    assert window.session.answers() == answered  # and the file still holds the change
    os.utime(path, ns=(saved.st_atime_ns, saved.st_mtime_ns))  # as the app last saw it: undo works again
    window.undo_action.trigger()
    assert window.undo_stack.index() == 0 and window.session.answers() == {}
    os.utime(path, ns=(saved.st_atime_ns, saved.st_mtime_ns + 7_000_000_000))
    window.redo_action.trigger()
    [box] = _error_boxes()
    box.close()
    assert window.undo_stack.index() == 0 and window.session.answers() == {}
    assert window.redo_action.isEnabled()


def test_a_note_is_written_shown_and_undoable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window.checklist.select_item("degree_certificate")
    window.show_selected_item()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Original sent by post", True))
    window.note_action.trigger()
    assert window.session.notes() == {"degree_certificate": "Original sent by post"}
    assert "Your note: Original sent by post" in window.documents.help.text()
    window.undo_action.trigger()
    assert window.session.notes() == {} and "Your note" not in window.documents.help.text()


def test_a_finding_jumps_to_its_own_file_when_two_share_a_name(qtbot: QtBot, window: MainWindow) -> None:
    from ttps_desktop.ui.panes import DOCUMENT_ID, ITEM_ID

    s = window.session
    data = [s.read_document(d.id) for d in s.documents()[:2]]
    first = s.add_document("transcript", data[0], "scan.pdf", "application/pdf")[0]
    second = s.add_document("degree_certificate", data[1], "scan.pdf", "application/pdf")[0]
    s.set_document_facts(second.id, {"expiry_date": "2020-01-31"})
    window.refresh()
    rows = [window.findings.item(i) for i in range(window.findings.count())]
    [expired] = [r for r in rows if "expired" in r.text() and "scan.pdf" in r.text()]
    assert (expired.data(ITEM_ID), expired.data(DOCUMENT_ID)) == ("degree_certificate", second.id)
    assert first.id != second.id


def test_the_user_edits_while_files_are_imported_and_nothing_fails(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The review's probe: imports running beside edits all failed ("changed by another program", "cannot start a
    transaction within a transaction"), both threads writing through one connection. Now both go to the session."""
    files = []
    for n, kind in enumerate(
        ["transcript", "degree_certificate", "employer_letter_first", "tax_statement"] * 2
    ):
        path = tmp_path / f"scan-{n}.pdf"
        path.write_bytes(generate_document(kind) + f"\n% copy {n}\n".encode())  # each its own content
        files.append(path)
    job = window.import_files("work_experience", files)
    assert job is not None
    ticks = 0
    while window.job is not None or ticks < 20:  # edit all the while (and a few times more)
        window.edits.answer_question("criminal_conviction", ("no", "yes")[ticks % 2])
        ticks += 1
        qtbot.wait(5)
        assert ticks < 20_000, "the import never finished"
    assert _error_boxes() == []
    names = {d.display_name for d in window.session.documents("work_experience")}
    assert {f.name for f in files} <= names
    assert window.session.answers() == {"criminal_conviction": ("no", "yes")[(ticks - 1) % 2]}
    assert window.undo_stack.count() == ticks + 1  # every answer and the import, each undoable


def test_closing_the_window_during_an_import_says_nothing_and_releases_the_project(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    files = []
    for n in range(8):
        path = tmp_path / f"letter-{n}.pdf"
        path.write_bytes(generate_document("employer_letter_first") + f"\n% copy {n}\n".encode())
        files.append(path)
    assert window.import_files("work_experience", files) is not None
    project = window.session.path
    window.close()  # cancels the import and waits for it, then closes the session
    for _ in range(5):  # the cancelled import's report arrives after the close
        QApplication.processEvents()
    assert _error_boxes() == [] and window.session.closed
    Project.open(project).close()  # the lock was released
