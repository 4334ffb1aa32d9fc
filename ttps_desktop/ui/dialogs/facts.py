"""The applicant's facts: a form and tables that are checked as they are typed, with the verdict for each
category shown beside them. The dialog only edits FACTS; the rules engine judges them."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.dates import normalized
from ttps_desktop.core.errors import TtpsError
from ttps_desktop.core.jsonread import MSG_NOT_A_DATE, DataError
from ttps_desktop.core.language import Language
from ttps_desktop.core.mrz.fill import ZoneFacts, zone_facts
from ttps_desktop.core.mrz.ocr import MrzPool, MrzReading, ReadStatus
from ttps_desktop.core.rules.facts import (
    DegreeLevel,
    Facts,
    IncomeKind,
    Relation,
    ResidenceKind,
    TravelDocumentKind,
    facts_to_json,
    parse_facts,
)
from ttps_desktop.core.rules.model import CategoryId, ProjectKind
from ttps_desktop.core.rules.report import build_report
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.extension import ExtensionPage, extension_html
from ttps_desktop.ui.keyboard import form_widgets, tab_in_order
from ttps_desktop.ui.panes import VerdictsView
from ttps_desktop.ui.pickers import CountryPicker, CurrencyPicker, DateField
from ttps_desktop.ui.workers import Job, start

E = TypeVar("E", bound=StrEnum)


def choices(kind: type[E], labels: dict[E, str]) -> tuple[tuple[str, str], ...]:
    """The choices of a field that the core defines as an enum, in its order: (value, label) for every member.
    A member added to the core without a label here fails at once (KeyError), instead of going unoffered."""
    return tuple((member.value, labels[member]) for member in kind)


@dataclass(frozen=True)
class Column:
    """One FACTS key of a table: typed text, a yes/no box, or a choice among codes shown by name."""

    key: str
    header: str
    choices: tuple[tuple[str, str], ...] = ()  # (code, label)
    flag: bool | None = None  # a check box, ticked by default when True
    nullable: bool = False  # an empty cell means null (an open end date...)
    makes_a_row: bool = False  # a choice that alone makes the row a record (a dependant's relation)
    is_date: bool = False  # typed as people write dates, kept as ISO dates
    picker: str = ""  # "country" or "currency": picked by name, kept as its code


class _DateDelegate(QStyledItemDelegate):
    """A table's date cell is edited in a DateField: typed as people write dates, or picked on its calendar."""

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = DateField("", self.optional, parent)
        editor.setAutoFillBackground(True)
        # Enter in the field, or a day picked on the calendar, ends the edit as Enter does in a plain cell (leaving
        # the cell does too: the view's own handling).
        editor.line.returnPressed.connect(lambda: self._done(editor))
        editor.picked.connect(lambda: self._done(editor))
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The calendar taking the focus does not end the edit (the view would close the cell's editor)."""
        if (
            isinstance(watched, DateField)
            and event.type() == QEvent.Type.FocusOut
            and watched.popup is not None
            and watched.popup.isVisible()
        ):
            return False
        return super().eventFilter(watched, event)

    def _done(self, editor: DateField) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        if isinstance(editor, DateField):
            editor.setText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        if isinstance(editor, DateField):
            model.setData(index, normalized(editor.text()))


class _Table(QTableWidget):
    """A list of records, one per row; each column is a FACTS key."""

    changed = Signal()  # a choice changed (text and box edits come as itemChanged)

    def __init__(self, columns: list[Column], language: Language, parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = columns
        self.language = language
        self.record_rows: list[int] = []  # the row of each record records() gave last
        # Tab leaves the table for the next control, as in every other table of the app (Qt's default keeps Tab
        # between the cells, and nothing but the mouse would get out). The arrow keys move between the cells;
        # typing or F2 edits one; while a cell is edited, Tab writes it and edits the next, Enter or Esc
        # ends the editing, and then Tab leaves (stopping at the lists and countries shown in its cells, which
        # are controls of their own, on the way).
        self.setTabKeyNavigation(False)
        for index, column in enumerate(columns):
            if column.is_date:
                self.setItemDelegateForColumn(index, _DateDelegate(column.nullable, self))
        self.setHorizontalHeaderLabels([c.header for c in columns])
        self.fit_columns()

    def fit_columns(self) -> None:
        """Every column as wide as its header and cells, and the last one takes the room left; when they need
        more than the table's width, none is squeezed: the table scrolls sideways. None is narrower than Qt's
        default, so an empty cell has room for what is typed in it (a date and its calendar button)."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for index in range(self.columnCount()):
            if header.sectionSize(index) < header.defaultSectionSize():
                header.resizeSection(index, header.defaultSectionSize())
        self._stretch_last()

    def _stretch_last(self) -> None:
        header, last = self.horizontalHeader(), self.columnCount() - 1
        if last < 0:
            return
        need = sum(header.sectionSize(i) for i in range(last))
        need += max(self.sizeHintForColumn(last), header.sectionSizeHint(last), header.defaultSectionSize())
        fits = need <= self.viewport().width()
        if header.stretchLastSection() != fits:
            header.setStretchLastSection(fits)
            if not fits:
                self.resizeColumnToContents(last)
                header.resizeSection(last, max(header.sectionSize(last), header.defaultSectionSize()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._stretch_last()

    def load(self, records: list[dict[str, Any]]) -> None:
        self.setRowCount(0)
        for record in records:
            self.add_row(record)

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        values = values or {}
        row = self.rowCount()
        self.insertRow(row)
        for index, column in enumerate(self.columns):
            value = values.get(column.key)
            if column.flag is not None:
                item = QTableWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                ticked = column.flag if value is None else value in (True, "true")
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.setItem(row, index, item)
            elif column.picker:
                picker = (CountryPicker if column.picker == "country" else CurrencyPicker)(
                    self.language, True, self
                )
                picker.setAccessibleName(column.header)
                picker.set_code(value)
                picker.picked.connect(self.changed)
                self.setCellWidget(row, index, picker)
                self.setItem(row, index, QTableWidgetItem())
            elif column.choices:
                box = QComboBox(self)
                box.setAccessibleName(column.header)
                for code, label in column.choices:
                    box.addItem(label, code)
                box.setCurrentIndex(max(0, box.findData(value)) if value else 0)
                box.currentIndexChanged.connect(self.changed)
                self.setCellWidget(row, index, box)
                self.setItem(row, index, QTableWidgetItem())
            else:
                self.setItem(row, index, QTableWidgetItem("" if value is None else str(value)))
        self.fit_columns()  # a new row's choices whole, too

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def _value(self, row: int, index: int, column: Column) -> Any:
        item = self.item(row, index)
        if column.flag is not None:
            return item is not None and item.checkState() == Qt.CheckState.Checked
        if column.picker:
            picker = self.cellWidget(row, index)
            return picker.value() if isinstance(picker, CountryPicker | CurrencyPicker) else None
        if column.choices:
            box = self.cellWidget(row, index)
            return box.currentData() if isinstance(box, QComboBox) else None
        text = item.text().strip() if item else ""
        if column.is_date:
            text = normalized(text)
        return text or (None if column.nullable else "")

    def records(self) -> list[dict[str, Any]]:
        """Rows with something typed in them (a row of defaults alone is left out), as FACTS records."""
        out = []
        self.record_rows = []
        for row in range(self.rowCount()):
            record = {c.key: self._value(row, i, c) for i, c in enumerate(self.columns)}
            typed = [
                record[c.key] for c in self.columns if c.makes_a_row or (c.flag is None and not c.choices)
            ]
            if any(v not in (None, "") for v in typed):
                out.append({k: v for k, v in record.items() if v != ""})
                self.record_rows.append(row)
        return out


def _shares_to_choice(item: dict[str, Any]) -> dict[str, Any]:
    shares = item.get("shares_held_whole_year")
    return {**item, "shares_held_whole_year": "" if shares is None else ("yes" if shares else "no")}


def _shares_from_choice(item: dict[str, Any]) -> dict[str, Any]:
    """The shares question is asked of business profit only (IMMD note 1); elsewhere it is left out."""
    choice = item.pop("shares_held_whole_year", None)
    if item.get("kind") == "business_profit" and choice in ("yes", "no"):
        item["shares_held_whole_year"] = choice == "yes"
    return item


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
        self.application_date = DateField(data.get("application_date", ""), False, self)
        self.nationality = CountryPicker(language, True, self)
        self.nationality.set_code(data.get("nationality"))
        travel = data.get("travel_document") or {}
        self.document_kind = QComboBox(self)
        document_labels = {
            TravelDocumentKind.PASSPORT: self.tr("Passport"),
            TravelDocumentKind.TRAVEL_PERMIT: self.tr("Travel permit"),
            TravelDocumentKind.OTHER: self.tr("Other"),
        }
        for kind, label in choices(TravelDocumentKind, document_labels):
            self.document_kind.addItem(label, kind)
        self.document_kind.setCurrentIndex(
            max(0, self.document_kind.findData(travel.get("kind", "passport")))
        )
        self.issuing_country = CountryPicker(language, True, self)
        self.issuing_country.set_code(travel.get("issuing_country"))
        self.expiry = DateField(travel.get("expiry_date") or "", True, self)
        self.document_number = QLineEdit(travel.get("number", ""), self)
        self.birth_date = DateField(data.get("applicant", {}).get("birth_date") or "", True, self)
        self.fill_from_document = QPushButton(self.tr("Fill in from a passport or identity card…"), self)
        self.fill_from_document.setObjectName("fillFromTravelDocument")
        self.fill_from_document.setToolTip(
            self.tr(
                "Reads the machine-readable zone of a photo or scan of the data page, on this computer; "
                "you confirm before anything is filled in."
            )
        )
        self.fill_from_document.clicked.connect(self.choose_travel_document)
        self._reading: Job | None = None
        residence = data.get("residence") or {}
        self.residence_country = CountryPicker(language, True, self)
        self.residence_country.set_code(residence.get("country"))
        self.permanent = QCheckBox(self.tr("Permanent resident there"), self)
        self.permanent.setChecked(bool(residence.get("overseas_permanent_resident")))
        self.since = DateField(residence.get("overseas_since") or "", True, self)
        self.residence_kind = QComboBox(self)
        residence_labels = {
            ResidenceKind.MAINLAND: self.tr("The Mainland"),
            ResidenceKind.MACAO: self.tr("Macao"),
            ResidenceKind.TAIWAN: self.tr("Taiwan"),
            ResidenceKind.OVERSEAS: self.tr("Overseas"),
            ResidenceKind.HONG_KONG: self.tr("Hong Kong"),
            ResidenceKind.OTHER: self.tr("Other"),
        }
        for kind, label in (
            ("", self.tr("As the country of residence says")),
            *choices(ResidenceKind, residence_labels),
        ):
            self.residence_kind.addItem(label, kind)
        self.residence_kind.setCurrentIndex(
            max(0, self.residence_kind.findData(data.get("residence_kind") or ""))
        )
        self.in_hong_kong = QCheckBox(self.tr("Staying in Hong Kong now"), self)
        self.in_hong_kong.setChecked(bool(data.get("in_hong_kong")))
        self.has_hkid = QCheckBox(self.tr("Holds a Hong Kong identity card"), self)
        self.has_hkid.setChecked(bool(data.get("has_hkid")))
        self.name_changed = QCheckBox(self.tr("Name differs between documents"), self)
        self.name_changed.setChecked(bool(data.get("name_changed")))
        self.foreign_documents = QCheckBox(self.tr("Some documents are not in Chinese or English"), self)
        self.foreign_documents.setChecked(bool(data.get("documents_not_in_chinese_or_english")))

        form = QFormLayout()
        self._labels: dict[QWidget, str] = {}
        form.addRow("", self.fill_from_document)
        for label, widget in (
            (self.tr("Name (as in the passport)"), self.name),
            (self.tr("Name in Chinese"), self.name_native),
            (self.tr("Reference"), self.reference),
            (self.tr("Application date"), self.application_date),
            (self.tr("Date of birth"), self.birth_date),
            (self.tr("Nationality"), self.nationality),
            (self.tr("Travel document"), self.document_kind),
            (self.tr("Document number"), self.document_number),
            (self.tr("Issued by (country)"), self.issuing_country),
            (self.tr("Expires on"), self.expiry),
            (self.tr("Country of residence"), self.residence_country),
            (self.tr("Living there since"), self.since),
            (self.tr("Lives in"), self.residence_kind),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
            self._labels[widget] = label
        for box in (
            self.permanent,
            self.in_hong_kong,
            self.has_hkid,
            self.name_changed,
            self.foreign_documents,
        ):
            form.addRow("", box)
        person = QWidget(self)
        person.setLayout(form)

        self.degrees = _Table(
            [
                Column(
                    "level",
                    self.tr("Level"),
                    choices(
                        DegreeLevel,
                        {
                            DegreeLevel.BACHELOR: self.tr("Bachelor's"),
                            DegreeLevel.MASTER: self.tr("Master's"),
                            DegreeLevel.DOCTOR: self.tr("Doctorate"),
                            DegreeLevel.OTHER: self.tr("Other"),
                        },
                    ),
                ),
                Column("institution", self.tr("University")),
                Column("awarded", self.tr("Awarded"), is_date=True),
                Column(
                    "hk_full_time_locally_accredited", self.tr("HK full-time local programme"), flag=False
                ),
                Column("honorary", self.tr("Honorary"), flag=False),
                Column("continuing_education", self.tr("Continuing-education arm or branch"), flag=False),
            ],
            language,
        )
        self.degrees.load(data.get("degrees", []))
        self.jobs = _Table(
            [
                Column("employer", self.tr("Employer")),
                Column("start", self.tr("From"), is_date=True),
                Column("end", self.tr("To (empty: still there)"), nullable=True, is_date=True),
                Column("full_time", self.tr("Full time"), flag=True),
                Column("self_employed", self.tr("Self-employed"), flag=False),
            ],
            language,
        )
        self.jobs.load(data.get("employment", []))
        self.income = _Table(
            [
                Column(
                    "kind",
                    self.tr("Kind"),
                    choices(
                        IncomeKind,
                        {
                            IncomeKind.SALARY: self.tr("Salary"),
                            IncomeKind.ALLOWANCE: self.tr("Allowance"),
                            IncomeKind.BONUS: self.tr("Bonus"),
                            IncomeKind.STOCK_OPTIONS: self.tr("Stock options"),
                            IncomeKind.BUSINESS_PROFIT: self.tr("Business profit"),
                            IncomeKind.INVESTMENT: self.tr("Investment (never counts)"),
                            IncomeKind.OTHER: self.tr("Other"),
                        },
                    ),
                ),
                Column("amount", self.tr("Amount")),
                Column("currency", self.tr("Currency"), picker="currency"),
                Column("period_start", self.tr("From"), is_date=True),
                Column("period_end", self.tr("To"), is_date=True),
                Column(
                    "shares_held_whole_year",
                    self.tr("Shares held all year (business profit)"),
                    (("", "—"), ("yes", self.tr("Yes")), ("no", self.tr("No"))),
                ),
            ],
            language,
        )
        self.income.load([_shares_to_choice(item) for item in data.get("income", [])])
        self.rates = _Table(
            [
                Column("currency", self.tr("Currency"), picker="currency"),
                Column("hkd_per_unit", self.tr("HK$ per unit")),
                Column("date", self.tr("Date"), is_date=True),
                Column("source", self.tr("Source")),
            ],
            language,
        )
        self.rates.load(data.get("exchange_rates", []))
        self.dependants = _Table(
            [
                Column(
                    "relation",
                    self.tr("Relation"),
                    choices(Relation, {Relation.SPOUSE: self.tr("Spouse"), Relation.CHILD: self.tr("Child")}),
                    makes_a_row=True,
                ),
                Column("name", self.tr("Name")),
                Column("birth_date", self.tr("Born on"), nullable=True, is_date=True),
                Column("married", self.tr("Married"), flag=False),
                Column("nationality", self.tr("Nationality"), nullable=True, picker="country"),
                Column("in_hong_kong", self.tr("In Hong Kong now"), flag=False),
                Column(
                    "residence_kind",
                    self.tr("Lives in"),
                    (
                        ("", self.tr("As the applicant")),
                        ("mainland", self.tr("The Mainland")),
                        ("macao", self.tr("Macao")),
                        ("taiwan", self.tr("Taiwan")),
                        ("overseas", self.tr("Overseas")),
                        ("hong_kong", self.tr("Hong Kong")),
                        ("other", self.tr("Other")),
                    ),
                ),
            ],
            language,
        )
        self.dependants.load(data.get("dependants", []))

        # What the project prepares: the entry application, or an extension of stay (its own step of facts).
        self.kind = QComboBox(self)
        self.kind.setObjectName("projectKind")
        self.kind.addItem(self.tr("Entry application"), ProjectKind.ENTRY.value)
        self.kind.addItem(self.tr("Extension of stay"), ProjectKind.EXTENSION.value)
        extension = "extension" in data
        self.kind.setCurrentIndex(1 if extension else 0)
        self.kind.setEnabled(facts is None)  # a project keeps its kind
        self.kind.setAccessibleName(self.tr("Kind of application"))
        form.insertRow(0, self.tr("Kind of application"), self.kind)
        self.extension_page = ExtensionPage(data.get("extension"), self)
        self.extension_page.hide()  # shown as a step of an extension only (else Tab would reach it unseen)

        self.tabs = tabs = QTabWidget(self)
        tabs.addTab(person, self.tr("Applicant"))
        for table, title in (
            (self.degrees, self.tr("Degrees")),
            (self.jobs, self.tr("Work")),
            (self.income, self.tr("Income")),
            (self.rates, self.tr("Exchange rates")),
            (self.dependants, self.tr("Dependants")),
        ):
            table.setAccessibleName(title)
            tabs.addTab(self._with_buttons(table), title)
        tabs.setAccessibleName(self.tr("Steps of the facts"))

        self.preview = VerdictsView(self)
        self.preview.setObjectName("factsPreview")
        # A new project also asks which category to apply under (the Eligibility tab changes it later).
        self.category = QComboBox(self)
        self.category.setObjectName("newProjectCategory")
        self.category.setAccessibleName(self.tr("Category to apply under"))
        self.category.addItem(self.tr("The app's suggestion"), "")
        for category in CategoryId:
            self.category.addItem(
                self.tr("Category {category}").format(category=category.value), category.value
            )
        category_row = QHBoxLayout()
        category_label = QLabel(self.tr("Apply under"), self)
        category_label.setBuddy(self.category)
        category_row.addWidget(category_label)
        category_row.addWidget(self.category, 1)
        verdicts = QWidget(self)
        verdicts_layout = QVBoxLayout(verdicts)
        verdicts_layout.setContentsMargins(0, 0, 0, 0)
        verdicts_layout.addWidget(self.preview, 1)
        verdicts_layout.addLayout(category_row)
        category_label.setVisible(facts is None)
        self.category.setVisible(facts is None)
        self.problem = QLabel(self)
        self.problem.setObjectName("factsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b02020")
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        self.problem.linkActivated.connect(lambda _link: self.go_to_problem())
        self.problem_field: QWidget | None = None  # the field the problem shown is about
        self.problem_cell: tuple[_Table, int, int] | None = None  # or the table cell (table, row, column)
        splitter = QSplitter(self)
        splitter.addWidget(tabs)
        splitter.addWidget(verdicts)
        splitter.setSizes([640, 440])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # A new project walks the tabs one step at a time; editing shows them all at once.
        self.back_button = self.buttons.addButton(self.tr("< &Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = self.buttons.addButton(self.tr("&Next >"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(lambda: tabs.setCurrentIndex(tabs.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: tabs.setCurrentIndex(tabs.currentIndex() + 1))
        self.stepping = facts is None
        self._kind_changed()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        tabs.currentChanged.connect(self._step_changed)
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
        self.kind.currentIndexChanged.connect(self._timer.start)
        self.extension_page.changed.connect(self._timer.start)
        self.residence_kind.currentIndexChanged.connect(self._timer.start)
        for table in (self.degrees, self.jobs, self.income, self.rates, self.dependants):
            table.itemChanged.connect(self._timer.start)
            table.changed.connect(self._timer.start)
            table.model().rowsRemoved.connect(self._timer.start)
        self._step_changed(0)
        # Tab follows the form from its top row (the kind) down; a new project starts at its first question.
        tab_in_order(form_widgets(form))
        (self.kind if self.kind.isEnabled() else self.name).setFocus()
        self.recheck()

    @property
    def is_extension(self) -> bool:
        return bool(self.kind.currentData() == ProjectKind.EXTENSION.value)

    def _kind_changed(self) -> None:
        """An extension of stay has a step of its own, right after the applicant's; it applies under the category
        it was admitted under."""
        index = self.tabs.indexOf(self.extension_page)
        if self.is_extension and index < 0:
            self.tabs.insertTab(1, self.extension_page, self.tr("Extension"))
        elif not self.is_extension and index >= 0:
            self.tabs.removeTab(index)
        if not self.is_extension:  # out of the tabs it must not show as a stray child over the dialog
            self.extension_page.hide()
        self.category.setEnabled(not self.is_extension)
        self._step_changed(self.tabs.currentIndex())

    def _step_changed(self, index: int) -> None:
        """New project: Back and Next walk the steps, and the last step creates the project."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        last = index == self.tabs.count() - 1
        self.back_button.setVisible(self.stepping)
        self.next_button.setVisible(self.stepping)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(not last)
        if not self.stepping:
            return
        ok.setText(self.tr("Create Project"))
        ok.setDefault(last)
        self.next_button.setDefault(not last)
        self.setWindowTitle(
            self.tr("New project: step {step} of {steps}, {title}").format(
                step=index + 1, steps=self.tabs.count(), title=self.tabs.tabText(index)
            )
        )

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

    def chosen_category(self) -> CategoryId | None:
        value = self.category.currentData()
        return CategoryId(value) if value else None

    def document(self) -> dict[str, Any]:
        """What the form says, as FACTS.json."""
        data: dict[str, Any] = {
            "applicant": {
                "name": self.name.text().strip(),
                "name_native": self.name_native.text().strip(),
                "reference": self.reference.text().strip(),
            },
            "application_date": normalized(self.application_date.text()),
            "nationality": self.nationality.value(),
            "has_hkid": self.has_hkid.isChecked(),
            "name_changed": self.name_changed.isChecked(),
            "documents_not_in_chinese_or_english": self.foreign_documents.isChecked(),
            "in_hong_kong": self.in_hong_kong.isChecked(),
            "residence_kind": self.residence_kind.currentData() or None,
            "degrees": self.degrees.records(),
            "employment": self.jobs.records(),
            "income": [_shares_from_choice(item) for item in self.income.records()],
            "exchange_rates": self.rates.records(),
            "dependants": [
                {
                    **d,
                    "nationality": d.get("nationality") or None,
                    "residence_kind": d.get("residence_kind") or None,
                }
                for d in self.dependants.records()
            ],
        }
        if normalized(self.birth_date.text()):
            data["applicant"]["birth_date"] = normalized(self.birth_date.text())
        if self.is_extension:
            data["extension"] = self.extension_page.document()
        if self.issuing_country.value():
            data["travel_document"] = {
                "kind": self.document_kind.currentData(),
                "issuing_country": self.issuing_country.value(),
                "expiry_date": normalized(self.expiry.text()) or None,
            }
            if self.document_number.text().strip():
                data["travel_document"]["number"] = self.document_number.text().strip().upper()
        if self.residence_country.value():
            data["residence"] = {
                "country": self.residence_country.value(),
                "overseas_permanent_resident": self.permanent.isChecked(),
                "overseas_since": normalized(self.since.text()) or None,
            }
        return data

    def _field_of(self, place: str) -> tuple[str, QWidget | None, tuple[_Table, int, int] | None]:
        """The field a FACTS path names (``nationality``, ``income[0].currency``), as its label in the form's
        language and its widget or table cell; the path itself when no field shows it."""
        fields: dict[str, QWidget] = {
            "application_date": self.application_date,
            "nationality": self.nationality,
            "travel_document": self.issuing_country,
            "travel_document.kind": self.document_kind,
            "travel_document.issuing_country": self.issuing_country,
            "travel_document.expiry_date": self.expiry,
            "travel_document.number": self.document_number,
            "applicant.birth_date": self.birth_date,
            "residence": self.residence_country,
            "residence.country": self.residence_country,
            "residence.overseas_since": self.since,
            "residence_kind": self.residence_kind,
        }
        if place in fields:
            widget = fields[place]
            return self._labels.get(widget, place), widget, None
        if place in self.extension_page.fields:
            label, widget = self.extension_page.fields[place]
            return label, widget, None
        match = re.fullmatch(r"(\w+)\[(\d+)\](?:\.(\w+))?", place)
        tables = {
            "degrees": self.degrees,
            "employment": self.jobs,
            "income": self.income,
            "exchange_rates": self.rates,
            "dependants": self.dependants,
        }
        if match and match.group(1) in tables:
            table = tables[match.group(1)]
            record = int(match.group(2))
            row = table.record_rows[record] if record < len(table.record_rows) else record
            keys = [c.key for c in table.columns]
            column = keys.index(match.group(3)) if match.group(3) in keys else 0
            page = table.parentWidget()
            title = self.tabs.tabText(self.tabs.indexOf(page)).replace("&", "") if page else ""
            label = self.tr("{table}, row {row}: {column}").format(
                table=title, row=row + 1, column=table.columns[column].header
            )
            return label, None, (table, row, column)
        return place, None, None

    def _mark(self, field: QWidget | None, cell: tuple[_Table, int, int] | None) -> None:
        """Outline the field (or cell) the problem is about; the one marked before is unmarked."""
        if self.problem_field is not None and self.problem_field is not field:
            self.problem_field.setStyleSheet("")
            self.problem_field.setProperty("invalid", False)
        if self.problem_cell is not None and self.problem_cell != cell:
            table, row, column = self.problem_cell
            if row < table.rowCount() and (item := table.item(row, column)) is not None:
                item.setData(Qt.ItemDataRole.BackgroundRole, None)
        self.problem_field, self.problem_cell = field, cell
        if field is not None:
            field.setProperty("invalid", True)
            field.setStyleSheet("border: 2px solid #d03030;")
        if cell is not None:
            table, row, column = cell
            if row < table.rowCount() and (item := table.item(row, column)) is not None:
                item.setBackground(QColor(240, 160, 160))

    def go_to_problem(self) -> None:
        """Show and focus the field the problem is about (the problem's link)."""
        if self.problem_field is not None:
            page = self.problem_field.parentWidget()
            if page is not None and self.tabs.indexOf(page) >= 0:
                self.tabs.setCurrentWidget(page)
            self.problem_field.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.problem_cell is not None:
            table, row, column = self.problem_cell
            page = table.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            table.setCurrentCell(row, column)
            (table.cellWidget(row, column) or table).setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- filling in from a travel document's machine-readable zone ----

    def choose_travel_document(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The data page of a passport or identity card"),
            "",
            self.tr("Photos, scans and PDFs (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.pdf)"),
        )
        if path:
            self.read_travel_document(Path(path))

    def read_travel_document(self, path: Path) -> Job:
        """Read the zone in a worker process, off the GUI thread; then offer what it says."""
        self.fill_from_document.setEnabled(False)
        self.problem.setText(self.tr("Reading the machine-readable zone of {name}…").format(name=path.name))

        def work(_token: object) -> MrzReading:
            data = path.read_bytes()
            with MrzPool(workers=1) as pool:
                return pool.read(data).reading

        job = Job(work)
        job.signals.finished.connect(self._zone_read)
        job.signals.failed.connect(lambda exc, _trace: self._zone_failed(str(exc)))
        self._reading = start(job)
        return job

    def _zone_failed(self, reason: str) -> None:
        self.fill_from_document.setEnabled(True)
        self.problem.setText(self.tr("The file could not be read: {reason}").format(reason=reason))

    def _zone_read(self, reading: MrzReading) -> None:
        self.fill_from_document.setEnabled(True)
        data = reading.result.data if reading.result is not None else None
        if reading.status is ReadStatus.OCR_UNAVAILABLE:
            self.problem.setText(
                self.tr(
                    "The passport reader cannot run on this computer ({reason}); type the facts in instead."
                ).format(reason=reading.detail)
            )
            return
        if data is None:
            self.problem.setText(
                self.tr(
                    "No machine-readable zone could be read with every check digit valid: try a sharper, "
                    "flatter photo or scan of the data page, or type the facts in."
                )
            )
            return
        self.offer_zone(zone_facts(data))

    def offer_zone(self, zone: ZoneFacts) -> QMessageBox:
        """Ask before filling anything in; Yes fills the form (which can still be edited or cancelled)."""
        lines = [
            self.tr("Name: {value}").format(value=zone.name),
            self.tr("Nationality: {value}").format(value=zone.nationality or "—"),
            self.tr("Date of birth: {value}").format(
                value=zone.birth_date.isoformat() if zone.birth_date else "—"
            ),
            self.tr("Document number: {value}").format(value=zone.document_number),
            self.tr("Issued by: {value}").format(value=zone.issuing_country),
            self.tr("Expires on: {value}").format(
                value=zone.expiry_date.isoformat() if zone.expiry_date else "—"
            ),
        ]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Fill in from the travel document"),
            self.tr("The machine-readable zone says (every check digit valid):")
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr("Fill these facts in?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmZoneFacts")
        box.buttonClicked.connect(
            lambda button: (
                self.apply_zone(zone)
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.open()
        return box

    def apply_zone(self, zone: ZoneFacts) -> None:
        self.name.setText(zone.name)
        if zone.nationality:
            self.nationality.set_code(zone.nationality)
        if zone.birth_date:
            self.birth_date.setText(zone.birth_date.isoformat())
        self.document_kind.setCurrentIndex(max(0, self.document_kind.findData(zone.kind.value)))
        self.document_number.setText(zone.document_number)
        self.issuing_country.set_code(zone.issuing_country)
        if zone.expiry_date:
            self.expiry.setText(zone.expiry_date.isoformat())
        self.recheck()

    def recheck(self) -> None:
        """Parse and judge what was typed; show the first problem, on its field, or the verdicts."""
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            facts = parse_facts(self.document(), self.tr("the form"))
            report = build_report(facts)
        except TtpsError as exc:
            self.facts = None
            params = dict(exc.params)
            field, cell = None, None
            if isinstance(exc, DataError):
                params["place"], field, cell = self._field_of(exc.place)
                other = params.get("other")  # another field of the same record the problem compares with
                if isinstance(other, str) and "." in exc.place:
                    sibling = f"{exc.place.rsplit('.', 1)[0]}.{other}"
                    if sibling in self.extension_page.fields:
                        params["other"] = self.extension_page.fields[sibling][0]
            if exc.message == MSG_NOT_A_DATE and (isinstance(field, DateField) or cell is not None):
                # The core asks a FACTS file for YYYY-MM-DD; the form takes a date as people write it.
                text = self.tr(
                    "{file}: {place}: {found} is not a date: write it as 2025-03-31, 2025年3月31日 or "
                    "31/3/2025, or pick it on the calendar."
                ).format(**{key: params.get(key, "") for key in ("file", "place", "found")})
            else:
                text = self.translator.message(exc.context, exc.message, params)
            link = self.tr("Go to the field") if field is not None or cell is not None else ""
            self.problem.setText(
                html.escape(text, quote=False) + (f' <a href="field">{html.escape(link)}</a>' if link else "")
            )
            self._mark(field, cell)
            ok_button.setEnabled(False)
            return
        self.facts = facts
        self._mark(None, None)
        self.problem.clear()
        ok_button.setEnabled(True)
        if report.extension is not None:
            self.preview.setHtml(extension_html(report.extension, self.translator, brief=True))
        else:
            self.preview.fill(report.assessment, self.language, self.translator, brief=True)
