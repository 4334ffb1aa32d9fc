"""Pictures where people would rather look than read: each job as a bar against the window and the mark of the
experience test, and each income item converted, against the threshold. The core works out what to draw
(core/rules/pictures.py); these widgets only draw it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ttps_desktop.core.rules.eligibility import Assessment
from ttps_desktop.core.rules.pictures import IncomePicture, TimelinePicture, income_picture, timeline_picture
from ttps_desktop.i18n import Translator


@dataclass(frozen=True)
class _Colours:
    """Taken from the palette, so the pictures follow the system's light or dark theme."""

    text: QColor
    bar: QColor
    window: QColor
    mark: QColor

    @classmethod
    def of(cls, widget: QWidget) -> _Colours:
        palette = widget.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        window = QColor(palette.color(QPalette.ColorRole.Highlight))
        window.setAlpha(45)
        return cls(
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Highlight),
            window,
            QColor(235, 96, 96) if dark else QColor(176, 32, 32),
        )


class Timeline(QWidget):
    """Each job as a bar of the days it counts for, the window of the experience test and its mark: all worked
    out by the core (core/rules/pictures.py) from the rules in force."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture: TimelinePicture | None = None
        self.translator: Translator | None = None

    def show_assessment(self, assessment: Assessment, translator: Translator) -> None:
        self.picture, self.translator = timeline_picture(assessment), translator
        facts = assessment.facts
        jobs = ", ".join(
            f"{j.employer or '—'} {translator.format_value(j.start)}–{translator.format_value(j.end) if j.end else '…'}"
            for j in facts.employment
        )
        self.setAccessibleName(self.tr("Work experience timeline"))
        if self.picture is not None:
            self.setAccessibleDescription(
                self.tr("{days} days of work in the window {start} to {end}. Jobs: {jobs}").format(
                    days=translator.format_value(self.picture.counted_days),
                    start=translator.format_value(self.picture.window.start),
                    end=translator.format_value(self.picture.window.last_day),
                    jobs=jobs or "—",
                )
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.picture is None or self.translator is None:
            return
        p, tr = self.picture, self.translator
        span = max(1, (p.application_date - p.start).days)
        colours = _Colours.of(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colours.text)
        left, right, top = 150.0, float(self.width() - 20), 30.0

        def x(when: date) -> float:
            return left + (right - left) * (when - p.start).days / span

        window_left = x(p.window.start)
        painter.fillRect(
            QRectF(window_left, top - 10, x(p.application_date) - window_left, self.height() - top),
            colours.window,
        )
        painter.drawText(
            QRectF(window_left, 4, 400, 18),
            self.tr("the {years} years before the application").format(years=p.window_years),
        )
        mark = x(p.mark)
        painter.setPen(QPen(colours.mark, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(mark), int(top - 10), int(mark), self.height())
        painter.drawText(
            QRectF(mark + 4, self.height() - 22, 300, 18),
            self.tr("{years} years before").format(years=p.years),
        )
        painter.setPen(colours.text)
        for row, job in enumerate(p.jobs):  # every job has its own row; one not counted has no bar
            y = top + row * 28
            name = painter.fontMetrics().elidedText(
                job.employer or "—", Qt.TextElideMode.ElideRight, int(left - 16)
            )
            painter.drawText(QRectF(8, y, left - 16, 20), Qt.AlignmentFlag.AlignVCenter, name)
            if job.counted is not None:
                bar = QRectF(
                    x(job.counted.start), y + 3, max(2.0, x(job.counted.end) - x(job.counted.start)), 14
                )
                painter.fillRect(bar, colours.bar)
        painter.drawText(
            QRectF(left, self.height() - 40, right - left, 18),
            self.tr("{days} days counted, {required} needed for category {category}").format(
                days=tr.format_value(p.counted_days),
                required=tr.format_value(p.required_days),
                category=p.category.value,
            ),
        )
        painter.end()


class IncomeChart(QWidget):
    """Each counted income item as a piece of the total, against the threshold of the income test (both from the
    core), with the engine's explanations below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomeChart")
        self.setMinimumHeight(120)
        self.picture: IncomePicture | None = None
        self.lines: list[str] = []

    def show_assessment(self, assessment: Assessment, translator: Translator) -> None:
        self.picture = income_picture(assessment)
        self.lines = []
        if self.picture is not None:
            reasons = assessment.results[self.picture.category].reasons
            self.lines = [
                translator.render(r.message)
                for r in reasons
                if r.code.value.startswith(("income_", "exchange_"))
            ]
        self.setAccessibleName(self.tr("Income against the threshold"))
        self.setAccessibleDescription("\n".join(self.lines))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.picture is None:
            return
        p = self.picture
        colours = _Colours.of(self)
        painter = QPainter(self)
        width = float(self.width() - 40)
        scale = width / float(max(p.total_hkd, p.threshold_hkd * Decimal("1.2"), Decimal(1)))
        left = 20.0
        for number, item in enumerate(i for i in p.items if i.counted_hkd is not None):
            piece = float(item.counted_hkd or 0) * scale
            shade = QColor(colours.bar)
            shade.setAlpha(255 if number % 2 == 0 else 170)  # the items side by side, told apart
            painter.fillRect(QRectF(left, 20, piece, 22), shade)
            left += piece
        painter.setPen(QPen(colours.mark, 2))
        mark = 20 + float(p.threshold_hkd) * scale
        painter.drawLine(int(mark), 12, int(mark), 50)
        painter.setPen(colours.text)
        y = 62.0
        for line in self.lines:
            painter.drawText(QRectF(20, y, width, 18), line[:160])
            y += 20
        painter.end()
