"""The one way TTPS Desktop writes a file: all or nothing, and on disk before we say it is.

A temporary file is written beside the target, flushed and fsynced, renamed over the target,
and the directory is fsynced so the rename itself survives a power cut. Errors that a buffered
write would hide until close (a full disk, a short write) are checked at every step.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
from collections.abc import Iterable
from pathlib import Path

TEMP_MARKER = ".ttps-tmp-"
_FILE_MODE = 0o600
_DIR_MODE = 0o700


class DurableWriteError(OSError):
    """Writing failed; the previous content of the target, if any, is untouched."""


# A temporary file of a process we cannot see (another computer writing to a shared folder) is left alone for
# this long; after that it cannot be in flight any more.
_FOREIGN_TEMP_AGE = 24 * 3600


def temp_name_for(target: Path) -> Path:
    """A temporary name beside ``target`` that says which process writes it, so that another process cleaning up
    strays leaves it alone while its writer lives."""
    return target.with_name(f".{target.name}{TEMP_MARKER}{os.getpid()}-{secrets.token_hex(6)}")


def _writer_pid(name: str) -> int | None:
    pid, sep, _token = name.rpartition(TEMP_MARKER)[2].partition("-")
    return int(pid) if sep and pid.isdigit() else None


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (a reused id counts as alive: the safe side)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise DurableWriteError(28, "no space left on the device (short write)")
        view = view[written:]


def fsync_directory(directory: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals the rename.
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_private_dir(directory: Path) -> None:
    """Create a directory, and any missing parents, readable by the owner only (on POSIX)."""
    missing = []
    current = Path(directory)
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=_DIR_MODE)
        except FileExistsError:
            continue


def write_chunks_durably(target: Path, chunks: Iterable[bytes], mode: int = _FILE_MODE) -> None:
    """Replace ``target`` with the concatenation of ``chunks``, atomically and durably."""
    target = Path(target)
    temp = temp_name_for(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, mode)
    except OSError as exc:
        raise DurableWriteError(
            exc.errno, f"cannot create a file in {target.parent}: {exc.strerror}"
        ) from exc
    try:
        try:
            for chunk in chunks:
                _write_all(fd, chunk)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, DurableWriteError):
            raise DurableWriteError(exc.errno, f"cannot write {target.name}: {exc.strerror}") from exc
        raise
    fsync_directory(target.parent)


def write_bytes_durably(target: Path, data: bytes, mode: int = _FILE_MODE) -> None:
    write_chunks_durably(target, [data], mode)


def write_text_durably(target: Path, text: str, mode: int = _FILE_MODE) -> None:
    write_bytes_durably(target, text.encode("utf-8"), mode)


def remove_stray_temps(directory: Path) -> list[Path]:
    """Delete temporary files a crash left behind in ``directory``; return what was removed. A file whose writer
    still runs (another window saving a backup, an export...) is in flight and stays; so does one that may be
    another computer's, until it is a day old."""
    removed: list[Path] = []
    if not directory.is_dir():
        return removed
    for entry in directory.iterdir():
        if TEMP_MARKER not in entry.name or not entry.is_file():
            continue
        pid = _writer_pid(entry.name)
        with contextlib.suppress(OSError):
            young = time.time() - entry.stat().st_mtime < _FOREIGN_TEMP_AGE
            if pid is not None and young and process_alive(pid):
                continue
            entry.unlink()
            removed.append(entry)
    return removed


def append_text(target: Path, text: str, mode: int = _FILE_MODE, sync: bool = False) -> None:
    """Add ``text`` at the end of ``target`` (a log), created owner-only if missing; on disk before returning
    with ``sync``. An append cannot be all-or-nothing like a replacement: a crash leaves at most a partial
    line, which is why only logs are written this way."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, mode)
    try:
        _write_all(fd, text.encode("utf-8"))
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)
