"""The window's menu bar: File, Edit, View, Help. The actions call the window and its controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ttps_desktop import APP_NAME
from ttps_desktop.core.project.recent import recent_projects
from ttps_desktop.ui.profiles import LANGUAGE_NAMES

if TYPE_CHECKING:
    from ttps_desktop.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """The menu bar (again after a change of language)."""
    bar = window.menuBar()
    old = bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
    bar.clear()  # takes the menus off the bar but keeps them: the previous language's menus go too
    for menu in old:
        menu.deleteLater()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.setObjectName("fileMenu")
    window.new_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "&New Project…"),
        QKeySequence.StandardKey.New,
        window.new_project,
    )
    window.open_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Open…"),
        QKeySequence.StandardKey.Open,
        window.choose_project,
    )
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    window.demo_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "Open the &Demo Project"), window.open_demo
    )
    file_menu.addSeparator()
    window.add_files_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Add Files to Selected Item…"), window.choose_files
    )
    window.add_files_action.setShortcut(QKeySequence("Ctrl+I"))
    window.save_copy_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "Save a &Copy…"),
        QKeySequence.StandardKey.SaveAs,
        window.save_copy,
    )
    window.export_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Export…"), window.show_export
    )
    window.export_action.setShortcut(QKeySequence("Ctrl+E"))
    window.export_dates_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "Export Da&tes…"), window.export_dates
    )
    window.print_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Print Checklist…"),
        QKeySequence.StandardKey.Print,
        window.print_checklist,
    )
    file_menu.addSeparator()
    window.settings_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Settings…"),
        QKeySequence.StandardKey.Preferences,
        window.show_settings,
    )
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    file_menu.addSeparator()
    window.quit_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, window.close
    )
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.setObjectName("editMenu")
    # The stack's own actions keep their texts and enabled state; triggering them runs the controller's undo and
    # redo, which move the stack only once the project took the change.
    stack = window.controller.undo_stack
    window.undo_action = stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
    window.undo_action.triggered.disconnect()
    window.undo_action.triggered.connect(window.controller.undo)
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
    window.redo_action.triggered.disconnect()
    window.redo_action.triggered.connect(window.controller.redo)
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    window.note_action = edit_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Note for the Selected Item…"), window.edits.edit_note
    )
    window.facts_action = edit_menu.addAction(
        QCoreApplication.translate("MainWindow", "Applicant's &Facts…"), window.edit_facts
    )
    window.facts_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    toggle_findings = window.findings_dock.toggleViewAction()
    toggle_findings.setText(QCoreApplication.translate("MainWindow", "&Findings"))
    view_menu.addAction(toggle_findings)
    window.toggle_status_action = QAction(
        QCoreApplication.translate("MainWindow", "&Status bar"),
        window,
        checkable=True,
        checked=window.statusBar().isVisibleTo(window),  # shown with the window, before it is shown too
    )
    window.toggle_status_action.toggled.connect(window.statusBar().setVisible)
    view_menu.addAction(window.toggle_status_action)
    language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    language_menu.setObjectName("languageMenu")
    window.language_group = QActionGroup(window)
    for language, name in LANGUAGE_NAMES.items():
        action = language_menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(language is window.language)
        action.setData(language.value)
        action.triggered.connect(lambda _checked=False, lang=language: window.switch_language(lang))
        window.language_group.addAction(action)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    window.guide_action = help_menu.addAction(
        QCoreApplication.translate("MainWindow", "&User Guide"),
        QKeySequence.StandardKey.HelpContents,
        window.show_user_guide,
    )
    window.rule_changes_action = help_menu.addAction(
        QCoreApplication.translate("MainWindow", "&What Changed in the Rules"), window.show_rule_changes
    )
    help_menu.addSeparator()
    window.about_action = help_menu.addAction(
        QCoreApplication.translate("MainWindow", "&About {app}").format(app=APP_NAME), window.show_about
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)


def fill_recent(window: MainWindow) -> None:
    """Open Recent, as it is when the menu opens."""
    window.recent_menu.clear()
    for path in recent_projects():
        action = window.recent_menu.addAction(str(path))
        action.triggered.connect(lambda _checked=False, p=path: window.open_project(p))
    if window.recent_menu.isEmpty():
        window.recent_menu.addAction(
            QCoreApplication.translate("MainWindow", "No recent projects")
        ).setEnabled(False)
