"""The extension of stay in the window: its facts as a step of the facts form, and its verdicts as text."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from ttps_desktop.core.dates import normalized
from ttps_desktop.core.extension.rules import extension_rules
from ttps_desktop.core.extension.verdicts import ExtensionAssessment, ExtensionReason
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.rules.reasons import Outcome, Verdict
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.pickers import DateField

_MARK = {Outcome.PASS: "✓", Outcome.FAIL: "✗", Outcome.UNKNOWN: "?", Outcome.INFO: "·"}
_V = "ExtensionView"
T_CAN = QT_TRANSLATE_NOOP("ExtensionView", "You can apply on {day}.")
T_CANNOT = QT_TRANSLATE_NOOP("ExtensionView", "You cannot apply on {day}.")
T_ROUTE_OK = QT_TRANSLATE_NOOP("ExtensionView", "Route, {route}: supported by the facts")
T_ROUTE_OPEN = QT_TRANSLATE_NOOP("ExtensionView", "Route, {route}: not decided")
T_LENGTH = QT_TRANSLATE_NOOP("ExtensionView", "Likely length: %n year(s), to {until}", None, 1)
T_GUIDANCE = QT_TRANSLATE_NOOP("ExtensionView", "Guidance from press reports (verify; never a verdict)")


class ExtensionPage(QWidget):
    """The ``extension`` section of FACTS.json as a form (README, "Extension facts")."""

    changed = Signal()

    def __init__(self, data: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extensionPage")
        data = data or {}
        permission = data.get("permission") or {}
        job = data.get("employment") or {}
        biz = data.get("business") or {}
        income = data.get("assessable_income") or {}
        self.category = QComboBox(self)
        for category in ("A", "B", "C"):
            self.category.addItem(self.tr("Category {category}").format(category=category), category)
        self.category.setCurrentIndex(max(0, self.category.findData(permission.get("category", "A"))))
        self.granted_on = self._date(permission.get("granted_on"))
        self.expires_on = self._date(permission.get("expires_on"))
        self.first_entry = self._date(permission.get("first_entry"))
        self.route = QComboBox(self)
        self.route.addItem(self.tr("Employment in Hong Kong"), "employment")
        self.route.addItem(self.tr("A business in Hong Kong"), "business")
        self.route.setCurrentIndex(max(0, self.route.findData(data.get("route") or "employment")))
        self.employer = QLineEdit(job.get("employer", ""), self)
        self.post = QLineEdit(job.get("post", ""), self)
        self.monthly_pay = QLineEdit(job.get("monthly_pay_hkd") or "", self)
        self.contract_start = self._date(job.get("contract_start"))
        self.contract_end = self._date(job.get("contract_end"), optional=True)
        self.flags: dict[str, QCheckBox] = {}
        for key, label in (
            ("employer_listed_on_hkex", self.tr("Employer listed on the Stock Exchange of Hong Kong")),
            (
                "employer_work_visa_approved_last_24_months",
                self.tr("Employer had a work visa approved in the last 24 months"),
            ),
            ("intra_company_transfer", self.tr("Intra-company transfer")),
            ("employer_outside_hong_kong", self.tr("Employer is outside Hong Kong")),
            ("commission_based", self.tr("Paid by commission")),
        ):
            box = QCheckBox(label, self)
            box.setChecked(bool(job.get(key)))
            self.flags[key] = box
        self.company = QLineEdit(biz.get("company", ""), self)
        self.registered_on = self._date(biz.get("registered_on"))
        self.turnover = QLineEdit(biz.get("turnover_hkd") or "", self)
        self.capital = QLineEdit(biz.get("capital_invested_hkd") or "", self)
        staff = biz.get("local_staff")
        self.local_staff = QLineEdit("" if staff is None else str(staff), self)
        self.office = QCheckBox(self.tr("Has an office in Hong Kong"), self)
        self.office.setChecked(bool(biz.get("office_in_hong_kong")))
        self.year = QLineEdit(income.get("year_of_assessment", ""), self)
        self.year.setPlaceholderText("2025/26")
        self.income = QLineEdit(income.get("amount_hkd", ""), self)
        self.verification = QCheckBox(
            self.tr("Degree verification was sent with the entry application"), self
        )
        self.verification.setChecked(bool(data.get("degree_verification_submitted")))

        # Each field by the FACTS path a problem names, with its label: the form shows the label, never the path.
        self.fields: dict[str, tuple[str, QWidget]] = {}
        stay = QFormLayout()
        for key, label, widget in (
            ("permission.category", self.tr("Admitted under"), self.category),
            ("permission.granted_on", self.tr("Granted on"), self.granted_on),
            ("permission.expires_on", self.tr("Stay expires on"), self.expires_on),
            ("permission.first_entry", self.tr("First entry under the scheme"), self.first_entry),
            ("route", self.tr("Route"), self.route),
            ("assessable_income.year_of_assessment", self.tr("Year of assessment"), self.year),
            ("assessable_income.amount_hkd", self.tr("Assessable income (HK$)"), self.income),
        ):
            widget.setAccessibleName(label)
            stay.addRow(label, widget)
            self.fields[f"extension.{key}"] = (label, widget)
        stay.addRow("", self.verification)
        self.employment_box = QGroupBox(self.tr("Employment"), self)
        employment = QFormLayout(self.employment_box)
        for key, label, widget in (
            ("employer", self.tr("Employer"), self.employer),
            ("post", self.tr("Post"), self.post),
            ("monthly_pay_hkd", self.tr("Monthly pay (HK$)"), self.monthly_pay),
            ("contract_start", self.tr("Contract from"), self.contract_start),
            ("contract_end", self.tr("Contract to (empty: open-ended)"), self.contract_end),
        ):
            widget.setAccessibleName(label)
            employment.addRow(label, widget)
            self.fields[f"extension.employment.{key}"] = (label, widget)
        for box in self.flags.values():
            employment.addRow("", box)
        self.business_box = QGroupBox(self.tr("Business"), self)
        business = QFormLayout(self.business_box)
        for key, label, widget in (
            ("company", self.tr("Company"), self.company),
            ("registered_on", self.tr("Registered on"), self.registered_on),
            ("turnover_hkd", self.tr("Turnover (HK$)"), self.turnover),
            ("capital_invested_hkd", self.tr("Capital invested (HK$)"), self.capital),
            ("local_staff", self.tr("Local staff"), self.local_staff),
        ):
            widget.setAccessibleName(label)
            business.addRow(label, widget)
            self.fields[f"extension.business.{key}"] = (label, widget)
        business.addRow("", self.office)
        layout = QVBoxLayout(self)
        layout.addLayout(stay)
        layout.addWidget(self.employment_box)
        layout.addWidget(self.business_box)
        layout.addStretch()
        self.route.currentIndexChanged.connect(self._route_changed)
        self._route_changed()
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(self.changed)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self.changed)
        self.category.currentIndexChanged.connect(self.changed)
        self.route.currentIndexChanged.connect(self.changed)

    def _date(self, value: str | None, optional: bool = False) -> DateField:
        """A date typed as people write it or picked on the calendar, as in the rest of the form."""
        return DateField(value or "", optional, self)

    def _route_changed(self) -> None:
        employment = self.route.currentData() == "employment"
        self.employment_box.setVisible(employment)
        self.business_box.setVisible(not employment)

    def document(self) -> dict[str, Any]:
        """The form as the ``extension`` object of FACTS.json (empty fields left out, so the rules name them)."""

        def day(line: DateField) -> str | None:
            return normalized(line.text()) or None

        def text(line: QLineEdit) -> str | None:
            return line.text().strip() or None

        data: dict[str, Any] = {
            "permission": {
                "category": self.category.currentData(),
                "granted_on": day(self.granted_on),
                "expires_on": day(self.expires_on),
                "first_entry": day(self.first_entry),
            },
            "route": self.route.currentData(),
            "degree_verification_submitted": self.verification.isChecked(),
        }
        if self.route.currentData() == "employment":
            data["employment"] = {
                "employer": self.employer.text().strip(),
                "post": self.post.text().strip(),
                "monthly_pay_hkd": text(self.monthly_pay),
                "contract_start": day(self.contract_start),
                "contract_end": day(self.contract_end),
                **{key: box.isChecked() for key, box in self.flags.items()},
            }
        else:
            staff = self.local_staff.text().strip()
            data["business"] = {
                "company": self.company.text().strip(),
                "registered_on": day(self.registered_on),
                "turnover_hkd": text(self.turnover),
                "capital_invested_hkd": text(self.capital),
                "local_staff": int(staff) if staff.isdigit() else (staff or None),
                "office_in_hong_kong": self.office.isChecked(),
            }
        if self.year.text().strip() or self.income.text().strip():
            data["assessable_income"] = {
                "year_of_assessment": self.year.text().strip(),
                "amount_hkd": text(self.income),
            }
        return data


def extension_html(ext: ExtensionAssessment, translator: Translator, brief: bool = False) -> str:
    """The extension's verdicts with their reasons (``brief``: without purely informative ones); each reason
    cites its source by number, and the sources are listed below, as the entry application's verdicts do."""
    tr = translator
    sources = extension_rules().sources
    cited: list[str] = []

    def cite(source: str | None) -> str:
        if not source or source not in sources:
            return ""
        if source not in cited:
            cited.append(source)
        return f" <sup>[{cited.index(source) + 1}]</sup>"

    def items(reasons: tuple[ExtensionReason, ...]) -> str:
        shown = [r for r in reasons if not (brief and r.outcome is Outcome.INFO and not r.verify)]
        return "".join(
            f"<li>{_MARK[r.outcome]} {escape(tr.render(r.message))}{' <b>*</b>' if r.verify else ''}"
            f"{cite(r.source)}</li>"
            for r in shown
        )

    can = ext.can_apply is Verdict.ELIGIBLE
    heading = tr.message(_V, T_CAN if can else T_CANNOT, {"day": ext.day})
    parts = [f"<h3>{escape(heading)}</h3><ul>{items(ext.window)}</ul>"]
    if ext.no_route:
        parts.append(f"<ul>{items(ext.no_route)}</ul>")
    for result in ext.routes:
        supported = result.verdict is Verdict.ELIGIBLE
        title = tr.message(_V, T_ROUTE_OK if supported else T_ROUTE_OPEN, {"route": result.route})
        parts.append(f"<h4>{escape(title)}</h4><ul>{items(result.reasons)}</ul>")
    length = tr.counted(_V, T_LENGTH, ext.years, {"until": ext.until})
    parts.append(f"<h4>{escape(length)}</h4>")
    parts.append(f"<ul>{items((*ext.length, *ext.degree))}</ul>")
    if ext.guidance:
        guidance = tr.text(_V, T_GUIDANCE)
        parts.append(f"<h4>{escape(guidance)}</h4><ul>{items(ext.guidance)}</ul>")
    if cited:  # the same words as the entry application's list of sources (VerdictsView)
        heading = QCoreApplication.translate("VerdictsView", "Sources")
        parts.append(f"<p><b>{escape(heading)}</b></p><ol>")
        for source_id in cited:
            source = sources[source_id]
            checked = QCoreApplication.translate("VerdictsView", "checked {date}").format(
                date=tr.format_value(source.checked)
            )
            where = f" — {escape(source.url)}" if source.url else ""
            parts.append(f"<li>{escape(source.title)}{where} ({escape(checked)})</li>")
        parts.append("</ol>")
    return "".join(parts)
