"""Screen readers: every control that takes the keyboard's focus, in the main window and in every dialog, has a
name (its own, or its label's, as QAccessible reports it to a screen reader), in the window's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.main_window import MainWindow

# Words that stay as they are in Chinese too (file types, the app's name, GovHK, Qt's "OK").
_LATIN_KEPT = {"PDF", "JPEG", "TTPS", "Desktop", "GovHK", "HKID", "HK", "OK", "ID"}


def focusable(top: QWidget) -> Iterator[QWidget]:
    """The controls of ``top`` that Tab can reach as it is shown now."""
    for widget in (top, *top.findChildren(QWidget)):
        if (
            widget.isVisibleTo(top)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def problems(top: QWidget, where: str, language: Language) -> list[str]:
    """Each focusable control with no name, or (in Chinese) with an English one."""
    QApplication.processEvents()
    found = []
    for widget in focusable(top):
        name = accessible_name(widget)
        what = f"{where}: {type(widget).__name__} {widget.objectName()!r}"
        if not name:
            found.append(f"{what} has no name")
        elif language is not Language.EN:
            english = [w for w in re.findall(r"[A-Za-z]{2,}", name) if w not in _LATIN_KEPT]
            if english:
                found.append(f"{what} is named in English: {name!r}")
    return found


def walk_dialog(dialog: QDialog, where: str, language: Language) -> list[str]:
    found = problems(dialog, where, language)
    dialog.reject()
    return found


@pytest.fixture
def english_after() -> Iterator[None]:
    """The app's translators back to English afterwards: other tests take the app as they find it."""
    yield
    create_application(Language.EN)


@pytest.mark.usefixtures("english_after")
@pytest.mark.parametrize("language", list(Language))
def test_every_focusable_control_has_a_name(
    qtbot: QtBot, demo_session: Session, language: Language, tmp_path: Path
) -> None:
    create_application(language)
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    for index in range(window.right_tabs.count()):  # every tab of the window, each shown in turn
        window.right_tabs.setCurrentIndex(index)
        found += problems(window, f"window, tab {window.right_tabs.tabText(index)}", language)
    window.right_tabs.setCurrentIndex(0)

    new = window.new_project()  # File > New Project: every step, of both kinds, with a row in each table
    for table in (new.degrees, new.jobs, new.income, new.rates, new.dependants):
        table.add_row()
    for kind in (0, 1):
        new.kind.setCurrentIndex(kind)
        for step in range(new.tabs.count()):
            new.tabs.setCurrentIndex(step)
            found += problems(new, f"new project, step {new.tabs.tabText(step)}", language)
    new.reject()
    edit = window.edit_facts()
    assert isinstance(edit, FactsDialog)
    found += walk_dialog(edit, "facts", language)
    found += walk_dialog(window.show_export(), "export", language)
    found += walk_dialog(window.show_settings(), "settings", language)
    found += walk_dialog(window.show_about(), "about", language)
    first = window.session.documents()[0]
    found += walk_dialog(window.edit_document_facts(first.id), "file details", language)
    for help_window, where in (
        (window.show_user_guide(), "user guide"),
        (window.show_rule_changes(), "changes"),
    ):
        found += problems(help_window, where, language)
        help_window.close()
    window.print_checklist()  # File > Print Checklist: the print preview
    qtbot.waitUntil(lambda: getattr(window, "print_dialog", None) is not None, timeout=WAIT_MS)
    found += walk_dialog(window.print_dialog, "print preview", language)
    # A PDF offered to the photo, which takes JPEG alone: the Convert to JPEG dialog.
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    pdf = tmp_path / "scan.pdf"
    with pdf.open("wb") as out:
        writer.write(out)
    window.import_files("photo", [pdf])
    qtbot.waitUntil(lambda: window.controller.convert_dialog is not None, timeout=WAIT_MS)
    convert = window.controller.convert_dialog
    assert convert is not None
    found += walk_dialog(convert, "convert", language)
    qtbot.waitUntil(lambda: window.job is None, timeout=WAIT_MS)
    assert found == []


def test_the_walk_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    """The walk itself: a bare line edit has no name, and one with a name is found named."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    bare, named = QLineEdit(top), QLineEdit(top)
    named.setAccessibleName("Nom")
    layout.addWidget(bare)
    layout.addWidget(named)
    top.show()
    found = problems(top, "probe", Language.ZH_CN)
    assert found == ["probe: QLineEdit '' has no name", "probe: QLineEdit '' is named in English: 'Nom'"]


@pytest.mark.usefixtures("english_after")
@pytest.mark.parametrize(
    ("language", "done", "missing"),
    [(Language.EN, ": done, ", ": missing, "), (Language.ZH_CN, "：已完成，", "：缺少，")],
)
def test_checklist_rows_say_their_mark_in_words(
    qtbot: QtBot, demo_session: Session, language: Language, done: str, missing: str
) -> None:
    create_application(language)
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    said = []
    for person in range(window.checklist.topLevelItemCount()):
        branch = window.checklist.topLevelItem(person)
        assert branch is not None
        for index in range(branch.childCount()):
            row = branch.child(index)
            assert row is not None
            text = str(row.data(0, Qt.ItemDataRole.AccessibleTextRole))
            assert not set("✓✗·") & set(text) and row.text(0)[2:] in text
            said.append(text)
    assert any(done in text for text in said) and any(missing in text for text in said)
    if language is Language.EN:
        assert any(text.endswith(", 1 file") for text in said)
        assert not any(text.endswith(", 1 files") for text in said)
