"""Every edit the window makes is a QUndoCommand: Edit > Undo and the platform's shortcut take it back.

Most edits replace one value (a tick, a turn, a place, the facts, the category): ``SetValue`` does those, given
how to apply a value. Removing a file keeps its bytes so that undo can put it back as it was; an import's files
can be taken back out (and put back) the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ttps_desktop.core.project.store import Project, StoredDocument
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import CategoryId

T = TypeVar("T")


class SetValue(QUndoCommand, Generic[T]):
    """An edit that replaces one value: redo applies ``after``, undo applies ``before``; then the window is
    refreshed."""

    def __init__(
        self, text: str, apply: Callable[[T], None], before: T, after: T, refresh: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self.apply, self.before, self.after, self.refresh = apply, before, after, refresh

    def redo(self) -> None:
        self.apply(self.after)
        self.refresh()

    def undo(self) -> None:
        self.apply(self.before)
        self.refresh()


def set_confirmed(
    project: Project, item_id: str, confirmed: bool, refresh: Callable[[], None]
) -> SetValue[bool]:
    text = (
        QCoreApplication.translate("Commands", "Tick as done")
        if confirmed
        else QCoreApplication.translate("Commands", "Untick")
    )
    return SetValue(text, lambda v: project.set_confirmed(item_id, v), not confirmed, confirmed, refresh)


def set_answer(
    project: Project, question: str, before: str | None, after: str | None, refresh: Callable[[], None]
) -> SetValue[str | None]:
    """Answer one of the e-form's questions (the criminal-conviction declaration), or take the answer back."""
    return SetValue(
        QCoreApplication.translate("Commands", "Answer a question"),
        lambda v: project.set_answer(question, v),
        before,
        after,
        refresh,
    )


def set_facts(project: Project, before: Facts, after: Facts, refresh: Callable[[], None]) -> SetValue[Facts]:
    return SetValue(
        QCoreApplication.translate("Commands", "Edit the applicant's facts"),
        project.set_facts,
        before,
        after,
        refresh,
    )


def set_category(
    project: Project, category: CategoryId | None, refresh: Callable[[], None]
) -> SetValue[CategoryId | None]:
    """The category the user applies under; None follows the app's suggestion."""
    before = project.chosen_category
    return SetValue(
        QCoreApplication.translate("Commands", "Choose the category"),
        project.set_chosen_category,
        before,
        category,
        refresh,
    )


def rotate_document(
    project: Project, doc_id: int, degrees: int, refresh: Callable[[], None]
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
    project: Project, doc_id: int, item_id: str, position: int, refresh: Callable[[], None]
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
    project: Project, doc_id: int, facts: dict[str, Any], refresh: Callable[[], None]
) -> SetValue[dict[str, Any]]:
    before = dict(project.document(doc_id).facts)
    return SetValue(
        QCoreApplication.translate("Commands", "Edit a file's details"),
        lambda v: project.set_document_facts(doc_id, v),
        before,
        facts,
        refresh,
    )


class RemoveDocument(QUndoCommand):
    """Remove a file from the project; undo puts the same bytes back as they were (same id, place, turn and
    details), so earlier edits of that file can still be undone."""

    def __init__(self, project: Project, document: StoredDocument, refresh: Callable[[], None]) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Remove {name}").format(name=document.display_name)
        )
        self.project, self.document, self.refresh = project, document, refresh
        self.data = project.read_document(document.id)
        self.inspection: dict[str, Any] | None = project.inspections().get(document.sha256)
        self.index = [d.id for d in project.documents(document.item_id)].index(document.id)

    def redo(self) -> None:
        self.project.remove_document(self.document.id)
        self.refresh()

    def undo(self) -> None:
        self.project.restore_document(self.document, self.data, self.inspection, self.index)
        self.refresh()


class AddDocuments(QUndoCommand):
    """Files an import has just added. The import did the adding, so the first redo does nothing; undo removes
    them (keeping their bytes), and redo puts them back as they were."""

    def __init__(
        self, project: Project, documents: list[StoredDocument], refresh: Callable[[], None]
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Add {count} files").format(count=len(documents))
        )
        self.project, self.documents, self.refresh = project, documents, refresh
        self.kept: list[tuple[StoredDocument, bytes, dict[str, Any] | None, int]] = []
        self.done = True

    def redo(self) -> None:
        if self.done:
            return
        for document, data, inspection, index in sorted(self.kept, key=lambda kept: kept[3]):
            self.project.restore_document(document, data, inspection, index)  # lowest place first
        self.kept, self.done = [], True
        self.refresh()

    def undo(self) -> None:
        inspections = self.project.inspections()
        for document in self.documents:
            current = self.project.document(document.id)  # as it is now, details and turn included
            index = [d.id for d in self.project.documents(current.item_id)].index(current.id)
            data = self.project.read_document(current.id)
            self.kept.append((current, data, inspections.get(current.sha256), index))
        for document, *_rest in self.kept:
            self.project.remove_document(document.id)
        self.done = False
        self.refresh()
