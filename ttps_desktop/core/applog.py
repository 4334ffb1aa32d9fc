"""The app's log: where the warnings of the libraries go (pypdf repairing a file, Pillow skipping a broken tag,
libtiff complaining on stderr). They are worth keeping for a bug report, and no use to a user in a terminal.

``route_library_messages`` sends Python warnings and log records of the process to the log file; worker
processes (pool.py) collect theirs, stderr included, with ``collect_messages`` and hand them to the parent,
which logs them here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import IO

from ttps_desktop.core.paths import log_dir
from ttps_desktop.core.project.durable import append_text

LOG_FILE_NAME = "ttps-desktop.log"
WORKER_LOGGER = "ttps_desktop.worker"
MAX_LOG_BYTES = 2 * 1024 * 1024


def log_file_path() -> str:
    return str(log_dir() / LOG_FILE_NAME)


class AppLogHandler(logging.Handler):
    """Appends each record to the log file of the current home (looked up per record: the tests move it)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            path = log_dir() / LOG_FILE_NAME
            if path.exists() and path.stat().st_size > MAX_LOG_BYTES:  # keep one older log, no more
                path.replace(path.with_name(LOG_FILE_NAME + ".1"))
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            append_text(path, f"{stamp} {record.name}: {record.getMessage()}\n")
        except Exception:  # a log that cannot be written must never break the app, nor print to the terminal
            return


def route_library_messages() -> None:
    """Send warnings and log records of this process to the app's log, not to stderr. Safe to call again."""
    logging.captureWarnings(True)
    root = logging.getLogger()
    if not any(isinstance(h, AppLogHandler) for h in root.handlers):
        root.addHandler(AppLogHandler())


class _ListHandler(logging.Handler):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {record.getMessage()}")


class StderrCatcher:
    """Points this process's file descriptor 2 at a temporary file, so that what C libraries print there
    (libtiff, libjpeg) can be read back. For worker processes only: the terminal never sees it again."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115  (kept open for the process)
        os.dup2(self._file.fileno(), 2)

    def take(self) -> list[str]:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        self._file.seek(0)
        text = self._file.read().decode("utf-8", "replace")
        self._file.seek(0)
        self._file.truncate()
        return [line for line in text.splitlines() if line.strip()]


@contextlib.contextmanager
def collect_messages(lines: list[str]) -> Iterator[None]:
    """Gather the warnings and log records (WARNING and up) raised inside the block into ``lines``."""
    handler = _ListHandler(lines)
    root = logging.getLogger()
    root.addHandler(handler)
    previous = root.level
    root.setLevel(min(previous, logging.WARNING) if previous else logging.WARNING)
    logging.captureWarnings(True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")  # each file's warnings, not only the first of the process
            yield
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
