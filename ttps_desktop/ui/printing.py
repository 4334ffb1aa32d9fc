"""File > Print Checklist: the same checklist the export writes, drawn page by page onto the system's printer
through Qt's print preview (which also offers the system print dialog). Nothing is written to disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

MAX_PRINT_DPI = 300


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Draw every page of ``data`` onto ``printer``, each fitted to the printable area; the pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if document.status() != QPdfDocument.Status.Ready or not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        area = QRectF(painter.viewport())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, pixels)
            shown = QSize(round(area.width()), round(area.height()))
            fitted = image.size().scaled(shown, Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), fitted.toSizeF()), image)
        pages: int = document.pageCount()
        return pages
    finally:
        painter.end()
        document.close()
        buffer.close()


class ChecklistPreview(QPrintPreviewDialog):
    """Qt's print preview over the checklist; Print there opens the system's print dialog."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        # The dialog only points at its printer: the printer must live exactly as long as the dialog.
        self.own_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.own_printer, parent)
        self.setObjectName("printPreview")
        self.data = data
        self.paintRequested.connect(self._paint)
        self._name_controls()

    def _name_controls(self) -> None:
        """Qt's preview leaves its page field, its zoom field and its page view without a name a screen reader
        can read: named here, in the window's language."""
        for preview in self.findChildren(QPrintPreviewWidget):
            preview.setAccessibleName(self.tr("Preview of the checklist"))
            for view in preview.findChildren(QWidget):
                view.setAccessibleName(self.tr("Preview of the checklist"))
        for zoom in self.findChildren(QComboBox):
            zoom.setAccessibleName(self.tr("Zoom"))
            if (line := zoom.lineEdit()) is not None:
                line.setAccessibleName(self.tr("Zoom"))
        for field in self.findChildren(QLineEdit):
            if not isinstance(field.parent(), QComboBox):
                field.setAccessibleName(self.tr("Page"))

    def _paint(self, printer: QPrinter) -> None:
        print_pdf(self.data, printer)
