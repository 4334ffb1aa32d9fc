"""Drawing document pages as pictures, outside the calling process: QtPdf (pdfium) for PDF pages, the core's
Pillow code for photos and scans, in worker processes with a memory cap and a time limit per picture. A file that
hangs or crashes its drawer gets a "cannot be shown" placeholder and a fresh worker.

Used by the window's thumbnails and preview (ui/rendering.py) and by the export of image-only upload profiles,
from the window and the command line alike; it needs QtGui and QtPdf, no widgets.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from ttps_desktop.core.evidence.limits import limits
from ttps_desktop.core.evidence.pool import (
    MemoryCap,
    WorkerDiedError,
    WorkerPool,
    WorkerSpec,
    WorkerTimedOutError,
)
from ttps_desktop.core.evidence.preview import Picture, image_picture
from ttps_desktop.core.rules.model import FileKind

_PDF_TURNS = {
    0: QPdfDocumentRenderOptions.Rotation.None_,
    90: QPdfDocumentRenderOptions.Rotation.Clockwise90,
    180: QPdfDocumentRenderOptions.Rotation.Clockwise180,
    270: QPdfDocumentRenderOptions.Rotation.Clockwise270,
}


@dataclass(frozen=True)
class PictureRequest:
    doc_id: int  # where to read the bytes
    sha256: str  # what the picture shows: the cache key holds this, not the id
    kind: FileKind
    page: int  # 0-based
    turn: int  # clockwise degrees the user asked for
    long_edge: int  # pixels

    @property
    def key(self) -> tuple[str, int, int, int]:
        return self.sha256, self.page, self.turn % 360, self.long_edge


def pdf_page_image(data: bytes, page: int, turn: int, long_edge: int) -> QImage:
    """One page of a PDF, turned and fitted to ``long_edge`` pixels; a null image if it cannot be drawn."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or not 0 <= page < document.pageCount():
            return QImage()
        size = document.pagePointSize(page)
        width, height = size.width(), size.height()
        if turn % 180:
            width, height = height, width
        scale = long_edge / max(width, height, 1.0)
        options = QPdfDocumentRenderOptions()
        options.setRotation(_PDF_TURNS[turn % 360])
        target = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
        image: QImage = document.render(page, target, options)
        return image
    finally:
        document.close()
        buffer.close()


def _on_paper(image: QImage) -> Picture:
    """A PDF page as pdfium draws it (transparent where nothing is printed) laid on white paper."""
    paper = QImage(image.size(), QImage.Format.Format_RGB888)
    paper.fill(QColor(255, 255, 255))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    packed = bytes(paper.constBits())
    line = paper.bytesPerLine()
    rows = (packed[y * line : y * line + 3 * paper.width()] for y in range(paper.height()))
    return Picture(paper.width(), paper.height(), b"".join(rows))


def draw(message: tuple[PictureRequest, bytes]) -> Picture | None:
    """In a worker process: the picture a request asks for, as RGB pixels; None if the file cannot be drawn."""
    request, data = message
    try:
        if request.kind is FileKind.PDF:
            image = pdf_page_image(data, request.page, request.turn, request.long_edge)
            return None if image.isNull() else _on_paper(image)
        return image_picture(data, request.kind, request.long_edge, request.turn)
    except Exception:  # damaged beyond drawing: a placeholder, never a crash
        return None


def to_image(pixels: Picture | None) -> QImage:
    """The pixels copied into an image that owns them (the bytes object goes away with the caller's frame)."""
    if pixels is None:
        return QImage()
    image = QImage(pixels.width, pixels.height, QImage.Format.Format_RGB888)
    bits, line, row = memoryview(image.bits()), image.bytesPerLine(), 3 * pixels.width
    if line == row:
        bits[: row * pixels.height] = pixels.rgb
    else:  # rows are padded to 4 bytes
        for y in range(pixels.height):
            bits[y * line : y * line + row] = pixels.rgb[y * row : (y + 1) * row]
    return image


def picture(request: PictureRequest, data: bytes) -> QImage:
    """Draw in this process (the benchmark's baseline, and tests); the window draws through a DrawingPool."""
    return to_image(draw((request, data)))


class DrawingPool:
    """Worker processes that draw pictures, started on first use (not at window start)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: WorkerPool | None = None
        self._lock = threading.Lock()
        self._closed = False

    def draw(self, request: PictureRequest, data: bytes) -> QImage:
        return to_image(self.pixels(request, data))

    def pixels(self, request: PictureRequest, data: bytes) -> Picture | None:
        with self._lock:
            if self._closed:
                return None
            if self._pool is None:
                spec = WorkerSpec(draw, limits().inspect_memory_mb, MemoryCap.DATA)
                self._pool = WorkerPool(spec, self.workers)
            pool = self._pool
        try:
            result: Picture | None = pool.call((request, data), limits().inspect_timeout_seconds)
            return result
        except (WorkerTimedOutError, WorkerDiedError):
            return None

    def draw_pdf_page(self, data: bytes, page: int, turn: int, long_edge: int) -> Picture | None:
        """The core's PageDrawer: a PDF page for an upload pack that takes images only."""
        return self.pixels(PictureRequest(-1, "", FileKind.PDF, page, turn, long_edge), data)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close(force=True)  # a picture still being drawn is not needed any more
