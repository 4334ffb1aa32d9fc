"""The project's life cycle behind the window: which project is open (its session), opening, creating and closing,
the integrity check after opening, importing files, and every edit with its undo and redo.

The window asks; the controller does it through the session and says what happened (``changed``, ``replaced``);
errors are shown to the user here, like every failed edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QProgressBar, QStatusBar, QWidget

from ttps_desktop.core.checks import takes_jpeg_only
from ttps_desktop.core.errors import TtpsError
from ttps_desktop.core.evidence.preview import kind_of
from ttps_desktop.core.findings import FindingCode, Severity
from ttps_desktop.core.mrz.checks import MRZ_KEY
from ttps_desktop.core.mrz.project import ocr_unavailable_finding
from ttps_desktop.core.progress import CancelledError
from ttps_desktop.core.project import backups
from ttps_desktop.core.project.errors import ProjectDamagedError, ProjectNotFoundError
from ttps_desktop.core.project.recent import forget, remember
from ttps_desktop.core.project.store import IntegrityProblem, RemovedDocument, StoredDocument
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import CategoryId, FileKind, Requirement
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import Translator
from ttps_desktop.ui import commands
from ttps_desktop.ui.errors import show_error
from ttps_desktop.ui.mrz_reader import ZoneReader, unread_travel_documents
from ttps_desktop.ui.workers import CancelToken, Job, run_in_background

if TYPE_CHECKING:  # imported on the first import of files, not with the window (start-up time)
    from ttps_desktop.core.evidence.intake import Candidate, ImportResult
    from ttps_desktop.core.evidence.pool import InspectorPool
    from ttps_desktop.drawing import DrawingPool
    from ttps_desktop.ui.dialogs.convert import ConvertDialog


class ProjectController(QObject):
    changed = Signal()  # the open project took a change (or a failed one was rolled back): show it again
    replaced = Signal()  # another project is open now

    def __init__(
        self,
        session: Session,
        window: QWidget,
        status: QStatusBar,
        progress: QProgressBar,
        translator: Callable[[], Translator],
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window, self.status, self.progress, self.translator = window, status, progress, translator
        self.undo_stack = QUndoStack(self)
        self.pool: InspectorPool | None = None
        self.job: Job | None = None  # an import under way
        self.verify_job: Job | None = None
        self.zone_reader = ZoneReader(
            self
        )  # travel documents' machine-readable zones, read in the background
        self.zone_reader.stored.connect(self._zones_stored)
        self.zone_reader.unavailable.connect(self._ocr_unavailable)
        # Files refused by an item that takes JPEG alone, offered one at a time for conversion.
        # Files refused by an item that takes JPEG alone, offered converted one at a time; a decrypted PDF comes
        # with its bytes (in memory only: the protected original cannot be read again without the password).
        self._to_convert: list[tuple[str, ImportResult, Candidate | None]] = []
        self.convert_dialog: ConvertDialog | None = None
        self._drawer: DrawingPool | None = None  # draws a PDF page for a conversion: made on first use

    def _show_error(self, exc: BaseException, details: str = "") -> None:
        show_error(self.window, exc, details, self.translator())

    # ---- edits, undo and redo -----------------------------------------------------------------------------------

    def edit(self, make: Callable[[], commands.Edit]) -> bool:
        """Run an edit, and only once it is saved put it on the undo stack. A failure (full disk, file replaced...)
        is shown, the window shows the file as it is, and the stack is as it was."""
        try:
            command = make()
            command.do()
        except TtpsError as exc:
            self.changed.emit()
            self._show_error(exc)
            return False
        self.undo_stack.push(command)  # its redo() only refreshes: the change is already in the file
        return True

    def undo(self) -> bool:
        return self._step(-1)

    def redo(self) -> bool:
        return self._step(+1)

    def _step(self, direction: int) -> bool:
        """Undo or redo like any other edit: the project first; the stack moves only when that succeeded."""
        index = self.undo_stack.index()
        target = index - 1 if direction < 0 else index
        if not 0 <= target < self.undo_stack.count():
            return False
        command = self.undo_stack.command(target)
        assert isinstance(command, commands.Edit)
        try:
            command.undo_edit() if direction < 0 else command.do()
        except TtpsError as exc:
            self.changed.emit()
            self._show_error(exc)
            return False
        self.undo_stack.setIndex(index + direction)  # the command's undo()/redo() only refresh
        return True

    # ---- opening, creating, closing --------------------------------------------------------------------------

    def open_project(self, path: Path) -> bool:
        if self.job is not None:  # files are still going into the open project
            self.status.showMessage(self.tr("Please wait: the previous files are still being checked."), 5000)
            return False
        try:
            opened = Session.open(path, profile_id=self.session.profile_id)
        except ProjectNotFoundError as exc:
            forget(path)  # a project that vanished leaves Open Recent
            self._show_error(exc)
            return False
        except TtpsError as exc:
            self._show_error(exc)
            return False
        self._finish_background()
        self.session.close()
        self.session = opened
        remember(path)
        self.undo_stack.clear()
        self.replaced.emit()
        self.verify_in_background()
        self.read_zones()
        return True

    def open_demo(self) -> bool:
        from ttps_desktop.core.demo_project import ensure_demo_project  # the generator loads only when needed

        try:
            path = ensure_demo_project()
        except (TtpsError, OSError) as exc:
            self._show_error(exc, str(exc))
            return False
        return self.open_project(path)

    def create_project(self, path: Path, facts: Facts, category: CategoryId | None = None) -> bool:
        try:
            Session.create(path, facts, category).close()
        except TtpsError as exc:
            self._show_error(exc)
            return False
        return self.open_project(path)

    def saved_at(self) -> str:
        """When the project file last took a change (every edit is written at once): a time today, else a date."""
        try:
            saved = datetime.fromtimestamp(self.session.path.stat().st_mtime)
        except OSError:
            return "—"
        clock = saved.strftime("%H:%M")
        if saved.date() == datetime.now().date():
            return clock
        return f"{self.translator().format_value(saved.date())} {clock}"

    def save_copy(self, target: Path) -> bool:
        try:
            self.session.save_copy(target)
        except (TtpsError, OSError) as exc:
            self._show_error(exc, str(exc))
            return False
        return True

    def verify_in_background(self) -> Job:
        """The full integrity check (database, every file's checksum) after opening, without making anyone
        wait: one stored file at a time through the session, so edits go on meanwhile."""
        session = self.session
        self.verify_job = run_in_background(session.verify, self._verified, self._verify_failed)
        return self.verify_job

    def _verified(self, problems: list[IntegrityProblem]) -> None:
        self.verify_job = None
        if problems and not self.session.closed:
            exc = ProjectDamagedError(
                self.session.path,
                f"{problems[0].what}: {problems[0].detail}",
                backups.available(self.session.path),
            )
            self._show_error(exc)

    def _verify_failed(self, exc: BaseException, details: str) -> None:
        self.verify_job = None  # cancelled (closing), or the project was closed under it: nothing to say

    def _finish_background(self) -> None:
        zones = self.zone_reader.job if self.zone_reader.busy else None
        for job in (self.job, self.verify_job, zones):
            if job is not None:
                job.token.cancel()  # the integrity check stops at its next file, an import at its next file
        if self.job is not None or self.verify_job is not None or zones is not None:
            QThreadPool.globalInstance().waitForDone(30000)

    # ---- travel documents' machine-readable zones ---------------------------------------------------------

    def read_zones(self) -> Job | None:
        """Read, in the background, the zone of each travel document not read yet; what is read is kept in the
        project (only there), through the session, and the findings follow."""
        if self.zone_reader.busy or self.session.closed:
            return None
        session = self.session
        unread = unread_travel_documents(session.documents())
        if not unread:
            return None

        def store(doc_id: int, mrz: dict[str, Any]) -> bool:
            if session is not self.session or session.closed:  # closed, or another project opened meanwhile
                return False
            session.set_document_facts(doc_id, {**session.document(doc_id).facts, MRZ_KEY: mrz})
            return True

        documents = [(d.id, session.read_document(d.id)) for d in unread]
        return self.zone_reader.read(documents, session.facts().application_date, store)

    def _zones_stored(self) -> None:
        if not self.session.closed:
            self.changed.emit()

    def _ocr_unavailable(self, reason: str) -> None:
        self.status.showMessage(self.translator().render(ocr_unavailable_finding(reason).message))

    def close(self) -> None:
        self._finish_background()
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        if self._drawer is not None:
            self._drawer.close()
            self._drawer = None
        self.session.close()

    # ---- importing -------------------------------------------------------------------------------------------

    def inspector_pool(self) -> InspectorPool:
        """Started on the first import, kept for the window's life, closed with it."""
        if self.pool is None:
            from ttps_desktop.core.evidence.pool import InspectorPool

            self.pool = InspectorPool()
        return self.pool

    def import_files(self, item_id: str, paths: list[Path]) -> Job | None:
        """Files are read and inspected in a worker thread and the inspector processes, and stored through the
        session; the window stays live and may go on editing meanwhile."""
        if self.job is not None:
            self.status.showMessage(self.tr("Please wait: the previous files are still being checked."), 5000)
            return None
        session, pool = self.session, self.inspector_pool()

        def work(token: CancelToken) -> tuple[set[int], list[ImportResult]]:
            before = {d.id for d in session.documents(item_id)}  # a file already there is found, not added
            return before, session.import_files(paths, item_id, pool, token)

        self.job = run_in_background(
            work, lambda done: self._imported(item_id, *done), self._import_failed, self.progress
        )
        return self.job

    def _imported(self, item_id: str, before: set[int], results: list[ImportResult]) -> None:
        self.job = None
        if self.session.closed:  # the window closed meanwhile
            return
        new = [r.document for r in results if r.document is not None and r.document.id not in before]
        self._push_added(new)
        self.changed.emit()
        self.read_zones()
        refused = [r for r in results if not r.accepted]
        # The count of files offered decides the form ("1 of 1 file", "0 of 2 files"); a file already in the
        # item is found, not added.
        message = self.tr("{added} of %n file(s) added.", "", len(results)).format(added=len(new))
        already = [r for r in results if r.document is not None and r.document.id in before]
        if already:
            message += " " + self.tr("%n file(s) already in this item.", "", len(already))
        if refused:
            first = next((f for f in refused[0].findings if f.severity is Severity.ERROR), None)
            if first is not None:
                message += " " + self.translator().render(first.message)
        self.status.showMessage(message, 15000)
        for result in refused:
            if any(f.code is FindingCode.PDF_PASSWORD_REQUIRED for f in result.findings):
                self.ask_password(item_id, result.path)
        from ttps_desktop.core.evidence.intake import refused_for_kind

        self._to_convert += [(item_id, r, None) for r in refused if refused_for_kind(r)]
        self._offer_next_conversion()

    # ---- converting a file refused by an item that takes JPEG alone -----------------------------------------

    def drawer(self) -> DrawingPool:
        """Made on the first conversion (its worker process starts when a page is drawn), closed with the window."""
        if self._drawer is None:
            from ttps_desktop.drawing import DrawingPool

            self._drawer = DrawingPool(1)
        return self._drawer

    def _offer_next_conversion(self) -> None:
        """The next refused file's dialog: it names the item, what it takes and what was given; Convert to JPEG
        (with the page) adds a JPEG copy in the background; Cancel leaves the file out."""
        if self.convert_dialog is not None or not self._to_convert or self.session.closed:
            return
        from ttps_desktop.core.evidence.intake import read_candidate

        item_id, result, read = self._to_convert.pop(0)
        requirement = self.session.requirement(item_id)
        candidate = read or read_candidate(result.path, self.inspector_pool().lim)
        if requirement is None or result.inspection is None or candidate.data is None:
            self._offer_next_conversion()
            return
        self._open_convert_dialog(
            result.path,
            result.inspection.converted or candidate.data,
            result.inspection.kind,
            result.inspection.pages,
            requirement,
            lambda page: self.convert(item_id, result.path, page, read),
            replaces=False,
        )

    def _open_convert_dialog(
        self,
        path: Path,
        data: bytes,
        kind: FileKind,
        pages: int,
        requirement: Requirement,
        on_convert: Callable[[int], object],
        replaces: bool,
    ) -> ConvertDialog:
        from ttps_desktop.ui.dialogs.convert import ConvertDialog

        dialog = ConvertDialog(
            path, data, kind, pages, requirement, self.translator(), self.drawer(), self.window, replaces
        )
        self.convert_dialog = dialog

        def finished(code: int) -> None:
            self.convert_dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                on_convert(dialog.page())
            else:
                self._offer_next_conversion()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def offer_stored_conversion(self, doc_id: int, item_id: str) -> ConvertDialog | None:
        """A stored file of another type for an item that takes JPEG alone (kept before such items refused it,
        or a thumbnail dropped on one): the same dialog, and Convert to JPEG puts a JPEG in its place, undoable.
        None when there is nothing to convert; the dialog already open if another question is being asked."""
        if self.session.closed:
            return None
        requirement = self.session.requirement(item_id)
        document = self.session.document(doc_id)
        kind = kind_of(document.media_type)
        if requirement is None or not takes_jpeg_only(requirement) or kind is None or kind is FileKind.JPEG:
            return None
        if self.convert_dialog is not None:  # one question at a time
            return self.convert_dialog
        pages = int(self.session.inspections().get(document.sha256, {}).get("pages", 1) or 1)
        return self._open_convert_dialog(
            Path(document.display_name),
            self.session.read_document(doc_id),
            kind,
            pages,
            requirement,
            lambda page: self.convert_stored(doc_id, item_id, page),
            replaces=True,
        )

    def convert_stored(self, doc_id: int, item_id: str, page: int) -> Job | None:
        """Put a JPEG of page ``page`` (0-based) of a stored file in its place, for ``item_id``, in the
        background; undoable."""
        if self.job is not None:
            self.status.showMessage(self.tr("Please wait: the previous files are still being checked."), 5000)
            return None
        session, pool, drawer = self.session, self.inspector_pool(), self.drawer()
        name = session.document(doc_id).display_name

        def work(token: CancelToken) -> tuple[ImportResult, list[RemovedDocument]]:
            return session.convert_document(doc_id, item_id, pool, drawer.draw_pdf_page, page)

        def done(outcome: tuple[ImportResult, list[RemovedDocument]]) -> None:
            self.job = None
            if self.session.closed:
                return
            result, removed = outcome
            if result.document is not None and removed:
                self.undo_stack.push(
                    commands.ConvertDocument(self.session, result.document, removed, self.changed.emit)
                )
            self.changed.emit()
            self._say_converted(result, name)

        self.job = run_in_background(work, done, self._import_failed, self.progress)
        return self.job

    def _say_converted(self, result: ImportResult, original: str) -> None:
        if result.accepted:
            message = self.tr("Added {name}, converted to JPEG from {original}.").format(
                name=result.name, original=original
            )
        else:
            first = next(f for f in result.findings if f.severity is Severity.ERROR)
            message = self.translator().render(first.message)
        self.status.showMessage(message, 15000)

    def convert(self, item_id: str, path: Path, page: int, read: Candidate | None = None) -> Job | None:
        """Add ``path`` to the item as a JPEG of its page ``page`` (0-based), checked like any import, in the
        background; the user's file is only read. ``read``: the file already read (a protected PDF decrypted in
        memory), converted from there."""
        if self.job is not None:
            self.status.showMessage(self.tr("Please wait: the previous files are still being checked."), 5000)
            return None
        session, pool, drawer = self.session, self.inspector_pool(), self.drawer()

        def work(token: CancelToken) -> tuple[set[int], ImportResult]:
            before = {d.id for d in session.documents(item_id)}
            if read is not None:
                return before, session.import_read_as_jpeg(read, item_id, pool, drawer.draw_pdf_page, page)
            return before, session.import_as_jpeg(path, item_id, pool, drawer.draw_pdf_page, page)

        def done(outcome: tuple[set[int], ImportResult]) -> None:
            self.job = None
            if self.session.closed:
                return
            before, result = outcome
            if result.document is not None and result.document.id not in before:
                self._push_added([result.document])
            self.changed.emit()
            self._say_converted(result, path.name)
            self._offer_next_conversion()

        def failed(exc: BaseException, details: str) -> None:
            self._import_failed(exc, details)
            self._offer_next_conversion()

        self.job = run_in_background(work, done, failed, self.progress)
        return self.job

    def _import_failed(self, exc: BaseException, details: str) -> None:
        self.job = None
        if self.session.closed or isinstance(exc, CancelledError):  # closing: nothing to tell
            return
        self.changed.emit()
        self._show_error(exc, details)

    def _push_added(self, documents: list[StoredDocument]) -> None:
        """Make an import undoable: the files it added (not those it found already there)."""
        if documents:
            self.undo_stack.push(commands.AddDocuments(self.session, documents, self.changed.emit))

    def ask_password(self, item_id: str, path: Path) -> Job | None:
        """A protected PDF: ask for its password, and keep an unprotected copy only if the user agrees. The PDF
        is decrypted and checked in the background, like any import. An item that takes JPEG alone refuses the
        decrypted PDF too: then Convert to JPEG is offered, from the decrypted bytes held in memory."""
        password, agreed = QInputDialog.getText(
            self.window,
            self.tr("Password-protected PDF"),
            self.tr(
                "{name} is protected by a password. Enter it to keep an unprotected copy in this project "
                "(the original file stays as it is). Cancel to leave it out."
            ).format(name=path.name),
            QLineEdit.EchoMode.Password,
        )
        if not agreed or not password or self.job is not None:
            return None
        session, pool = self.session, self.inspector_pool()

        def work(token: CancelToken) -> tuple[set[int], ImportResult, Candidate]:
            before = {d.id for d in session.documents(item_id)}
            unlocked = session.decrypt(path, password, pool)
            return before, session.import_read(unlocked, item_id, pool), unlocked

        def failed(exc: BaseException, details: str) -> None:
            from ttps_desktop.core.evidence.working_copy import WrongPasswordError

            self.job = None
            if isinstance(exc, WrongPasswordError):
                self.status.showMessage(
                    self.tr("Wrong password for {name}: nothing was added.").format(name=path.name), 10000
                )
            else:
                self._import_failed(exc, details)

        def done(outcome: tuple[set[int], ImportResult, Candidate]) -> None:
            from ttps_desktop.core.evidence.intake import refused_for_kind

            self.job = None
            if self.session.closed:
                return
            before, result, unlocked = outcome
            if result.document is not None and result.document.id not in before:
                self._push_added([result.document])
            self.changed.emit()
            if refused_for_kind(result):
                self._to_convert.append((item_id, result, unlocked))
                self._offer_next_conversion()
            elif not result.accepted:
                first = next((f for f in result.findings if f.severity is Severity.ERROR), None)
                if first is not None:
                    self.status.showMessage(self.translator().render(first.message), 15000)

        self.job = run_in_background(work, done, failed, self.progress)
        return self.job
