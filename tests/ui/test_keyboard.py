"""The whole way with the keyboard alone (QTest key presses, no mouse, no call into the window): File > New Project
by its shortcut, the facts typed and the steps walked, the project saved through the file dialog, a file added
to the selected checklist item (File > Add Files, Ctrl+I, through the file dialog), then File > Export (Ctrl+E)
filled in by keys: the dossier is written. Tab reaches every field on the way (and a field that Tab cannot
reach fails the test), so there is no focus trap on the way either."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import REPO, WAIT_MS
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.facts import load_facts
from ttps_desktop.core.rules.model import FileKind
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.export import ExportDialog
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.keyboard import controls_inside
from ttps_desktop.ui.main_window import MainWindow
from ttps_desktop.ui.panes import DOCUMENT_ID

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
MAX_TABS = 80  # more focusable controls than any window or dialog of the app has: a bound, never reached


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def has_focus(target: QWidget) -> bool:
    """``target`` has the focus, or the typing field of a picker (an editable list) has it."""
    widget = QApplication.focusWidget()
    return widget is target or (isinstance(widget, QLineEdit) and widget.parentWidget() is target)


def tab_to(target: QWidget) -> None:
    """Press Tab until ``target`` (or the field inside it) has the focus."""
    seen = []
    for _ in range(MAX_TABS):
        if has_focus(target):
            return
        seen.append(f"{type(focused()).__name__} {focused().accessibleName()!r}")
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.accessibleName()!r}; it goes round: {seen}")


def type_over(text: str) -> None:
    """Replace what the focused field holds with ``text``, typed."""
    press(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(focused(), text)


def answer_file_dialog(path: Path, done: list[bool]) -> QTimer:
    """When the file dialog comes up (it runs its own event loop), type the path into it and press Enter."""
    timer = QTimer()

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            timer.stop()
            type_over(str(path))
            press(Qt.Key.Key_Return)
            done.append(True)

    timer.timeout.connect(check)
    timer.start(50)
    return timer


def in_window(qtbot: QtBot, window: QWidget) -> None:
    """The dialogs closed: the window is active again, and the focus is back in it. A desktop's window manager
    gives the activation back to the window a dialog belonged to; the offscreen platform has no window manager,
    so the test does what it would."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitActive(window)
    qtbot.waitUntil(lambda: _focus_in(window), timeout=WAIT_MS)


def _focus_in(top: QWidget) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and top.isAncestorOf(widget)


def on_step(dialog: FactsDialog, step: int) -> bool:
    return dialog.tabs.currentIndex() == step


D = TypeVar("D", bound=QDialog)


def dialog_up(qtbot: QtBot, window: QWidget, kind: type[D]) -> D:
    """The window's dialog of ``kind`` is up and has the keyboard's focus (bounded wait)."""
    found: list[D] = []

    def up() -> bool:
        found[:] = [d for d in window.findChildren(kind) if d.isVisible() and _focus_in(d)]
        return bool(found)

    qtbot.waitUntil(up, timeout=WAIT_MS)
    return found[0]


def test_new_project_add_a_file_and_export_with_the_keyboard_alone(
    qtbot: QtBot, demo_session: Session, tmp_path: Path
) -> None:
    create_application(Language.EN)
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    window.show()
    in_window(qtbot, window)  # the window is up, active, and something in it has the focus

    # File > New Project, Ctrl+N: the facts, typed field by field.
    press(Qt.Key.Key_N, CTRL)
    dialog = dialog_up(qtbot, window, FactsDialog)
    for field, text in (
        (dialog.name, "CHAN Tai Man"),
        (dialog.application_date, "2026-11-24"),
        (dialog.nationality, "United Kingdom"),
    ):
        tab_to(field)
        type_over(text)
    press(Qt.Key.Key_Tab)  # leaving the picker settles the name typed on its country
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    assert dialog.nationality.code() == "GBR"
    for step in range(1, dialog.tabs.count()):  # "&Next >", step by step
        press(Qt.Key.Key_N, ALT)  # a mnemonic "clicks" its button a moment later, as a person sees it pressed
        qtbot.waitUntil(partial(on_step, dialog, step), timeout=WAIT_MS)
    project = tmp_path / "chan.ttps"
    saved: list[bool] = []
    timer = answer_file_dialog(project, saved)
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert create is not None and create.text() == "Create Project"
    tab_to(create)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(saved) and window.session.path == project, timeout=WAIT_MS)
    timer.stop()
    assert window.windowTitle().startswith("CHAN Tai Man")
    in_window(qtbot, window)

    # The checklist, by Tab; an item, by the arrow keys; File > Add Files, Ctrl+I, and the file dialog.
    letter = tmp_path / "passport.pdf"
    letter.write_bytes(generate_document("transcript"))
    tab_to(window.checklist)
    takes_pdf = {
        item.id
        for item in window.check.report.items
        if FileKind.PDF in item.requirement.accepts and not item.requirement.confirm_only
    }
    for _ in range(MAX_TABS):  # down to the first item that takes a PDF (a photo takes JPEG alone)
        if window.selected_item_id() in takes_pdf:
            break
        press(Qt.Key.Key_Down)
    item_id = window.selected_item_id()
    assert item_id in takes_pdf
    added: list[bool] = []
    timer = answer_file_dialog(letter, added)
    press(Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(
        lambda: bool(added) and window.job is None and len(window.session.documents(item_id)) == 1,
        timeout=WAIT_MS,
    )
    timer.stop()
    assert window.statusBar().currentMessage().startswith("1 of 1 file added.")
    in_window(qtbot, window)

    # File > Export, Ctrl+E: the folder typed, a draft (documents are missing), Export.
    press(Qt.Key.Key_E, CTRL)
    export = dialog_up(qtbot, window, ExportDialog)
    out = tmp_path / "out"
    out.mkdir()
    tab_to(export.folder)
    type_over(str(out))
    tab_to(export.draft)
    press(Qt.Key.Key_Space)
    assert export.draft.isChecked()
    tab_to(export.export_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: export.export_result is not None, timeout=WAIT_MS)
    dossier = export.export_result.dossier
    assert dossier.parent == out and dossier.read_bytes().startswith(b"%PDF")
    press(Qt.Key.Key_Escape)  # the dialog closes with the keyboard too
    qtbot.waitUntil(lambda: not export.isVisible(), timeout=WAIT_MS)


def tab_round(start: QWidget) -> list[QWidget]:
    """The controls Tab visits from ``start`` until it comes back to it (it must: no trap)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(MAX_TABS):
        press(Qt.Key.Key_Tab)
        if focused() is start:
            return visited
        visited.append(focused())
    raise AssertionError(f"Tab never comes back to {start.accessibleName()!r}: {visited}")


def test_tab_goes_round_the_window_as_it_is_read(qtbot: QtBot, window: MainWindow) -> None:
    in_window(qtbot, window)
    assert QApplication.focusWidget() is window.checklist  # the start
    visited = tab_round(window.checklist)
    order = [
        window.right_tabs.tabBar(),
        window.documents.preview.scroller,
        window.findings_pane.severity_filter,
        window.findings,
    ]
    assert all(widget in visited for widget in order), visited
    assert [visited.index(widget) for widget in order] == sorted(visited.index(widget) for widget in order)


def test_tab_follows_the_new_project_form_from_the_top(qtbot: QtBot, window: MainWindow) -> None:
    in_window(qtbot, window)
    dialog = window.new_project()
    assert dialog_up(qtbot, window, FactsDialog) is dialog
    assert focused() is dialog.kind  # the first question
    fields = [
        dialog.kind,
        dialog.fill_from_document,
        dialog.name,
        dialog.name_native,
        dialog.reference,
        dialog.application_date,
        dialog.birth_date,
        dialog.nationality,
        dialog.document_kind,
        dialog.document_number,
        dialog.issuing_country,
        dialog.expiry,
        dialog.residence_country,
        dialog.since,
        dialog.residence_kind,
    ]
    visited = tab_round(dialog.kind)

    def field_of(widget: QWidget) -> QWidget | None:
        return next((f for f in fields if f is widget or f.isAncestorOf(widget)), None)

    reached = [f for f in (field_of(w) for w in visited) if f is not None]
    reached = [
        f for i, f in enumerate(reached) if i == 0 or reached[i - 1] is not f
    ]  # a date, then its button
    assert reached == fields[1:]  # top to bottom, as shown
    assert dialog.extension_page not in visited and not any(
        dialog.extension_page.isAncestorOf(w) for w in visited
    )
    dialog.reject()


def test_a_files_menu_by_keys_files_it_under_another_item(qtbot: QtBot, window: MainWindow) -> None:
    """What dragging a file onto another item does, by keys: the arrow keys to the file's row, its menu (the Menu
    key), File under, the item."""
    in_window(qtbot, window)
    tree = window.checklist
    for _ in range(MAX_TABS):  # down the checklist, opening items (Right), to the first file
        row = tree.currentItem()
        if row is not None and row.data(0, DOCUMENT_ID) is not None:
            break
        if row is not None and row.childCount() and not row.isExpanded():
            press(Qt.Key.Key_Right)
        press(Qt.Key.Key_Down)
    row = tree.currentItem()
    assert row is not None and row.data(0, DOCUMENT_ID) is not None
    doc_id = int(row.data(0, DOCUMENT_ID))
    before = window.session.document(doc_id).item_id
    # The Menu key reaches a widget as a keyboard context-menu event (the platform makes it from the key; the
    # offscreen platform does not, so the event is sent as the platform would send it).
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0), Qt.KeyboardModifier.NoModifier
        ),
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    QTest.keyClick(menu, Qt.Key.Key_F)  # &File under
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not menu, timeout=WAIT_MS)
    under = QApplication.activePopupWidget()
    assert isinstance(under, QMenu)
    target = "Mainland Resident Identity Card" if before != "mainland_identity" else "Recent photo"
    for _ in range(MAX_TABS):
        active = under.activeAction()
        if active is not None and active.text().endswith(target):
            break
        QTest.keyClick(under, Qt.Key.Key_Down)
    QTest.keyClick(under, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.document(doc_id).item_id != before, timeout=WAIT_MS)
    assert window.undo_action.isEnabled()  # one undoable step, as a drag is


@pytest.mark.parametrize("language", [Language.EN, Language.ZH_HK])
def test_every_menu_entry_has_its_own_underlined_letter(
    qtbot: QtBot, demo_session: Session, language: Language
) -> None:
    """Alt and a letter open each menu, a letter picks each entry: one letter per entry, none twice in a menu
    (the languages' own names and the recent projects' paths aside, which are not translated texts)."""
    create_application(language)
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    try:
        bar = window.menuBar()
        menus = [action.menu() for action in bar.actions()]
        assert len(menus) >= 4
        _assert_mnemonics([action.text() for action in bar.actions()], "menu bar")
        for menu in menus:
            assert isinstance(menu, QMenu)
            texts = [
                action.text()
                for action in menu.actions()
                if not action.isSeparator() and action.actionGroup() is None
            ]
            _assert_mnemonics(texts, menu.title())
    finally:
        create_application(Language.EN)


def _assert_mnemonics(texts: list[str], where: str) -> None:
    letters = []
    for text in texts:
        found = re.search(r"&([^&])", text)
        assert found, f"{where}: {text!r} has no underlined letter"
        letters.append(found.group(1).lower())
    assert len(letters) == len(set(letters)), f"{where}: a letter is used twice: {texts}"


def test_tab_goes_round_every_dialog(qtbot: QtBot, window: MainWindow) -> None:
    """No focus trap: in each dialog, Tab comes back to where it started, having reached every control."""
    in_window(qtbot, window)
    first = window.session.documents()[0]
    for open_dialog in (
        window.show_export,
        window.show_settings,
        window.show_about,
        window.show_user_guide,
        window.show_rule_changes,
        lambda: window.edit_document_facts(first.id),
        window.edit_facts,
    ):
        dialog = open_dialog()
        qtbot.waitUntil(lambda dialog=dialog: _focus_in(dialog), timeout=WAIT_MS)  # type: ignore[misc]
        start = focused()
        visited = tab_round(start)
        controls = [
            w
            for w in dialog.findChildren(QWidget)
            if w.isVisibleTo(dialog)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
        ]
        unreached = [w for w in controls if w is not start and w not in visited]
        assert unreached == [], (dialog.windowTitle(), [type(w).__name__ for w in unreached])
        dialog.close()


def window_controls(window: MainWindow) -> list[QWidget]:
    """Every control of the window Tab should stop at, as it is shown now (the other tabs' pages hidden)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.window() is window
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def assert_tab_goes_round_every_tab(qtbot: QtBot, window: MainWindow) -> None:
    """With each right-hand tab shown in turn, Tab from the checklist goes round the window and back (a table
    that keeps Tab between its cells would never let it out) and reaches every control shown on the way."""
    in_window(qtbot, window)
    tabs = window.right_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Files",
        "Eligibility",
        "Work timeline",
        "Income",
        "Dates",
    ]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        assert page is not None
        visited = tab_round(window.checklist)
        unreached = [w for w in window_controls(window) if w is not window.checklist and w not in visited]
        assert unreached == [], (tabs.tabText(index), [(type(w).__name__, w.objectName()) for w in unreached])
        assert any(page.isAncestorOf(w) for w in visited) or not controls_inside(page), tabs.tabText(index)


def test_tab_goes_round_the_window_with_each_tab_shown(qtbot: QtBot, window: MainWindow) -> None:
    assert_tab_goes_round_every_tab(qtbot, window)


def test_tab_goes_round_an_extension_projects_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.create_project(
        tmp_path / "ext.ttps", load_facts(REPO / "tests/data/extension-employment.json")
    )
    assert window.session.facts().extension is not None
    assert_tab_goes_round_every_tab(qtbot, window)


def test_tab_leaves_the_facts_tables_on_every_step(qtbot: QtBot, window: MainWindow) -> None:
    """The project's facts, step by step: Tab goes round each step and back (out of its tables too, which it
    does not walk cell by cell), reaching every control shown."""
    in_window(qtbot, window)
    dialog = window.edit_facts()
    qtbot.waitUntil(lambda: _focus_in(dialog), timeout=WAIT_MS)
    tables = [t for t in dialog.findChildren(QTableWidget) if t.rowCount() > 0]
    assert tables  # the demo's degrees, jobs...: tables with rows to be trapped in
    for step in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(step)
        start = dialog.tabs.tabBar()
        visited = tab_round(start)
        controls = [
            w
            for w in dialog.findChildren(QWidget)
            if w.isVisibleTo(dialog)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
            and not any(isinstance(a, QTableWidget) and a.isAncestorOf(w) for a in tables)  # a cell's editor
        ]
        unreached = [w for w in controls if w is not start and w not in visited]
        assert unreached == [], (dialog.tabs.tabText(step), [type(w).__name__ for w in unreached])
    assert all(any(t is w for w in visited) or not t.isVisibleTo(dialog) for t in tables[-1:])
    dialog.reject()


def test_a_facts_table_by_keys_arrows_within_tab_out(qtbot: QtBot, window: MainWindow) -> None:
    """In a facts table the arrow keys move between cells, F2 edits one, Tab in an edited cell goes on to the
    next cell, Esc ends the editing, and then Tab leaves the table (through the choices its cells show)."""
    in_window(qtbot, window)
    dialog = window.edit_facts()
    qtbot.waitUntil(lambda: _focus_in(dialog), timeout=WAIT_MS)
    table = next(t for t in dialog.findChildren(QTableWidget) if t.rowCount() > 0 and t.columnCount() > 2)
    pages = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(next(i for i, page in enumerate(pages) if page and page.isAncestorOf(table)))
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentCell(0, 0)
    press(Qt.Key.Key_Right)
    assert (table.currentRow(), table.currentColumn()) == (0, 1)
    press(Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.isAncestorOf(focused()), timeout=WAIT_MS)  # the cell's editor
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: table.currentColumn() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: table.isAncestorOf(focused()), timeout=WAIT_MS)  # the next cell, edited
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is table, timeout=WAIT_MS)
    # Tab stops at the choices shown in the cells (a list to pick from, a country), then leaves the table.
    in_cells = [
        w for w in table.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
    ]
    for _ in range(len(in_cells) + 1):
        press(Qt.Key.Key_Tab)
        if focused() is not table and not table.isAncestorOf(focused()):
            break
    assert focused() is not table and not table.isAncestorOf(focused())
    dialog.reject()


def test_no_list_or_table_keeps_tab_to_itself(qtbot: QtBot, window: MainWindow) -> None:
    """Every list, tree and table of the window and its dialogs lets Tab go on to the next control (the popups'
    own lists, a picker's or a calendar's, are left to their popup)."""
    in_window(qtbot, window)
    dialogs = [
        window.show_export(),
        window.show_settings(),
        window.show_user_guide(),
        window.show_rule_changes(),
        window.edit_document_facts(window.session.documents()[0].id),
        window.edit_facts(),
    ]
    views = [
        v
        for v in QApplication.allWidgets()
        if isinstance(v, QAbstractItemView) and v.window().windowType() != Qt.WindowType.Popup
    ]
    assert any(isinstance(v, QTableWidget) for v in views)  # the Dates table and the facts tables among them
    assert [v.objectName() or type(v).__name__ for v in views if v.tabKeyNavigation()] == []
    for dialog in dialogs:
        dialog.close()
