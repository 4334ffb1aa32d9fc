"""The applicant's facts: a form and tables that are checked as they are typed, with the verdict for each
category shown beside them. The dialog only edits FACTS; the rules engine judges them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.errors import TtpsError
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.facts import Facts, facts_to_json, parse_facts
from ttps_desktop.core.rules.report import build_report
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.panes import VerdictsView

_BOOL = ("true", "false")


class _Table(QTableWidget):
    """A list of records edited as text cells; each column is a FACTS key."""

    def __init__(self, keys: list[str], headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(keys), parent)
        self.keys = keys
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setStretchLastSection(True)

    def load(self, records: list[dict[str, Any]]) -> None:
        self.setRowCount(0)
        for record in records:
            self.add_row(
                {
                    k: ("" if v is None else str(v).lower() if isinstance(v, bool) else str(v))
                    for k, v in record.items()
                }
            )

    def add_row(self, values: dict[str, str] | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, key in enumerate(self.keys):
            self.setItem(row, column, QTableWidgetItem((values or {}).get(key, "")))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def records(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.rowCount()):
            record: dict[str, Any] = {}
            for column, key in enumerate(self.keys):
                item = self.item(row, column)
                text = item.text().strip() if item else ""
                if text.lower() in _BOOL:
                    record[key] = text.lower() == "true"
                elif text:
                    record[key] = text
                elif key in ("end", "birth_date", "overseas_since"):
                    record[key] = None
            if any(v not in (None, "") for v in record.values()):
                out.append(record)
        return out


class FactsDialog(QDialog):
    def __init__(self, facts: Facts | None, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsDialog")
        self.setWindowTitle(self.tr("Applicant's facts"))
        self.resize(1100, 680)
        self.language = language
        self.translator = Translator(language)
        self.facts: Facts | None = facts
        data: dict[str, Any] = (
            facts_to_json(facts) if facts else {"application_date": date.today().isoformat()}
        )

        self.name = QLineEdit(data.get("applicant", {}).get("name", ""), self)
        self.name_native = QLineEdit(data.get("applicant", {}).get("name_native", ""), self)
        self.reference = QLineEdit(data.get("applicant", {}).get("reference", ""), self)
        self.application_date = QLineEdit(data.get("application_date", ""), self)
        self.nationality = QLineEdit(data.get("nationality") or "", self)
        self.nationality.setPlaceholderText("CHN, USA, GBR…")
        travel = data.get("travel_document") or {}
        self.document_kind = QComboBox(self)
        for kind, label in (
            ("passport", self.tr("Passport")),
            ("travel_permit", self.tr("Travel permit")),
            ("other", self.tr("Other")),
        ):
            self.document_kind.addItem(label, kind)
        self.document_kind.setCurrentIndex(
            max(0, self.document_kind.findData(travel.get("kind", "passport")))
        )
        self.issuing_country = QLineEdit(travel.get("issuing_country", ""), self)
        self.expiry = QLineEdit(travel.get("expiry_date") or "", self)
        residence = data.get("residence") or {}
        self.residence_country = QLineEdit(residence.get("country", ""), self)
        self.permanent = QCheckBox(self.tr("Permanent resident there"), self)
        self.permanent.setChecked(bool(residence.get("overseas_permanent_resident")))
        self.since = QLineEdit(residence.get("overseas_since") or "", self)
        self.has_hkid = QCheckBox(self.tr("Holds a Hong Kong identity card"), self)
        self.has_hkid.setChecked(bool(data.get("has_hkid")))
        self.name_changed = QCheckBox(self.tr("Name differs between documents"), self)
        self.name_changed.setChecked(bool(data.get("name_changed")))
        self.foreign_documents = QCheckBox(self.tr("Some documents are not in Chinese or English"), self)
        self.foreign_documents.setChecked(bool(data.get("documents_not_in_chinese_or_english")))
        for date_field in (self.application_date, self.expiry, self.since):
            date_field.setPlaceholderText("YYYY-MM-DD")

        form = QFormLayout()
        for label, widget in (
            (self.tr("Name (as in the passport)"), self.name),
            (self.tr("Name in Chinese"), self.name_native),
            (self.tr("Reference"), self.reference),
            (self.tr("Application date"), self.application_date),
            (self.tr("Nationality"), self.nationality),
            (self.tr("Travel document"), self.document_kind),
            (self.tr("Issued by (country)"), self.issuing_country),
            (self.tr("Expires on"), self.expiry),
            (self.tr("Country of residence"), self.residence_country),
            (self.tr("Living there since"), self.since),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        for box in (self.permanent, self.has_hkid, self.name_changed, self.foreign_documents):
            form.addRow("", box)
        person = QWidget(self)
        person.setLayout(form)

        self.degrees = _Table(
            ["level", "institution", "awarded", "hk_full_time_locally_accredited"],
            [
                self.tr("Level (bachelor, master…)"),
                self.tr("University"),
                self.tr("Awarded"),
                self.tr("HK full-time local programme (true/false)"),
            ],
        )
        self.degrees.load(data.get("degrees", []))
        self.jobs = _Table(
            ["employer", "start", "end", "full_time", "self_employed"],
            [
                self.tr("Employer"),
                self.tr("From"),
                self.tr("To (empty: still there)"),
                self.tr("Full time (true/false)"),
                self.tr("Self-employed (true/false)"),
            ],
        )
        self.jobs.load(data.get("employment", []))
        self.income = _Table(
            ["kind", "amount", "currency", "period_start", "period_end"],
            [
                self.tr("Kind (salary, bonus…)"),
                self.tr("Amount"),
                self.tr("Currency"),
                self.tr("From"),
                self.tr("To"),
            ],
        )
        self.income.load(data.get("income", []))
        self.rates = _Table(
            ["currency", "hkd_per_unit", "date", "source"],
            [self.tr("Currency"), self.tr("HK$ per unit"), self.tr("Date"), self.tr("Source")],
        )
        self.rates.load(data.get("exchange_rates", []))
        self.dependants = _Table(
            ["relation", "name", "birth_date", "married"],
            [
                self.tr("Relation (spouse, child)"),
                self.tr("Name"),
                self.tr("Born on"),
                self.tr("Married (true/false)"),
            ],
        )
        self.dependants.load(data.get("dependants", []))

        tabs = QTabWidget(self)
        tabs.addTab(person, self.tr("Applicant"))
        for table, title in (
            (self.degrees, self.tr("Degrees")),
            (self.jobs, self.tr("Work")),
            (self.income, self.tr("Income")),
            (self.rates, self.tr("Exchange rates")),
            (self.dependants, self.tr("Dependants")),
        ):
            tabs.addTab(self._with_buttons(table), title)

        self.preview = VerdictsView(self)
        self.preview.setObjectName("factsPreview")
        self.problem = QLabel(self)
        self.problem.setObjectName("factsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b02020")
        splitter = QSplitter(self)
        splitter.addWidget(tabs)
        splitter.addWidget(self.preview)
        splitter.setSizes([640, 440])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recheck)
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(self._timer.start)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._timer.start)
        self.document_kind.currentIndexChanged.connect(self._timer.start)
        for table in (self.degrees, self.jobs, self.income, self.rates, self.dependants):
            table.itemChanged.connect(self._timer.start)
            table.model().rowsRemoved.connect(self._timer.start)
        self.recheck()

    def _with_buttons(self, table: _Table) -> QWidget:
        page = QWidget(self)
        add = QPushButton(self.tr("Add row"), page)
        add.clicked.connect(lambda: table.add_row())
        remove = QPushButton(self.tr("Remove selected rows"), page)
        remove.clicked.connect(table.remove_selected)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        layout.addLayout(row)
        return page

    def document(self) -> dict[str, Any]:
        """What the form says, as FACTS.json."""
        data: dict[str, Any] = {
            "applicant": {
                "name": self.name.text().strip(),
                "name_native": self.name_native.text().strip(),
                "reference": self.reference.text().strip(),
            },
            "application_date": self.application_date.text().strip(),
            "nationality": self.nationality.text().strip().upper() or None,
            "has_hkid": self.has_hkid.isChecked(),
            "name_changed": self.name_changed.isChecked(),
            "documents_not_in_chinese_or_english": self.foreign_documents.isChecked(),
            "degrees": self.degrees.records(),
            "employment": self.jobs.records(),
            "income": self.income.records(),
            "exchange_rates": self.rates.records(),
            "dependants": self.dependants.records(),
        }
        if self.issuing_country.text().strip():
            data["travel_document"] = {
                "kind": self.document_kind.currentData(),
                "issuing_country": self.issuing_country.text().strip().upper(),
                "expiry_date": self.expiry.text().strip() or None,
            }
        if self.residence_country.text().strip():
            data["residence"] = {
                "country": self.residence_country.text().strip().upper(),
                "overseas_permanent_resident": self.permanent.isChecked(),
                "overseas_since": self.since.text().strip() or None,
            }
        return data

    def recheck(self) -> None:
        """Parse and judge what was typed; show the first problem, or the verdicts."""
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            facts = parse_facts(self.document(), self.tr("the form"))
            report = build_report(facts)
        except TtpsError as exc:
            self.facts = None
            self.problem.setText(self.translator.message(exc.context, exc.message, exc.params))
            ok_button.setEnabled(False)
            return
        self.facts = facts
        self.problem.clear()
        ok_button.setEnabled(True)
        self.preview.fill(report.assessment, self.language, self.translator, brief=True)
