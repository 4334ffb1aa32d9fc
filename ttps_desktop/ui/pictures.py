"""Pictures where people would rather look than read: each job as a bar against the 5-year window with the 3-year
mark, and each income item converted, against the threshold. Both draw what the rules engine computed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ttps_desktop.core.rules.eligibility import Assessment, experience_periods, experience_test
from ttps_desktop.core.rules.periods import years_before
from ttps_desktop.core.rules.reasons import ReasonCode
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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.assessment: Assessment | None = None
        self.translator: Translator | None = None

    def show_assessment(self, assessment: Assessment, translator: Translator) -> None:
        self.assessment, self.translator = assessment, translator
        facts = assessment.facts
        jobs = ", ".join(
            f"{j.employer or '—'} {translator.format_value(j.start)}–{translator.format_value(j.end) if j.end else '…'}"
            for j in facts.employment
        )
        self.setAccessibleName(self.tr("Work experience timeline"))
        self.setAccessibleDescription(
            self.tr("{days} days of work in the window {start} to {end}. Jobs: {jobs}").format(
                days=translator.format_value(assessment.experience_days),
                start=translator.format_value(assessment.experience_window.start),
                end=translator.format_value(assessment.experience_window.last_day),
                jobs=jobs or "—",
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.assessment is None or self.translator is None:
            return
        a, tr = self.assessment, self.translator
        intervals, _ = experience_periods(a.facts, experience_test(a.ruleset))
        day = a.facts.application_date
        first = min([a.experience_window.start, *(i.start for i in intervals)])
        span = max(1, (day - first).days)
        colours = _Colours.of(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colours.text)
        left, right, top = 150.0, float(self.width() - 20), 30.0

        def x(when: date) -> float:
            return left + (right - left) * (when - first).days / span

        painter.fillRect(
            QRectF(
                x(a.experience_window.start),
                top - 10,
                x(day) - x(a.experience_window.start),
                self.height() - top,
            ),
            colours.window,
        )
        painter.drawText(
            QRectF(x(a.experience_window.start), 4, 400, 18), self.tr("the 5 years before the application")
        )
        mark = x(years_before(day, 3))
        painter.setPen(QPen(colours.mark, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(mark), int(top - 10), int(mark), self.height())
        painter.drawText(QRectF(mark + 4, self.height() - 22, 300, 18), self.tr("3 years before"))
        painter.setPen(colours.text)
        for row, (job, interval) in enumerate(zip(a.facts.employment, intervals, strict=False)):
            y = top + row * 28
            name = painter.fontMetrics().elidedText(
                job.employer or "—", Qt.TextElideMode.ElideRight, int(left - 16)
            )
            painter.drawText(QRectF(8, y, left - 16, 20), Qt.AlignmentFlag.AlignVCenter, name)
            painter.fillRect(
                QRectF(x(interval.start), y + 3, max(2.0, x(interval.end) - x(interval.start)), 14),
                colours.bar,
            )
        painter.drawText(
            QRectF(left, self.height() - 40, right - left, 18),
            self.tr("{days} days counted, {required} needed for category B").format(
                days=tr.format_value(a.experience_days),
                required=tr.format_value((day - years_before(day, 3)).days),
            ),
        )
        painter.end()


class IncomeChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomeChart")
        self.setMinimumHeight(120)
        self.total_hkd = 0.0
        self.threshold_hkd = 1.0
        self.lines: list[str] = []

    def show_assessment(self, assessment: Assessment, translator: Translator) -> None:
        result = next(iter(assessment.results.values()))
        reasons = assessment.results[result.category.id].reasons
        self.lines = [
            translator.render(r.message) for r in reasons if r.code.value.startswith(("income_", "exchange_"))
        ]
        final = next(
            (
                r
                for r in reasons
                if r.code in (ReasonCode.INCOME_MEETS_THRESHOLD, ReasonCode.INCOME_BELOW_THRESHOLD)
            ),
            None,
        )
        if final is not None:
            self.total_hkd = float(str(final.params["total_hkd"]))
            self.threshold_hkd = float(str(final.params["threshold_hkd"])) or 1.0
        self.setAccessibleName(self.tr("Income against the threshold"))
        self.setAccessibleDescription("\n".join(self.lines))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = _Colours.of(self)
        painter = QPainter(self)
        width = float(self.width() - 40)
        scale = width / max(self.total_hkd, self.threshold_hkd * 1.2, 1.0)
        painter.fillRect(QRectF(20, 20, self.total_hkd * scale, 22), colours.bar)
        painter.setPen(QPen(colours.mark, 2))
        mark = 20 + self.threshold_hkd * scale
        painter.drawLine(int(mark), 12, int(mark), 50)
        painter.setPen(colours.text)
        y = 62.0
        for line in self.lines:
            painter.drawText(QRectF(20, y, width, 18), line[:160])
            y += 20
        painter.end()
