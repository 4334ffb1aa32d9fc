"""A field for a folder or file path: editable as any text field, but while it is not being edited a path too long
for the field is shown elided in the middle (its start and its end, where the folder's name is), and the whole path
is always its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

_SIDE = 2  # QLineEdit's own horizontal margin inside its frame


class PathField(QLineEdit):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.textChanged.connect(self.setToolTip)
        self.setToolTip(text)

    def _room(self) -> int:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        return contents.width() - margins.left() - margins.right() - 2 * _SIDE

    def shown_text(self) -> str:
        """The text as the field shows it now: whole while edited or when it fits, else elided in the middle."""
        if self.hasFocus() or not self.text():
            return self.text()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self._room())

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        contents = contents.marginsRemoved(self.textMargins()).adjusted(_SIDE, 0, -_SIDE, 0)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(contents, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()
