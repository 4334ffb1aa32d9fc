"""Pictures where people would rather look than read: each job as a bar against the years, the window and the mark
of the experience test; each income item converted, with its amount, against the labelled threshold and the total.
The core works out what to draw (core/rules/pictures.py); these widgets only place and draw it.

Each picture is laid out first, as a ``Scene`` of text boxes, lines and bars in logical pixels measured with the
widget's font, then painted from it: a text box is as wide as its text (or the text is elided to it), and boxes are
placed in rows and columns that do not meet, so tests can check that nothing is clipped or overlaps. Colours come
from the palette (light or dark theme); the painting is in logical pixels, sharp at any device pixel ratio.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ttps_desktop.core.rules.eligibility import Assessment
from ttps_desktop.core.rules.pictures import IncomePicture, TimelinePicture, income_picture, timeline_picture
from ttps_desktop.i18n import Translator

PAD = 8.0  # around the picture and between its parts
GAP = 6.0  # between a text and what it names


class Ink(Enum):
    """What a text, line or box is drawn in; the colours come from the palette."""

    TEXT = "text"
    MUTED = "muted"  # the axis, grid lines and "not counted"
    MARK = "mark"  # the mark of the experience test, the threshold
    BAR = "bar"
    BAR_ALT = "bar_alt"  # every other piece of the income total
    WINDOW = "window"  # the shaded window of the experience test
    TODAY = "today"  # today's line on the Dates tab


@dataclass(frozen=True)
class Text:
    rect: QRectF
    text: str
    ink: Ink = Ink.TEXT
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    full: str = ""  # the whole text, when ``text`` is elided to its box (shown as the tooltip there)


@dataclass
class Scene:
    """A picture laid out: what to draw where, in logical pixels."""

    texts: list[Text] = field(default_factory=list)
    lines: list[tuple[QLineF, Ink, bool]] = field(default_factory=list)  # line, ink, dashed
    boxes: list[tuple[QRectF, Ink]] = field(default_factory=list)
    height: float = 0.0


def colours(palette: QPalette) -> dict[Ink, QColor]:
    """The picture's colours from the palette, so the pictures follow the system's light or dark theme."""
    background = palette.color(QPalette.ColorRole.Window)
    dark = background.lightness() < 128
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = QColor(text)
    muted.setAlpha(150)
    bar = palette.color(QPalette.ColorRole.Highlight)
    bar_alt = QColor(bar.lighter(135) if dark else bar.darker(130))
    window = QColor(bar)
    window.setAlpha(45)
    return {
        Ink.TEXT: text,
        Ink.MUTED: muted,
        Ink.MARK: QColor(240, 110, 110) if dark else QColor(176, 32, 32),
        Ink.BAR: bar,
        Ink.BAR_ALT: bar_alt,
        Ink.WINDOW: window,
        Ink.TODAY: QColor(80, 200, 120) if dark else QColor(20, 120, 60),
    }


def paint(scene: Scene, painter: QPainter, palette: QPalette) -> None:
    ink = colours(palette)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for rect, box_ink in scene.boxes:
        painter.fillRect(rect, ink[box_ink])
    for line, line_ink, dashed in scene.lines:
        pen = QPen(ink[line_ink], 2 if line_ink is Ink.MARK else 1)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(line)
    for text in scene.texts:
        painter.setPen(ink[text.ink])
        painter.drawText(text.rect, int(text.align | Qt.AlignmentFlag.AlignVCenter), text.text)


def _text(metrics: QFontMetricsF, x: float, y: float, text: str, room: float, ink: Ink = Ink.TEXT) -> Text:
    """A text from (x, y), as wide as it is, elided to ``room`` when wider."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 1.0))
    width = min(room, metrics.horizontalAdvance(shown) + 1)
    return Text(QRectF(x, y, width, metrics.height()), shown, ink, full=text if shown != text else "")


def beside(
    metrics: QFontMetricsF,
    at: float,
    y: float,
    text: str,
    low: float,
    high: float,
    ink: Ink = Ink.TEXT,
    flush: bool = True,
) -> Text:
    """A text beside the line at ``at``: on its right where it fits before ``high``, else ending at ``high`` (when
    ``flush``) or on the line's left (not before ``low``), elided to the wider side when it fits nowhere."""
    width = metrics.horizontalAdvance(text) + 1
    if at + GAP + width <= high:
        return Text(QRectF(at + GAP, y, width, metrics.height()), text, ink)
    if flush and high - width >= max(low, at - GAP - width):  # left of ``high``, as near the line as it fits
        return Text(QRectF(high - width, y, width, metrics.height()), text, ink)
    if at - GAP - width >= low:
        return Text(QRectF(at - GAP - width, y, width, metrics.height()), text, ink)
    if high - at >= at - low:
        return _text(metrics, at + GAP, y, text, high - at - GAP, ink)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(at - GAP - low, 1.0))
    shown_width = metrics.horizontalAdvance(shown) + 1
    rect = QRectF(at - GAP - shown_width, y, shown_width, metrics.height())
    return Text(rect, shown, ink, full=text if shown != text else "")


def _ticks(
    metrics: QFontMetricsF, marks: list[tuple[float, str]], y: float, low: float, high: float
) -> list[Text]:
    """Tick labels centred under their marks, every one that keeps a gap to the one before and stays inside."""
    placed: list[Text] = []
    right_of_last = low - GAP
    for x, label in marks:
        width = metrics.horizontalAdvance(label) + 1
        left = min(max(x - width / 2, low), high - width)
        if left >= right_of_last + GAP and left + width <= high + 0.5:
            placed.append(Text(QRectF(left, y, width, metrics.height()), label, Ink.MUTED))
            right_of_last = left + width
    return placed


def _nice_step(span: float, most: int) -> float:
    """A round step (1, 2 or 5 times a power of ten) that cuts ``span`` into at most ``most`` parts."""
    raw = max(span / max(most, 1), 1e-9)
    power = 10.0 ** int(f"{raw:e}".split("e")[1])
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def timeline_scene(p: TimelinePicture, metrics: QFontMetricsF, width: float, texts: dict[str, str]) -> Scene:
    """The work timeline laid out in ``width`` logical pixels: the window named above, the mark named beside its
    line, each job's name and bar in its row, the years along the axis, the application date and the days."""
    scene = Scene()
    line = metrics.height()
    names = [job.employer or "—" for job in p.jobs]
    name_room = min(max((metrics.horizontalAdvance(n) for n in names), default=0.0) + 1, width * 0.3)
    left = PAD + name_room + GAP * 2
    right = width - PAD - metrics.horizontalAdvance("0000") / 2
    span = max(1, (p.application_date - p.start).days)

    def x(when: date) -> float:
        return left + (right - left) * (when - p.start).days / span

    window_label = texts["window"]
    scene.texts.append(beside(metrics, x(p.window.start) - GAP, PAD, window_label, PAD, width - PAD))
    mark, mark_y = x(p.mark), PAD + line + 2
    scene.texts.append(beside(metrics, mark, mark_y, texts["mark"], PAD, width - PAD, Ink.MARK))
    top = mark_y + line + 4
    pitch = max(line + 8, 22.0)
    bar = max(8.0, line * 0.7)
    axis = top + pitch * max(1, len(p.jobs)) + 4
    window_left = x(p.window.start)
    scene.boxes.append((QRectF(window_left, top - 2, right - window_left, axis - top + 2), Ink.WINDOW))
    for row, job in enumerate(p.jobs):  # every job has its own row; one not counted has no bar
        y = top + row * pitch
        scene.texts.append(_text(metrics, PAD, y + (pitch - line) / 2, names[row], name_room))
        if job.counted is not None:
            start, end = x(job.counted.start), x(job.counted.end)
            scene.boxes.append((QRectF(start, y + (pitch - bar) / 2, max(2.0, end - start), bar), Ink.BAR))
        else:
            scene.texts.append(
                _text(metrics, left, y + (pitch - line) / 2, texts["not_counted"], right - left)
            )
    scene.lines.append((QLineF(mark, mark_y + line, mark, axis), Ink.MARK, True))
    scene.lines.append((QLineF(left, axis, right, axis), Ink.MUTED, False))
    years = [date(year, 1, 1) for year in range(p.start.year + 1, p.application_date.year + 1)]
    marks = []
    for first in years:
        scene.lines.append((QLineF(x(first), axis, x(first), axis + 4), Ink.MUTED, False))
        marks.append((x(first), str(first.year)))
    scene.texts += _ticks(metrics, marks, axis + 6, left - GAP, width - PAD)
    below = axis + 6 + line + 4
    scene.lines.append((QLineF(right, top - 2, right, axis + 4), Ink.TEXT, False))
    application = texts["application"]
    scene.texts.append(beside(metrics, right + GAP, below, application, PAD, width - PAD))
    summary = texts["summary"]
    scene.texts.append(_text(metrics, PAD, below + line + 4, summary, width - 2 * PAD))
    scene.height = below + 2 * line + 4 + PAD
    return scene


def income_scene(
    p: IncomePicture, tr: Translator, metrics: QFontMetricsF, width: float, texts: dict[str, str]
) -> Scene:
    """The income chart laid out in ``width`` logical pixels: the year counted above, the threshold named beside its
    line, each item's row (its name, its bar and amount, or "not counted"), the total's row, the HK$ axis."""
    scene = Scene()
    line = metrics.height()

    def money(amount: Decimal) -> str:
        return "HK$" + tr.format_value(amount)

    rows = [
        (
            texts["item"].format(
                number=item.number,
                kind=tr.format_value(item.kind),
                amount=tr.format_value(item.amount),
                currency=item.currency,
            ),
            item.counted_hkd,
        )
        for item in p.items
    ]
    total_name = texts["total"]
    names = [name for name, _ in rows] + [total_name]
    name_room = min(max(metrics.horizontalAdvance(n) for n in names) + 1, width * 0.35)
    left = PAD + name_room + GAP * 2
    right = width - PAD - metrics.horizontalAdvance("0,000,000") / 2
    top_value = float(max(p.total_hkd, p.threshold_hkd, Decimal(1))) * 1.08
    amount_room = metrics.horizontalAdvance(money(Decimal(max(p.total_hkd, p.threshold_hkd)))) + GAP
    plot = max(right - left - amount_room, 40.0)  # the longest bar leaves room for its amount

    def x(amount: Decimal | float) -> float:
        return left + plot * float(amount) / top_value

    scene.texts.append(_text(metrics, PAD, PAD, texts["window"], width - 2 * PAD))
    threshold, threshold_y = x(p.threshold_hkd), PAD + line + 2
    label = texts["threshold"].format(amount=money(p.threshold_hkd))
    scene.texts.append(beside(metrics, threshold, threshold_y, label, PAD, width - PAD, Ink.MARK))
    top = threshold_y + line + 4
    pitch = max(line + 10, 24.0)
    bar = max(10.0, line * 0.8)

    def row_bar(y: float, start: float, end: float, ink: Ink) -> None:
        scene.boxes.append((QRectF(start, y + (pitch - bar) / 2, max(1.0, end - start), bar), ink))

    for row, (name, counted) in enumerate(rows):
        y = top + row * pitch
        scene.texts.append(_text(metrics, PAD, y + (pitch - line) / 2, name, name_room))
        if counted is None:
            scene.texts.append(
                _text(metrics, left, y + (pitch - line) / 2, texts["not_counted"], right - left, Ink.MUTED)
            )
            continue
        row_bar(y, left, x(counted), Ink.BAR)
        scene.texts.append(
            _text(
                metrics,
                x(counted) + GAP,
                y + (pitch - line) / 2,
                money(counted),
                width - PAD - x(counted) - GAP,
            )
        )
    y = top + len(rows) * pitch
    scene.texts.append(_text(metrics, PAD, y + (pitch - line) / 2, total_name, name_room))
    start = left
    for number, (_name, counted) in enumerate(r for r in rows if r[1] is not None):
        assert counted is not None
        row_bar(y, start, start + x(counted) - left, Ink.BAR if number % 2 == 0 else Ink.BAR_ALT)
        start += x(counted) - left
    total_text = money(p.total_hkd) if p.items else texts["none"]
    scene.texts.append(
        _text(
            metrics,
            x(p.total_hkd) + GAP,
            y + (pitch - line) / 2,
            total_text,
            width - PAD - x(p.total_hkd) - GAP,
        )
    )
    axis = y + pitch + 2
    scene.lines.append((QLineF(threshold, threshold_y + line, threshold, axis), Ink.MARK, True))
    scene.lines.append((QLineF(left, axis, left + plot, axis), Ink.MUTED, False))
    scene.lines.append((QLineF(left, top - 2, left, axis), Ink.MUTED, False))
    most = max(2, int(plot // (metrics.horizontalAdvance("0,000,000") * 1.6)))
    step = _nice_step(top_value, most)
    marks = []
    value = 0.0
    while value <= top_value:
        scene.lines.append((QLineF(x(value), axis, x(value), axis + 4), Ink.MUTED, False))
        marks.append((x(value), tr.locale.toString(int(value))))
        value += step
    scene.texts += _ticks(metrics, marks, axis + 6, left - GAP, width - PAD)
    below = axis + 6 + line + 2
    scene.texts.append(_text(metrics, left, below, texts["axis"], width - PAD - left, Ink.MUTED))
    scene.height = below + line + PAD
    return scene


class Canvas(QWidget):
    """Paints a scene laid out for its width; as tall as the scene needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scene = Scene()

    def layout_scene(self, width: float) -> Scene:
        return Scene()

    def relayout(self) -> None:
        self.scene = self.layout_scene(float(self.width()))
        height = int(self.scene.height + 0.999)
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
            self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, max(self.minimumHeight(), 60))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def event(self, event: QEvent) -> bool:
        """An elided text shows itself whole as the tooltip."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            where = QPointF(event.pos())
            full = next((t.full for t in self.scene.texts if t.full and t.rect.contains(where)), "")
            if full:
                QToolTip.showText(event.globalPos(), full, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint(self.scene, painter, self.palette())
        painter.end()


class _Picture(QScrollArea):
    """A picture and what it says in words below it, scrolled when the tab is shorter than both."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page = inside = QWidget(self)
        self.words = QLabel(inside)
        self.words.setWordWrap(True)
        self.words.setContentsMargins(int(PAD), 0, int(PAD), int(PAD))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inside = QVBoxLayout(inside)
        self.inside.setContentsMargins(0, 0, 0, 0)
        self.inside.addWidget(self.words)
        self.inside.addStretch(1)
        self.setWidget(inside)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)


class _TimelineCanvas(Canvas):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: TimelinePicture | None = None
        self.translator: Translator | None = None
        self.texts: dict[str, str] = {}

    def layout_scene(self, width: float) -> Scene:
        if self.picture is None or self.translator is None:
            return Scene()
        return timeline_scene(self.picture, QFontMetricsF(self.font()), width, self.texts)


class Timeline(_Picture):
    """Each job as a bar of the days it counts for, against the years, the window of the experience test and its
    mark: all worked out by the core (core/rules/pictures.py) from the rules in force."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = _TimelineCanvas(self.page)
        self.inside.insertWidget(0, self.chart)
        self.setObjectName("timeline")
        self.chart.setObjectName("timelineChart")
        self.words.setVisible(False)

    @property
    def picture(self) -> TimelinePicture | None:
        return self.chart.picture

    def show_assessment(self, assessment: Assessment, translator: Translator) -> None:
        picture = timeline_picture(assessment)
        self.chart.picture, self.chart.translator = picture, translator
        facts = assessment.facts
        jobs = ", ".join(
            f"{j.employer or '—'} {translator.format_value(j.start)}–{translator.format_value(j.end) if j.end else '…'}"
            for j in facts.employment
        )
        self.setAccessibleName(self.tr("Work experience timeline"))
        if picture is not None:
            self.chart.texts = {
                "window": self.tr("The {years} years before the application: {start} to {end}").format(
                    years=picture.window_years,
                    start=translator.format_value(picture.window.start),
                    end=translator.format_value(picture.window.last_day),
                ),
                "mark": self.tr("{years} years before the application: {date}").format(
                    years=picture.years, date=translator.format_value(picture.mark)
                ),
                "application": self.tr("Application date: {date}").format(
                    date=translator.format_value(picture.application_date)
                ),
                "not_counted": self.tr("not counted"),
                "summary": self.tr("{days} days counted, {required} needed for category {category}").format(
                    days=translator.format_value(picture.counted_days),
                    required=translator.format_value(picture.required_days),
                    category=picture.category.value,
                ),
            }
            self.setAccessibleDescription(
                self.tr("{days} days of work in the window {start} to {end}. Jobs: {jobs}").format(
                    days=translator.format_value(picture.counted_days),
                    start=translator.format_value(picture.window.start),
                    end=translator.format_value(picture.window.last_day),
                    jobs=jobs or "—",
                )
            )
        self.chart.relayout()


class _IncomeCanvas(Canvas):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: IncomePicture | None = None
        self.translator: Translator | None = None
        self.texts: dict[str, str] = {}

    def layout_scene(self, width: float) -> Scene:
        if self.picture is None or self.translator is None:
            return Scene()
        return income_scene(self.picture, self.translator, QFontMetricsF(self.font()), width, self.texts)


class IncomeChart(_Picture):
    """Each income item with its bar and amount in HK$, the total, against the labelled threshold of the income test
    (all from the core), with the engine's explanations below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = _IncomeCanvas(self.page)
        self.inside.insertWidget(0, self.chart)
        self.setObjectName("incomeChart")
        self.chart.setObjectName("incomeBars")
        self.lines: list[str] = []

    @property
    def picture(self) -> IncomePicture | None:
        return self.chart.picture

    def show_assessment(self, assessment: Assessment, translator: Translator) -> None:
        picture = income_picture(assessment)
        self.chart.picture, self.chart.translator = picture, translator
        self.lines = []
        if picture is not None:
            reasons = assessment.results[picture.category].reasons
            self.lines = [
                translator.render(r.message)
                for r in reasons
                if r.code.value.startswith(("income_", "exchange_"))
            ]
            self.chart.texts = {
                "window": self.tr("The year counted for category {category}: {start} to {end}").format(
                    category=picture.category.value,
                    start=translator.format_value(picture.window.start),
                    end=translator.format_value(picture.window.last_day),
                ),
                "threshold": self.tr("Threshold: {amount}"),
                "item": self.tr("{number}. {kind} ({amount} {currency})"),
                "total": self.tr("Total"),
                "none": self.tr("No income entered"),
                "not_counted": self.tr("not counted"),
                "axis": self.tr("HK$ in the year counted"),
            }
        self.words.setText("\n".join(self.lines))
        self.setAccessibleName(self.tr("Income against the threshold"))
        self.setAccessibleDescription("\n".join(self.lines))
        self.chart.relayout()
