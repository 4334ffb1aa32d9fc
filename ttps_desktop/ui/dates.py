"""The Dates tab: the project's key dates on a timeline with today marked, and as a table with each date's rule,
source and verify mark. It shows exactly what core/keydates.py computes, the same values File > Export Dates…
writes to the .ics file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.keydates import KeyDate, alarm_weeks
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.pictures import GAP, PAD, Canvas, Ink, Scene, Text, beside


class DatesTimeline(Canvas):
    """Each key date as a tick on one axis with its label beside it, today as a line of its own. The labels are
    laid out in lanes above and below the axis, each in the first lane where it meets no other, so none is cut at
    the edge or drawn over another (ui/pictures.py draws the scene in the palette's colours)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datesTimeline")
        self.dates: tuple[KeyDate, ...] = ()
        self.today = date.today()
        self.translator: Translator | None = None

    def span(self) -> tuple[date, date]:
        days = [self.today, *(d.day for d in self.dates)]
        return min(days), max(days)

    def x_of(self, when: date, width: float | None = None) -> float:
        first, last = self.span()
        left, right = 2 * PAD, float(max(self.width() if width is None else width, 200)) - 2 * PAD
        return left + (right - left) * (when - first).days / max(1, (last - first).days)

    def layout_scene(self, width: float) -> Scene:
        scene = Scene()
        if self.translator is None:
            return scene
        tr, metrics = self.translator, QFontMetricsF(self.font())
        line, pitch = metrics.height(), metrics.height() + 4
        lanes: list[list[QRectF]] = []  # lane 0 just above the axis, 1 just below, 2 above that, ...
        placed: list[tuple[Text, int, float]] = []
        for key in self.dates:
            x = self.x_of(key.day, width)
            label = f"{tr.format_value(key.day)} {tr.render(key.title)}{' *' if key.verify else ''}"
            ink = Ink.MARK if key.warning is not None else Ink.TEXT
            text = beside(metrics, x, 0.0, label, PAD, width - PAD, ink, flush=False)
            lane = next(
                (n for n, taken in enumerate(lanes) if not any(_meet(text.rect, r) for r in taken)),
                len(lanes),
            )
            if lane == len(lanes):
                lanes.append([])
            lanes[lane].append(text.rect)
            placed.append((text, lane, x))
        above = (len(lanes) + 1) // 2
        below = len(lanes) // 2
        axis = PAD + pitch + above * pitch + 10
        today = self.x_of(self.today, width)
        today_text = self.tr("Today, {day}").format(day=tr.format_value(self.today))
        scene.texts.append(beside(metrics, today, PAD, today_text, PAD, width - PAD, Ink.TODAY, flush=False))
        first, last = self.span()
        scene.lines.append(
            (QLineF(self.x_of(first, width), axis, self.x_of(last, width), axis), Ink.TEXT, False)
        )
        for text, lane, x in placed:
            row = lane // 2
            y = axis - 10 - (row + 1) * pitch + 2 if lane % 2 == 0 else axis + 10 + row * pitch
            rect = QRectF(text.rect.left(), y, text.rect.width(), line)
            scene.texts.append(Text(rect, text.text, text.ink, full=text.full))
            tick = Ink.MARK if text.ink is Ink.MARK else Ink.BAR
            scene.lines.append((QLineF(x, axis - 8, x, axis + 8), tick, False))
            end = rect.bottom() if lane % 2 == 0 else rect.top()
            scene.lines.append((QLineF(x, axis, x, end), Ink.MUTED, False))  # from the tick to its label
        scene.height = axis + 10 + below * pitch + PAD
        scene.lines.append((QLineF(today, PAD + line, today, scene.height - 4), Ink.TODAY, True))
        return scene


def _meet(one: QRectF, other: QRectF) -> bool:
    """Two labels in one lane meet when less than a gap apart."""
    return one.left() < other.right() + GAP and other.left() < one.right() + GAP


class DatesPane(QWidget):
    """The timeline above a table: date, what it is, its rule (and warning), its source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datesPane")
        self.timeline = DatesTimeline(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("datesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read, not edited cell by cell: Tab moves on to the next control, the arrow keys move within (a table
        # keeps Tab between its cells by default, and Tab would never leave it).
        self.table.setTabKeyNavigation(False)
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
        self.table.setAccessibleName(self.tr("Key dates"))
        self.timeline.setAccessibleDescription(
            self.tr("%n date(s) from {first} to {last}; today is {today}", "", len(dates)).format(
                first=translator.format_value(first),
                last=translator.format_value(last),
                today=translator.format_value(self.timeline.today),
            )
        )
        self.timeline.relayout()


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
