"""Fields for facts as people give them: a country or a currency picked by its name in the window's language (or
typed in any of the three languages, or as its code), and a date typed as people write it or picked on a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCollator, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAccessible, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.countries import PlaceName, countries, currencies, find_country, find_currency
from ttps_desktop.core.dates import normalized, parse_user_date
from ttps_desktop.core.language import Language

_COLLATION = {Language.EN: "en", Language.ZH_HK: "zh_HK", Language.ZH_CN: "zh_CN"}


class _NameCompleter(QCompleter):
    """Suggests the names that contain what is typed; when what is typed names a place under another name (a code,
    a name in another language, "UK" for the United Kingdom), suggests that place instead: typing "UK" offers the
    United Kingdom, not Ukraine."""

    def __init__(self, picker: _CodePicker) -> None:
        super().__init__(picker.model(), picker)
        self.picker = picker

    def splitPath(self, path: str) -> list[str]:
        typed = path.strip()
        code = self.picker._find(typed) if typed else None
        if code is not None:
            label = self.picker.itemText(self.picker.findData(code))
            if label and typed.casefold() not in label.casefold():
                return [label]
        return [path]


class _CodePicker(QComboBox):
    """An editable list of names with their codes: the completer suggests the names that contain what is typed;
    what is typed is read as a code or a name in any language when it is not one of the names shown."""

    picked = Signal()  # the code changed (typing, choosing, or a name read as typed)

    def __init__(self, language: Language, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(18)
        if optional:
            self.addItem("", None)
        collator = QCollator(QLocale(_COLLATION[language]))
        places = sorted(self._places().values(), key=lambda p: collator.sortKey(self._label(p)))
        for place in places:
            self.addItem(self._label(place), place.code)
            self.setItemData(self.count() - 1, place.code, Qt.ItemDataRole.ToolTipRole)
        completer = _NameCompleter(self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(0 if optional else -1)
        line = self.lineEdit()
        assert line is not None  # editable
        line.setClearButtonEnabled(True)
        line.editingFinished.connect(self._settle)
        line.textChanged.connect(self.picked)

    def showEvent(self, event: QShowEvent) -> None:
        """The typing field inside is what takes the focus: a screen reader names it as the picker is named
        (its own name, else its label's)."""
        super().showEvent(event)
        line = self.lineEdit()
        shown = QAccessible.queryAccessibleInterface(self)
        if line is not None and shown is not None:
            line.setAccessibleName(shown.text(QAccessible.Text.Name))

    def _places(self) -> dict[str, PlaceName]:
        raise NotImplementedError

    def _label(self, place: PlaceName) -> str:
        return place.in_language(self.language)

    def _find(self, text: str) -> str | None:
        raise NotImplementedError

    def code(self) -> str | None:
        """The code of what is shown or typed; None when empty or when it names nothing (see ``text``)."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        return self._find(text)

    def value(self) -> str | None:
        """What FACTS.json gets: the code, else what was typed (the core then says it names nothing)."""
        text = self.currentText().strip()
        return self.code() or text or None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")

    # The form's older line-edit interface: text() / setText() take a code or anything typed.
    def text(self) -> str:
        return self.value() or ""

    def setText(self, text: str) -> None:
        self.setEditText(text)

    def _settle(self) -> None:
        """Typing done: a name in another language or a code is shown as the name in the window's language."""
        code = self.code()
        if code is not None:
            index = self.findData(code)
            if index >= 0 and (self.currentIndex() != index or self.currentText() != self.itemText(index)):
                self.setCurrentIndex(index)


class CountryPicker(_CodePicker):
    def _places(self) -> dict[str, PlaceName]:
        return countries()

    def _find(self, text: str) -> str | None:
        return find_country(text)


class CurrencyPicker(_CodePicker):
    def _places(self) -> dict[str, PlaceName]:
        return currencies()

    def _label(self, place: PlaceName) -> str:
        return f"{place.code} {place.in_language(self.language)}"

    def _find(self, text: str) -> str | None:
        # "USD 美元" as shown, or just the code or a name
        head = text.split(maxsplit=1)[0] if text.split() else text
        return find_currency(text) or (find_currency(head) if len(head) == 3 else None)


class DateField(QWidget):
    """A date typed as people write it (2025/3/31, 2025年3月31日, 31/3/2025; shown as 2025-03-31 once typed) or
    picked on a calendar. An optional date is left empty with the clear button (or the calendar's Clear)."""

    editingFinished = Signal()
    textChanged = Signal(str)
    picked = Signal()  # a day was picked on the calendar

    def __init__(self, text: str = "", optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.line = QLineEdit(text, self)
        self.line.setPlaceholderText(self.tr("Empty: not known") if optional else self.tr("e.g. 2025-03-31"))
        self.line.setClearButtonEnabled(optional)
        self.line.editingFinished.connect(self.editingFinished)
        self.editingFinished.connect(self._normalize)
        self.line.textChanged.connect(self.textChanged)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setText(self.tr("Calendar"))
        self.button.setToolTip(self.tr("Choose the date on a calendar"))
        self.button.setAccessibleName(self.tr("Choose the date on a calendar"))
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        # Takes the focus (for its field) like a control, so that a form can put it in its Tab order whole.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.popup: QFrame | None = None
        self.calendar: QCalendarWidget | None = None

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def date(self) -> date | None:
        return parse_user_date(self.line.text())

    def clear(self) -> None:
        self.line.clear()
        self.editingFinished.emit()

    def _normalize(self) -> None:
        """Typing done (or a date picked): shown as an ISO date when it names one."""
        text = normalized(self.line.text())
        if text != self.line.text():
            self.line.setText(text)

    def show_calendar(self) -> None:
        """The calendar, on the date typed (else today), below the field; a click picks, Esc closes."""
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setObjectName("calendarPopup")
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        typed = self.date()
        day = typed or date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.clicked.connect(self.pick)
        calendar.activated.connect(self.pick)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(calendar)
        if self.optional:
            clear = QPushButton(self.tr("Clear (not known)"), popup)
            clear.clicked.connect(self.clear)
            clear.clicked.connect(popup.close)
            layout.addWidget(clear)
        self.popup, self.calendar = popup, calendar
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()

    def pick(self, day: QDate) -> None:
        self.line.setText(date(day.year(), day.month(), day.day()).isoformat())
        if self.popup is not None:
            self.popup.close()
        self.editingFinished.emit()
        self.picked.emit()
