"""The project file (``.ttps``): one SQLite database the user can copy and back up.

It holds the applicant's facts, every evidence file (content-addressed by SHA-256), which checklist item each
file serves, and the user's notes. Every change is its own durable transaction (synchronous=FULL, rollback
journal), so there is no Save button and a crash loses at most the change in flight. Deleted evidence is
overwritten (secure_delete). One process writes at a time (lock.py); a file replaced behind our back is
detected before any write.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ttps_desktop import __version__
from ttps_desktop.core.evidence.sniff import sniff
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.progress import NullProgress, Progress, check_cancel
from ttps_desktop.core.project import backups
from ttps_desktop.core.project.durable import (
    ensure_private_dir,
    fsync_directory,
    remove_stray_temps,
    temp_name_for,
    write_chunks_durably,
)
from ttps_desktop.core.project.errors import (
    ChangedOnDiskError,
    DiskFullError,
    NotAProjectError,
    ProjectDamagedError,
    ProjectExistsError,
    ProjectNeedsUpgradeError,
    ProjectNotFoundError,
    ProjectTooNewError,
    ReadOnlyError,
    StoreError,
)
from ttps_desktop.core.project.lock import ProjectLock
from ttps_desktop.core.rules.facts import Facts, facts_to_json, parse_facts
from ttps_desktop.core.rules.model import CategoryId

FORMAT = "ttps-desktop-project"
SCHEMA_VERSION = 3
EXTENSION = ".ttps"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_FOLDER_OR_DEVICE = MessageText("FileType", QT_TRANSLATE_NOOP("FileType", "a folder or a device"))
_OTHER_DATABASE = MessageText("FileType", QT_TRANSLATE_NOOP("FileType", "a database of another program"))
_CHUNK = 1 << 20
_PAGE_SIZE = 65536

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE facts (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    display_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    added TEXT NOT NULL,
    rotation INTEGER NOT NULL DEFAULT 0,
    facts_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX documents_by_item ON documents (item_id, position);
CREATE INDEX documents_by_content ON documents (sha256);
CREATE TABLE notes (item_id TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE confirmations (item_id TEXT PRIMARY KEY, confirmed_at TEXT NOT NULL);
CREATE TABLE inspections (sha256 TEXT PRIMARY KEY REFERENCES blobs (sha256) ON DELETE CASCADE, json TEXT NOT NULL);
CREATE TABLE answers (question TEXT PRIMARY KEY, answer TEXT NOT NULL, answered_at TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Migration:
    """The statements that take a project from schema N to N+1, run one by one in a transaction of their own,
    after a backup. ``read_only``: for a project opened read-only (``check``, ``export``), the same change as
    TEMP objects that shadow the stored ones, so nothing is written (empty: the step changes nothing a reader
    sees); None: such a project cannot be read before the step and is refused until opened for editing once."""

    statements: tuple[str, ...]
    read_only: tuple[str, ...] | None


# 1 -> 2 (rules of 2026-01): declarations are answered in the project (the criminal-conviction question is asked,
# not ticked); the "Macao or Taiwan residence documents" became the Macao identity card and the Taiwan identity
# card, so files filed there follow the applicant's country of residence.
_ITEM_1_TO_2 = """CASE (SELECT json_extract(json, '$.residence.country') FROM main.facts WHERE id = 1)
        WHEN 'MAC' THEN 'macao_identity_card' WHEN 'TWN' THEN 'taiwan_identity_card' ELSE item_id END"""
_ANSWERS = "answers (question TEXT PRIMARY KEY, answer TEXT NOT NULL, answered_at TEXT NOT NULL)"
_MIGRATIONS: dict[int, Migration] = {
    1: Migration(
        (
            f"CREATE TABLE {_ANSWERS}",
            f"UPDATE documents SET item_id = {_ITEM_1_TO_2} WHERE item_id = 'other_residence_documents'",
        ),
        read_only=(
            f"CREATE TEMP TABLE {_ANSWERS}",
            "CREATE TEMP VIEW documents AS SELECT id, CASE WHEN item_id = 'other_residence_documents' THEN "
            f"{_ITEM_1_TO_2} ELSE item_id END AS item_id, position, sha256, display_name, media_type, added, "
            "rotation, facts_json FROM main.documents",
        ),
    ),
    # 2 -> 3: document ids are never handed out twice. Without AUTOINCREMENT, SQLite gives the next import the id
    # of a document just removed, and undoing that removal then collided with the import.
    2: Migration(
        (
            "CREATE TABLE documents_3 ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " item_id TEXT NOT NULL,"
            " position INTEGER NOT NULL,"
            " sha256 TEXT NOT NULL REFERENCES blobs (sha256),"
            " display_name TEXT NOT NULL,"
            " media_type TEXT NOT NULL,"
            " added TEXT NOT NULL,"
            " rotation INTEGER NOT NULL DEFAULT 0,"
            " facts_json TEXT NOT NULL DEFAULT '{}')",
            "INSERT INTO documents_3 (id, item_id, position, sha256, display_name, media_type, added, rotation,"
            " facts_json) SELECT id, item_id, position, sha256, display_name, media_type, added, rotation,"
            " facts_json FROM documents",
            "DROP TABLE documents",
            "ALTER TABLE documents_3 RENAME TO documents",
            "CREATE INDEX documents_by_item ON documents (item_id, position)",
            "CREATE INDEX documents_by_content ON documents (sha256)",
        ),
        read_only=(),
    ),
}


def _publish(temp: Path, path: Path) -> None:
    """Give the finished file its name, never over an existing file. A hard link does that in one step; file
    systems without hard links (FAT and exFAT USB sticks, some network shares) get the name reserved with an
    exclusive create, then the file moved over the reservation."""
    try:
        os.link(temp, path)  # fails if someone created the path meanwhile: never overwrite
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # FileExistsError if taken
        try:
            temp.replace(path)
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return
    temp.unlink()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class StoredDocument:
    id: int
    item_id: str
    position: int
    sha256: str
    size: int
    display_name: str
    media_type: str
    added: str
    rotation: int = 0
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RemovedDocument:
    """A document taken out of the project, with all it takes to put it back as it was."""

    document: StoredDocument
    data: bytes
    inspection: dict[str, Any] | None
    index: int  # its place among its item's documents


@dataclass(frozen=True)
class IntegrityProblem:
    what: str  # "database" or a document's display name
    detail: str


def _is_disk_full(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc)


def _is_read_only(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) or "readonly" in str(exc)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    # One connection, one thread: sqlite3 refuses a call from any other (core/session.py owns the thread).
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.5)
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
    return conn


@dataclass(frozen=True)
class StoredFile:
    """One stored file's row, for checking it against its checksum."""

    rowid: int
    sha256: str
    size: int
    name: str


def _database_problems(conn: sqlite3.Connection) -> list[IntegrityProblem]:
    return [
        IntegrityProblem("database", row[0])
        for row in conn.execute("PRAGMA integrity_check").fetchall()
        if row[0] != "ok"
    ]


def _stored_files(conn: sqlite3.Connection) -> list[StoredFile]:
    names = dict(conn.execute("SELECT sha256, display_name FROM documents").fetchall())
    return [
        StoredFile(rowid, digest, size, names.get(digest, digest[:12]))
        for rowid, digest, size in conn.execute("SELECT rowid, sha256, size FROM blobs").fetchall()
    ]


def _check_stored_file(conn: sqlite3.Connection, stored: StoredFile) -> IntegrityProblem | None:
    sha = hashlib.sha256()
    with conn.blobopen("blobs", "data", stored.rowid, readonly=True) as blob:
        while chunk := blob.read(_CHUNK):
            sha.update(chunk)
        actual = len(blob)
    if sha.hexdigest() != stored.sha256 or actual != stored.size:
        return IntegrityProblem(stored.name, "content does not match its checksum")
    return None


def _verify(conn: sqlite3.Connection, progress: Progress) -> list[IntegrityProblem]:
    problems = _database_problems(conn)
    stored = _stored_files(conn)
    for done, one in enumerate(stored, start=1):
        check_cancel(progress)
        problem = _check_stored_file(conn, one)
        if problem is not None:
            problems.append(problem)
        progress.update(done, len(stored))
    return problems


def verify_file(path: Path, progress: Progress | None = None) -> list[IntegrityProblem]:
    """Verify a project on a read-only connection of its own, so it can run beside an open window."""
    conn = _connect(Path(path), read_only=True)
    try:
        return _verify(conn, progress or NullProgress())
    finally:
        conn.close()


class Project:
    """An open project. Use ``Project.create`` or ``Project.open``; ``close()`` when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ProjectLock | None) -> None:
        self.path = path
        self._conn = conn
        self._lock = lock
        self._stat = path.stat()
        self._backed_up_revision = self.revision

    # ---- opening and creating -------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, facts: Facts) -> Project:
        """Create a new project file atomically (it appears complete or not at all) and open it."""
        path = Path(path)
        if path.exists():
            raise ProjectExistsError(path)
        temp = temp_name_for(path)
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            conn = sqlite3.connect(temp, isolation_level=None)
            try:
                # Evidence files dominate the database: big pages mean far fewer page writes per file
                # (each page is its own write call), measured ~12 % faster imports (benchmarks/store.py).
                conn.execute(f"PRAGMA page_size = {_PAGE_SIZE}")
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.executescript(_SCHEMA)
                created = _now()
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("format", FORMAT),
                        ("schema_version", str(SCHEMA_VERSION)),
                        ("created", created),
                        ("app_version", __version__),
                        ("revision", "0"),
                        ("chosen_category", ""),
                    ],
                )
                conn.execute(
                    "INSERT INTO facts (id, json) VALUES (1, ?)", (json.dumps(facts_to_json(facts)),)
                )
            finally:
                conn.close()
            fd = os.open(temp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            _publish(temp, path)
            fsync_directory(path.parent)
        except sqlite3.Error as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            if _is_disk_full(exc):
                raise DiskFullError(path) from exc
            raise StoreError(str(exc)) from exc
        except FileExistsError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise ProjectExistsError(path) from exc
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            if exc.errno == 28:
                raise DiskFullError(path) from exc
            if exc.errno in (13, 30):  # EACCES, EROFS
                raise ReadOnlyError(path) from exc
            raise StoreError(str(exc)) from exc
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> Project:
        path = Path(path)
        if not path.exists():
            raise ProjectNotFoundError(path)
        if not path.is_file():
            raise NotAProjectError(path, _FOLDER_OR_DEVICE)
        with path.open("rb") as handle:
            head = handle.read(100)
        if not head:
            raise ProjectDamagedError(path, "the file is empty", backups.available(path))
        if not head.startswith(_SQLITE_MAGIC):
            raise NotAProjectError(path, sniff(head).looks_like)
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        read_only = read_only or not writable
        lock = None
        if not read_only:
            remove_stray_temps(path.parent)
            lock = ProjectLock(path)
            lock.acquire()
        try:
            try:
                conn = _connect(path, read_only)
            except sqlite3.DatabaseError as exc:
                raise ProjectDamagedError(path, str(exc), backups.available(path)) from exc
            try:
                cls._check(path, conn, read_only)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        project = cls(path, conn, lock)
        project.read_only = read_only
        return project

    read_only: bool = False

    @staticmethod
    def _check(path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            page_count = conn.execute("PRAGMA page_count").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if "no such table" in str(exc):
                raise NotAProjectError(path, _OTHER_DATABASE) from exc
            raise ProjectDamagedError(path, str(exc), backups.available(path)) from exc
        if meta.get("format") != FORMAT:
            raise NotAProjectError(path, _OTHER_DATABASE)
        if path.stat().st_size < page_size * page_count:
            raise ProjectDamagedError(path, "the file is cut short", backups.available(path))
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise ProjectTooNewError(path, version)
        if version < SCHEMA_VERSION and read_only:  # never change a file opened for reading
            steps = [_MIGRATIONS[v].read_only for v in range(version, SCHEMA_VERSION)]
            if any(shadow is None for shadow in steps):
                raise ProjectNeedsUpgradeError(path, version)
            for shadow in steps:  # seen as migrated, nothing written
                for statement in shadow or ():
                    conn.execute(statement)
        elif version < SCHEMA_VERSION:
            Project._migrate(path, conn, version)

    @staticmethod
    def _migrate(path: Path, conn: sqlite3.Connection, version: int) -> None:
        """Each step in a transaction of its own (statements one by one: ``executescript`` would commit the open
        transaction first), after a backup; a failing step leaves the file at the step before it."""
        backups.take(path, conn, "before-migration")
        while version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _MIGRATIONS[version].statements:
                    conn.execute(statement)
                conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version + 1),))
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    if _is_disk_full(exc):
                        raise DiskFullError(path) from exc
                    raise StoreError(f"{path.name}: {exc}") from exc
                raise
            version += 1

    def close(self) -> None:
        """Take a rotating backup if anything changed, then release the file and its lock."""
        if self._conn is None:
            return
        try:
            if not self.read_only and self.revision != self._backed_up_revision:
                with contextlib.suppress(OSError, sqlite3.Error):
                    backups.take(self.path, self._conn)
        finally:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]
            if self._lock:
                self._lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing --------------------------------------------------------------------------------------------

    def _assert_unchanged_on_disk(self) -> None:
        try:
            now = self.path.stat()
        except OSError as exc:
            raise ChangedOnDiskError(self.path) from exc
        before = self._stat
        if (now.st_ino, now.st_dev, now.st_size, now.st_mtime_ns) != (
            before.st_ino,
            before.st_dev,
            before.st_size,
            before.st_mtime_ns,
        ):
            raise ChangedOnDiskError(self.path)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One durable transaction: all of it reaches the disk, or none of it does."""
        if self.read_only:
            raise ReadOnlyError(self.path)
        self._assert_unchanged_on_disk()
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if _is_disk_full(exc):
                raise DiskFullError(self.path) from exc
            if _is_read_only(exc):
                raise ReadOnlyError(self.path) from exc
            raise StoreError(f"{self.path.name}: {exc}") from exc
        finally:
            with contextlib.suppress(OSError):
                self._stat = self.path.stat()

    # ---- what the project holds -----------------------------------------------------------------------------

    def _meta(self, key: str) -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    @property
    def revision(self) -> int:
        """Counts committed changes; the ui compares it to know whether to refresh."""
        return int(self._meta("revision") or 0)

    @property
    def created(self) -> str:
        return self._meta("created")

    def facts(self) -> Facts:
        row = self._conn.execute("SELECT json FROM facts WHERE id = 1").fetchone()
        return parse_facts(json.loads(row[0]), self.path.name)

    def set_facts(self, facts: Facts) -> None:
        with self._write() as conn:
            conn.execute("UPDATE facts SET json = ? WHERE id = 1", (json.dumps(facts_to_json(facts)),))

    @property
    def chosen_category(self) -> CategoryId | None:
        value = self._meta("chosen_category")
        return CategoryId(value) if value else None

    def set_chosen_category(self, category: CategoryId | None) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'chosen_category'",
                (category.value if category else "",),
            )

    # ---- evidence -------------------------------------------------------------------------------------------

    def add_document(
        self,
        item_id: str,
        data: bytes,
        display_name: str,
        media_type: str,
        inspection: dict[str, Any] | None = None,
    ) -> tuple[StoredDocument, bool]:
        """Store a file's bytes for a checklist item. Returns the document and whether these exact bytes were
        already in the project (for this or another item): the same file twice is recognised."""
        digest = hashlib.sha256(data).hexdigest()
        existing = self._conn.execute(
            "SELECT id FROM documents WHERE sha256 = ? LIMIT 1", (digest,)
        ).fetchone()
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)", (digest, len(data), data)
            )
            position = conn.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM documents WHERE item_id = ?", (item_id,)
            ).fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO documents (item_id, position, sha256, display_name, media_type, added)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (item_id, position, digest, display_name, media_type, _now()),
            )
            doc_id = cursor.lastrowid
            if inspection is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO inspections (sha256, json) VALUES (?, ?)",
                    (digest, json.dumps(inspection, sort_keys=True)),
                )
        assert doc_id is not None
        return self.document(doc_id), existing is not None

    def _row_to_document(self, row: tuple[Any, ...]) -> StoredDocument:
        return StoredDocument(
            id=row[0],
            item_id=row[1],
            position=row[2],
            sha256=row[3],
            size=row[4],
            display_name=row[5],
            media_type=row[6],
            added=row[7],
            rotation=row[8],
            facts=json.loads(row[9]),
        )

    _DOC_COLUMNS = "d.id, d.item_id, d.position, d.sha256, b.size, d.display_name, d.media_type, d.added, d.rotation, d.facts_json"

    def document(self, doc_id: int) -> StoredDocument:
        row = self._conn.execute(
            f"SELECT {self._DOC_COLUMNS} FROM documents d JOIN blobs b USING (sha256) WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return self._row_to_document(row)

    def documents(self, item_id: str | None = None) -> list[StoredDocument]:
        query = f"SELECT {self._DOC_COLUMNS} FROM documents d JOIN blobs b USING (sha256)"
        if item_id is None:
            rows = self._conn.execute(query + " ORDER BY d.item_id, d.position").fetchall()
        else:
            rows = self._conn.execute(
                query + " WHERE d.item_id = ? ORDER BY d.position", (item_id,)
            ).fetchall()
        return [self._row_to_document(r) for r in rows]

    def documents_with_content(self, sha256: str) -> list[StoredDocument]:
        """The documents whose bytes have this SHA-256 (the same file added for several items)."""
        rows = self._conn.execute(
            f"SELECT {self._DOC_COLUMNS} FROM documents d JOIN blobs b USING (sha256) WHERE d.sha256 = ? ORDER BY d.id",
            (sha256,),
        ).fetchall()
        return [self._row_to_document(r) for r in rows]

    def read_document(self, doc_id: int) -> bytes:
        row = self._conn.execute(
            "SELECT b.data FROM documents d JOIN blobs b USING (sha256) WHERE d.id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return bytes(row[0])

    def remove_document(self, doc_id: int) -> None:
        with self._write() as conn:
            self._remove(conn, doc_id)

    @staticmethod
    def _remove(conn: sqlite3.Connection, doc_id: int) -> None:
        row = conn.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        unused = "NOT EXISTS (SELECT 1 FROM documents WHERE sha256 = ?)"
        conn.execute(f"DELETE FROM inspections WHERE sha256 = ? AND {unused}", (row[0], row[0]))
        conn.execute(f"DELETE FROM blobs WHERE sha256 = ? AND {unused}", (row[0], row[0]))

    def take_out(self, doc_ids: Sequence[int]) -> list[RemovedDocument]:
        """Remove documents in one transaction and give back what puts them back as they were (undo)."""
        inspections = self.inspections()
        removed = []
        for doc_id in doc_ids:
            document = self.document(doc_id)
            index = [d.id for d in self.documents(document.item_id)].index(doc_id)
            data = self.read_document(doc_id)
            removed.append(RemovedDocument(document, data, inspections.get(document.sha256), index))
        with self._write() as conn:
            for doc_id in doc_ids:
                self._remove(conn, doc_id)
        return removed

    def swap(self, doc_ids: Sequence[int], removed: Sequence[RemovedDocument]) -> list[RemovedDocument]:
        """Take ``doc_ids`` out and put ``removed`` back, in one transaction (undo and redo of a replacement)."""
        inspections = self.inspections()
        taken = []
        for doc_id in doc_ids:
            document = self.document(doc_id)
            index = [d.id for d in self.documents(document.item_id)].index(doc_id)
            data = self.read_document(doc_id)
            taken.append(RemovedDocument(document, data, inspections.get(document.sha256), index))
        with self._write() as conn:
            for doc_id in doc_ids:
                self._remove(conn, doc_id)
            for one in sorted(removed, key=lambda r: r.index):
                self._insert_removed(conn, one)
        return taken

    def put_back(self, removed: Sequence[RemovedDocument]) -> None:
        """Put removed documents back as they were, lowest place first, in one transaction."""
        with self._write() as conn:
            for one in sorted(removed, key=lambda r: r.index):
                self._insert_removed(conn, one)

    def restore_document(
        self, document: StoredDocument, data: bytes, inspection: dict[str, Any] | None, index: int
    ) -> StoredDocument:
        """Put a removed document back as it was (undo of a removal): the same id, turn and facts, at ``index``
        among its item's documents, in one transaction."""
        with self._write() as conn:
            self._insert_removed(conn, RemovedDocument(document, data, inspection, index))
        return self.document(document.id)

    @classmethod
    def _insert_removed(cls, conn: sqlite3.Connection, removed: RemovedDocument) -> None:
        document, data = removed.document, removed.data
        digest = hashlib.sha256(data).hexdigest()
        conn.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)", (digest, len(data), data)
        )
        conn.execute(
            "INSERT INTO documents (id, item_id, position, sha256, display_name, media_type, added, rotation,"
            " facts_json) VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            (
                document.id,
                document.item_id,
                digest,
                document.display_name,
                document.media_type,
                document.added,
                document.rotation,
                json.dumps(document.facts, sort_keys=True),
            ),
        )
        if removed.inspection is not None:
            conn.execute(
                "INSERT OR REPLACE INTO inspections (sha256, json) VALUES (?, ?)",
                (digest, json.dumps(removed.inspection, sort_keys=True)),
            )
        cls._place(conn, document.id, document.item_id, removed.index)

    def move_document(self, doc_id: int, item_id: str, position: int) -> None:
        """Put a document at ``position`` among ``item_id``'s documents (reorder, or link to another item)."""
        with self._write() as conn:
            self._place(conn, doc_id, item_id, position)

    @staticmethod
    def _place(conn: sqlite3.Connection, doc_id: int, item_id: str, position: int) -> None:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM documents WHERE item_id = ? AND id != ? ORDER BY position", (item_id, doc_id)
            )
        ]
        ids.insert(max(0, min(position, len(ids))), doc_id)
        conn.execute("UPDATE documents SET item_id = ? WHERE id = ?", (item_id, doc_id))
        conn.executemany("UPDATE documents SET position = ? WHERE id = ?", list(enumerate(ids)))

    def set_rotation(self, doc_id: int, degrees: int) -> None:
        with self._write() as conn:
            conn.execute("UPDATE documents SET rotation = ? WHERE id = ?", (degrees % 360, doc_id))

    def set_document_facts(self, doc_id: int, facts: dict[str, Any]) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE documents SET facts_json = ? WHERE id = ?",
                (json.dumps(facts, sort_keys=True), doc_id),
            )

    def inspections(self) -> dict[str, dict[str, Any]]:
        return {k: json.loads(v) for k, v in self._conn.execute("SELECT sha256, json FROM inspections")}

    # ---- notes and confirmations ----------------------------------------------------------------------------

    def notes(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT item_id, text FROM notes").fetchall())

    def set_note(self, item_id: str, text: str) -> None:
        with self._write() as conn:
            if text.strip():
                conn.execute("INSERT OR REPLACE INTO notes (item_id, text) VALUES (?, ?)", (item_id, text))
            else:
                conn.execute("DELETE FROM notes WHERE item_id = ?", (item_id,))

    def confirmations(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT item_id FROM confirmations")}

    def set_confirmed(self, item_id: str, confirmed: bool) -> None:
        with self._write() as conn:
            if confirmed:
                conn.execute(
                    "INSERT OR REPLACE INTO confirmations (item_id, confirmed_at) VALUES (?, ?)",
                    (item_id, _now()),
                )
            else:
                conn.execute("DELETE FROM confirmations WHERE item_id = ?", (item_id,))

    # ---- integrity, copies, backups -------------------------------------------------------------------------

    # ---- answers to the form's questions (declarations, never uploads) ---------------------------------------

    def answers(self) -> dict[str, str]:
        """Each answered question and its answer, e.g. {"criminal_conviction": "no"}."""
        return dict(self._conn.execute("SELECT question, answer FROM answers").fetchall())

    def set_answer(self, question: str, answer: str | None) -> None:
        """Record an answer; None takes it back (not answered)."""
        with self._write() as conn:
            if answer is None:
                conn.execute("DELETE FROM answers WHERE question = ?", (question,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO answers (question, answer, answered_at) VALUES (?, ?, ?)",
                    (question, answer, _now()),
                )

    def verify(self, progress: Progress | None = None) -> list[IntegrityProblem]:
        """The database's own integrity check, then every stored file against its SHA-256."""
        return _verify(self._conn, progress or NullProgress())

    # The same check in steps, for a session that runs other work between the files.
    def database_problems(self) -> list[IntegrityProblem]:
        return _database_problems(self._conn)

    def stored_files(self) -> list[StoredFile]:
        return _stored_files(self._conn)

    def check_stored_file(self, stored: StoredFile) -> IntegrityProblem | None:
        return _check_stored_file(self._conn, stored)

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the project to ``target`` (the database's backup API, never a file copy)."""
        backups.copy_to(self._conn, Path(target))

    def save_as(self, target: Path) -> Project:
        """Copy to ``target`` and continue there; this project is closed. Returns the new one."""
        target = Path(target)
        if target.exists():
            raise ProjectExistsError(target)
        self.save_copy(target)
        self.close()
        return Project.open(target)

    def backup_now(self) -> Path:
        path = backups.take(self.path, self._conn)
        self._backed_up_revision = self.revision
        return path


def restore_backup(project: Path, backup: Path) -> None:
    """Put ``backup`` in place of ``project`` (which must not be open). The current file is kept first as
    ``before-restore``, so a restore never loses anything either."""
    checked = Project.open(backup, read_only=True)  # refuses a damaged or foreign backup
    checked.close()
    with ProjectLock(project):
        base = backups.folder(project)
        ensure_private_dir(base)
        if project.exists():
            write_chunks_durably(base / "before-restore.ttps", backups.read_chunks(project))
        write_chunks_durably(project, backups.read_chunks(backup))
