"""The main window: menus, actions and the layout of the panes. The panes do the showing."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ttps_desktop import APP_NAME
from ttps_desktop.ui.dialogs.about import AboutDialog


class MainWindow(QMainWindow):
    def __init__(self, project_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.project_folder = project_folder
        self.undo_stack = QUndoStack(self)
        self.facts = json.loads((project_folder / "facts.json").read_text(encoding="utf-8"))
        self._build_panes()
        self._build_actions()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready. Everything stays on this computer."))
        self.resize(1100, 720)
        self.retitle()

    def applicant_name(self) -> str:
        applicant = self.facts.get("applicant") or {}
        parts = [applicant.get("name", ""), applicant.get("name_native", "")]
        return " ".join(p for p in parts if p) or self.tr("Unnamed applicant")

    def retitle(self) -> None:
        self.setWindowTitle(f"{self.applicant_name()} — {APP_NAME}")

    def _build_panes(self) -> None:
        self.checklist = QTreeWidget(self)
        self.checklist.setObjectName("checklistTree")
        self.checklist.setHeaderLabels([self.tr("Checklist")])
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self._fill_documents()
        self.details = QLabel(self)
        self.details.setObjectName("detailsPane")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setWordWrap(True)
        self.details.setMargin(16)
        self.details.setText(self.tr("Applicant: {name}").format(name=self.applicant_name()))
        splitter = QSplitter(self)
        splitter.addWidget(self.checklist)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 680])
        self.setCentralWidget(splitter)

    def _fill_documents(self) -> None:
        documents = self.project_folder / "documents"
        item = QTreeWidgetItem([self.tr("Documents ({count})").format(count=len(list(documents.iterdir())))])
        for path in sorted(documents.iterdir()):
            QTreeWidgetItem(item, [path.name])
        self.checklist.addTopLevelItem(item)
        item.setExpanded(True)

    def _build_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.toggle_checklist_action = QAction(self.tr("&Checklist pane"), self, checkable=True, checked=True)
        self.toggle_checklist_action.toggled.connect(self.checklist.setVisible)
        self.toggle_status_action = QAction(self.tr("&Status bar"), self, checkable=True, checked=True)
        self.toggle_status_action.toggled.connect(self.statusBar().setVisible)
        self.about_action = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.toggle_checklist_action)
        view_menu.addAction(self.toggle_status_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.about_action)

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
