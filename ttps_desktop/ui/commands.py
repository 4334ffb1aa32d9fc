"""Every edit the window makes is a QUndoCommand: Edit > Undo and the platform's shortcut take it back.

An edit can fail (a full disk, a file replaced behind our back), and QUndoStack moves on whatever ``redo`` or
``undo`` does. So the window never lets the stack call into the project: it runs ``Edit.do``/``Edit.undo_edit``
itself, and only when that succeeded does it push the command or move the stack (``stack_follows``), so the
stack always says what the file holds. A failure is shown like any other failed edit.

Most edits replace one value (a tick, a turn, a place, the facts, the category): ``SetValue`` does those, given
how to apply a value. Removing a file keeps its bytes so that undo can put it back as it was; an import's files
can be taken back out (and put back) the same way. Every change goes through the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ttps_desktop.core.project.store import RemovedDocument, StoredDocument
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.session import Session

T = TypeVar("T")


class Edit(QUndoCommand):
    """An undoable edit. ``do`` and ``undo_edit`` change the project and may raise; ``redo``/``undo`` (called by
    QUndoStack) only refresh, after the window has run the change itself."""

    def __init__(self, text: str, refresh: Callable[[], None]) -> None:
        super().__init__(text)
        self.refresh = refresh

    def do(self) -> None:
        raise NotImplementedError

    def undo_edit(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.refresh()

    def undo(self) -> None:
        self.refresh()


class SetValue(Edit, Generic[T]):
    """An edit that replaces one value: ``do`` applies ``after``, ``undo_edit`` applies ``before``."""

    def __init__(
        self, text: str, apply: Callable[[T], None], before: T, after: T, refresh: Callable[[], None]
    ) -> None:
        super().__init__(text, refresh)
        self.apply, self.before, self.after = apply, before, after

    def do(self) -> None:
        self.apply(self.after)

    def undo_edit(self) -> None:
        self.apply(self.before)


def set_confirmed(
    project: Session, item_id: str, confirmed: bool, refresh: Callable[[], None]
) -> SetValue[bool]:
    text = (
        QCoreApplication.translate("Commands", "Tick as done")
        if confirmed
        else QCoreApplication.translate("Commands", "Untick")
    )
    return SetValue(text, lambda v: project.set_confirmed(item_id, v), not confirmed, confirmed, refresh)


def set_note(
    project: Session, item_id: str, before: str, after: str, refresh: Callable[[], None]
) -> SetValue[str]:
    return SetValue(
        QCoreApplication.translate("Commands", "Edit a note"),
        lambda v: project.set_note(item_id, v),
        before,
        after,
        refresh,
    )


def set_answer(
    project: Session, question: str, before: str | None, after: str | None, refresh: Callable[[], None]
) -> SetValue[str | None]:
    """Answer one of the e-form's questions (the criminal-conviction declaration), or take the answer back."""
    return SetValue(
        QCoreApplication.translate("Commands", "Answer a question"),
        lambda v: project.set_answer(question, v),
        before,
        after,
        refresh,
    )


def set_facts(project: Session, before: Facts, after: Facts, refresh: Callable[[], None]) -> SetValue[Facts]:
    return SetValue(
        QCoreApplication.translate("Commands", "Edit the applicant's facts"),
        project.set_facts,
        before,
        after,
        refresh,
    )


def set_category(
    project: Session, category: CategoryId | None, refresh: Callable[[], None]
) -> SetValue[CategoryId | None]:
    """The category the user applies under; None follows the app's suggestion."""
    before = project.chosen_category()
    return SetValue(
        QCoreApplication.translate("Commands", "Choose the category"),
        project.set_chosen_category,
        before,
        category,
        refresh,
    )


def rotate_document(
    project: Session, doc_id: int, degrees: int, refresh: Callable[[], None]
) -> SetValue[int]:
    text = (
        QCoreApplication.translate("Commands", "Rotate right")
        if degrees > 0
        else QCoreApplication.translate("Commands", "Rotate left")
    )
    before = project.document(doc_id).rotation
    return SetValue(
        text, lambda v: project.set_rotation(doc_id, v), before, (before + degrees) % 360, refresh
    )


def move_document(
    project: Session, doc_id: int, item_id: str, position: int, refresh: Callable[[], None]
) -> SetValue[tuple[str, int]]:
    """A new place for a file: among its item's files (the order of the dossier and the upload pack), or under
    another checklist item."""
    old_item = project.document(doc_id).item_id
    before = (old_item, [d.id for d in project.documents(old_item)].index(doc_id))
    text = (
        QCoreApplication.translate("Commands", "Reorder files")
        if item_id == old_item
        else QCoreApplication.translate("Commands", "Move a file to another item")
    )
    return SetValue(
        text, lambda v: project.move_document(doc_id, v[0], v[1]), before, (item_id, position), refresh
    )


def set_document_facts(
    project: Session, doc_id: int, facts: dict[str, Any], refresh: Callable[[], None]
) -> SetValue[dict[str, Any]]:
    before = dict(project.document(doc_id).facts)
    return SetValue(
        QCoreApplication.translate("Commands", "Edit a file's details"),
        lambda v: project.set_document_facts(doc_id, v),
        before,
        facts,
        refresh,
    )


class RemoveDocument(Edit):
    """Remove a file from the project; undo puts the same bytes back as they were (same id, place, turn and
    details), so earlier edits of that file can still be undone."""

    def __init__(self, project: Session, document: StoredDocument, refresh: Callable[[], None]) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Remove {name}").format(name=document.display_name),
            refresh,
        )
        self.project, self.doc_ids = project, [document.id]
        self.kept: list[RemovedDocument] = []

    def do(self) -> None:
        self.kept = self.project.take_out(self.doc_ids)

    def undo_edit(self) -> None:
        self.project.put_back(self.kept)
        self.kept = []


class AddDocuments(RemoveDocument):
    """Files an import has just added. The import did the adding, so there is nothing to do at first; undo
    takes them out (keeping their bytes), and redo puts them back as they were: each in one transaction."""

    def __init__(
        self, project: Session, documents: list[StoredDocument], refresh: Callable[[], None]
    ) -> None:
        Edit.__init__(
            self,
            QCoreApplication.translate("Commands", "Add {count} files").format(count=len(documents)),
            refresh,
        )
        self.project, self.doc_ids = project, [d.id for d in documents]
        self.kept = []
        self.added = True

    def do(self) -> None:
        if not self.added:  # the first time, the import itself did it
            self.project.put_back(self.kept)
            self.kept = []
        self.added = True

    def undo_edit(self) -> None:
        self.kept = self.project.take_out(self.doc_ids)
        self.added = False


class ConvertDocument(Edit):
    """A stored file replaced by a JPEG of one of its pages (for an item that takes JPEG alone). The conversion did
    the replacing, so there is nothing to do at first; undo takes the JPEG out and puts the original back as it
    was, redo the reverse, each in one transaction."""

    def __init__(
        self,
        project: Session,
        added: StoredDocument,
        removed: list[RemovedDocument],
        refresh: Callable[[], None],
    ) -> None:
        name = removed[0].document.display_name if removed else added.display_name
        super().__init__(
            QCoreApplication.translate("Commands", "Convert {name} to JPEG").format(name=name), refresh
        )
        self.project, self.added_id = project, added.id
        self.original_ids = [r.document.id for r in removed]
        self.removed, self.kept_jpeg = removed, list[RemovedDocument]()

    def do(self) -> None:
        if self.kept_jpeg:  # a redo: the first time, the conversion itself did it
            self.removed = self.project.swap(self.original_ids, self.kept_jpeg)
            self.kept_jpeg = []

    def undo_edit(self) -> None:
        self.kept_jpeg = self.project.swap([self.added_id], self.removed)
        self.removed = []
