"""Pictures of stored documents for thumbnails and the preview, drawn off the GUI thread and kept in a cache.

PDF pages are drawn by QtPdf (pdfium); photos and scans by the core's Pillow code. At most ``threads`` pictures
are in the making at a time, and a document's bytes are read from the project only when its turn comes, so
asking for a hundred thumbnails neither blocks the window nor holds a hundred files in memory. Pictures live
only in memory: nothing about the user's documents is written to a disk cache.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from ttps_desktop.core.evidence.preview import image_picture
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


def picture(request: PictureRequest, data: bytes) -> QImage:
    if request.kind is FileKind.PDF:
        return pdf_page_image(data, request.page, request.turn, request.long_edge)
    pixels = image_picture(data, request.kind, request.long_edge, request.turn)
    image = QImage(pixels.rgb, pixels.width, pixels.height, 3 * pixels.width, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the bytes object goes away with this frame


class _Signals(QObject):
    done = Signal(object, object, int)  # PictureRequest, QImage (null when it cannot be drawn), generation


class _Task(QRunnable):
    def __init__(self, request: PictureRequest, data: bytes, signals: _Signals, generation: int) -> None:
        super().__init__()
        self.request, self.data, self.signals, self.generation = request, data, signals, generation

    def run(self) -> None:
        try:
            image = picture(self.request, self.data)
        except Exception:  # a file that cannot be drawn gets a placeholder, never a crash
            image = QImage()
        self.signals.done.emit(self.request, image, self.generation)


class PictureCache(QObject):
    """Ask with ``request``; ``ready`` says when a picture is there to take with ``get``."""

    ready = Signal(object)  # PictureRequest

    def __init__(
        self,
        read: Callable[[int], bytes],
        parent: QObject | None = None,
        threads: int = 2,
        budget_bytes: int = 192 * 1024 * 1024,
    ) -> None:
        super().__init__(parent)
        self.read = read
        self.budget = budget_bytes
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._images: OrderedDict[tuple[str, int, int, int], QImage] = OrderedDict()
        self._used = 0
        self._generation = 0  # pictures started before clear() are not kept
        self._waiting: deque[PictureRequest] = deque()
        self._busy: set[tuple[int, tuple[str, int, int, int]]] = set()  # (generation, key)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)

    def get(self, request: PictureRequest) -> QImage | None:
        image = self._images.get(request.key)
        if image is not None:
            self._images.move_to_end(request.key)
        return image

    def request(self, request: PictureRequest) -> bool:
        """True when the picture is already there; otherwise it is made and ``ready`` follows."""
        if request.key in self._images:
            return True
        started = (self._generation, request.key) in self._busy
        if not started and all(w.key != request.key for w in self._waiting):
            self._waiting.append(request)
            self._start_next()
        return False

    def forget_waiting(self) -> None:
        """Drop the requests not yet started (the user moved on to another item)."""
        self._waiting.clear()

    def pending(self) -> int:
        return len(self._waiting) + len(self._busy)

    def _start_next(self) -> None:
        while self._waiting and len(self._busy) < self.pool.maxThreadCount():
            request = self._waiting.popleft()
            try:
                data = self.read(request.doc_id)
            except Exception:  # removed meanwhile, or the project is gone: nothing to draw
                continue
            self._busy.add((self._generation, request.key))
            self.pool.start(_Task(request, data, self._signals, self._generation))

    def _done(self, request: PictureRequest, image: QImage, generation: int) -> None:
        self._busy.discard((generation, request.key))
        if generation != self._generation:
            self._start_next()
            return
        self._images[request.key] = image
        self._used += image.sizeInBytes()
        while self._used > self.budget and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self._used -= dropped.sizeInBytes()
        self.ready.emit(request)
        self._start_next()

    def clear(self) -> None:
        self._generation += 1
        self._waiting.clear()
        self._images.clear()
        self._used = 0

    def shut_down(self) -> None:
        self._waiting.clear()
        self.pool.waitForDone(10000)
