"""A visible mark on the control that has the keyboard's focus: a ring drawn over its edge.

The style's own mark is too faint to find by eye in places: Fusion (Qt's style where the desktop gives none, and
on the offscreen platform) marks a focused list or tree only by a thin line round its frame, in a colour hardly
apart from the unfocused one (about 1.2:1 over a tree's rows, 2.4:1 round a button in the light theme; a focus
mark wants 3:1). The ring is drawn in a shade of the palette's highlight colour that stands out from the
control's background, so it shows in light and dark themes alike."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

RING = 2  # the ring's width, in logical pixels
LEAST_CONTRAST = 3.0  # a focus mark against what is around it (WCAG 2.2, non-text contrast)
# The ring against the control's background: well over the least, so that it stands out from the style's own
# shading and lines as well (a button's gradient, lighter than its background colour in a dark theme).
RING_CONTRAST = 7.0


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, 1 (the same) to 21 (black on white)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ring_colour(widget: QWidget) -> QColor:
    """The palette's highlight colour, darkened (on a light background) or lightened (on a dark one) until it
    stands out from the widget's background by ``RING_CONTRAST``: so it stands out from the style's own lines,
    which are drawn in the highlight colour or near it (a default button's edge), as well. The text colour if no
    shade of the highlight does."""
    palette = widget.palette()
    role = QPalette.ColorRole.Button if isinstance(widget, QAbstractButton) else widget.backgroundRole()
    background = palette.color(role)
    colour = palette.color(QPalette.ColorRole.Highlight)
    dark = background.lightness() < 128
    for _ in range(12):
        if contrast(colour, background) >= RING_CONTRAST:
            return colour
        colour = colour.lighter(115) if dark else colour.darker(115)
    return palette.color(QPalette.ColorRole.WindowText)


class _Ring(QWidget):
    """Laid over the focused control, as large as it, transparent but for the ring; never takes the mouse."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        target = self.parentWidget()
        if target is None:
            return
        painter = QPainter(self)
        pen = QPen(ring_colour(target), RING)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


class FocusRing(QObject):
    """Follows the keyboard's focus through the app's windows and dialogs (not into popups: a menu marks its own
    entry), and keeps the ring the size of the control it marks."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: _Ring | None = None
        self._target: QWidget | None = None
        app.focusChanged.connect(self._follow)

    def ring(self) -> _Ring:
        if self._ring is None or not shiboken6.isValid(self._ring):  # gone with the control it was on
            self._ring = _Ring()
        return self._ring

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = None
        ring = self.ring()
        if now is None or now.isWindow() or now.window().windowType() == Qt.WindowType.Popup:
            ring.hide()
            return
        self._target = now
        ring.setParent(now)
        ring.setGeometry(now.rect())
        ring.show()
        ring.raise_()
        now.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() == QEvent.Type.Resize and self._ring is not None:
            self._ring.setGeometry(self._target.rect())
            self._ring.raise_()
        return False


def install_focus_ring(app: QApplication) -> FocusRing:
    """Once per application: the ring follows the focus from now on."""
    existing = app.findChild(FocusRing)
    return existing if isinstance(existing, FocusRing) else FocusRing(app)
