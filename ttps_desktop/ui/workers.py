"""Long work off the GUI thread: a QRunnable runs a core operation with a progress/cancel object and reports
back through signals, so the window keeps answering while files are inspected or a dossier is built."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
