"""The Files tab: thumbnails drawn off the GUI thread, the preview, reorder, rotate, remove, and a file's details."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from tests.ui.conftest import rows
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.findings import FindingCode
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.ui.main_window import MainWindow
from ttps_desktop.ui.panes import DOCUMENT_MIME
from ttps_desktop.ui.preview import ShownDocument


def select(qtbot: QtBot, window: MainWindow, title: str) -> None:
    window.checklist.setCurrentItem(rows(window)[title])
    qtbot.waitUntil(lambda: window.documents.item_id is not None)


def wait_for_pictures(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.pictures.pending() == 0, timeout=WAIT_MS)


def ink(image: QImage) -> int:
    """How many sampled pixels are darker than paper: a drawn page has text, a placeholder has none."""
    step = max(1, image.width() // 40)
    return sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if image.pixelColor(x, y).lightness() < 128
    )


def shown_ids(window: MainWindow) -> list[int]:
    return [entry.document.id for entry in window.documents.shown]


def test_selecting_an_item_shows_its_files_as_drawn_thumbnails(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Proof of work experience")
    assert window.right_tabs.currentWidget() is window.documents
    assert window.documents.thumbnails.count() == 3
    wait_for_pictures(qtbot, window)
    for entry in window.documents.shown:
        image = window.pictures.get(window.documents.thumbnail_request(entry))
        assert image is not None and not image.isNull()
        assert ink(image) > 0, entry.document.display_name
    icon = window.documents.thumbnails.item(0).icon().pixmap(132, 132).toImage()
    assert ink(icon) > 0


def test_preview_pages_and_zoom(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Academic transcript")
    preview = window.documents.preview
    assert preview.shown is not None and preview.shown.pages == 2
    assert preview.page_label.text() == "Page 1 of 2"
    wait_for_pictures(qtbot, window)
    first = preview.picture.pixmap().toImage()
    assert ink(first) > 0
    preview.next_page.click()
    assert preview.page_label.text() == "Page 2 of 2" and not preview.next_page.isEnabled()
    wait_for_pictures(qtbot, window)
    assert preview.picture.pixmap().toImage() != first
    fitted = preview.picture.size()
    preview.zoom_in_button.click()
    wait_for_pictures(qtbot, window)
    assert preview.zoom_label.text() == "150%"
    assert preview.picture.width() > fitted.width()
    preview.fit_button.click()
    assert preview.picture.size() == fitted


def test_rotate_is_undoable_and_turns_the_picture(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Proof of work experience")
    wait_for_pictures(qtbot, window)
    doc_id = window.documents.current_document_id()
    assert doc_id is not None
    before = window.documents.preview.picture.size()
    window.documents.rotate_right.click()
    qtbot.waitUntil(lambda: window.session.document(doc_id).rotation == 90)
    wait_for_pictures(qtbot, window)
    after = window.documents.preview.picture.size()
    assert (after.width() > after.height()) != (before.width() > before.height())
    assert window.documents.current_document_id() == doc_id  # the selection survives the refresh
    window.undo_action.trigger()
    assert window.session.document(doc_id).rotation == 0


def test_reorder_by_button_and_by_drag(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Proof of work experience")
    original = shown_ids(window)
    window.documents.thumbnails.setCurrentRow(0)
    window.documents.move_later.click()
    qtbot.waitUntil(lambda: shown_ids(window) == [original[1], original[0], original[2]])
    assert [d.id for d in window.session.documents(window.documents.item_id)] == shown_ids(window)
    window.undo_action.trigger()
    assert shown_ids(window) == original

    thumbnails = window.documents.thumbnails
    mime = QMimeData()
    mime.setData(DOCUMENT_MIME, QByteArray(str(original[0]).encode()))
    target = thumbnails.visualItemRect(thumbnails.item(2)).center()
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    thumbnails.dropEvent(event)
    qtbot.waitUntil(lambda: shown_ids(window) == [original[1], original[2], original[0]])
    assert thumbnails.count() == 3  # Qt did not drop the dragged row itself


def test_files_dropped_on_the_thumbnails_are_added_to_the_item(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    select(qtbot, window, "Proof of work experience")
    letter = tmp_path / "another_proof.pdf"
    letter.write_bytes(generate_document("transcript"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.documents.thumbnails.dropEvent(event)
    qtbot.waitUntil(lambda: window.job is None and window.documents.thumbnails.count() == 4, timeout=WAIT_MS)
    assert window.statusBar().currentMessage().startswith("1 of 1 file added.")
    window.documents.thumbnails.dropEvent(event)  # the same file again: found in the item, nothing added
    qtbot.waitUntil(
        lambda: window.job is None and "already" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert window.statusBar().currentMessage().startswith("0 of 1 file added. 1 file already in this item.")
    assert window.documents.thumbnails.count() == 4
    assert window.undo_action.text() == "&Undo Add 1 file"  # the first drop's, not an empty one


def test_remove_and_undo_keep_the_place_and_the_turn(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Proof of work experience")
    window.documents.thumbnails.setCurrentRow(1)
    doc_id = window.documents.current_document_id()
    assert doc_id is not None
    window.documents.rotate_left.click()
    qtbot.waitUntil(lambda: window.session.document(doc_id).rotation == 270)
    window.documents.remove.click()
    qtbot.waitUntil(lambda: window.documents.thumbnails.count() == 2)
    window.undo_action.trigger()
    restored = window.documents.shown[1].document
    assert restored.rotation == 270 and window.documents.thumbnails.count() == 3


def test_a_files_details_are_checked_as_typed_and_reach_the_findings(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(qtbot, window, "Proof of work experience")
    doc_id = window.documents.current_document_id()
    assert doc_id is not None
    dialog = window.edit_document_facts(doc_id)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.fields["expiry_date"].setText("2025-31-01")
    assert not ok.isEnabled() and "not a date" in dialog.problem.text()
    dialog.fields["expiry_date"].setText("31/1/2020")  # day first, as in Hong Kong
    assert ok.isEnabled() and "expired" in dialog.problem.text()
    dialog.language.setCurrentIndex(dialog.language.findData("other"))
    assert "translation" in dialog.problem.text()
    ok.click()
    qtbot.waitUntil(lambda: window.session.document(doc_id).facts.get("expiry_date") == "2020-01-31")
    codes = {f.code for f in window.check.findings}
    assert {FindingCode.DOCUMENT_EXPIRED, FindingCode.TRANSLATION_NEEDED} <= codes
    window.undo_action.trigger()
    assert FindingCode.DOCUMENT_EXPIRED not in {f.code for f in window.check.findings}


def test_choosing_the_category_changes_the_checklist_and_is_undoable(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.eligibility.category.currentData() == ""
    assert "category B" in window.eligibility.category.currentText()
    index = window.eligibility.category.findData(CategoryId.C.value)
    window.eligibility.category.setCurrentIndex(index)
    window.eligibility.category.activated.emit(index)
    qtbot.waitUntil(lambda: window.session.chosen_category() is CategoryId.C)
    assert window.check.report.category is CategoryId.C
    window.undo_action.trigger()
    assert window.session.chosen_category() is None and window.eligibility.category.currentData() == ""


def test_a_file_that_cannot_be_drawn_says_so(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Proof of work experience")
    entry = window.documents.shown[0]
    broken = ShownDocument(entry.document, entry.kind, entry.pages)
    window.pictures.read = lambda _doc_id: b"%PDF-1.7 not really"
    window.pictures.clear()
    window.documents.preview.show_document(broken)
    wait_for_pictures(qtbot, window)
    assert "cannot be shown" in window.documents.preview.picture.text()


@pytest.mark.parametrize("shortcut_owner", ["documents"])
def test_delete_in_the_checklist_does_not_remove_a_file(
    qtbot: QtBot, window: MainWindow, shortcut_owner: str
) -> None:
    select(qtbot, window, "Proof of work experience")
    window.checklist.setFocus()
    QTest.keyClick(window.checklist, Qt.Key.Key_Delete)
    assert window.documents.thumbnails.count() == 3
    window.documents.thumbnails.setFocus()
    QTest.keyClick(window.documents.thumbnails, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.documents.thumbnails.count() == 2)


def test_edits_before_a_removal_can_still_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Proof of work experience")
    doc_id = window.documents.current_document_id()
    assert doc_id is not None
    window.documents.rotate_right.click()
    qtbot.waitUntil(lambda: window.session.document(doc_id).rotation == 90)
    window.documents.remove.click()
    qtbot.waitUntil(lambda: doc_id not in shown_ids(window))
    window.undo_action.trigger()  # the file is back, with the same id
    assert doc_id in shown_ids(window) and window.session.document(doc_id).rotation == 90
    window.undo_action.trigger()  # and the turn before the removal is undone too
    assert window.session.document(doc_id).rotation == 0


def test_ctrl_wheel_zooms_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Academic transcript")
    preview = window.documents.preview
    viewport = preview.scroller.viewport()
    centre = QPointF(viewport.rect().center())

    def wheel(steps: int, modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)

    wheel(1, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == 1.5
    wheel(-1, Qt.KeyboardModifier.ControlModifier)
    wheel(-1, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == 0.75
    wheel(1, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, as always
    assert preview.zoom == 0.75
    assert preview.picture.accessibleName() == "transcript.pdf, Page 1 of 2"


def test_a_thumbnail_dropped_on_another_item_moves_the_file_there(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Proof of work experience")
    doc_id = window.documents.current_document_id()
    assert doc_id is not None
    target = rows(window)["Mainland Resident Identity Card"]
    mime = QMimeData()
    mime.setData(DOCUMENT_MIME, QByteArray(str(doc_id).encode()))
    event = QDropEvent(
        QPointF(window.checklist.visualItemRect(target).center()),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.checklist.dropEvent(event)
    qtbot.waitUntil(lambda: window.session.document(doc_id).item_id == "mainland_identity")
    assert event.dropAction() == Qt.DropAction.CopyAction  # the thumbnail list keeps its own row alone
    assert rows(window)["Mainland Resident Identity Card"].text(1) == "1"
    assert window.undo_action.text() == "&Undo Move a file to another item"
    window.undo_action.trigger()
    assert window.session.document(doc_id).item_id == "work_experience"
    assert doc_id in shown_ids(window)
