"""The main window: menus, actions and the layout of the panes. The panes do the showing."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ttps_desktop import APP_NAME
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.checklist import ChecklistItem
from ttps_desktop.core.rules.reasons import Verdict
from ttps_desktop.core.rules.report import Report, build_report
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.dialogs.about import AboutDialog

_VERDICT_MARK = {Verdict.ELIGIBLE: "✓", Verdict.NOT_ELIGIBLE: "✗", Verdict.UNDETERMINED: "?"}


class MainWindow(QMainWindow):
    def __init__(
        self, project: Project, language: Language = Language.EN, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.project = project
        self.language = language
        self.translator = Translator(language)
        self.undo_stack = QUndoStack(self)
        self.facts = project.facts()
        self.report: Report = build_report(self.facts, project.chosen_category)
        self._build_panes()
        self._build_actions()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Saved automatically. Everything stays on this computer."))
        self.resize(1100, 720)
        self.retitle()

    def applicant_name(self) -> str:
        return self.facts.applicant.display_name or self.tr("Unnamed applicant")

    def retitle(self) -> None:
        self.setWindowTitle(f"{self.applicant_name()} — {APP_NAME}")

    def _build_panes(self) -> None:
        self.checklist = QTreeWidget(self)
        self.checklist.setObjectName("checklistTree")
        self.checklist.setHeaderLabels([self.tr("Checklist"), self.tr("Files")])
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.checklist.setColumnWidth(0, 330)
        self.details = QTextBrowser(self)
        self.details.setObjectName("detailsPane")
        self.details.setAccessibleName(self.tr("Eligibility"))
        self.fill_checklist()
        self.show_verdicts()
        splitter = QSplitter(self)
        splitter.addWidget(self.checklist)
        splitter.addWidget(self.details)
        splitter.setSizes([440, 660])
        self.setCentralWidget(splitter)

    def fill_checklist(self) -> None:
        """Sections → requirements, each person's items as a branch, stored files under each item."""
        self.checklist.clear()
        lang = self.language
        documents = self.project.documents()
        branches: dict[str, QTreeWidgetItem] = {}
        for item in self.report.applicable:
            key = item.person.key
            if key not in branches:
                label = self._person_label(item)
                branches[key] = QTreeWidgetItem([label])
                self.checklist.addTopLevelItem(branches[key])
                branches[key].setExpanded(True)
            files = [d for d in documents if d.item_id == item.id]
            row = QTreeWidgetItem(branches[key], [item.requirement.title.get(lang), str(len(files))])
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(0, self.translator.render(item.reason.message))
            for doc in files:
                QTreeWidgetItem(row, [doc.display_name])

    def _person_label(self, item: ChecklistItem) -> str:
        person = item.person
        if person.key == "applicant":
            return self.tr("Applicant: {name}").format(name=self.applicant_name())
        if person.key == "spouse":
            return self.tr("Spouse: {name}").format(name=person.name or "—")
        return self.tr("Child {number}: {name}").format(number=person.number, name=person.name or "—")

    def show_verdicts(self) -> None:
        a = self.report.assessment
        parts = [f"<h3>{html.escape(self.tr('Eligibility'))}</h3>"]
        for result in a.results.values():
            verdict = self.translator.format_value(result.verdict)
            name = result.category.name.get(self.language)
            line = self.tr("{name}: {verdict}").format(name=name, verdict=verdict)
            parts.append(f"<p><b>{_VERDICT_MARK[result.verdict]} {html.escape(line)}</b></p><ul>")
            parts += [f"<li>{html.escape(self.translator.render(r.message))}</li>" for r in result.reasons]
            parts.append("</ul>")
        self.details.setHtml("".join(parts))

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
        self.project.close()
        event.accept()
