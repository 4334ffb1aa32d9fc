"""The main window: menus, actions and the layout of the panes. The panes do the showing; core does the work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop import APP_NAME
from ttps_desktop.core.errors import TtpsError
from ttps_desktop.core.evidence.intake import ImportResult, import_decrypted, import_files
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.evidence.preview import kind_of
from ttps_desktop.core.evidence.working_copy import WrongPasswordError
from ttps_desktop.core.findings import FindingCode, Severity
from ttps_desktop.core.keydates import key_dates
from ttps_desktop.core.language import Language
from ttps_desktop.core.paths import demo_project_path, documents_dir
from ttps_desktop.core.project import backups
from ttps_desktop.core.project.errors import ProjectDamagedError
from ttps_desktop.core.project.recent import recent_projects, remember
from ttps_desktop.core.project.store import EXTENSION, IntegrityProblem, Project, StoredDocument, verify_file
from ttps_desktop.core.project_check import ProjectCheck, check_project
from ttps_desktop.core.rules.checklist import Person
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import CategoryId, FileKind
from ttps_desktop.i18n import Translator
from ttps_desktop.ui import commands
from ttps_desktop.ui.dates import DatesPane, export_dates
from ttps_desktop.ui.dialogs.about import AboutDialog
from ttps_desktop.ui.dialogs.document_facts import DocumentFactsDialog
from ttps_desktop.ui.dialogs.export import LANGUAGE_NAMES, ExportDialog
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.dialogs.settings import SettingsDialog, default_profile
from ttps_desktop.ui.documents import DocumentsPane
from ttps_desktop.ui.eligibility import EligibilityPane
from ttps_desktop.ui.errors import show_error
from ttps_desktop.ui.panes import DOCUMENT_ID, ITEM_ID, ChecklistTree, FindingsPane
from ttps_desktop.ui.pictures import IncomeChart, Timeline
from ttps_desktop.ui.preview import ShownDocument
from ttps_desktop.ui.printing import ChecklistPreview
from ttps_desktop.ui.rendering import PictureCache
from ttps_desktop.ui.workers import CancelToken, Job, start

SETTINGS_LANGUAGE = "language"
SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"


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
        self.pool: InspectorPool | None = None
        self.job: Job | None = None
        self.verify_job: Job | None = None
        self._last_import_item: str | None = None
        self._ids_before_import: set[int] = set()
        self.check: ProjectCheck = check_project(project, default_profile())
        self.pictures = PictureCache(self._read_document, self)
        self._build_panes()
        self._build_menus()
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedIndicator")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.resize(1180, 740)
        settings = QSettings()
        if settings.value(SETTINGS_GEOMETRY) is not None:
            self.restoreGeometry(settings.value(SETTINGS_GEOMETRY))
            self.restoreState(settings.value(SETTINGS_STATE))
        self._first_start = settings.value(SETTINGS_GEOMETRY) is None
        self.refresh()
        self.verify_in_background()

    # ---- state → panes --------------------------------------------------------------------------------------

    def applicant_name(self) -> str:
        return self.project.facts().applicant.display_name or self.tr("Unnamed applicant")

    def person_label(self, person: Person) -> str:
        if person.key == "applicant":
            return self.tr("Applicant: {name}").format(name=self.applicant_name())
        if person.key == "spouse":
            return self.tr("Spouse: {name}").format(name=person.name or "—")
        return self.tr("Child {number}: {name}").format(number=person.number, name=person.name or "—")

    def refresh(self) -> None:
        """Show the project as it is now (after opening, importing, or changing language)."""
        self.check = check_project(self.project, default_profile())
        self.setWindowTitle(f"{self.applicant_name()} — {APP_NAME}")
        self._show_demo_banner()
        selected = self.selected_item_id()
        self.checklist.blockSignals(True)
        self.checklist.fill(
            self.check, self.language, self.translator, self.person_label, self.project.confirmations()
        )
        if selected is not None:
            self.checklist.select_item(selected)
        self.checklist.blockSignals(False)
        self.show_selected_item()
        self.findings_pane.fill(self.check, self.translator)
        self.eligibility.fill(
            self.check.report,
            self.project.chosen_category,
            self.language,
            self.translator,
            self.check.answers,
        )
        self.timeline.show_assessment(self.check.report.assessment, self.translator)
        self.income_chart.show_assessment(self.check.report.assessment, self.translator)
        self.dates.show_dates(key_dates(self.check.report), self.translator)
        titles = (
            self.tr("Files"),
            self.tr("Eligibility"),
            self.tr("Work timeline"),
            self.tr("Income"),
            self.tr("Dates"),
        )
        for index, title in enumerate(titles):
            self.right_tabs.setTabText(index, title)
        self.findings_dock.setWindowTitle(
            self.tr("Findings ({count})").format(count=len(self.check.findings))
        )
        state = self.tr("Complete") if self.check.complete else self.tr("Not complete yet")
        self.statusBar().showMessage(
            self.tr("{state}. Saved automatically; everything stays on this computer.").format(state=state)
        )
        self.saved_label.setText(self.tr("✓ Saved {time}").format(time=self._saved_at()))
        self.saved_label.setAccessibleName(self.saved_label.text())

    def _show_demo_banner(self) -> None:
        """The demo is an invented applicant: say so, and offer to start a real project."""
        self.demo_banner.setVisible(self.project.path.resolve() == demo_project_path().resolve())
        self.demo_text.setText(
            self.tr(
                "This is the demo project: an invented applicant with made-up documents, to try everything "
                "safely. Your own application starts with a new project."
            )
        )
        self.demo_new.setText(self.tr("New Project…"))
        self.demo_new.setAccessibleName(self.demo_new.text())

    def _saved_at(self) -> str:
        """When the project file last took a change (every edit is written at once): a time today, else a date."""
        from datetime import datetime

        try:
            saved = datetime.fromtimestamp(self.project.path.stat().st_mtime)
        except OSError:
            return "—"
        clock = saved.strftime("%H:%M")
        if saved.date() == datetime.now().date():
            return clock
        return f"{self.translator.format_value(saved.date())} {clock}"

    def jump_to(self, item_id: str, doc_id: int) -> None:
        """A finding was activated: select what it is about, so the fix is one step away."""
        self.checklist.select_item(item_id)
        self.show_selected_item()
        self.right_tabs.setCurrentWidget(self.documents)
        if doc_id >= 0:
            self.documents.select_document(doc_id)

    # ---- the selected item's files ---------------------------------------------------------------------------

    def _read_document(self, doc_id: int) -> bytes:
        return self.project.read_document(doc_id)

    def show_selected_item(self) -> None:
        """Show the files of the checklist item selected in the tree (or of the file selected there)."""
        item_id = self.selected_item_id()
        item = next((i for i in self.check.report.items if i.id == item_id), None)
        if item is None:
            self.documents.show_item(None, "", "", [])
            return
        status = next((s for s in self.check.statuses if s.item_id == item_id), None)
        inspections = self.project.inspections()
        shown = []
        for doc in status.documents if status else ():
            kind = kind_of(doc.media_type) or FileKind.PDF
            pages = int(inspections.get(doc.sha256, {}).get("pages", 1) or 1)
            shown.append(ShownDocument(doc, kind, pages))
        help_text = (
            self.translator.render(item.reason.message) + " " + item.requirement.help.get(self.language)
        )
        self.documents.show_item(item.id, item.requirement.title.get(self.language), help_text, shown)
        row = self.checklist.currentItem()
        doc_id = row.data(0, DOCUMENT_ID) if row is not None else None
        if doc_id is not None:
            self.documents.select_document(int(doc_id))

    def _tree_selection_changed(self) -> None:
        self.show_selected_item()
        row = self.checklist.currentItem()
        if row is not None and (row.data(0, ITEM_ID) is not None or row.data(0, DOCUMENT_ID) is not None):
            self.right_tabs.setCurrentWidget(self.documents)

    def move_document(self, doc_id: int, position: int) -> None:
        self._run_edit(
            lambda: self.undo_stack.push(
                commands.move_document(
                    self.project, doc_id, self.project.document(doc_id).item_id, position, self.refresh
                )
            )
        )

    def move_to_item(self, doc_id: int, item_id: str) -> None:
        """A thumbnail dropped on another checklist item: the file now serves that item (last in its list)."""
        if self.project.document(doc_id).item_id == item_id:
            return
        end = len(self.project.documents(item_id))
        self._run_edit(
            lambda: self.undo_stack.push(
                commands.move_document(self.project, doc_id, item_id, end, self.refresh)
            )
        )

    def rotate_document(self, doc_id: int, degrees: int) -> None:
        self._run_edit(
            lambda: self.undo_stack.push(
                commands.rotate_document(self.project, doc_id, degrees, self.refresh)
            )
        )

    def edit_document_facts(self, doc_id: int) -> DocumentFactsDialog:
        dialog = DocumentFactsDialog(
            self.project.document(doc_id), self.project.facts(), self.translator, self
        )
        dialog.accepted.connect(lambda: self._apply_document_facts(doc_id, dialog))
        dialog.open()
        return dialog

    def _apply_document_facts(self, doc_id: int, dialog: DocumentFactsDialog) -> None:
        if dialog.result_facts is not None and dialog.result_facts != self.project.document(doc_id).facts:
            facts = dialog.result_facts
            self._run_edit(
                lambda: self.undo_stack.push(
                    commands.set_document_facts(self.project, doc_id, facts, self.refresh)
                )
            )

    def choose_category(self, chosen: CategoryId | None) -> None:
        if chosen != self.project.chosen_category:
            self._run_edit(
                lambda: self.undo_stack.push(commands.set_category(self.project, chosen, self.refresh))
            )

    def _build_panes(self) -> None:
        self.checklist = ChecklistTree(self)
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.checklist.files_dropped.connect(self.import_files)
        # Queued: these edits rebuild the tree, which must not happen inside the tree's own item signals
        # (the item emitting the signal would be deleted under it).
        self.checklist.confirmed.connect(self.set_confirmed, Qt.ConnectionType.QueuedConnection)
        self.checklist.remove_requested.connect(self.remove_document, Qt.ConnectionType.QueuedConnection)
        self.checklist.document_dropped.connect(self.move_to_item, Qt.ConnectionType.QueuedConnection)
        self.checklist.currentItemChanged.connect(
            self._tree_selection_changed, Qt.ConnectionType.QueuedConnection
        )
        self.documents = DocumentsPane(self.pictures, self)
        queued = Qt.ConnectionType.QueuedConnection  # each rebuilds the pane whose signal started it
        self.documents.files_dropped.connect(self.import_files, queued)
        self.documents.move_requested.connect(self.move_document, queued)
        self.documents.rotate_requested.connect(self.rotate_document, queued)
        self.documents.remove_requested.connect(self.remove_document, queued)
        self.documents.details_requested.connect(self.edit_document_facts, queued)
        self.eligibility = EligibilityPane(self)
        self.eligibility.category_chosen.connect(self.choose_category, queued)
        self.eligibility.answered.connect(self.answer_question, queued)
        self.timeline = Timeline(self)
        self.income_chart = IncomeChart(self)
        self.right_tabs = QTabWidget(self)
        self.right_tabs.setObjectName("rightTabs")
        self.right_tabs.addTab(self.documents, "")
        self.right_tabs.addTab(self.eligibility, "")
        self.right_tabs.addTab(self.timeline, "")
        self.right_tabs.addTab(self.income_chart, "")
        self.dates = DatesPane(
            self
        )  # the key dates: a timeline with today marked, as File > Export Dates writes
        self.right_tabs.addTab(self.dates, "")
        splitter = QSplitter(self)
        splitter.addWidget(self.checklist)
        splitter.addWidget(self.right_tabs)
        splitter.setSizes([430, 750])
        self.demo_banner = QFrame(self)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.demo_text = QLabel(self.demo_banner)
        self.demo_text.setWordWrap(True)
        self.demo_new = QPushButton(self.demo_banner)
        self.demo_new.clicked.connect(self.new_project)
        banner_layout = QHBoxLayout(self.demo_banner)
        banner_layout.addWidget(self.demo_text, 1)
        banner_layout.addWidget(self.demo_new)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.demo_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.findings_pane = FindingsPane(self)
        self.findings = self.findings_pane.findings
        self.findings.jump_to.connect(self.jump_to)
        self.findings_dock = QDockWidget(self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings_pane)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)

    # ---- menus -----------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.new_action = file_menu.addAction(
            self.tr("&New Project…"), QKeySequence.StandardKey.New, self.new_project
        )
        self.open_action = file_menu.addAction(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_project
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.demo_action = file_menu.addAction(self.tr("Open the &Demo Project"), self.open_demo)
        file_menu.addSeparator()
        self.add_files_action = file_menu.addAction(
            self.tr("&Add Files to Selected Item…"), self.choose_files
        )
        self.add_files_action.setShortcut(QKeySequence("Ctrl+I"))
        self.save_copy_action = file_menu.addAction(
            self.tr("Save a &Copy…"), QKeySequence.StandardKey.SaveAs, self.save_copy
        )
        self.export_action = file_menu.addAction(self.tr("&Export…"), self.show_export)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_dates_action = file_menu.addAction(self.tr("Export &Dates…"), self.export_dates)
        self.print_action = file_menu.addAction(
            self.tr("&Print Checklist…"), QKeySequence.StandardKey.Print, self.print_checklist
        )
        file_menu.addSeparator()
        self.settings_action = file_menu.addAction(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.show_settings
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.facts_action = edit_menu.addAction(self.tr("Applicant's &Facts…"), self.edit_facts)
        self.facts_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        toggle_findings = self.findings_dock.toggleViewAction()
        toggle_findings.setText(self.tr("&Findings"))
        view_menu.addAction(toggle_findings)
        self.toggle_status_action = QAction(
            self.tr("&Status bar"), self, checkable=True, checked=self.statusBar().isVisible()
        )
        self.toggle_status_action.toggled.connect(self.statusBar().setVisible)
        view_menu.addAction(self.toggle_status_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        for language, name in LANGUAGE_NAMES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(language is self.language)
            action.setData(language.value)
            action.triggered.connect(lambda _checked=False, lang=language: self.switch_language(lang))
            self.language_group.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.about_action = help_menu.addAction(self.tr("&About {app}").format(app=APP_NAME), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_projects():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_project(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    # ---- actions ---------------------------------------------------------------------------------------------

    def switch_language(self, language: Language) -> None:
        """Change every text of the window now, without a restart; remembered for the next start."""
        from ttps_desktop.ui.app import set_language

        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_language(app, language)
        self.language = language
        self.translator = Translator(language)
        QSettings().setValue(SETTINGS_LANGUAGE, language.value)
        self._build_menus()
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.documents.retranslate()
        self.refresh()

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.language, self)
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()
        return dialog

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        if dialog.chosen_language() is not self.language:
            self.switch_language(dialog.chosen_language())
        else:
            self.refresh()

    def print_checklist(self) -> None:
        from ttps_desktop.core.export.run import checklist_only  # the PDF machinery loads when first needed

        try:
            data = checklist_only(self.project, self.translator, default_profile())
        except TtpsError as exc:
            show_error(self, exc, "", self.translator)
            return
        self.print_dialog = ChecklistPreview(data, self)
        self.print_dialog.open()

    def open_demo(self) -> bool:
        from ttps_desktop.ui.app import ensure_demo_project

        try:
            path = ensure_demo_project()
        except (TtpsError, OSError) as exc:
            show_error(self, exc, str(exc), self.translator)
            return False
        return self.open_project(path)

    def edit_facts(self) -> FactsDialog:
        dialog = FactsDialog(self.project.facts(), self.language, self)
        dialog.accepted.connect(lambda: self._apply_facts(dialog))
        dialog.open()
        return dialog

    def _apply_facts(self, dialog: FactsDialog) -> None:
        after = dialog.facts
        if after is not None:
            before = self.project.facts()
            self._run_edit(
                lambda: self.undo_stack.push(commands.set_facts(self.project, before, after, self.refresh))
            )

    def new_project(self) -> FactsDialog:
        dialog = FactsDialog(None, self.language, self)
        dialog.accepted.connect(lambda: self._save_new_project(dialog))
        dialog.open()
        return dialog

    def _save_new_project(self, dialog: FactsDialog) -> None:
        if dialog.facts is None:
            return
        stem = dialog.facts.applicant.name or self.tr("New applicant")
        suggested = documents_dir() / f"{stem}{EXTENSION}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new project"),
            str(suggested),
            self.tr("TTPS projects (*{ext})").format(ext=EXTENSION),
        )
        if path:
            target = Path(path if path.endswith(EXTENSION) else path + EXTENSION)
            self.create_project(target, dialog.facts, dialog.chosen_category())

    def create_project(self, path: Path, facts: Facts, category: CategoryId | None = None) -> bool:
        try:
            with Project.create(path, facts) as created:
                if category is not None:
                    created.set_chosen_category(category)
        except TtpsError as exc:
            show_error(self, exc, "", self.translator)
            return False
        return self.open_project(path)

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            str(documents_dir()),
            self.tr("TTPS projects (*{ext})").format(ext=EXTENSION),
        )
        if path:
            self.open_project(Path(path))

    def verify_in_background(self) -> Job:
        """The full integrity check (database, every file's checksum) after opening, without making anyone wait."""
        path = self.project.path
        job = Job(lambda token: verify_file(path, token))
        job.signals.finished.connect(self._verified)
        self.verify_job = start(job)
        return job

    def _verified(self, problems: list[IntegrityProblem]) -> None:
        if problems:
            exc = ProjectDamagedError(
                self.project.path,
                f"{problems[0].what}: {problems[0].detail}",
                backups.available(self.project.path),
            )
            show_error(self, exc, "", self.translator)

    def open_project(self, path: Path) -> bool:
        if self.job is not None:  # files are still going into the open project
            self.statusBar().showMessage(
                self.tr("Please wait: the previous files are still being checked."), 5000
            )
            return False
        try:
            opened = Project.open(path)
        except TtpsError as exc:
            show_error(self, exc, "", self.translator)
            return False
        self.project.close()
        self.project = opened
        remember(path)
        self.undo_stack.clear()
        self.pictures.clear()
        self.refresh()
        self.verify_in_background()
        return True

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy"),
            str(documents_dir()),
            self.tr("TTPS projects (*{ext})").format(ext=EXTENSION),
        )
        if not path:
            return
        target = Path(path if path.endswith(EXTENSION) else path + EXTENSION)
        try:
            self.project.save_copy(target)
        except (TtpsError, OSError) as exc:
            show_error(self, exc, str(exc), self.translator)
            return
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=target), 5000)

    def set_confirmed(self, item_id: str, confirmed: bool) -> None:
        self._run_edit(
            lambda: self.undo_stack.push(
                commands.set_confirmed(self.project, item_id, confirmed, self.refresh)
            )
        )

    def answer_question(self, question: str, answer: str | None) -> None:
        before = self.project.answers().get(question)
        if before != answer:
            self._run_edit(
                lambda: self.undo_stack.push(
                    commands.set_answer(self.project, question, before, answer, self.refresh)
                )
            )

    def remove_document(self, doc_id: int) -> None:
        self._run_edit(
            lambda: self.undo_stack.push(
                commands.RemoveDocument(self.project, self.project.document(doc_id), self.refresh)
            )
        )

    def _run_edit(self, edit: Callable[[], None]) -> None:
        """Edits are saved at once; if that fails (full disk, file replaced...) the user is told, and nothing is lost."""
        try:
            edit()
        except TtpsError as exc:
            self.refresh()
            show_error(self, exc, "", self.translator)

    def selected_item_id(self) -> str | None:
        row = self.checklist.currentItem()
        while row is not None and row.data(0, Qt.ItemDataRole.UserRole) is None:
            row = row.parent()
        return None if row is None else str(row.data(0, Qt.ItemDataRole.UserRole))

    def choose_files(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None:
            self.statusBar().showMessage(self.tr("Select a checklist item first, then add its files."), 5000)
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"), str(Path.home()))
        if paths:
            self.import_files(item_id, [Path(p) for p in paths])

    def inspector_pool(self) -> InspectorPool:
        """Started on the first import, kept for the window's life, closed with it."""
        if self.pool is None:
            self.pool = InspectorPool()
        return self.pool

    def import_files(self, item_id: str, paths: list[Path]) -> Job | None:
        """Import in a worker: files are read and inspected in the inspector processes; the window stays live."""
        if self.job is not None:
            self.statusBar().showMessage(
                self.tr("Please wait: the previous files are still being checked."), 5000
            )
            return None
        item = next((i for i in self.check.report.items if i.id == item_id), None)
        requirement = item.requirement if item else None
        if requirement is not None and requirement.question is not None:  # answered, never uploaded
            self.statusBar().showMessage(
                self.tr(
                    "This is a question of the e-form: answer it on the Eligibility tab; it takes no files."
                ),
                5000,
            )
            return None
        pool, project = self.inspector_pool(), self.project
        self._last_import_item = item_id
        self._ids_before_import = {d.id for d in project.documents()}

        def work(token: CancelToken) -> list[ImportResult]:
            return import_files(project, paths, item_id, requirement, pool, token)

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.add_files_action.setEnabled(False)
        self.export_action.setEnabled(False)
        job = Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._imported)
        job.signals.failed.connect(self._job_failed)
        self.job = start(job)
        return job

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def ask_password(self, path: Path) -> bool:
        """A protected PDF: ask for its password, and keep an unprotected copy only if the user agrees."""
        item_id = self._last_import_item
        password, agreed = QInputDialog.getText(
            self,
            self.tr("Password-protected PDF"),
            self.tr(
                "{name} is protected by a password. Enter it to keep an unprotected copy in this project "
                "(the original file stays as it is). Cancel to leave it out."
            ).format(name=path.name),
            QLineEdit.EchoMode.Password,
        )
        if not agreed or not password or item_id is None:
            return False
        item = next((i for i in self.check.report.items if i.id == item_id), None)
        try:
            result = import_decrypted(
                self.project,
                path,
                password,
                item_id,
                item.requirement if item else None,
                self.inspector_pool(),
            )
        except WrongPasswordError:
            self.statusBar().showMessage(
                self.tr("Wrong password for {name}: nothing was added.").format(name=path.name), 10000
            )
            return False
        except TtpsError as exc:
            show_error(self, exc, "", self.translator)
            return False
        if result.document is not None:
            self._push_added([result.document])
        self.refresh()
        return result.accepted

    def _push_added(self, documents: list[StoredDocument]) -> None:
        """Make an import undoable: the files it added (not those it found already there)."""
        new = [d for d in documents if d.id not in self._ids_before_import]
        self._ids_before_import |= {d.id for d in new}
        if new:
            self.undo_stack.push(commands.AddDocuments(self.project, new, self.refresh))

    def _job_done(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.add_files_action.setEnabled(True)
        self.export_action.setEnabled(True)

    def _imported(self, results: list[ImportResult]) -> None:
        self._job_done()
        self._push_added([r.document for r in results if r.document is not None])
        self.refresh()
        added = sum(r.accepted for r in results)
        refused = [r for r in results if not r.accepted]
        message = self.tr("{added} of {total} files added.").format(added=added, total=len(results))
        if refused:
            first = next((f for f in refused[0].findings if f.severity is Severity.ERROR), None)
            if first is not None:
                message += " " + self.translator.render(first.message)
        self.statusBar().showMessage(message, 15000)
        for result in refused:
            if any(f.code is FindingCode.PDF_PASSWORD_REQUIRED for f in result.findings):
                self.ask_password(result.path)

    def _job_failed(self, exc: BaseException, details: str) -> None:
        self._job_done()
        self.refresh()
        show_error(self, exc, details, self.translator)

    def export_dates(self, target: Path | None = None) -> Path | None:
        """The Dates tab's dates as an iCalendar file (asks where, unless ``target`` is given)."""
        if target is None:
            stem = self.applicant_name() or self.tr("Key dates")
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the key dates"),
                str(documents_dir() / f"{stem}.ics"),
                self.tr("Calendar files (*.ics)"),
            )
            if not path:
                return None
            target = Path(path if path.endswith(".ics") else path + ".ics")
        name = self.check.report.assessment.facts.applicant.display_name
        try:
            export_dates(
                target, self.dates.dates, self.project.created, name, self.translator, self.project.revision
            )
        except OSError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return None
        self.statusBar().showMessage(self.tr("Key dates written to {path}").format(path=str(target)), 8000)
        return target

    def show_export(self) -> ExportDialog:
        dialog = ExportDialog(self.project, self.language, documents_dir(), self, self.pictures.drawer)
        dialog.profile.setCurrentIndex(max(0, dialog.profile.findData(default_profile())))
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self, self.language)
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_start:  # the files and their preview get the room, the findings a strip below
            self._first_start = False
            QTimer.singleShot(
                0, lambda: self.resizeDocks([self.findings_dock], [150], Qt.Orientation.Vertical)
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        running = [job for job in (self.job, self.verify_job) if job is not None]
        for job in running:
            job.token.cancel()  # the integrity check stops at its next file; an import at its next file
        if running:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10000)
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        self.pictures.shut_down()
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        self.project.close()
        event.accept()
