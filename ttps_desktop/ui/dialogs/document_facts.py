"""What the user knows about one file: when it was issued and expires, by whom, its language, and for proof of
work the employer and period it covers. Checked as typed with the same core checks the findings list uses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.checks import document_findings
from ttps_desktop.core.document_facts import DATE_KEYS, FIELDS, checked_document_facts
from ttps_desktop.core.mrz.checks import MRZ_KEY, stored_zone
from ttps_desktop.core.mrz.ocr import ReadStatus
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.pickers import DateField


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
        self.fields: dict[str, QLineEdit | DateField] = {}
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
            value = str(info.get(key) or "")
            # A date as people write it or picked on the calendar, and left empty when not known.
            field: QLineEdit | DateField = (
                DateField(value, True, self) if key in DATE_KEYS else QLineEdit(value, self)
            )
            field.setObjectName(key)
            field.setAccessibleName(labels[key])
            field.textChanged.connect(self.recheck)
            self.fields[key] = field
            form.addRow(labels[key], field)
        employers = sorted({job.employer for job in facts.employment if job.employer})
        completer = QCompleter(employers, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        employer = self.fields["employer"]
        if isinstance(employer, QLineEdit):  # a line, never a date field
            employer.setCompleter(completer)
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
        zone = self._zone_box(document, facts)
        if zone is not None:
            layout.addWidget(zone)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.recheck()

    def _zone_box(self, document: StoredDocument, facts: Facts) -> QGroupBox | None:
        """What the travel document's machine-readable zone says (read-only), with a button that copies its
        expiry date into the field above; None for a document whose zone was never read."""
        stored = document.facts.get(MRZ_KEY)
        if not isinstance(stored, dict):
            return None
        box = QGroupBox(self.tr("Machine-readable zone"), self)
        box.setObjectName("mrzBox")
        rows = QFormLayout(box)
        data = stored_zone(document, facts.application_date)
        if data is None:
            status = stored.get("status")
            text = (
                self.tr("No machine-readable zone was found on this file.")
                if status == ReadStatus.NOT_FOUND.value
                else self.tr("The zone could not be read with every check digit valid.")
            )
            rows.addRow(QLabel(text, box))
            return box
        loc = self.translator

        def day(value: date | None) -> str:
            return loc.format_value(value) if value else self.tr("not given")

        values = [
            (self.tr("Document type"), f"{data.document_code} ({data.format.value})"),
            (self.tr("Issuing state"), data.issuing_state),
            (self.tr("Surname"), data.surname),
            (self.tr("Given names"), data.given_names),
            (self.tr("Document number"), data.document_number),
            (self.tr("Nationality"), data.nationality),
            (self.tr("Date of birth"), day(data.birth_date)),
            (self.tr("Sex"), data.sex.replace("<", "-")),
            (self.tr("Date of expiry"), day(data.expiry_date)),
        ]
        for label, value in values:
            shown = QLabel(value, box)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label)
            rows.addRow(label, shown)
        rows.addRow(QLabel(self.tr("Every check digit holds."), box))
        if data.expiry_date is not None:
            use = QPushButton(self.tr("Use the zone's expiry date"), box)
            use.setObjectName("useZoneExpiry")
            expiry = data.expiry_date.isoformat()
            use.clicked.connect(lambda: self.fields["expiry_date"].setText(expiry))
            rows.addRow(use)
        return box

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
