"""The Eligibility tab: which category to apply under (the app's suggestion or the user's choice), the e-form's
declarations answered here (never uploaded), above each category's verdict with its reasons and sources."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.fees import no_fees
from ttps_desktop.core.rules.model import Answer, CategoryId
from ttps_desktop.core.rules.report import Report
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.extension import extension_html
from ttps_desktop.ui.panes import VerdictsView


class EligibilityPane(QWidget):
    category_chosen = Signal(object)  # CategoryId, or None for the app's suggestion
    answered = Signal(str, object)  # a question of the e-form, and "no", "yes" or None (not answered)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eligibilityPane")
        self.label = QLabel(self)
        self.category = QComboBox(self)
        self.category.setObjectName("categoryChoice")
        self.label.setBuddy(self.category)
        self.category.activated.connect(self._activated)
        self.verdicts = VerdictsView(self)
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.category, 1)
        self.fees = QLabel(self)  # what each person pays, by the rules in force, with the source
        self.fees.setObjectName("fees")
        self.fees.setWordWrap(True)
        self.fees.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions = QFormLayout()  # one choice per question of the e-form
        self.question_boxes: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(self.questions)
        layout.addWidget(self.fees)
        layout.addWidget(self.verdicts, 1)

    def fill(
        self,
        report: Report,
        chosen: CategoryId | None,
        language: Language,
        translator: Translator,
        answers: Mapping[str, str] | None = None,
    ) -> None:
        recommended = report.assessment.recommended
        self.category.blockSignals(True)
        self.category.clear()
        suggestion = (
            self.tr("The app's suggestion (category {category})").format(category=recommended.value)
            if recommended
            else self.tr("The app's suggestion (none fits yet)")
        )
        self.category.addItem(suggestion, "")
        for category in CategoryId:
            self.category.addItem(
                self.tr("Category {category}").format(category=category.value), category.value
            )
        self.category.setCurrentIndex(max(0, self.category.findData(chosen.value if chosen else "")))
        self.category.blockSignals(False)
        self.label.setText(self.tr("Apply under"))
        self.category.setAccessibleName(self.tr("Category to apply under"))
        self._fill_questions(report, language, translator, answers or {})
        lines = report.fees.lines() if report.fees else [no_fees(report.assessment)]
        self.fees.setText(
            "<b>"
            + html.escape(self.tr("Fees"))
            + "</b><br/>"
            + "<br/>".join(html.escape(translator.render(line)) for line in lines)
        )
        extension = (
            report.extension is not None
        )  # an extension applies under the category it was admitted under
        self.category.setEnabled(not extension)
        if report.extension is not None:
            self.verdicts.setAccessibleName(self.tr("Extension of stay"))
            self.verdicts.setHtml(extension_html(report.extension, translator))
        else:
            self.verdicts.fill(report.assessment, language, translator, newer_rules=report.newer_rules)

    def _fill_questions(
        self, report: Report, language: Language, translator: Translator, answers: Mapping[str, str]
    ) -> None:
        while self.questions.rowCount():
            self.questions.removeRow(0)
        self.question_boxes = {}
        for item in report.applicable:
            question = item.requirement.question
            if question is None or question in self.question_boxes:
                continue
            box = QComboBox(self)
            box.setObjectName(f"question_{question}")
            box.addItem(self.tr("Not answered yet"), "")
            for answer in Answer:
                box.addItem(translator.format_value(answer), answer.value)
            box.setCurrentIndex(max(0, box.findData(answers.get(question, ""))))
            box.setToolTip(item.requirement.help.get(language))
            title = item.requirement.title.get(language)
            box.setAccessibleName(title)
            box.activated.connect(lambda index, q=question, b=box: self._answered(q, b.itemData(index)))
            self.questions.addRow(title, box)
            self.question_boxes[question] = box

    def _answered(self, question: str, value: str) -> None:
        self.answered.emit(question, value or None)

    def _activated(self, index: int) -> None:
        value = self.category.itemData(index)
        self.category_chosen.emit(CategoryId(value) if value else None)
