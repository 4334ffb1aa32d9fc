"""A logout, ``kill`` or Ctrl+C in the terminal ends the app like File > Quit: the window closes (its state is saved,
the project closed and its lock released) and the app exits with 0.

Qt's event loop runs in C++, so a Python signal handler would run only when some Python code next runs. On POSIX,
Python's own C-level handler writes the signal's number to a "wake-up" pipe (``signal.set_wakeup_fd``); a
QSocketNotifier watches the other end and, in the event loop, between two events, starts the quit. Windows has no
such pipe for signals (only sockets, which the app does not use): a timer lets Python run a few times a second.
Nothing is done inside the handler itself, which may interrupt any Python code: it only notes the signal.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

# Those a session's end, ``kill`` and a terminal send; SIGHUP does not exist on Windows.
QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


WINDOWS_POLL_MS = 250


class QuitOnSignals(QObject):
    """While it lives (and after ``install``), each of ``QUIT_SIGNALS`` calls ``quit`` once, from the event loop."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._quitting = False
        self._previous: dict[signal.Signals, Any] = {}
        self._previous_fd = -1
        self.received: list[int] = []
        self._pipe: tuple[int, int] | None = None
        self._notifier: QSocketNotifier | None = None
        self._timer: QTimer | None = None

    @property
    def quitting(self) -> bool:
        """A signal came and the quit was started."""
        return self._quitting

    def install(self) -> None:
        """Take over the signals (from the main thread, as Python requires)."""
        if sys.platform == "win32":
            self._timer = QTimer(self)
            self._timer.timeout.connect(self._woken)
            self._timer.start(WINDOWS_POLL_MS)
        else:
            self._pipe = os.pipe()
            for fd in self._pipe:
                os.set_blocking(fd, False)
            self._notifier = QSocketNotifier(self._pipe[0], QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._woken)
            self._previous_fd = signal.set_wakeup_fd(self._pipe[1], warn_on_full_buffer=False)
        for sig in QUIT_SIGNALS:
            self._previous[sig] = signal.signal(sig, self._noted)

    def uninstall(self) -> None:
        """Give the signals back to what handled them before."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()
        if self._timer is not None:
            self._timer.stop()
        if self._pipe is not None:
            signal.set_wakeup_fd(self._previous_fd)
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None

    def _noted(self, signum: int, _frame: FrameType | None) -> None:
        """The Python-level handler: it notes the signal; the quit starts from the event loop, not from here."""
        self.received.append(signum)

    def _woken(self) -> None:
        woken = False
        if self._pipe is not None:
            try:
                while os.read(
                    self._pipe[0], 64
                ):  # the numbers of the signals that came (the handler notes them)
                    woken = True
            except BlockingIOError:
                pass
        if (woken or self.received) and not self._quitting:
            self._quitting = True
            self._quit()
