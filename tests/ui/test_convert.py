"""Dropping a PDF or a PNG on the photo (which takes JPEG alone): the dialog names the item, what it takes and what
was given, previews the page picked in its spin box, and "Convert to JPEG" adds a JPEG of that page (undoable);
Cancel adds nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from tests.ui.conftest import drop, rows
from tests.ui.test_languages import english_words, texts
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.convert import ConvertDialog
from ttps_desktop.ui.main_window import MainWindow
from ttps_desktop.ui.panes import DOCUMENT_ID


def pages_pdf(path: Path) -> Path:
    """Three pages of different shapes: portrait, square, landscape."""
    writer = PdfWriter()
    for width, height in ((595, 842), (500, 500), (842, 595)):
        writer.add_blank_page(width=width, height=height)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def offered(qtbot: QtBot, window: MainWindow) -> ConvertDialog:
    qtbot.waitUntil(lambda: window.controller.convert_dialog is not None, timeout=WAIT_MS)
    dialog = window.controller.convert_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def wait_for_preview(qtbot: QtBot, dialog: ConvertDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.preview_job is None and not dialog.picture.pixmap().isNull(), timeout=WAIT_MS
    )


def photo_files(window: MainWindow) -> list[tuple[str, str]]:
    return [(d.display_name, d.media_type) for d in window.session.documents("photo")]


def test_a_pdf_dropped_on_the_photo_is_offered_as_a_jpeg_of_the_page_picked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = photo_files(window)
    pdf = pages_pdf(tmp_path / "scan.pdf")
    original = pdf.read_bytes()
    drop(qtbot, window, "Recent photo", [pdf])
    assert photo_files(window) == before  # refused as it is
    dialog = offered(qtbot, window)
    text = dialog.explanation.text()
    assert "Recent photo takes only JPEG images" in text and "scan.pdf is a PDF document" in text
    assert dialog.page_box.isVisible() and dialog.page_box.maximum() == 3
    assert dialog.convert_button.text() == "Convert to JPEG"
    wait_for_preview(qtbot, dialog)
    portrait = dialog.picture.pixmap().size()
    assert portrait.height() > portrait.width()
    dialog.page_box.setValue(2)
    qtbot.waitUntil(lambda: dialog.picture.pixmap().size() != portrait, timeout=WAIT_MS)
    square = dialog.picture.pixmap().size()
    assert abs(square.width() - square.height()) <= 1
    dialog.convert_button.click()
    qtbot.waitUntil(lambda: window.job is None and window.controller.convert_dialog is None, timeout=WAIT_MS)
    assert photo_files(window) == [*before, ("scan-2.jpg", "image/jpeg")]
    [added] = [d for d in window.session.documents("photo") if d.display_name == "scan-2.jpg"]
    with Image.open(io.BytesIO(window.session.read_document(added.id))) as image:
        assert image.format == "JPEG" and abs(image.width - image.height) <= 1
    assert pdf.read_bytes() == original
    assert "converted to JPEG from scan.pdf" in window.statusBar().currentMessage()
    assert any(rows(window)["Recent photo"].child(i).text(0) == "scan-2.jpg" for i in range(2))
    window.controller.undo()
    assert photo_files(window) == before


def test_a_protected_pdf_on_the_photo_asks_its_password_then_offers_the_conversion(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The password dialog, then the Convert to JPEG dialog on the decrypted pages (held in memory): the JPEG of
    the page picked is added; the decrypted PDF is neither stored in the project nor written beside the file."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QInputDialog

    folder = tmp_path / "mine"
    folder.mkdir()
    plain = pages_pdf(folder / "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="open-me", owner_password="owner", algorithm="AES-256")
    locked = folder / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    plain.unlink()
    original = locked.read_bytes()
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "open-me", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    before = photo_files(window)
    stored = {d.sha256 for d in window.session.documents()}
    drop(qtbot, window, "Recent photo", [locked])
    dialog = offered(qtbot, window)
    assert len(asked) == 1 and "locked.pdf is protected by a password" in asked[0]
    assert photo_files(window) == before  # the decrypted PDF is not kept: the photo takes JPEG alone
    assert "locked.pdf is a PDF document" in dialog.explanation.text()
    assert dialog.page_box.isVisible() and dialog.page_box.maximum() == 3
    wait_for_preview(qtbot, dialog)  # drawn from the decrypted bytes
    dialog.page_box.setValue(3)
    dialog.convert_button.click()
    qtbot.waitUntil(lambda: window.job is None and window.controller.convert_dialog is None, timeout=WAIT_MS)
    assert photo_files(window) == [*before, ("locked-3.jpg", "image/jpeg")]
    [added] = [d for d in window.session.documents("photo") if d.display_name == "locked-3.jpg"]
    with Image.open(io.BytesIO(window.session.read_document(added.id))) as image:
        assert image.format == "JPEG" and image.width > image.height  # page 3 is the landscape one
    assert {d.sha256 for d in window.session.documents()} == stored | {added.sha256}
    assert locked.read_bytes() == original and [p.name for p in folder.iterdir()] == ["locked.pdf"]
    window.controller.undo()
    assert photo_files(window) == before


def test_another_image_format_is_offered_too_and_cancel_adds_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = photo_files(window)
    png = tmp_path / "me.png"
    Image.new("RGB", (300, 400), (10, 120, 200)).save(png)
    drop(qtbot, window, "Recent photo", [png])
    dialog = offered(qtbot, window)
    assert "me.png is a PNG image" in dialog.explanation.text()
    assert not dialog.page_box.isVisible()
    wait_for_preview(qtbot, dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.controller.convert_dialog is None, timeout=WAIT_MS)
    assert window.job is None and photo_files(window) == before


def test_an_optional_item_with_no_file_is_not_ticked_and_does_not_say_it_is_needed(
    window: MainWindow,
) -> None:
    row = rows(window)["Mainland Resident Identity Card"]
    assert row.text(0).startswith("· ") and row.text(1) == "0"
    assert row.toolTip(0).startswith("Not required: add it if it applies to you.")
    assert "Needed" not in row.toolTip(0)
    assert rows(window)["Recent photo"].text(0).startswith("✓ ")


def test_a_stored_pdf_photo_is_a_problem_whose_activation_offers_the_conversion(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A project made before the photo refused PDFs: the problem is listed, the item is not ✓, and opening the
    problem offers Convert to JPEG, which puts the JPEG in the PDF's place (undo and redo swap them back)."""
    data = pages_pdf(tmp_path / "old.pdf").read_bytes()
    inspection = {"kind": "pdf", "pages": 3, "findings": []}
    old, _ = window.session.add_document("photo", data, "old.pdf", "application/pdf", inspection)
    window.refresh()
    assert rows(window)["Recent photo"].text(0).startswith("✗ ")
    [problem] = [
        window.findings.item(i)
        for i in range(window.findings.count())
        if window.findings.item(i).data(DOCUMENT_ID) == old.id
    ]
    assert "takes only JPEG images" in problem.text() and "Convert to JPEG" in problem.text()
    window.findings.itemActivated.emit(problem)
    dialog = offered(qtbot, window)
    assert "in its place in the project" in dialog.explanation.text()
    dialog.page_box.setValue(3)
    dialog.convert_button.click()
    qtbot.waitUntil(lambda: window.job is None and window.controller.convert_dialog is None, timeout=WAIT_MS)
    names = [name for name, _ in photo_files(window)]
    assert "old-3.jpg" in names and "old.pdf" not in names
    assert rows(window)["Recent photo"].text(0).startswith("✓ ")
    assert window.controller.undo()
    names = [name for name, _ in photo_files(window)]
    assert "old.pdf" in names and "old-3.jpg" not in names
    assert window.session.document(old.id).display_name == "old.pdf"  # the same document, back in place
    assert window.controller.redo()
    names = [name for name, _ in photo_files(window)]
    assert "old-3.jpg" in names and "old.pdf" not in names


def test_a_pdf_thumbnail_dropped_on_the_photo_is_offered_converted_not_moved(
    qtbot: QtBot, window: MainWindow
) -> None:
    [letter, *_] = window.session.documents("work_experience")
    assert letter.media_type == "application/pdf"
    window.edits.move_to_item(letter.id, "photo")
    dialog = offered(qtbot, window)
    assert "in its place in the project" in dialog.explanation.text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.controller.convert_dialog is None, timeout=WAIT_MS)
    assert window.session.document(letter.id).item_id == "work_experience"


@pytest.mark.parametrize("language", [Language.ZH_HK, Language.ZH_CN])
def test_the_dialog_speaks_the_window_language(
    qtbot: QtBot, demo_session: Session, tmp_path: Path, language: Language
) -> None:
    create_application(language)
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    window.show()
    try:
        drop(qtbot, window, "近照", [pages_pdf(tmp_path / "scan.pdf")])
        dialog = offered(qtbot, window)
        wait_for_preview(qtbot, dialog)
        shown = list(texts(dialog))
        assert "近照" in dialog.explanation.text() and "PDF" in dialog.explanation.text()
        assert {w for text in shown for w in english_words(text)} <= {"JPEG", "PDF"}, shown
        dialog.reject()
    finally:
        create_application(Language.EN)
