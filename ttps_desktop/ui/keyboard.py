"""Tab order as the eye reads a window: Qt's default follows the order the widgets were made in, which is not
always the order they are shown in (a form's row inserted at the top, a field made before the one above it)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLayout, QWidget


def tab_in_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order. A widget made of others (a date: its field and its calendar
    button; a tab widget: its tabs and pages) moves whole, as Qt does for a widget that takes the focus and has
    controls inside; a widget that takes no focus at all is left where it is."""
    tab = Qt.FocusPolicy.TabFocus
    chain = [w for w in widgets if w.focusPolicy() & tab == tab]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def controls_inside(widget: QWidget) -> list[QWidget]:
    """The controls inside ``widget`` that Tab stops at, in the order they were made, outermost only (popups,
    windows of their own, left out)."""
    tab = Qt.FocusPolicy.TabFocus
    found = [
        w
        for w in widget.findChildren(QWidget)
        if w.focusPolicy() & tab == tab and not w.isWindow() and w.window() is widget.window()
    ]
    # A control inside another (a list's scroll bars, a combo's field) moves with it: Qt keeps its place.
    return [w for w in found if not any(other is not w and other.isAncestorOf(w) for other in found)]


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            yield widget
        elif (inner := item.layout()) is not None:
            yield from _layout_widgets(inner)


def form_widgets(form: QFormLayout) -> list[QWidget]:
    """The fields of a form from its top row down, as shown (a row inserted at the top comes first)."""
    shown: list[QWidget] = []
    for row in range(form.rowCount()):
        for role in (
            QFormLayout.ItemRole.LabelRole,
            QFormLayout.ItemRole.FieldRole,
            QFormLayout.ItemRole.SpanningRole,
        ):
            item = form.itemAt(row, role)
            if item is None:
                continue
            if (widget := item.widget()) is not None:
                shown.append(widget)
            elif (inner := item.layout()) is not None:
                shown.extend(_layout_widgets(inner))
    return shown
