"""Every edit the window makes is a QUndoCommand: Edit > Undo and the platform's shortcut take it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ttps_desktop.core.project.store import Project, StoredDocument
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import CategoryId


class SetConfirmed(QUndoCommand):
    def __init__(self, project: Project, item_id: str, confirmed: bool, refresh: Callable[[], None]) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Tick as done")
            if confirmed
            else QCoreApplication.translate("Commands", "Untick")
        )
        self.project, self.item_id, self.confirmed, self.refresh = project, item_id, confirmed, refresh

    def redo(self) -> None:
        self.project.set_confirmed(self.item_id, self.confirmed)
        self.refresh()

    def undo(self) -> None:
        self.project.set_confirmed(self.item_id, not self.confirmed)
        self.refresh()


class RemoveDocument(QUndoCommand):
    """Remove a file from the project; undo puts the same bytes back at the same place."""

    def __init__(self, project: Project, document: StoredDocument, refresh: Callable[[], None]) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Remove {name}").format(name=document.display_name)
        )
        self.project, self.document, self.refresh = project, document, refresh
        self.data = project.read_document(document.id)
        self.inspection: dict[str, Any] | None = project.inspections().get(document.sha256)
        self.current_id = document.id
        self.index = [d.id for d in project.documents(document.item_id)].index(document.id)

    def redo(self) -> None:
        self.project.remove_document(self.current_id)
        self.refresh()

    def undo(self) -> None:
        doc = self.document
        restored, _ = self.project.add_document(
            doc.item_id, self.data, doc.display_name, doc.media_type, self.inspection
        )
        self.project.move_document(restored.id, doc.item_id, self.index)
        if doc.facts:
            self.project.set_document_facts(restored.id, doc.facts)
        if doc.rotation:
            self.project.set_rotation(restored.id, doc.rotation)
        self.current_id = restored.id
        self.refresh()


class SetFacts(QUndoCommand):
    def __init__(self, project: Project, before: Facts, after: Facts, refresh: Callable[[], None]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit the applicant's facts"))
        self.project, self.before, self.after, self.refresh = project, before, after, refresh

    def redo(self) -> None:
        self.project.set_facts(self.after)
        self.refresh()

    def undo(self) -> None:
        self.project.set_facts(self.before)
        self.refresh()


class RotateDocument(QUndoCommand):
    def __init__(self, project: Project, doc_id: int, degrees: int, refresh: Callable[[], None]) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Rotate right")
            if degrees > 0
            else QCoreApplication.translate("Commands", "Rotate left")
        )
        self.project, self.doc_id, self.refresh = project, doc_id, refresh
        self.before = project.document(doc_id).rotation
        self.after = (self.before + degrees) % 360

    def redo(self) -> None:
        self.project.set_rotation(self.doc_id, self.after)
        self.refresh()

    def undo(self) -> None:
        self.project.set_rotation(self.doc_id, self.before)
        self.refresh()


class MoveDocument(QUndoCommand):
    """A new place among the item's files: the order of the dossier and the upload pack."""

    def __init__(self, project: Project, doc_id: int, position: int, refresh: Callable[[], None]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Reorder files"))
        document = project.document(doc_id)
        self.project, self.doc_id, self.refresh = project, doc_id, refresh
        order = [d.id for d in project.documents(document.item_id)]
        self.item_id, self.before, self.after = document.item_id, order.index(doc_id), position

    def redo(self) -> None:
        self.project.move_document(self.doc_id, self.item_id, self.after)
        self.refresh()

    def undo(self) -> None:
        self.project.move_document(self.doc_id, self.item_id, self.before)
        self.refresh()


class SetDocumentFacts(QUndoCommand):
    def __init__(
        self, project: Project, doc_id: int, facts: dict[str, Any], refresh: Callable[[], None]
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit a file's details"))
        self.project, self.doc_id, self.refresh = project, doc_id, refresh
        self.before, self.after = dict(project.document(doc_id).facts), facts

    def redo(self) -> None:
        self.project.set_document_facts(self.doc_id, self.after)
        self.refresh()

    def undo(self) -> None:
        self.project.set_document_facts(self.doc_id, self.before)
        self.refresh()


class SetCategory(QUndoCommand):
    """The category the user applies under; None follows the app's suggestion."""

    def __init__(self, project: Project, category: CategoryId | None, refresh: Callable[[], None]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Choose the category"))
        self.project, self.refresh = project, refresh
        self.before, self.after = project.chosen_category, category

    def redo(self) -> None:
        self.project.set_chosen_category(self.after)
        self.refresh()

    def undo(self) -> None:
        self.project.set_chosen_category(self.before)
        self.refresh()
