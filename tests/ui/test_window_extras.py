"""File menu extras: new project, the demo, print the checklist, settings; and the saved indicator."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.recent import recent_projects, remember
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.app import project_to_open, run_app
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.dialogs.settings import SETTINGS_PROFILE, default_profile
from ttps_desktop.ui.main_window import MainWindow
from ttps_desktop.ui.printing import print_pdf


def test_file_menu_offers_the_whole_start(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    for expected in (
        "&New Project…",
        "&Open…",
        "Open &Recent",
        "Open the &Demo Project",
        "&Print Checklist…",
    ):
        assert expected in texts


def test_open_the_demo_writes_it_once_and_opens_it(window: MainWindow) -> None:
    assert window.demo_banner.isHidden()  # a user's own project (here a copy of the demo elsewhere)
    assert window.open_demo()
    assert window.session.path.name == "demo-applicant.ttps"
    assert "LIN Xiaoyu" in window.windowTitle()
    assert not window.demo_banner.isHidden() and "invented applicant" in window.demo_text.text()
    window.demo_new.click()
    (wizard,) = [d for d in window.findChildren(FactsDialog) if d.isVisible()]
    wizard.close()


def test_printing_draws_every_checklist_page(window: MainWindow, tmp_path: Path) -> None:
    data = window.session.checklist_pdf(Translator(Language.EN))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pdf(data, printer)
    assert pages == len(PdfReader(io.BytesIO(data)).pages) >= 1
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    assert printed.pages[0].images  # the page was drawn


def test_print_preview_shows_the_checklist_pages(qtbot: QtBot, window: MainWindow) -> None:
    window.print_checklist()  # built in the background
    qtbot.waitUntil(lambda: getattr(window, "print_dialog", None) is not None)
    preview = window.print_dialog.findChild(QPrintPreviewWidget)
    expected = len(PdfReader(io.BytesIO(window.print_dialog.data)).pages)
    qtbot.waitUntil(lambda: preview.pageCount() == expected, timeout=WAIT_MS)
    window.print_dialog.close()


def test_settings_choose_the_profile_and_the_language(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_settings()
    dialog.profile.setCurrentIndex(dialog.profile.findData("immd_strict"))
    dialog.language.setCurrentIndex(dialog.language.findData(Language.ZH_CN.value))
    dialog._save()
    assert QSettings().value(SETTINGS_PROFILE) == "immd_strict" == default_profile()
    assert window.language is Language.ZH_CN
    export = window.show_export()
    assert export.profile.currentData() == "immd_strict"
    export.close()


def test_the_saved_indicator_is_visible(window: MainWindow) -> None:
    assert window.saved_label.isVisible() and window.saved_label.text().startswith("✓ Saved")
    window.session.set_confirmed("criminal_conviction_declaration", True)  # an edit: written at once
    window.refresh()
    written = datetime.fromtimestamp(window.session.path.stat().st_mtime)
    assert window.saved_label.text() == f"✓ Saved {written:%H:%M}"  # when the file took the change


def test_the_app_reopens_the_last_project(demo_project_file: Path, tmp_path: Path) -> None:
    demo = project_to_open(None, demo=False)
    assert demo.name == "demo-applicant.ttps" and demo.is_file()  # first start: the demo
    mine = tmp_path / "mine.ttps"
    mine.write_bytes(demo_project_file.read_bytes())
    remember(mine)
    assert project_to_open(None, demo=False) == mine
    assert project_to_open(None, demo=True) == demo
    assert project_to_open(tmp_path / "named.ttps", demo=True) == tmp_path / "named.ttps"
    mine.unlink()
    assert project_to_open(None, demo=False) == demo  # a vanished project is passed over


def test_a_last_project_that_cannot_open_leaves_the_user_on_the_demo(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.ttps"
    broken.write_bytes(b"this is not a project")
    remember(broken)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert run_app(exit_after_ms=0) == 0
    assert len(said) == 1 and "broken.ttps" in said[0]
    assert recent_projects()[0].name == "demo-applicant.ttps"


def test_an_image_only_export_from_the_window_draws_pdf_pages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.show_export()
    assert dialog.drawer is window.pictures.drawer  # the window's drawing processes, not new ones
    dialog.profile.setCurrentIndex(dialog.profile.findData("immd_strict"))
    dialog.folder.setText(str(tmp_path))
    dialog.draft.setChecked(True)
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert dialog.export_result is not None
    pages = sorted((tmp_path / "DEMO-0001-submission").glob("03_applicant_degree_*.jpg"))
    assert len(pages) == 3
    dialog.close()
