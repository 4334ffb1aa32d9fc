"""What the user knows about one file: when it was issued and expires, by whom, its language, and for proof of
work the employer and period it covers. Checked as typed with the same core checks the findings list uses."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.checks import document_findings
from ttps_desktop.core.dates import normalized
from ttps_desktop.core.document_facts import DATE_KEYS, FIELDS, checked_document_facts
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.i18n import Translator


class DocumentFactsDialog(QDialog):
    def __init__(
        self, document: StoredDocument, facts: Facts, translator: Translator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentFactsDialog")
        self.setWindowTitle(self.tr("Details of {name}").format(name=document.display_name))
        self.document, self.applicant_facts, self.translator = document, facts, translator
        self.result_facts: dict[str, Any] | None = None
        info = document.facts
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {key: translator.text(text.context, text.source) for key, text in FIELDS.items()}
        self.language = QComboBox(self)
        for code, name in (
            ("", self.tr("Not stated")),
            ("zh", self.tr("Chinese")),
            ("en", self.tr("English")),
            ("other", self.tr("Another language (a certified translation is needed)")),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(str(info.get("language", "")))))
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.currentIndexChanged.connect(self.recheck)
        for key in (
            "issue_date",
            "expiry_date",
            "issuer",
            "language",
            "employer",
            "covers_start",
            "covers_end",
            "verification_code",
        ):
            if key == "language":
                form.addRow(self.tr("Language of the document"), self.language)
                continue
            field = QLineEdit(str(info.get(key) or ""), self)
            field.setObjectName(key)
            field.setAccessibleName(labels[key])
            if key in DATE_KEYS:
                field.setPlaceholderText(self.tr("YYYY-MM-DD, or leave empty"))
                field.editingFinished.connect(lambda f=field: f.setText(normalized(f.text())))
            field.textChanged.connect(self.recheck)
            self.fields[key] = field
            form.addRow(labels[key], field)
        employers = sorted({job.employer for job in facts.employment if job.employer})
        completer = QCompleter(employers, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.fields["employer"].setCompleter(completer)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.recheck()

    def entered(self) -> tuple[dict[str, Any], list[str]]:
        """The facts as typed (empty fields left out), and what is wrong with them: the core's rules
        (core/document_facts.py), which the session applies again when the record is stored."""
        typed: dict[str, Any] = {key: field.text() for key, field in self.fields.items()}
        typed["language"] = self.language.currentData() or ""
        out, problems = checked_document_facts(typed, self.document.facts)
        return out, [self.translator.render(p) for p in problems]

    def recheck(self) -> None:
        entered, problems = self.entered()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        if problems:
            self.problem.setStyleSheet("color: #b02020")
            self.problem.setText("\n".join(problems))
            return
        found = document_findings(replace(self.document, facts=entered), self.applicant_facts)
        self.problem.setStyleSheet("color: #966000" if found else "")
        self.problem.setText("\n".join(self.translator.render(f.message) for f in found))

    def _accept(self) -> None:
        entered, problems = self.entered()
        if problems:
            return
        self.result_facts = entered
        self.accept()
