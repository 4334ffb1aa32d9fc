"""The window's layout: the panes it composes and where their requests go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.ui.dates import DatesPane
from ttps_desktop.ui.documents import DocumentsPane
from ttps_desktop.ui.eligibility import EligibilityPane
from ttps_desktop.ui.panes import ChecklistTree, FindingsList, FindingsPane
from ttps_desktop.ui.pictures import IncomeChart, Timeline

if TYPE_CHECKING:
    from ttps_desktop.ui.main_window import MainWindow


class WindowParts(QMainWindow):
    """What the main window is made of: the panes (made by ``build_panes``) and the actions (made by
    menus.build_menus)."""

    checklist: ChecklistTree
    documents: DocumentsPane
    eligibility: EligibilityPane
    timeline: Timeline
    income_chart: IncomeChart
    dates: DatesPane
    right_tabs: QTabWidget
    demo_banner: QFrame
    demo_text: QLabel
    demo_new: QPushButton
    findings_pane: FindingsPane
    findings: FindingsList
    findings_dock: QDockWidget
    new_action: QAction
    open_action: QAction
    recent_menu: QMenu
    demo_action: QAction
    add_files_action: QAction
    save_copy_action: QAction
    export_action: QAction
    export_dates_action: QAction
    print_action: QAction
    settings_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    facts_action: QAction
    note_action: QAction
    toggle_status_action: QAction
    language_group: QActionGroup
    guide_action: QAction
    rule_changes_action: QAction
    about_action: QAction


def build_panes(window: MainWindow) -> None:
    """The checklist beside the tabs (files, eligibility, timeline, income, dates), the demo banner above, the findings
    below; each pane's requests go to the window."""
    queued = Qt.ConnectionType.QueuedConnection  # edits rebuild the pane whose signal started them
    window.checklist = ChecklistTree(window)
    window.checklist.setAccessibleName(QCoreApplication.translate("MainWindow", "Checklist"))
    window.checklist.files_dropped.connect(window.import_files)
    window.checklist.confirmed.connect(window.edits.set_confirmed, queued)
    window.checklist.remove_requested.connect(window.edits.remove_document, queued)
    window.checklist.document_dropped.connect(window.edits.move_to_item, queued)
    window.checklist.currentItemChanged.connect(window._tree_selection_changed, queued)
    window.documents = DocumentsPane(window.pictures, window)
    window.documents.files_dropped.connect(window.import_files, queued)
    window.documents.move_requested.connect(window.edits.move_document, queued)
    window.documents.rotate_requested.connect(window.edits.rotate_document, queued)
    window.documents.remove_requested.connect(window.edits.remove_document, queued)
    window.documents.details_requested.connect(window.edits.edit_document_facts, queued)
    window.eligibility = EligibilityPane(window)
    window.eligibility.category_chosen.connect(window.edits.choose_category, queued)
    window.eligibility.answered.connect(window.edits.answer_question, queued)
    window.timeline = Timeline(window)
    window.income_chart = IncomeChart(window)
    window.right_tabs = QTabWidget(window)
    window.right_tabs.setObjectName("rightTabs")
    window.dates = DatesPane(
        window
    )  # the key dates: a timeline with today marked, as File > Export Dates writes
    for pane in (window.documents, window.eligibility, window.timeline, window.income_chart, window.dates):
        window.right_tabs.addTab(pane, "")
    splitter = QSplitter(window)
    splitter.addWidget(window.checklist)
    splitter.addWidget(window.right_tabs)
    splitter.setSizes([430, 750])
    window.demo_banner = QFrame(window)
    window.demo_banner.setObjectName("demoBanner")
    window.demo_banner.setFrameShape(QFrame.Shape.StyledPanel)
    window.demo_text = QLabel(window.demo_banner)
    window.demo_text.setWordWrap(True)
    window.demo_new = QPushButton(window.demo_banner)
    window.demo_new.clicked.connect(window.new_project)
    banner_layout = QHBoxLayout(window.demo_banner)
    banner_layout.addWidget(window.demo_text, 1)
    banner_layout.addWidget(window.demo_new)
    central = QWidget(window)
    central_layout = QVBoxLayout(central)
    central_layout.setContentsMargins(0, 0, 0, 0)
    central_layout.addWidget(window.demo_banner)
    central_layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.findings_pane = FindingsPane(window)
    window.findings = window.findings_pane.findings
    window.findings.jump_to.connect(window.jump_to)
    window.findings_dock = QDockWidget(window)
    window.findings_dock.setObjectName("findingsDock")
    window.findings_dock.setWidget(window.findings_pane)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.findings_dock)
