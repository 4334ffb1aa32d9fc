"""No clipped or overlapping text: the main window on the demo project, at its default size and at 1280 x 720, with
each tab shown, and the main dialogs (facts, new project, export, settings, about, file details, the user guide and
what changed in the rules), in all three
languages. Every visible widget that shows text is measured with its own font against its own rectangle
(tests/ui/text_fit.py); every one that does not fit is reported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from tests.ui.text_fit import text_problems
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.facts import load_facts
from ttps_desktop.core.rules.model import ProjectKind
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import set_language
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.export import ExportDialog
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.main_window import MainWindow
from ttps_desktop.ui.panes import ITEM_ID

DEFAULT = (1180, 740)  # the window's size on first start
SMALL = (1280, 720)  # a small laptop screen


@pytest.fixture(params=list(Language), ids=lambda language: language.value)
def language(request: pytest.FixtureRequest) -> Iterator[Language]:
    app = create_application(request.param)
    yield request.param
    set_language(app, Language.EN)


def settle(qtbot: QtBot) -> None:
    """Let layouts and queued refreshes run (a bounded number of event rounds, not a time)."""
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(1)


def tabs_problems(qtbot: QtBot, root: QWidget, where: str) -> list[str]:
    """The problems under ``root`` with each page of each of its tab widgets shown in turn."""
    problems = [f"{where}: {p}" for p in text_problems(root)]
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == current or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            settle(qtbot)
            page = f"{where}, tab {tabs.tabText(index)!r}"
            problems += [f"{page}: {p}" for p in text_problems(root)]
        tabs.setCurrentIndex(current)
    return problems


def select_item(window: MainWindow, item_id: str) -> None:
    branch = window.checklist.topLevelItem(0)
    assert branch is not None
    children = [branch.child(i) for i in range(branch.childCount())]
    row = next(child for child in children if child is not None and child.data(0, ITEM_ID) == item_id)
    window.checklist.setCurrentItem(row)


@pytest.mark.parametrize("size", [DEFAULT, SMALL], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_window_shows_every_text_whole(
    qtbot: QtBot, demo_session: Session, language: Language, size: tuple[int, int]
) -> None:
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    # as the window first shows: laid out, but before any other event (a background check's refresh) set it right
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems = [f"{language.value} {size}, as shown: {p}" for p in text_problems(window)]
    qtbot.waitExposed(window)
    settle(qtbot)
    assert (window.width(), window.height()) == size
    problems += tabs_problems(qtbot, window, f"{language.value} {size}, on start")
    select_item(window, "work_experience")
    qtbot.waitUntil(lambda: window.documents.thumbnails.count() == 3)
    settle(qtbot)
    problems += tabs_problems(qtbot, window, f"{language.value} {size}, a file shown")
    thumbnails = window.documents.thumbnails  # a row of thumbnails shows their names below them, whole
    first = thumbnails.visualItemRect(thumbnails.item(0))
    if not thumbnails.viewport().rect().contains(first):
        problems.append(f"{language.value} {size}: the first thumbnail {first} is cut by the strip")
    assert not problems, "\n".join(problems)


def test_the_dialogs_show_every_text_whole(qtbot: QtBot, demo_session: Session, language: Language) -> None:
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    select_item(window, "work_experience")
    qtbot.waitUntil(lambda: window.documents.thumbnails.count() == 3)
    doc_id = window.documents.current_document_id()
    assert doc_id is not None
    problems: list[str] = []
    dialogs: list[tuple[str, QDialog]] = [
        ("facts", window.edit_facts()),
        ("new project", window.new_project()),
        ("export", window.show_export()),
        ("settings", window.show_settings()),
        ("about", window.show_about()),
        ("file details", window.edit_document_facts(doc_id)),
        ("user guide", window.show_user_guide()),
        ("rule changes", window.show_rule_changes()),
    ]
    for name, dialog in dialogs:
        qtbot.waitExposed(dialog)
        settle(qtbot)
        problems += tabs_problems(qtbot, dialog, f"{language.value} {name}")
        if isinstance(dialog, FactsDialog) and name == "new project":  # with the Extension step too
            dialog.kind.setCurrentIndex(dialog.kind.findData(ProjectKind.EXTENSION.value))
            settle(qtbot)
            assert dialog.tabs.indexOf(dialog.extension_page) == 1
            problems += tabs_problems(qtbot, dialog, f"{language.value} new extension")
        if isinstance(dialog, ExportDialog):  # with a password and the zip protected: the longest note
            dialog.password.setText("secret")
            dialog.protect_pack.setChecked(True)
            settle(qtbot)
            problems += tabs_problems(qtbot, dialog, f"{language.value} export, the zip protected")
        dialog.close()
    assert not problems, "\n".join(problems)


EXTENSION_FACTS = REPO / "tests" / "data" / "extension-employment.json"


@pytest.mark.parametrize("size", [DEFAULT, SMALL], ids=lambda s: f"{s[0]}x{s[1]}")
def test_an_extension_project_shows_every_text_whole(
    qtbot: QtBot, demo_session: Session, language: Language, size: tuple[int, int], tmp_path: Path
) -> None:
    """The window on an extension of stay (its own Eligibility verdicts, checklist and dates), each tab, with a
    file of its own shown; and its facts (with the Extension step) and export dialogs."""
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.create_project(tmp_path / "ext.ttps", load_facts(EXTENSION_FACTS))
    assert window.session.facts().extension is not None
    settle(qtbot)
    assert (window.width(), window.height()) == size
    where = f"{language.value} {size} extension"
    problems = tabs_problems(qtbot, window, f"{where}, on start")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(generate_document("employer_letter_first"))
    assert window.import_files("employer_letter", [letter]) is not None
    qtbot.waitUntil(lambda: window.job is None)
    select_item(window, "employer_letter")
    qtbot.waitUntil(lambda: window.documents.thumbnails.count() == 1)
    settle(qtbot)
    problems += tabs_problems(qtbot, window, f"{where}, a file shown")
    for name, dialog in (("facts", window.edit_facts()), ("export", window.show_export())):
        qtbot.waitExposed(dialog)
        settle(qtbot)
        problems += tabs_problems(qtbot, dialog, f"{where} {name}")
        dialog.close()
    assert not problems, "\n".join(problems)
