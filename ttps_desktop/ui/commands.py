"""Every edit the window makes is a QUndoCommand: Edit > Undo and the platform's shortcut take it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ttps_desktop.core.project.store import Project, StoredDocument
from ttps_desktop.core.rules.facts import Facts


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

    def redo(self) -> None:
        self.project.remove_document(self.current_id)
        self.refresh()

    def undo(self) -> None:
        doc = self.document
        restored, _ = self.project.add_document(
            doc.item_id, self.data, doc.display_name, doc.media_type, self.inspection
        )
        self.project.move_document(restored.id, doc.item_id, doc.position)
        if doc.facts:
            self.project.set_document_facts(restored.id, doc.facts)
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
