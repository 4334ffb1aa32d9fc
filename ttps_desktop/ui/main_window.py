"""The main window: it composes the panes and the menus. The panes do the showing, the controller (ui/controller.py)
runs the project's life cycle and its edits through the session, and core does the work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QProgressBar,
    QWidget,
)

from ttps_desktop import APP_NAME
from ttps_desktop.core.evidence.preview import kind_of
from ttps_desktop.core.keydates import key_dates
from ttps_desktop.core.language import Language
from ttps_desktop.core.paths import demo_project_path, documents_dir
from ttps_desktop.core.project.store import EXTENSION
from ttps_desktop.core.project_check import ProjectCheck
from ttps_desktop.core.rules.checklist import Person
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import CategoryId, FileKind
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import Translator, set_language
from ttps_desktop.ui.controller import ProjectController
from ttps_desktop.ui.dates import export_dates
from ttps_desktop.ui.edits import Edits
from ttps_desktop.ui.errors import show_error
from ttps_desktop.ui.layout import WindowParts, build_panes
from ttps_desktop.ui.menus import build_menus
from ttps_desktop.ui.panes import DOCUMENT_ID, ITEM_ID
from ttps_desktop.ui.preview import ShownDocument
from ttps_desktop.ui.profiles import default_profile
from ttps_desktop.ui.rendering import PictureCache
from ttps_desktop.ui.workers import Job, run_in_background

if TYPE_CHECKING:  # the dialogs are imported when first opened, not with the window (start-up time)
    from ttps_desktop.ui.dialogs.about import AboutDialog
    from ttps_desktop.ui.dialogs.document_facts import DocumentFactsDialog
    from ttps_desktop.ui.dialogs.export import ExportDialog
    from ttps_desktop.ui.dialogs.facts import FactsDialog
    from ttps_desktop.ui.dialogs.help import HelpWindow
    from ttps_desktop.ui.dialogs.settings import SettingsDialog

SETTINGS_LANGUAGE = "language"
SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"
SETTINGS_STATUS_BAR = "window/statusBar"
ZONE_READ_DELAY_MS = 1500  # travel documents' zones are read this long after the window first shows


class MainWindow(WindowParts):
    def __init__(
        self, session: Session, language: Language = Language.EN, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.language = language
        self.translator = Translator(language)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.controller = ProjectController(
            session, self, self.statusBar(), self.progress, lambda: self.translator
        )
        self.controller.changed.connect(self.refresh)
        self.controller.replaced.connect(self._replaced)
        self.undo_stack = self.controller.undo_stack
        self.check: ProjectCheck = session.check(default_profile())
        self.facts: Facts = session.facts()
        self.pictures = PictureCache(lambda doc_id: self.session.read_document(doc_id), self)
        self.edits = Edits(self)
        self.help_windows: dict[str, HelpWindow] = {}  # Help's windows, made when first shown
        build_panes(self)
        build_menus(self)
        self.statusBar().addPermanentWidget(self.progress)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedIndicator")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.resize(1180, 740)
        settings = QSettings()
        if settings.value(SETTINGS_GEOMETRY) is not None:
            self.restoreGeometry(settings.value(SETTINGS_GEOMETRY))
            self.restoreState(settings.value(SETTINGS_STATE))
        self.statusBar().setVisible(bool(settings.value(SETTINGS_STATUS_BAR, True, bool)))
        # View > Status bar follows the bar, however it was shown or hidden (restored state included)
        self.statusBar().installEventFilter(self)
        self.toggle_status_action.setChecked(self.statusBar().isVisibleTo(self))
        self._first_start = settings.value(SETTINGS_GEOMETRY) is None
        self.refresh()
        # The integrity check (every stored file's checksum) starts once the event loop runs, not while the window
        # is being built: on a large project its hashing would compete with the start for the interpreter.
        QTimer.singleShot(0, self, self._verify_once_running)
        self._zone_timer = QTimer(self)  # started when the window first shows: it is up and answering by then
        self._zone_timer.setSingleShot(True)
        self._zone_timer.setInterval(ZONE_READ_DELAY_MS)
        self._zone_timer.timeout.connect(self.controller.read_zones)

    def _verify_once_running(self) -> None:
        if not self.session.closed:
            self.controller.verify_in_background()

    @property
    def session(self) -> Session:
        """The open project: every read and change goes through it."""
        return self.controller.session

    @property
    def job(self) -> Job | None:
        """The import under way, if any."""
        return self.controller.job

    # ---- state → panes --------------------------------------------------------------------------------------

    def applicant_name(self) -> str:
        return self.facts.applicant.display_name or self.tr("Unnamed applicant")

    def person_label(self, person: Person) -> str:
        if person.key == "applicant":
            return self.tr("Applicant: {name}").format(name=self.applicant_name())
        if person.key == "spouse":
            return self.tr("Spouse: {name}").format(name=person.name or "—")
        return self.tr("Child {number}: {name}").format(number=person.number, name=person.name or "—")

    def refresh(self) -> None:
        """Show the project as it is now (after opening, an edit, an import, or a change of language)."""
        self.check = self.session.check(default_profile())
        self.facts = self.session.facts()
        self.setWindowTitle(f"{self.applicant_name()} — {APP_NAME}")
        self._show_demo_banner()
        selected = self.selected_item_id()
        self.checklist.blockSignals(True)
        confirmations = self.session.confirmations()
        self.checklist.fill(self.check, self.language, self.translator, self.person_label, confirmations)
        if selected is not None:
            self.checklist.select_item(selected)
        self.checklist.blockSignals(False)
        self.show_selected_item()
        self.findings_pane.fill(self.check, self.translator)
        chosen = self.session.chosen_category()
        self.eligibility.fill(self.check.report, chosen, self.language, self.translator, self.check.answers)
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
        self.right_tabs.setAccessibleName(self.tr("Views of the project"))
        self.findings_dock.setWindowTitle(
            self.tr("Findings ({count})").format(count=len(self.check.findings))
        )
        # The dock gives its title to View > Findings: the menu entry keeps its underlined letter instead.
        self.findings_dock.toggleViewAction().setText(self.tr("&Findings"))
        # Qt names the dock's own Float and Close buttons once, in the language of the moment: named again here,
        # in the window's language, after a change of language too.
        for button, name, description in (
            ("qt_dockwidget_floatbutton", self.tr("Float"), self.tr("Undocks and re-attaches the findings")),
            ("qt_dockwidget_closebutton", self.tr("Close"), self.tr("Closes the findings")),
        ):
            found = self.findings_dock.findChild(QAbstractButton, button)
            if found is not None:
                found.setAccessibleName(name)
                found.setAccessibleDescription(description)
        state = self.tr("Complete") if self.check.complete else self.tr("Not complete yet")
        self.statusBar().showMessage(
            self.tr("{state}. Saved automatically; everything stays on this computer.").format(state=state)
        )
        self.saved_label.setText(self.tr("✓ Saved {time}").format(time=self.controller.saved_at()))
        self.saved_label.setAccessibleName(self.saved_label.text())

    def _replaced(self) -> None:
        self.pictures.clear()
        self.refresh()

    def _show_demo_banner(self) -> None:
        """The demo is an invented applicant: say so, and offer to start a real project."""
        self.demo_banner.setVisible(self.session.path.resolve() == demo_project_path().resolve())
        self.demo_text.setText(
            self.tr(
                "This is the demo project: an invented applicant with made-up documents, to try everything "
                "safely. Your own application starts with a new project."
            )
        )
        self.demo_new.setText(self.tr("New Project…"))
        self.demo_new.setAccessibleName(self.demo_new.text())

    def jump_to(self, item_id: str, doc_id: int) -> None:
        """A finding was activated: select what it is about, so the fix is one step away."""
        self.checklist.select_item(item_id)
        self.show_selected_item()
        self.right_tabs.setCurrentWidget(self.documents)
        if doc_id >= 0:
            self.documents.select_document(doc_id)
            # a file of a type its item does not take: the problem's fix is offered at once
            self.controller.offer_stored_conversion(doc_id, item_id)

    def show_selected_item(self) -> None:
        """Show the files of the checklist item selected in the tree (or of the file selected there)."""
        item_id = self.selected_item_id()
        item = next((i for i in self.check.report.items if i.id == item_id), None)
        if item is None:
            self.documents.show_item(None, "", "", [])
            return
        status = next((s for s in self.check.statuses if s.item_id == item_id), None)
        inspections = self.session.inspections()
        shown = []
        for doc in status.documents if status else ():
            kind = kind_of(doc.media_type) or FileKind.PDF
            pages = int(inspections.get(doc.sha256, {}).get("pages", 1) or 1)
            shown.append(ShownDocument(doc, kind, pages))
        help_text = (
            self.translator.render(item.reason.message) + " " + item.requirement.help.get(self.language)
        )
        if note := self.session.notes().get(item.id):
            help_text += "\n" + self.tr("Your note: {note}").format(note=note)
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

    def selected_item_id(self) -> str | None:
        row = self.checklist.currentItem()
        while row is not None and row.data(0, Qt.ItemDataRole.UserRole) is None:
            row = row.parent()
        return None if row is None else str(row.data(0, Qt.ItemDataRole.UserRole))

    def edit_document_facts(self, doc_id: int) -> DocumentFactsDialog:
        return self.edits.edit_document_facts(doc_id)

    def edit_facts(self) -> FactsDialog:
        return self.edits.edit_facts()

    # ---- files in ---------------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None:
            self.statusBar().showMessage(self.tr("Select a checklist item first, then add its files."), 5000)
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"), str(Path.home()))
        if paths:
            self.import_files(item_id, [Path(p) for p in paths])

    def import_files(self, item_id: str, paths: list[Path]) -> Job | None:
        item = next((i for i in self.check.report.items if i.id == item_id), None)
        if item is not None and item.requirement.question is not None:  # answered, never uploaded
            text = self.tr(
                "This is a question of the e-form: answer it on the Eligibility tab; it takes no files."
            )
            self.statusBar().showMessage(text, 5000)
            return None
        return self.controller.import_files(item_id, paths)

    # ---- projects ----------------------------------------------------------------------------------------------

    def _project_file_dialog(self, title: str, suggested: Path, save: bool) -> Path | None:
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        kinds = self.tr("TTPS projects (*{ext})").format(ext=EXTENSION)
        path, _ = ask(self, title, str(suggested), kinds)
        if not path:
            return None
        return Path(path if path.endswith(EXTENSION) or not save else path + EXTENSION)

    def open_project(self, path: Path) -> bool:
        return self.controller.open_project(path)

    def choose_project(self) -> None:
        path = self._project_file_dialog(self.tr("Open project"), documents_dir(), save=False)
        if path is not None:
            self.open_project(path)

    def open_demo(self) -> bool:
        return self.controller.open_demo()

    def new_project(self) -> FactsDialog:
        from ttps_desktop.ui.dialogs.facts import FactsDialog

        dialog = FactsDialog(None, self.language, self)
        dialog.accepted.connect(lambda: self._save_new_project(dialog))
        dialog.open()
        return dialog

    def _save_new_project(self, dialog: FactsDialog) -> None:
        if dialog.facts is not None:
            stem = dialog.facts.applicant.name or self.tr("New applicant")
            suggested = documents_dir() / f"{stem}{EXTENSION}"
            path = self._project_file_dialog(self.tr("Save the new project"), suggested, save=True)
            if path is not None:
                self.create_project(path, dialog.facts, dialog.chosen_category())

    def create_project(self, path: Path, facts: Facts, category: CategoryId | None = None) -> bool:
        return self.controller.create_project(path, facts, category)

    def save_copy(self) -> None:
        target = self._project_file_dialog(self.tr("Save a copy"), documents_dir(), save=True)
        if target is not None and self.controller.save_copy(target):
            self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=target), 5000)

    # ---- dialogs and settings ----------------------------------------------------------------------------------

    def switch_language(self, language: Language) -> None:
        """Change every text of the window now, without a restart; remembered for the next start."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_language(app, language)
        self.language = language
        self.translator = Translator(language)
        QSettings().setValue(SETTINGS_LANGUAGE, language.value)
        build_menus(self)
        for help_window in self.help_windows.values():
            help_window.set_language(language)
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.documents.retranslate()
        self.refresh()

    def show_settings(self) -> SettingsDialog:
        from ttps_desktop.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.language, self)
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()
        return dialog

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        if dialog.chosen_language() is not self.language:
            self.switch_language(dialog.chosen_language())
        else:
            self.refresh()

    def print_checklist(self) -> Job:
        """The checklist is built in the background, then shown in the print preview."""
        session, translator, profile = self.session, self.translator, default_profile()
        return run_in_background(
            lambda token: session.checklist_pdf(translator, profile),
            self._show_print_preview,
            lambda exc, details: show_error(self, exc, details, self.translator),
            self.progress,
        )

    def _show_print_preview(self, data: bytes) -> None:
        from ttps_desktop.ui.printing import ChecklistPreview  # QtPrintSupport: loaded when first used

        self.print_dialog = ChecklistPreview(data, self)
        self.print_dialog.open()

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
        created = self.session.call(lambda project: project.created)
        try:
            export_dates(target, self.dates.dates, created, name, self.translator, self.session.revision())
        except OSError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return None
        self.statusBar().showMessage(self.tr("Key dates written to {path}").format(path=str(target)), 8000)
        return target

    def show_export(self) -> ExportDialog:
        from ttps_desktop.ui.dialogs.export import ExportDialog

        dialog = ExportDialog(self.session, self.language, documents_dir(), self, self.pictures.drawer)
        dialog.profile.setCurrentIndex(max(0, dialog.profile.findData(default_profile())))
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        from ttps_desktop.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self, self.language)
        dialog.open()
        return dialog

    def show_user_guide(self) -> HelpWindow:
        """Help > User Guide (F1): one window, beside this one, in the window's language."""
        from ttps_desktop.ui.dialogs.help import UserGuideWindow  # loaded when first asked for

        return self._show_help("guide", lambda: UserGuideWindow(self.language, self))

    def show_rule_changes(self) -> HelpWindow:
        """Help > What Changed in the Rules."""
        from ttps_desktop.ui.dialogs.help import RuleChangesWindow  # loaded when first asked for

        return self._show_help("rule_changes", lambda: RuleChangesWindow(self.language, self))

    def _show_help(self, key: str, make: Callable[[], HelpWindow]) -> HelpWindow:
        window = self.help_windows.get(key)
        if window is None:
            window = self.help_windows[key] = make()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # ---- layout and life ---------------------------------------------------------------------------------------

    def read_zones(self) -> Job | None:
        """Read the travel documents' machine-readable zones not read yet, in the background."""
        return self.controller.read_zones()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._zone_timer.isActive() and self.controller.zone_reader.job is None:
            self._zone_timer.start()
        if self._first_start:  # the files and their preview get the room, the findings a strip below
            self._first_start = False
            QTimer.singleShot(
                0, lambda: self.resizeDocks([self.findings_dock], [150], Qt.Orientation.Vertical)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.statusBar() and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.toggle_status_action.setChecked(self.statusBar().isVisibleTo(self))
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._zone_timer.stop()
        self.pictures.shut_down()
        self.controller.close()
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.setValue(SETTINGS_STATUS_BAR, self.statusBar().isVisibleTo(self))
        event.accept()
