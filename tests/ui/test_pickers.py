"""Facts entry made for people: countries and currencies picked by name in any of the three languages, dates
typed or picked on a calendar, an optional date left empty, and problems shown translated on their field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.pickers import CurrencyPicker, DateField


def type_text(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Type ``text``: Latin letters as keys, Chinese as an input method commits it (QTest has no keys for it)."""
    if text.isascii():
        QTest.keyClicks(line, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(line, event)


def _dialog(qtbot: QtBot, session: Session, language: Language) -> FactsDialog:
    create_application(language)
    dialog = FactsDialog(session.facts(), language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(
    ("typed", "code"),
    [("中国", "CHN"), ("中國", "CHN"), ("China", "CHN"), ("Hong Kong", "HKG"), ("CHN", "CHN")],
)
def test_nationality_typed_in_any_language_or_as_a_code(
    qtbot: QtBot, demo_session: Session, language: Language, typed: str, code: str
) -> None:
    dialog = _dialog(qtbot, demo_session, language)
    picker = dialog.nationality
    picker.setFocus()
    picker.lineEdit().clear()
    line = picker.lineEdit()
    assert line is not None
    type_text(qtbot, line, typed)
    assert picker.code() == code
    picker.lineEdit().editingFinished.emit()  # typing done: shown by its name in the window's language
    names = {Language.EN: {"CHN": "China", "HKG": "Hong Kong SAR China"}}
    names[Language.ZH_HK] = {"CHN": "中國", "HKG": "中國香港特別行政區"}
    names[Language.ZH_CN] = {"CHN": "中国", "HKG": "中国香港特别行政区"}
    assert picker.currentText() == names[language][code]
    dialog.recheck()
    assert dialog.facts is not None and dialog.facts.nationality == code


def test_currency_picked_by_name(qtbot: QtBot) -> None:
    create_application(Language.ZH_CN)
    picker = CurrencyPicker(Language.ZH_CN, True)
    qtbot.addWidget(picker)
    line = picker.lineEdit()
    assert line is not None
    type_text(qtbot, line, "美元")
    assert picker.value() == "USD"
    picker.lineEdit().editingFinished.emit()
    assert picker.currentText() == "USD 美元" and picker.value() == "USD"
    picker.set_code("HKD")
    assert picker.currentText() == "HKD 港元"


def test_a_date_typed_and_a_date_picked(qtbot: QtBot, demo_session: Session) -> None:
    dialog = _dialog(qtbot, demo_session, Language.ZH_HK)
    field = dialog.application_date
    field.line.clear()
    type_text(qtbot, field.line, "2025年3月31日")
    QTest.keyClick(field.line, Qt.Key.Key_Return)  # typing done: shown as an ISO date
    assert field.text() == "2025-03-31"
    QTest.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.popup is not None and field.calendar is not None and field.popup.isVisible()
    assert field.calendar.selectedDate() == QDate(2025, 3, 31)  # opens on the date typed
    field.calendar.setSelectedDate(QDate(2026, 2, 14))
    field.calendar.activated.emit(QDate(2026, 2, 14))  # a day chosen (Enter or a double click)
    assert field.text() == "2026-02-14" and not field.popup.isVisible()
    dialog.recheck()
    assert dialog.facts is not None and str(dialog.facts.application_date) == "2026-02-14"


def test_an_optional_date_cleared(qtbot: QtBot, demo_session: Session) -> None:
    dialog = _dialog(qtbot, demo_session, Language.EN)
    field: DateField = dialog.expiry
    field.setText("31/1/2031")
    field.editingFinished.emit()
    dialog.recheck()
    assert dialog.facts is not None and dialog.facts.travel_document is not None
    assert str(dialog.facts.travel_document.expiry_date) == "2031-01-31"
    QTest.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.popup is not None
    [clear] = [
        b for b in field.popup.findChildren(type(dialog.next_button)) if b.text() == "Clear (not known)"
    ]
    QTest.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert field.text() == "" and not field.popup.isVisible()
    dialog.recheck()
    assert dialog.facts is not None and dialog.facts.travel_document is not None
    assert dialog.facts.travel_document.expiry_date is None
    assert not dialog.application_date.line.isClearButtonEnabled()  # a required date has no clear button
    assert field.line.isClearButtonEnabled()


def test_a_bad_value_is_shown_translated_on_its_field(qtbot: QtBot, demo_session: Session) -> None:
    dialog = _dialog(qtbot, demo_session, Language.ZH_CN)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.nationality.setText("火星")
    dialog.recheck()
    text = dialog.problem.text()
    assert not ok.isEnabled()
    assert "国籍" in text and "火星" in text, text  # the field by its label, what was typed
    assert "is not" not in text and "nationality" not in text, text  # no English, no JSON key
    assert dialog.nationality.property("invalid") is True
    dialog.tabs.setCurrentIndex(2)
    dialog.go_to_problem()  # the message's link: back to the field
    assert dialog.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: dialog.nationality.hasFocus(), timeout=60_000)
    dialog.nationality.setText("中国")
    dialog.recheck()
    assert ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.nationality.property("invalid") is False
    shown = dialog.preview.toPlainText()  # the verdicts beside the form name the country, not its code
    assert "中国" in shown and "CHN" not in shown, shown


def test_a_bad_cell_is_named_by_its_table_and_row(qtbot: QtBot, demo_session: Session) -> None:
    dialog = _dialog(qtbot, demo_session, Language.ZH_HK)
    dialog.rates.add_row({"currency": "USD", "hkd_per_unit": "-1", "date": "2026-01-02", "source": "HKMA"})
    dialog.recheck()
    text = dialog.problem.text()
    row = dialog.rates.rowCount()
    assert f"{row}" in text and "hkd_per_unit" not in text and "must be" not in text, text
    dialog.go_to_problem()
    assert dialog.rates.currentRow() == row - 1


def test_a_table_date_typed_or_picked_in_its_cell(qtbot: QtBot, demo_session: Session) -> None:
    dialog = _dialog(qtbot, demo_session, Language.EN)
    dialog.tabs.setCurrentIndex(2)  # Work
    table = dialog.jobs
    item = table.item(0, 1)  # the first job's start
    assert item is not None
    table.setCurrentItem(item)
    table.editItem(item)
    editor = table.indexWidget(table.indexFromItem(item))  # the cell's editor
    assert isinstance(editor, DateField)
    editor.line.selectAll()
    type_text(qtbot, editor.line, "31/3/2025")
    QTest.keyClick(editor.line, Qt.Key.Key_Return)
    assert item.text() == "2025-03-31"
    table.editItem(item)
    editor = table.indexWidget(table.indexFromItem(item))  # the cell's editor
    assert isinstance(editor, DateField)
    QTest.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    assert editor.calendar is not None and editor.calendar.selectedDate() == QDate(2025, 3, 31)
    editor.calendar.activated.emit(QDate(2025, 4, 1))
    assert item.text() == "2025-04-01"
    assert table.indexWidget(table.indexFromItem(item)) is None  # the pick ended the edit
    dialog.recheck()
    assert dialog.facts is not None and str(dialog.facts.employment[0].start) == "2025-04-01"
