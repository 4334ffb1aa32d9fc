from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from ttps_desktop import __version__
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.ui.app import create_application, set_language
from ttps_desktop.ui.dialogs.about import AboutDialog
from ttps_desktop.ui.main_window import MainWindow


def test_main_window_opens_on_the_demo_with_menus(qtbot: QtBot, demo_project: Project) -> None:
    window = MainWindow(demo_project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "LIN Xiaoyu 林晓雨 — TTPS Desktop"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]


def test_checklist_shows_people_items_and_files(qtbot: QtBot, demo_project: Project) -> None:
    window = MainWindow(demo_project)
    qtbot.addWidget(window)
    tree = window.checklist
    people = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert people == ["Applicant: LIN Xiaoyu 林晓雨", "Spouse: ZHOU Min", "Child 1: LIN Le"]
    applicant = tree.topLevelItem(0)
    assert applicant is not None
    rows = {applicant.child(i).text(0): applicant.child(i) for i in range(applicant.childCount())}
    work = rows["Proof of work experience"]
    assert work.text(1) == "3"
    first = work.child(0)
    assert first is not None
    assert first.text(0) == "employer_letter_example_data.pdf"
    assert "Category B: experienced graduate: eligible" in window.details.toPlainText()


def test_checklist_in_simplified_chinese(qtbot: QtBot, demo_project: Project) -> None:
    app = create_application(Language.ZH_CN)
    window = MainWindow(demo_project, Language.ZH_CN)
    qtbot.addWidget(window)
    set_language(app, Language.EN)
    applicant = window.checklist.topLevelItem(0)
    assert applicant is not None
    assert "学士学位证书" in [applicant.child(i).text(0) for i in range(applicant.childCount())]
    assert "B类：具工作经验的大学毕业生：符合资格" in window.details.toPlainText()


def test_about_shows_version_and_licences(qtbot: QtBot, demo_project: Project) -> None:
    window = MainWindow(demo_project)
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


def test_quit_closes_the_window_and_releases_the_project(qtbot: QtBot, demo_project: Project) -> None:
    window = MainWindow(demo_project)
    qtbot.addWidget(window)
    window.show()
    window.quit_action.trigger()
    assert not window.isVisible()
    Project.open(demo_project.path).close()  # the lock was released


def test_bundled_font_is_registered(qtbot: QtBot) -> None:
    app = create_application()
    assert "WenQuanYi Micro Hei" in app.font().families()
