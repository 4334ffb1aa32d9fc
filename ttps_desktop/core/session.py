"""One owner for an open project: the session.

A ``Project`` holds one SQLite connection, and a connection is not a thing to share between threads. The session
owns the open project and runs every operation on it — reading, importing, editing, ticking, undo and redo,
verifying, reading for an export — on one thread of its own, one operation at a time. Callers anywhere (the
window's GUI thread, its background jobs, the command line) hand it work and get a future or the result back, so
two threads can never interleave on the connection: concurrency by design, not by luck.

Slow work that does not need the connection stays with the caller: files are read and inspected in the caller's
thread and the inspector processes, and only the storing goes to the owner; the integrity check hashes the stored
files one operation per file, so edits slot in between. What the checklist and the findings depend on (the rule
version in force, the upload profile, the university list) is worked out once per change of the project
(``check``), not once per pane.

This module never imports Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ttps_desktop.core.document_facts import validated_document_facts
from ttps_desktop.core.progress import NullProgress, Progress, check_cancel
from ttps_desktop.core.project.store import IntegrityProblem, Project, RemovedDocument, StoredDocument
from ttps_desktop.core.project_check import ProjectCheck, check_project
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import CategoryId, Requirement

if TYPE_CHECKING:
    from ttps_desktop.core.evidence.intake import Candidate, ImportResult
    from ttps_desktop.core.evidence.pool import InspectorPool
    from ttps_desktop.core.export.localizer import Localizer
    from ttps_desktop.core.export.pack import PageDrawer
    from ttps_desktop.core.export.run import ExportResult

T = TypeVar("T")


class SessionClosedError(RuntimeError):
    """Work was handed to a session after it was closed."""


class Session:
    """The open project and the one thread that may touch it. ``Session.open`` or ``Session.create``; ``close()``
    when done (also as a context manager)."""

    def __init__(self, opener: Callable[[], Project], profile_id: str | None = None) -> None:
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="ttps-session")
        self._closed = False
        self._close_lock = threading.Lock()
        try:
            # The connection is made on the owner thread, and sqlite3 refuses any other thread from then on.
            self._project, self._owner = self._executor.submit(
                lambda: (opener(), threading.get_ident())
            ).result()
        except BaseException:
            self._executor.shutdown(wait=True)
            raise
        self.path: Path = self._project.path
        self.read_only: bool = self._project.read_only
        self.profile_id = profile_id
        self._checked: tuple[int, str | None, ProjectCheck] | None = None

    @classmethod
    def open(cls, path: Path, read_only: bool = False, profile_id: str | None = None) -> Session:
        return cls(lambda: Project.open(Path(path), read_only), profile_id)

    @classmethod
    def create(
        cls, path: Path, facts: Facts, category: CategoryId | None = None, profile_id: str | None = None
    ) -> Session:
        def create_and_choose() -> Project:
            project = Project.create(Path(path), facts)
            try:
                if category is not None:
                    project.set_chosen_category(category)
            except BaseException:
                project.close()  # the file stays (complete, without the choice); its lock does not
                raise
            return project

        return cls(create_and_choose, profile_id)

    # ---- handing work to the owner --------------------------------------------------------------------------

    def on_owner_thread(self) -> bool:
        return threading.get_ident() == self._owner

    def submit(self, work: Callable[[Project], T]) -> Future[T]:
        """Run ``work(project)`` on the owner thread, after the work handed in before it."""
        if self._closed:
            raise SessionClosedError(str(self.path))
        if self.on_owner_thread():  # work that hands in more work: run it now, never wait on itself
            future: Future[T] = Future()
            try:
                future.set_result(work(self._project))
            except BaseException as exc:
                future.set_exception(exc)
            return future
        try:
            return self._executor.submit(work, self._project)
        except RuntimeError as exc:  # shut down between the check above and here
            raise SessionClosedError(str(self.path)) from exc

    def call(self, work: Callable[[Project], T]) -> T:
        """Run ``work(project)`` on the owner thread and wait for its result (or its exception)."""
        return self.submit(work).result()

    def close(self) -> None:
        """Finish the work handed in, then close the project (a backup if it changed) on the owner thread."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        try:
            self._executor.submit(self._project.close).result()
        finally:
            self._executor.shutdown(wait=True)

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- reading --------------------------------------------------------------------------------------------

    def revision(self) -> int:
        return self.call(lambda p: p.revision)

    def facts(self) -> Facts:
        return self.call(lambda p: p.facts())

    def chosen_category(self) -> CategoryId | None:
        return self.call(lambda p: p.chosen_category)

    def documents(self, item_id: str | None = None) -> list[StoredDocument]:
        return self.call(lambda p: p.documents(item_id))

    def document(self, doc_id: int) -> StoredDocument:
        return self.call(lambda p: p.document(doc_id))

    def documents_with_content(self, sha256: str) -> list[StoredDocument]:
        return self.call(lambda p: p.documents_with_content(sha256))

    def read_document(self, doc_id: int) -> bytes:
        return self.call(lambda p: p.read_document(doc_id))

    def inspections(self) -> dict[str, dict[str, Any]]:
        return self.call(lambda p: p.inspections())

    def notes(self) -> dict[str, str]:
        return self.call(lambda p: p.notes())

    def confirmations(self) -> set[str]:
        return self.call(lambda p: p.confirmations())

    def answers(self) -> dict[str, str]:
        return self.call(lambda p: p.answers())

    def check(self, profile_id: str | None = None) -> ProjectCheck:
        """Verdicts, checklist and findings as the project is now: worked out once per change and profile."""
        profile = profile_id if profile_id is not None else self.profile_id

        def work(project: Project) -> ProjectCheck:
            revision = project.revision
            if self._checked is not None and self._checked[:2] == (revision, profile):
                return self._checked[2]
            result = check_project(project, profile)
            self._checked = (revision, profile, result)
            return result

        return self.call(work)

    def requirement(self, item_id: str) -> Requirement | None:
        item = next((i for i in self.check().report.items if i.id == item_id), None)
        return item.requirement if item else None

    # ---- editing: each one durable transaction on the owner thread -------------------------------------------

    def set_facts(self, facts: Facts) -> None:
        self.call(lambda p: p.set_facts(facts))

    def set_chosen_category(self, category: CategoryId | None) -> None:
        self.call(lambda p: p.set_chosen_category(category))

    def set_confirmed(self, item_id: str, confirmed: bool) -> None:
        self.call(lambda p: p.set_confirmed(item_id, confirmed))

    def set_answer(self, question: str, answer: str | None) -> None:
        """Answer one of the e-form's questions; None takes the answer back."""
        self.call(lambda p: p.set_answer(question, answer))

    def set_note(self, item_id: str, text: str) -> None:
        self.call(lambda p: p.set_note(item_id, text))

    def set_rotation(self, doc_id: int, degrees: int) -> None:
        self.call(lambda p: p.set_rotation(doc_id, degrees))

    def set_document_facts(self, doc_id: int, facts: dict[str, Any]) -> None:
        """A file's details, checked by the same rules as the details dialog (DocumentFactsError if broken)."""
        checked = validated_document_facts(facts)
        self.call(lambda p: p.set_document_facts(doc_id, checked))

    def move_document(self, doc_id: int, item_id: str, position: int) -> None:
        self.call(lambda p: p.move_document(doc_id, item_id, position))

    def add_document(
        self,
        item_id: str,
        data: bytes,
        display_name: str,
        media_type: str,
        inspection: dict[str, Any] | None = None,
    ) -> tuple[StoredDocument, bool]:
        return self.call(lambda p: p.add_document(item_id, data, display_name, media_type, inspection))

    def remove_document(self, doc_id: int) -> None:
        self.call(lambda p: p.remove_document(doc_id))

    def restore_document(
        self, document: StoredDocument, data: bytes, inspection: dict[str, Any] | None, index: int
    ) -> StoredDocument:
        return self.call(lambda p: p.restore_document(document, data, inspection, index))

    def take_out(self, doc_ids: Sequence[int]) -> list[RemovedDocument]:
        """Remove documents in one transaction; what comes back puts them back as they were (``put_back``)."""
        return self.call(lambda p: p.take_out(doc_ids))

    def put_back(self, removed: Sequence[RemovedDocument]) -> None:
        self.call(lambda p: p.put_back(removed))

    def swap(self, doc_ids: Sequence[int], removed: Sequence[RemovedDocument]) -> list[RemovedDocument]:
        """Take documents out and put others back in one transaction; what comes back undoes it."""
        return self.call(lambda p: p.swap(doc_ids, removed))

    # ---- the long operations --------------------------------------------------------------------------------

    def import_files(
        self,
        paths: Sequence[Path],
        item_id: str,
        pool: InspectorPool,
        progress: Progress | None = None,
    ) -> list[ImportResult]:
        """Read and inspect the files in the calling thread and the inspector processes; store the good ones
        through the owner, one file at a time."""
        from ttps_desktop.core.evidence.intake import import_files

        return import_files(self, paths, item_id, self.requirement(item_id), pool, progress)

    def import_decrypted(self, path: Path, password: str, item_id: str, pool: InspectorPool) -> ImportResult:
        """A protected PDF the user gave the password for: decrypted in the calling thread, stored by the owner."""
        from ttps_desktop.core.evidence.intake import import_decrypted

        return import_decrypted(self, path, password, item_id, self.requirement(item_id), pool)

    def decrypt(self, path: Path, password: str, pool: InspectorPool) -> Candidate:
        """A protected PDF decrypted in memory (in a worker process), not stored: ``import_read`` stores it as it
        is, ``import_read_as_jpeg`` as a JPEG of a page. A wrong password raises WrongPasswordError."""
        from ttps_desktop.core.evidence.intake import decrypted_candidate

        return decrypted_candidate(path, password, pool)

    def import_read(self, candidate: Candidate, item_id: str, pool: InspectorPool) -> ImportResult:
        """A file already read (``decrypt``), checked and stored like any import."""
        from ttps_desktop.core.evidence.intake import import_candidates

        return import_candidates(self, [candidate], item_id, self.requirement(item_id), pool)[0]

    def import_read_as_jpeg(
        self,
        candidate: Candidate,
        item_id: str,
        pool: InspectorPool,
        draw_page: PageDrawer | None,
        page: int = 0,
    ) -> ImportResult:
        """A file already read (``decrypt``) added as a JPEG of its page ``page`` (0-based), as ``import_as_jpeg``."""
        from ttps_desktop.core.evidence.intake import candidate_as_jpeg

        return candidate_as_jpeg(self, candidate, item_id, self.requirement(item_id), pool, draw_page, page)

    def import_as_jpeg(
        self,
        path: Path,
        item_id: str,
        pool: InspectorPool,
        draw_page: PageDrawer | None,
        page: int = 0,
    ) -> ImportResult:
        """A file refused by an item that takes JPEG alone, added as a JPEG of its page ``page`` (0-based), with
        the user's consent: converted in the calling thread (a PDF page drawn by ``draw_page``), stored by the
        owner."""
        from ttps_desktop.core.evidence.intake import import_as_jpeg

        return import_as_jpeg(self, path, item_id, self.requirement(item_id), pool, draw_page, page)

    def convert_document(
        self,
        doc_id: int,
        item_id: str,
        pool: InspectorPool,
        draw_page: PageDrawer | None,
        page: int = 0,
    ) -> tuple[ImportResult, list[RemovedDocument]]:
        """A stored document of another type, made a JPEG of its page ``page`` (0-based) for ``item_id`` (an item
        that takes JPEG alone); once the JPEG is in, the original is taken out. What comes back: the JPEG's
        result, and what puts the original back (``put_back``) — nothing if the JPEG was not added."""
        from ttps_desktop.core.evidence.intake import stored_as_jpeg

        document = self.document(doc_id)
        data = self.read_document(doc_id)
        result = stored_as_jpeg(
            self, document, data, item_id, self.requirement(item_id), pool, draw_page, page
        )
        removed = self.take_out([doc_id]) if result.accepted else []
        return result, removed

    def verify(self, progress: Progress | None = None) -> list[IntegrityProblem]:
        """The database's own check, then each stored file against its SHA-256, one file per operation so that
        edits are not held up behind a whole project's hashing."""
        progress = progress or NullProgress()
        problems = self.call(lambda p: p.database_problems())
        blobs = self.call(lambda p: p.stored_files())
        for done, stored in enumerate(blobs, start=1):
            check_cancel(progress)
            problem = self.call(partial(Project.check_stored_file, stored=stored))
            if problem is not None:
                problems.append(problem)
            progress.update(done, len(blobs))
        return problems

    def export(
        self,
        out_dir: Path,
        loc: Localizer,
        profile_id: str | None = None,
        password: str | None = None,
        allow_incomplete: bool = False,
        letter: bool = False,
        progress: Progress | None = None,
        draw_page: PageDrawer | None = None,
        protect_pack: bool = False,
    ) -> ExportResult:
        """Export on the owner thread: the export reads the project as one consistent state (edits handed in
        meanwhile wait their turn)."""
        from ttps_desktop.core.export.run import export_project

        profile = profile_id if profile_id is not None else self.profile_id
        return self.call(
            lambda p: export_project(
                p,
                out_dir,
                loc,
                profile,
                password,
                allow_incomplete,
                letter,
                progress=progress,
                draw_page=draw_page,
                protect_pack=protect_pack,
            )
        )

    def checklist_pdf(self, loc: Localizer, profile_id: str | None = None) -> bytes:
        from ttps_desktop.core.export.run import checklist_only

        profile = profile_id if profile_id is not None else self.profile_id
        return self.call(lambda p: checklist_only(p, loc, profile))

    def save_copy(self, target: Path) -> None:
        self.call(lambda p: p.save_copy(Path(target)))
