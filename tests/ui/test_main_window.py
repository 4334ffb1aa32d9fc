from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from ttps_desktop import __version__
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.about import AboutDialog
from ttps_desktop.ui.main_window import MainWindow


def test_main_window_opens_on_the_demo_with_menus(qtbot: QtBot, demo_folder: Path) -> None:
    window = MainWindow(demo_folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "LIN Xiaoyu 林晓雨 — TTPS Desktop"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    documents = window.checklist.topLevelItem(0)
    assert documents is not None
    assert documents.childCount() == 7


def test_about_shows_version_and_licences(qtbot: QtBot, demo_folder: Path) -> None:
    window = MainWindow(demo_folder)
    qtbot.addWidget(window)
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    about_page = dialog.findChild(QTextBrowser, "aboutText")
    licences_page = dialog.findChild(QTextBrowser, "licencesText")
    assert about_page is not None
    assert licences_page is not None
    about, licences = about_page.toPlainText(), licences_page.toPlainText()
    assert __version__ in about
    assert "WenQuanYi Micro Hei" in licences
    assert "LGPL-3.0" in licences
    dialog.close()


def test_quit_closes_the_window(qtbot: QtBot, demo_folder: Path) -> None:
    window = MainWindow(demo_folder)
    qtbot.addWidget(window)
    window.show()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_bundled_font_is_registered(qtbot: QtBot) -> None:
    app = create_application()
    assert "WenQuanYi Micro Hei" in app.font().families()
