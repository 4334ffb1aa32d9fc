"""Rotating backups of a project, kept beside it in ``.ttps-backups/<name>/``: the last three versions,
plus a copy taken before a migration or a restore. Copies are made with SQLite's online backup API, never
by copying the file of an open database."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ttps_desktop.core.project.durable import (
    ensure_private_dir,
    fsync_directory,
    temp_name_for,
)

KEEP = 3
_CHUNK = 1 << 20


def folder(project: Path) -> Path:
    return project.parent / ".ttps-backups" / project.name


def rotating(project: Path) -> list[Path]:
    return [folder(project) / f"backup-{n}.ttps" for n in range(1, KEEP + 1)]


def available(project: Path) -> list[Path]:
    """Backups that exist, newest rotating one first, then the special ones."""
    base = folder(project)
    special = sorted(base.glob("before-*.ttps")) if base.is_dir() else []
    return [p for p in rotating(project) if p.is_file()] + special


def copy_to(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database at ``target``, written atomically and durably."""
    temp = temp_name_for(target)
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        dest = sqlite3.connect(temp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(target.parent)


def take(project: Path, conn: sqlite3.Connection, label: str = "") -> Path:
    """Back up the open project: a special copy named ``before-<label>``, or the next rotating one."""
    base = folder(project)
    ensure_private_dir(base)
    if label:
        target = base / f"before-{label}.ttps"
        copy_to(conn, target)
        return target
    slots = rotating(project)
    fresh = base / "backup-new.ttps"
    copy_to(conn, fresh)
    for older, newer in zip(reversed(slots[1:]), reversed(slots[:-1]), strict=True):
        if newer.exists():
            newer.replace(older)
    fresh.replace(slots[0])
    fsync_directory(base)
    return slots[0]


def read_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk
