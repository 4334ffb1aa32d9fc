"""Pictures of stored documents for thumbnails and the preview, drawn outside the window's process
(ttps_desktop/drawing.py) and kept in a cache.

At most ``threads`` pictures are in the making at a time, and a document's bytes are read from the project only
when its turn comes, so asking for a hundred thumbnails neither blocks the window nor holds a hundred files in
memory. Pictures live only in memory: nothing about the user's documents is written to a disk cache.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from ttps_desktop.drawing import DrawingPool, PictureRequest

__all__ = ["DrawingPool", "PictureCache", "PictureRequest"]


class _Signals(QObject):
    """Finished pictures wait in ``results``; ``done`` only says there is something to take, so a burst of
    pictures is taken in one go by the GUI thread."""

    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: deque[tuple[PictureRequest, QImage | None, int]] = (
            deque()
        )  # appends and pops are atomic


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
        self.threads = threads  # each waits for a drawing process
        self.pool = ThreadPoolExecutor(threads, thread_name_prefix="ttps-picture")
        self.drawer = DrawingPool(threads)
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
        while self._waiting and len(self._busy) < self.threads:
            request = self._waiting.popleft()
            self._busy.add((self._generation, request.key))
            self.pool.submit(self._draw, request, self._generation)

    def _draw(self, request: PictureRequest, generation: int) -> None:
        """In a pool thread: read the document (through the session: never on the GUI thread), have a worker
        process draw the picture, then tell the GUI thread."""
        try:
            data = self.read(request.doc_id)
        except Exception:  # removed meanwhile, or the project is gone: nothing to draw
            image = None
        else:
            image = self.drawer.draw(request, data)
        self._signals.results.append((request, image, generation))
        self._signals.done.emit()

    def _done(self) -> None:
        while self._signals.results:
            self._take(*self._signals.results.popleft())

    def _take(self, request: PictureRequest, image: QImage | None, generation: int) -> None:
        self._busy.discard((generation, request.key))
        if generation != self._generation or image is None:
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
        self.drawer.close()
        self.pool.shutdown(wait=True, cancel_futures=True)
