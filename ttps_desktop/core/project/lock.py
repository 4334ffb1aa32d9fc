"""One writer per project: a lock file beside the project that names its holder.

The lock is held with an OS file lock (flock on POSIX, msvcrt on Windows) on ``<project>.lock``; the operating
system releases it when the holder dies, even by kill -9, so a lock left by a dead process is taken over safely
and a live one is never broken. The file's text says who holds it (host, process, since when).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from ttps_desktop import __version__
from ttps_desktop.core.errors import TtpsError
from ttps_desktop.core.language import QT_TRANSLATE_NOOP

MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "{project} is open in another TTPS Desktop window (on {host}, process {pid}, since {since}). "
    "Close it there first; it can only be changed in one place at a time.",
)
MSG_LOCK_FAILED = QT_TRANSLATE_NOOP("Errors", "Cannot lock {project}: {reason}")


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    user: str
    since: str
    app_version: str


class ProjectLockedError(TtpsError):
    def __init__(self, project: Path, holder: Holder) -> None:
        super().__init__(
            MSG_LOCKED, project=project.name, host=holder.host, pid=holder.pid, since=holder.since
        )
        self.holder = holder


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


# Windows locks a byte range from the file's current position, and a locked range cannot be read by others:
# every process locks the same byte, far past the holder's details, so the details stay readable. (Opened in
# append mode, the position would be the file's end, which differs between holders: two could "hold" it.)
_WINDOWS_LOCK_OFFSET = 1 << 30


def _try_os_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(_WINDOWS_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_holder(path: Path) -> Holder:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(
            str(data["host"]), int(data["pid"]), str(data["user"]), str(data["since"]), str(data["app"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return Holder("?", 0, "?", "?", "?")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


class ProjectLock:
    """Hold the project's lock until ``release()`` (or the process ends)."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.path = lock_path(project)
        self._handle: IO[str] | None = None

    def _open_locked(self) -> IO[str] | None:
        """The lock file, locked by us; None if someone else holds it."""
        for _ in range(5):
            try:
                handle = self.path.open("a+", encoding="utf-8")
            except OSError as exc:
                raise TtpsError(
                    MSG_LOCK_FAILED, project=self.project.name, reason=exc.strerror or str(exc)
                ) from exc
            if not _try_os_lock(handle):
                handle.close()
                return None
            # The previous holder may have unlinked the file between our open and our lock: then we locked a
            # file nobody else will ever look at. Make sure the path still names what we hold.
            try:
                same = os.path.samestat(os.fstat(handle.fileno()), self.path.stat())
            except OSError:
                same = False
            if same:
                return handle
            handle.close()
        raise TtpsError(MSG_LOCK_FAILED, project=self.project.name, reason="the lock file keeps changing")

    def acquire(self) -> None:
        handle = self._open_locked()
        if handle is None:
            raise ProjectLockedError(self.project, _read_holder(self.path))
        holder = {
            "host": platform.node() or "?",
            "pid": os.getpid(),
            "user": _user(),
            "since": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
            "app": __version__,
        }
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(holder))
        handle.flush()
        with contextlib.suppress(OSError):
            self.path.chmod(0o600)
        self._handle = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
        handle.close()  # closing drops the OS lock
        with contextlib.suppress(OSError):
            self.path.unlink()

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
