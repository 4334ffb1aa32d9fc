"""The Dates tab: the project's key dates on a timeline with today marked, and as a table with each date's rule,
source and verify mark. It shows exactly what core/keydates.py computes, the same values File > Export Dates…
writes to the .ics file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.keydates import KeyDate, alarm_weeks
from ttps_desktop.i18n import Translator


@dataclass(frozen=True)
class _Colours:
    text: QColor
    tick: QColor
    today: QColor
    warning: QColor

    @classmethod
    def of(cls, widget: QWidget) -> _Colours:
        palette = widget.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        return cls(
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Highlight),
            QColor(80, 200, 120) if dark else QColor(20, 120, 60),
            QColor(235, 96, 96) if dark else QColor(176, 32, 32),
        )


class DatesTimeline(QWidget):
    """Each key date as a tick on one axis, today as a line of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datesTimeline")
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.dates: tuple[KeyDate, ...] = ()
        self.today = date.today()
        self.translator: Translator | None = None

    def span(self) -> tuple[date, date]:
        days = [self.today, *(d.day for d in self.dates)]
        return min(days), max(days)

    def x_of(self, when: date) -> float:
        first, last = self.span()
        left, right = 20.0, float(max(self.width(), 200) - 20)
        return left + (right - left) * (when - first).days / max(1, (last - first).days)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.translator is None:
            return
        tr, colours = self.translator, _Colours.of(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        axis = self.height() / 2.0
        painter.setPen(QPen(colours.text, 1))
        painter.drawLine(int(self.x_of(self.span()[0])), int(axis), int(self.x_of(self.span()[1])), int(axis))
        for index, key in enumerate(self.dates):
            x = self.x_of(key.day)
            colour = colours.warning if key.warning is not None else colours.tick
            painter.setPen(QPen(colour, 2))
            up = index % 2 == 0
            painter.drawLine(int(x), int(axis - 8), int(x), int(axis + 8))
            label = f"{tr.format_value(key.day)} {tr.render(key.title)}{' *' if key.verify else ''}"
            y = axis - 34 - (index % 4 // 2) * 16 if up else axis + 14 + (index % 4 // 2) * 16
            painter.setPen(colours.text)
            painter.drawText(QRectF(x - 4, y, 360, 18), Qt.AlignmentFlag.AlignLeft, label)
        x = self.x_of(self.today)
        painter.setPen(QPen(colours.today, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), 4, int(x), self.height() - 4)
        painter.setPen(colours.today)
        painter.drawText(
            QRectF(x + 4, 2, 200, 18), self.tr("Today, {day}").format(day=tr.format_value(self.today))
        )
        painter.end()


class DatesPane(QWidget):
    """The timeline above a table: date, what it is, its rule (and warning), its source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datesPane")
        self.timeline = DatesTimeline(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("datesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline)
        layout.addWidget(self.table, 1)
        self.dates: tuple[KeyDate, ...] = ()

    def show_dates(
        self, dates: tuple[KeyDate, ...], translator: Translator, today: date | None = None
    ) -> None:
        self.dates = dates
        self.timeline.dates, self.timeline.translator = dates, translator
        self.timeline.today = today or date.today()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Rule"), self.tr("Source")]
        )
        self.table.setRowCount(len(dates))
        for row, key in enumerate(dates):
            rule = translator.render(key.rule)
            if key.warning is not None:
                rule += "\n" + translator.render(key.warning)
            title = translator.render(key.title) + (" " + self.tr("(verify)") if key.verify else "")
            cells = [translator.format_value(key.day), title, rule, key.source.title]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, key.day.isoformat())
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        first, last = self.timeline.span()
        self.timeline.setAccessibleName(self.tr("Key dates timeline"))
        self.timeline.setAccessibleDescription(
            self.tr("{count} dates from {first} to {last}; today is {today}").format(
                count=len(dates),
                first=translator.format_value(first),
                last=translator.format_value(last),
                today=translator.format_value(self.timeline.today),
            )
        )
        self.timeline.update()


def export_dates(
    target: Path,
    dates: tuple[KeyDate, ...],
    project_id: str,
    name: str,
    translator: Translator,
    revision: int,
) -> None:
    """File > Export Dates…: the same dates the tab shows, as an iCalendar file."""
    from ttps_desktop.core.ics import calendar_bytes, write_calendar  # icalendar: loaded when first used

    write_calendar(
        target, calendar_bytes(dates, project_id, name, translator.render, alarm_weeks(), revision)
    )
