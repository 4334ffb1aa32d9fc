"""Small things of the window's layout: View > Status bar says what the bar does, an optional item with no file is
never ticked, the export dialog shows its folder whole."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import rows
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.ui.dialogs.export import ExportDialog
from ttps_desktop.ui.main_window import MainWindow


def test_the_status_bar_action_follows_the_bar(
    qtbot: QtBot, demo_session: Session, demo_project_file: Path, tmp_path: Path
) -> None:
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    assert window.toggle_status_action.isChecked()  # before the window shows, as the bar will be shown
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().isVisible() and window.toggle_status_action.isChecked()
    window.toggle_status_action.trigger()
    assert not window.statusBar().isVisible() and not window.toggle_status_action.isChecked()
    window.statusBar().show()  # shown some other way: the action follows
    assert window.toggle_status_action.isChecked()
    window.switch_language(Language.ZH_HK)  # the menus are made again
    assert window.toggle_status_action.isChecked()
    window.switch_language(Language.EN)
    window.toggle_status_action.trigger()
    window.close()
    copy = tmp_path / "again.ttps"  # the next start restores the window as it was left: without the bar
    copy.write_bytes(demo_project_file.read_bytes())
    again = MainWindow(Session.open(copy))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.statusBar().isVisible() and not again.toggle_status_action.isChecked()
    again.toggle_status_action.trigger()
    assert again.statusBar().isVisible()


def test_an_optional_item_without_a_file_is_never_ticked(window: MainWindow) -> None:
    items = rows(window)
    optional = items["Mainland Resident Identity Card"]  # optional for the demo: she has a travel document
    assert optional.text(1) == "0" and optional.text(0).startswith("·")
    assert items["Proof of work experience"].text(0).startswith("✓")  # needed, with its files
    assert items["Verification proof of the bachelor's degree"].text(0).startswith("✗")  # needed, none yet


def test_the_export_dialog_shows_its_folder_whole(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "Applications for the Top Talent Pass Scheme" / "LIN Xiaoyu" / "exports of 2026"
    dialog = ExportDialog(window.session, Language.EN, folder, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.folder
    room = int(dialog.screen().availableGeometry().width() * 0.6)
    need = field.fontMetrics().horizontalAdvance(str(folder))
    assert field.toolTip() == str(folder)
    if need + 24 <= room:  # the dialog is as wide as the path
        assert field.width() > need and field.shown_text() == str(folder)
    else:  # wider than most of the screen: elided in the middle, its start and its folder's name shown
        shown = field.shown_text()
        assert field.width() >= room and shown != str(folder)
        assert shown.startswith(str(folder)[:4]) and shown.endswith("2026") and "…" in shown
    field.setText("/elsewhere")
    assert field.toolTip() == "/elsewhere" and field.shown_text() == "/elsewhere"
    field.setFocus()  # edited: the whole path, as typed
    field.setText(str(folder))
    qtbot.waitUntil(field.hasFocus)
    assert field.shown_text() == str(folder)
    dialog.close()
