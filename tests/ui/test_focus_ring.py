"""The control with the keyboard's focus is plainly marked, in the app's style on the offscreen platform, in light
and dark themes: a button, a check box and the checklist (a tree and its current row) are drawn apart, focused
and not, by pixels that differ by a focus mark's contrast (3:1) or more, at least once round the control."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from ttps_desktop.ui.focus_ring import LEAST_CONTRAST, contrast
from ttps_desktop.ui.main_window import MainWindow

DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26272a",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3d7fd6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if request.param == "dark":
        palette = QPalette(before)
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    yield str(request.param)
    app.setPalette(before)


def marked(off: QImage, on: QImage) -> int:
    """How many pixels the focus changes by a focus mark's contrast or more."""
    assert off.size() == on.size()
    return sum(
        1
        for y in range(on.height())
        for x in range(on.width())
        if on.pixel(x, y) != off.pixel(x, y)
        and contrast(on.pixelColor(x, y), off.pixelColor(x, y)) >= LEAST_CONTRAST
    )


def looks(qtbot: QtBot, widget: QWidget, focus: bool, elsewhere: QWidget) -> QImage:
    (widget if focus else elsewhere).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: widget.hasFocus() is focus, timeout=WAIT_MS)
    QApplication.processEvents()
    return widget.grab().toImage()


def assert_marked(qtbot: QtBot, widget: QWidget, elsewhere: QWidget) -> None:
    off = looks(qtbot, widget, False, elsewhere)
    on = looks(qtbot, widget, True, elsewhere)
    once_round = on.width() + on.height()  # half the control's edge: a mark is seen from any side
    assert marked(off, on) >= once_round, (type(widget).__name__, widget.objectName())


def test_the_focused_control_is_plainly_marked(qtbot: QtBot, window: MainWindow, theme: str) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    tree = window.checklist
    assert tree.currentItem() is not None  # the current row, drawn within the marked tree
    assert_marked(qtbot, tree, window.findings)
    export = window.show_export()
    qtbot.waitUntil(lambda: export.isActiveWindow(), timeout=WAIT_MS)
    assert_marked(qtbot, export.draft, export.folder)
    assert_marked(qtbot, export.export_button, export.folder)
    export.close()
