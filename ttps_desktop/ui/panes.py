"""The panes of the main window. Each shows a piece of core state; none computes a rule."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.findings import Severity
from ttps_desktop.core.language import Language
from ttps_desktop.core.project_check import ProjectCheck, item_mark
from ttps_desktop.core.rules.checklist import Person
from ttps_desktop.core.rules.eligibility import Assessment, Reason
from ttps_desktop.core.rules.model import Answer
from ttps_desktop.core.rules.reasons import Outcome, Verdict
from ttps_desktop.i18n import Translator

ITEM_ID = Qt.ItemDataRole.UserRole
DOCUMENT_MIME = "application/x-ttps-document-id"  # a thumbnail being dragged: the document id
DOCUMENT_ID = Qt.ItemDataRole.UserRole + 1
QUESTION = Qt.ItemDataRole.UserRole + 2  # a checklist row that is a question of the e-form: no drops
_VERDICT_MARK = {Verdict.ELIGIBLE: "✓", Verdict.NOT_ELIGIBLE: "✗", Verdict.UNDETERMINED: "?"}
_SEVERITY_COLOUR = {  # on a light background, and (second) on a dark one
    Severity.ERROR: (QColor(176, 32, 32), QColor(240, 110, 110)),
    Severity.WARNING: (QColor(150, 96, 0), QColor(232, 176, 64)),
    Severity.INFO: (QColor(90, 90, 90), QColor(176, 176, 176)),
}
_SEVERITY_MARK = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "·"}


class ChecklistTree(QTreeWidget):
    """People → requirements → files. Files dropped on a requirement are offered for import into it."""

    files_dropped = Signal(str, list)  # checklist item id, list of paths
    document_dropped = Signal(int, str)  # a thumbnail dropped on an item: document id, checklist item id
    confirmed = Signal(str, bool)  # a tick-only item was ticked or unticked
    remove_requested = Signal(int)  # a stored document's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistTree")
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setColumnWidth(0, 330)
        self._filling = False
        self.itemChanged.connect(self._on_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def _on_changed(self, row: QTreeWidgetItem, column: int) -> None:
        item_id = row.data(0, ITEM_ID)
        if self._filling or item_id is None or not row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        self.confirmed.emit(str(item_id), row.checkState(0) == Qt.CheckState.Checked)

    def _context_menu(self, position: QPoint) -> None:
        row = self.itemAt(position)
        doc_id = row.data(0, DOCUMENT_ID) if row is not None else None
        if doc_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Remove from the project"), lambda: self.remove_requested.emit(int(doc_id)))
        menu.popup(self.viewport().mapToGlobal(position))

    def fill(
        self,
        check: ProjectCheck,
        language: Language,
        translator: Translator,
        person_label: Callable[[Person], str],
        confirmations: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        self.setHeaderLabels([self.tr("Checklist"), self.tr("Files")])
        tops = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        expanded = {top.text(0): top.isExpanded() for top in tops if top is not None}
        self._filling = True
        self.clear()
        statuses = {s.item_id: s for s in check.statuses}
        branches: dict[str, QTreeWidgetItem] = {}
        for item in check.report.applicable:
            key = item.person.key
            if key not in branches:
                branches[key] = QTreeWidgetItem([person_label(item.person)])
                self.addTopLevelItem(branches[key])
                branches[key].setExpanded(expanded.get(branches[key].text(0), True))
            status = statuses.get(item.id)
            files = status.documents if status else ()
            mark = (
                item_mark(
                    needed=item.mandatory or item.requirement.question is not None,
                    tick_only=item.requirement.confirm_only,
                    complete=status is not None and status.complete,
                    files=len(files),
                ).value
                + " "
            )
            row = QTreeWidgetItem(
                branches[key], [mark + item.requirement.title.get(language), str(len(files))]
            )
            row.setData(0, ITEM_ID, item.id)
            question = item.requirement.question
            if question is not None:  # a declaration: its answer, never files
                row.setData(0, QUESTION, question)
                answer = check.answers.get(question)
                row.setText(
                    1,
                    translator.format_value(Answer(answer))
                    if answer in tuple(Answer)
                    else self.tr("not answered"),
                )
            if item.requirement.confirm_only:
                ticked = item.id in confirmations
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            row.setToolTip(
                0, translator.render(item.reason.message) + "\n" + item.requirement.help.get(language)
            )
            for doc in files:
                child = QTreeWidgetItem(row, [doc.display_name])
                child.setData(0, DOCUMENT_ID, doc.id)
        self._filling = False

    def item_at_drop(self, event: QDropEvent | QDragMoveEvent) -> str | None:
        row = self.itemAt(event.position().toPoint())
        while row is not None and row.data(0, ITEM_ID) is None:
            row = row.parent()
        if row is None or row.data(0, QUESTION) is not None:  # a question of the e-form takes no files
            return None
        return str(row.data(0, ITEM_ID))

    def select_item(self, item_id: str) -> None:
        for top in range(self.topLevelItemCount()):
            branch = self.topLevelItem(top)
            for index in range(branch.childCount() if branch else 0):
                row = branch.child(index)  # type: ignore[union-attr]
                if row is not None and row.data(0, ITEM_ID) == item_id:
                    self.setCurrentItem(row)
                    return

    @staticmethod
    def _carries_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasUrls() or event.mimeData().hasFormat(DOCUMENT_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._carries_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._carries_files(event) and self.item_at_drop(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item_id = self.item_at_drop(event)
        mime = event.mimeData()
        if item_id is not None and mime.hasFormat(DOCUMENT_MIME):  # a file moved from the Files tab
            event.setDropAction(Qt.DropAction.CopyAction)  # the thumbnail list must not delete its row itself
            event.accept()
            self.document_dropped.emit(int(bytes(mime.data(DOCUMENT_MIME).data()).decode()), item_id)
            return
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if item_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(item_id, paths)


class FindingsList(QListWidget):
    """Every open problem, worst first, down to a chosen severity; activating one selects the checklist item it is
    about, and the file when it is about a file."""

    jump_to = Signal(str, int)  # checklist item id, document id (-1: the item itself)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.setWordWrap(True)
        self.least = Severity.INFO  # the least severe finding shown
        self._shown: tuple[ProjectCheck, Translator] | None = None
        self.itemActivated.connect(
            lambda row: self.jump_to.emit(row.data(ITEM_ID) or "", row.data(DOCUMENT_ID) or -1)
        )

    def show_down_to(self, least: Severity) -> None:
        self.least = least
        if self._shown is not None:
            self.fill(*self._shown)

    def fill(self, check: ProjectCheck, translator: Translator) -> None:
        self._shown = (check, translator)
        self.clear()
        item_of = {d.id: s.item_id for s in check.statuses for d in s.documents}
        order = list(Severity)
        dark = int(self.palette().color(QPalette.ColorRole.Base).lightness() < 128)
        for found in sorted(check.findings, key=lambda f: order.index(f.severity)):
            if order.index(found.severity) > order.index(self.least):
                continue
            row = QListWidgetItem(f"{_SEVERITY_MARK[found.severity]} {translator.render(found.message)}")
            row.setForeground(_SEVERITY_COLOUR[found.severity][dark])
            if found.document is not None and found.document in item_of:  # about a file: by its id
                item_id, doc_id = item_of[found.document], found.document
            else:  # about a checklist item
                item_id, doc_id = found.subject, -1
            row.setData(ITEM_ID, item_id)
            row.setData(DOCUMENT_ID, doc_id)
            self.addItem(row)


class FindingsPane(QWidget):
    """The findings list under a choice of how much to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPane")
        self.findings = FindingsList(self)
        self.label = QLabel(self)
        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("severityFilter")
        self.label.setBuddy(self.severity_filter)
        self.severity_filter.activated.connect(
            lambda index: self.findings.show_down_to(Severity(self.severity_filter.itemData(index)))
        )
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.severity_filter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.findings, 1)

    def fill(self, check: ProjectCheck, translator: Translator) -> None:
        self.findings.fill(check, translator)
        self.label.setText(self.tr("Show"))
        self.severity_filter.setAccessibleName(self.tr("Which findings to show"))
        self.severity_filter.clear()
        for severity, text in (
            (Severity.INFO, self.tr("Everything")),
            (Severity.WARNING, self.tr("Problems and warnings")),
            (Severity.ERROR, self.tr("Problems only")),
        ):
            self.severity_filter.addItem(text, severity.value)
        self.severity_filter.setCurrentIndex(self.severity_filter.findData(self.findings.least.value))


class VerdictsView(QTextBrowser):
    """Each category's verdict with its reasons; every reason and category cites its source, listed below with
    the rule version in force. Links are shown, never opened: the app makes no network connection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def fill(
        self,
        assessment: Assessment,
        language: Language,
        translator: Translator,
        brief: bool = False,
        newer_rules: Sequence[Reason] = (),
    ) -> None:
        """``brief`` (the facts form) leaves out purely informative reasons, the rule version and warnings."""
        self.setAccessibleName(self.tr("Eligibility"))
        rules = assessment.ruleset
        cited: list[str] = []

        def cite(source: str | None) -> str:
            if not source or source not in rules.sources:
                return ""
            if source not in cited:
                cited.append(source)
            return f" <sup>[{cited.index(source) + 1}]</sup>"

        def items(reasons: Iterable[Reason]) -> str:
            shown = [r for r in reasons if not (brief and r.outcome is Outcome.INFO)]
            return "".join(
                f"<li>{html.escape(translator.render(r.message))}{cite(r.source)}</li>" for r in shown
            )

        heading, also, sources = self.tr("Eligibility"), self.tr("Also worth knowing"), self.tr("Sources")
        parts = [f"<h3>{html.escape(heading)}</h3>"]
        if not brief:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr("Rules {version}, in force from {date}.").format(
                        version=rules.version, date=translator.format_value(rules.effective)
                    )
                )
                + "</p>"
            )
        for result in assessment.results.values():
            verdict = translator.format_value(result.verdict)
            line = self.tr("{name}: {verdict}").format(
                name=result.category.name.get(language), verdict=verdict
            )
            mark = _VERDICT_MARK[result.verdict]
            parts.append(f"<p><b>{mark} {html.escape(line)}</b>{cite(result.category.source)}</p>")
            parts.append(f"<ul>{items(result.reasons)}</ul>")
        if not brief and (assessment.warnings or newer_rules):
            parts.append(f"<p><b>{html.escape(also)}</b></p>")
            parts.append(f"<ul>{items((*assessment.warnings, *newer_rules))}</ul>")
        if cited:
            parts.append(f"<p><b>{html.escape(sources)}</b></p><ol>")
            for source_id in cited:
                source = rules.sources[source_id]
                checked = self.tr("checked {date}").format(date=translator.format_value(source.checked))
                where = f" — {html.escape(source.url)}" if source.url else ""
                parts.append(f"<li>{html.escape(source.title)}{where} ({html.escape(checked)})</li>")
            parts.append("</ol>")
        self.setHtml("".join(parts))
