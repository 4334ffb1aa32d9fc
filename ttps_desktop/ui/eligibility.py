"""The Eligibility tab: which category to apply under (the app's suggestion or the user's choice), above each
category's verdict with its reasons and sources."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.rules.report import Report
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.panes import VerdictsView


class EligibilityPane(QWidget):
    category_chosen = Signal(object)  # CategoryId, or None for the app's suggestion

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.verdicts, 1)

    def fill(
        self, report: Report, chosen: CategoryId | None, language: Language, translator: Translator
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
        self.verdicts.fill(report.assessment, language, translator, newer_rules=report.newer_rules)

    def _activated(self, index: int) -> None:
        value = self.category.itemData(index)
        self.category_chosen.emit(CategoryId(value) if value else None)
