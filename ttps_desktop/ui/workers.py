"""Long work off the GUI thread: a QRunnable runs a core operation with a progress/cancel object and reports
back through signals, so the window keeps answering while files are inspected or a dossier is built. Every
background job of the ui starts with ``run_in_background``."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressBar


class Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)  # the exception, and its traceback for the log


class CancelToken:
    """The core's Progress protocol, safe to call from the worker thread."""

    def __init__(self, signals: Signals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def update(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


class Job(QRunnable):
    def __init__(self, work: Callable[[CancelToken], Any]) -> None:
        super().__init__()
        self.signals = Signals()
        self.token = CancelToken(self.signals)
        self._work = work
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._work(self.token)
        except BaseException as exc:
            self.signals.failed.emit(exc, traceback.format_exc())
            return
        self.signals.finished.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job


T = TypeVar("T")
PROGRESS_DELAY_MS = 400  # work that ends sooner shows no progress at all, so nothing flickers


def run_in_background(
    work: Callable[[CancelToken], T],
    on_success: Callable[[T], object],
    on_failure: Callable[[BaseException, str], object],
    progress: QProgressBar | None = None,
    delay_ms: int = PROGRESS_DELAY_MS,
) -> Job:
    """The one way the ui runs a job in the background (in the manner of Anki's QueryOp): ``work(token)`` runs in
    a worker thread (the token reports progress and says when the user cancelled); ``on_success(result)`` or
    ``on_failure(exception, traceback)`` then runs on the GUI thread. ``progress``, if given, is shown only once
    the work has taken ``delay_ms``, follows the work's progress and is hidden when it ends. Cancel with
    ``job.token.cancel()``: the work stops at its next check and ends in ``on_failure`` with CancelledError."""
    job = Job(work)
    if progress is not None:
        bar = progress
        timer = QTimer(bar)
        timer.setSingleShot(True)

        def show() -> None:
            bar.setRange(0, 0)  # busy until the first report
            bar.setVisible(True)

        def moved(done: int, total: int) -> None:
            bar.setRange(0, max(total, 1))
            bar.setValue(done)

        def ended() -> None:
            timer.stop()
            timer.deleteLater()
            bar.setVisible(False)

        timer.timeout.connect(show)
        job.signals.progress.connect(moved)
        job.signals.finished.connect(ended)  # connected first: the bar is gone when the callbacks run
        job.signals.failed.connect(ended)
        timer.start(delay_ms)
    job.signals.finished.connect(on_success)
    job.signals.failed.connect(on_failure)
    return start(job)
