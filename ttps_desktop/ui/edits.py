"""The edits the window's panes and menus ask for: each one runs through the controller, saved at once and
undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.ui import commands

if TYPE_CHECKING:  # the dialogs are imported when first opened, not with the window (start-up time)
    from ttps_desktop.ui.dialogs.document_facts import DocumentFactsDialog
    from ttps_desktop.ui.dialogs.facts import FactsDialog
    from ttps_desktop.ui.main_window import MainWindow


class Edits:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def move_document(self, doc_id: int, position: int) -> None:
        s = self.window.session
        self.window.controller.edit(
            lambda: commands.move_document(
                s, doc_id, s.document(doc_id).item_id, position, self.window.refresh
            )
        )

    def move_to_item(self, doc_id: int, item_id: str) -> None:
        """A thumbnail dropped on another checklist item: the file now serves that item (last in its list)."""
        s = self.window.session
        if s.document(doc_id).item_id == item_id:
            return
        if self.window.controller.offer_stored_conversion(doc_id, item_id) is not None:
            return  # an item that takes JPEG alone: the file goes there converted, if the user agrees
        end = len(s.documents(item_id))
        self.window.controller.edit(
            lambda: commands.move_document(s, doc_id, item_id, end, self.window.refresh)
        )

    def rotate_document(self, doc_id: int, degrees: int) -> None:
        self.window.controller.edit(
            lambda: commands.rotate_document(self.window.session, doc_id, degrees, self.window.refresh)
        )

    def edit_document_facts(self, doc_id: int) -> DocumentFactsDialog:
        from ttps_desktop.ui.dialogs.document_facts import DocumentFactsDialog

        document = self.window.session.document(doc_id)
        dialog = DocumentFactsDialog(document, self.window.facts, self.window.translator, self.window)
        dialog.accepted.connect(lambda: self._apply_document_facts(doc_id, dialog))
        dialog.open()
        return dialog

    def _apply_document_facts(self, doc_id: int, dialog: DocumentFactsDialog) -> None:
        facts = dialog.result_facts
        if facts is not None and facts != self.window.session.document(doc_id).facts:
            self.window.controller.edit(
                lambda: commands.set_document_facts(self.window.session, doc_id, facts, self.window.refresh)
            )

    def choose_category(self, chosen: CategoryId | None) -> None:
        if chosen != self.window.session.chosen_category():
            self.window.controller.edit(
                lambda: commands.set_category(self.window.session, chosen, self.window.refresh)
            )

    def set_confirmed(self, item_id: str, confirmed: bool) -> None:
        self.window.controller.edit(
            lambda: commands.set_confirmed(self.window.session, item_id, confirmed, self.window.refresh)
        )

    def remove_document(self, doc_id: int) -> None:
        s = self.window.session
        self.window.controller.edit(
            lambda: commands.RemoveDocument(s, s.document(doc_id), self.window.refresh)
        )

    def edit_facts(self) -> FactsDialog:
        from ttps_desktop.ui.dialogs.facts import FactsDialog

        dialog = FactsDialog(self.window.session.facts(), self.window.language, self.window)
        dialog.accepted.connect(lambda: self._apply_facts(dialog))
        dialog.open()
        return dialog

    def _apply_facts(self, dialog: FactsDialog) -> None:
        after = dialog.facts
        if after is not None:
            before = self.window.session.facts()
            self.window.controller.edit(
                lambda: commands.set_facts(self.window.session, before, after, self.window.refresh)
            )

    def edit_note(self) -> bool:
        """The user's own note on the selected checklist item (shown with the item's files, printed by
        ``ttps-desktop check``); an empty note removes it."""
        window = self.window
        item_id = window.selected_item_id()
        if item_id is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Edits", "Select a checklist item first, then write its note."),
                5000,
            )
            return False
        before = window.session.notes().get(item_id, "")
        text, agreed = QInputDialog.getMultiLineText(
            window,
            QCoreApplication.translate("Edits", "Note"),
            QCoreApplication.translate(
                "Edits", "Your note on this item (kept in the project, printed on the checklist):"
            ),
            before,
        )
        if not agreed or text.strip() == before.strip():
            return False
        return window.controller.edit(
            lambda: commands.set_note(window.session, item_id, before, text, window.refresh)
        )

    def answer_question(self, question: str, answer: str | None) -> None:
        """One of the e-form's questions (the criminal-conviction declaration) answered, or the answer taken back."""
        window = self.window
        before = window.session.answers().get(question)
        if before != answer:
            window.controller.edit(
                lambda: commands.set_answer(window.session, question, before, answer, window.refresh)
            )
