"""Bring files into a project: read them safely, tell what they really are, inspect them in the worker pool,
store the good ones for a checklist item, and say plainly what is wrong with the rest.

The user's original files are only ever read.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ttps_desktop.core.checks import fit_findings
from ttps_desktop.core.evidence.inspect import Inspection
from ttps_desktop.core.evidence.limits import Limits
from ttps_desktop.core.evidence.pool import (
    InspectorPool,
    Job,
    WorkerDiedError,
    WorkerPool,
    WorkerSpec,
    WorkerTimedOutError,
)
from ttps_desktop.core.evidence.sniff import CONVERTED_TO, MEDIA_TYPES, extension_matches, sniff
from ttps_desktop.core.findings import Damage, Finding, FindingCode, Severity, finding
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.progress import NullProgress, Progress, check_cancel
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.model import FileKind, Requirement

if TYPE_CHECKING:
    from ttps_desktop.core.export.pack import PageDrawer


class EvidenceStore(Protocol):
    """Where imported files go: a ``Project`` on its own thread, or the ``Session`` that owns one."""

    def documents_with_content(self, sha256: str) -> list[StoredDocument]: ...

    def add_document(
        self,
        item_id: str,
        data: bytes,
        display_name: str,
        media_type: str,
        inspection: dict[str, Any] | None = None,
    ) -> tuple[StoredDocument, bool]: ...


@dataclass(frozen=True)
class Candidate:
    """A file read from disk, or the reason it could not be."""

    path: Path
    name: str
    data: bytes | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class ImportResult:
    path: Path
    name: str
    document: StoredDocument | None  # None: refused
    inspection: Inspection | None
    findings: tuple[Finding, ...]

    @property
    def accepted(self) -> bool:
        return self.document is not None


_NOT_REGULAR = MessageText("FileType", QT_TRANSLATE_NOOP("FileType", "not a regular file"))


def _kind_of(mode: int) -> MessageText:
    if stat.S_ISDIR(mode):
        return MessageText("FileType", QT_TRANSLATE_NOOP("FileType", "a folder"))
    if stat.S_ISFIFO(mode):
        return MessageText("FileType", QT_TRANSLATE_NOOP("FileType", "a pipe"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return MessageText("FileType", QT_TRANSLATE_NOOP("FileType", "a device"))
    if stat.S_ISSOCK(mode):
        return MessageText("FileType", QT_TRANSLATE_NOOP("FileType", "a socket"))
    return _NOT_REGULAR


class _RefusedError(Exception):
    """Reading stopped with a finding."""

    def __init__(self, found: Finding) -> None:
        super().__init__(found.code.value)
        self.finding = found


def _os_failure(name: str, exc: OSError) -> _RefusedError:
    if isinstance(exc, FileNotFoundError):
        return _RefusedError(finding(Severity.ERROR, FindingCode.VANISHED, name, name=name))
    reason = exc.strerror or str(exc)
    return _RefusedError(finding(Severity.ERROR, FindingCode.UNREADABLE, name, name=name, reason=reason))


def _read_regular_file(path: Path, lim: Limits) -> bytes:
    name = path.name
    try:
        info = path.stat()  # follows links: a link to /dev/zero is judged by /dev/zero
    except OSError as exc:
        raise _os_failure(name, exc) from exc
    if not stat.S_ISREG(info.st_mode):
        raise _RefusedError(
            finding(Severity.ERROR, FindingCode.NOT_A_FILE, name, name=name, what=_kind_of(info.st_mode))
        )
    if info.st_size > lim.max_file_bytes:
        raise _RefusedError(_too_large(name, info.st_size, lim))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped between stat and open
                raise _RefusedError(
                    finding(Severity.ERROR, FindingCode.NOT_A_FILE, name, name=name, what=_NOT_REGULAR)
                )
            data = handle.read(lim.max_file_bytes + 1)
    except OSError as exc:
        raise _os_failure(name, exc) from exc
    if len(data) > lim.max_file_bytes:
        raise _RefusedError(_too_large(name, len(data), lim))
    if not data:
        raise _RefusedError(finding(Severity.ERROR, FindingCode.EMPTY_FILE, name, name=name))
    return data


def read_candidate(path: Path, lim: Limits) -> Candidate:
    """Read a file within limits. Folders, pipes and devices (also behind links) are refused before any read."""
    try:
        return Candidate(path, path.name, _read_regular_file(path, lim), ())
    except _RefusedError as refused:
        return Candidate(path, path.name, None, (refused.finding,))


def _too_large(name: str, size: int, lim: Limits) -> Finding:
    return finding(
        Severity.ERROR,
        FindingCode.TOO_LARGE,
        name,
        name=name,
        size_mb=size // (1024 * 1024),
        limit_mb=lim.max_file_mb,
    )


class _Batch:
    """Progress of one batch of files, reported as part of the whole import."""

    def __init__(self, progress: Progress, before: int, total: int) -> None:
        self.progress, self.before, self.total = progress, before, total

    def update(self, done: int, total: int) -> None:
        self.progress.update(self.before + done, self.total)

    def cancelled(self) -> bool:
        return self.progress.cancelled()


def import_files(
    project: EvidenceStore,
    paths: Sequence[Path],
    item_id: str,
    requirement: Requirement | None,
    pool: InspectorPool,
    progress: Progress | None = None,
) -> list[ImportResult]:
    """Import ``paths`` for checklist item ``item_id``; every file gets a result with its findings. Files are read,
    inspected and stored a batch at a time (as many as the pool has workers), so a large import never holds more
    than a few files in memory."""
    progress = progress or NullProgress()
    results: list[ImportResult] = []
    for start in range(0, len(paths), pool.size):
        batch = [read_candidate(Path(p), pool.lim) for p in paths[start : start + pool.size]]
        results += import_candidates(
            project, batch, item_id, requirement, pool, _Batch(progress, start, len(paths))
        )
    return results


def decrypted_candidate(path: Path, password: str, pool: InspectorPool) -> Candidate:
    """A password-protected PDF read and decrypted, in memory only: the unprotected bytes are stored by the
    caller (``import_candidates``, ``candidate_as_jpeg``) or dropped, never written elsewhere. The PDF is decrypted
    in a worker process of its own, with the inspection's memory and time limits. A wrong password raises
    WrongPasswordError; a file that cannot be read or decrypted comes back with no data and its finding."""
    from ttps_desktop.core.evidence.working_copy import WrongPasswordError, decrypt_in_worker

    candidate = read_candidate(path, pool.lim)
    if candidate.data is None:
        return candidate
    with WorkerPool(WorkerSpec(decrypt_in_worker, pool.lim.inspect_memory_mb), workers=1) as decrypter:
        try:
            unlocked = decrypter.call((candidate.data, password), pool.lim.inspect_timeout_seconds)
        except (WorkerTimedOutError, WorkerDiedError):
            found = finding(
                Severity.ERROR,
                FindingCode.CORRUPT,
                path.name,
                name=path.name,
                detail=Damage.READER_STOPPED,
            )
            return Candidate(path, path.name, None, (found,))
    if unlocked is None:
        raise WrongPasswordError
    return Candidate(path, candidate.name, unlocked, ())


def import_decrypted(
    project: EvidenceStore,
    path: Path,
    password: str,
    item_id: str,
    requirement: Requirement | None,
    pool: InspectorPool,
) -> ImportResult:
    """With the user's consent: store an unprotected copy of a password-protected PDF (the original file is
    left as it is). A wrong password raises WrongPasswordError."""
    candidate = decrypted_candidate(path, password, pool)
    return import_candidates(project, [candidate], item_id, requirement, pool)[0]


def _inspect_candidates(
    candidates: Sequence[Candidate], pool: InspectorPool, progress: Progress
) -> list[tuple[Candidate, Inspection | None, list[Finding]]]:
    """Each candidate's type and inspection (None where it was not read, or is of a type we do not take)."""
    jobs: list[Job] = []
    prepared: list[tuple[Candidate, FileKind | None, list[Finding]]] = []
    for cand in candidates:
        check_cancel(progress)
        found = list(cand.findings)
        kind: FileKind | None = None
        if cand.data is not None:
            sniffed = sniff(cand.data[:4096])
            kind, looks_like = sniffed.kind, sniffed.looks_like
            if kind is None and sniffed.convert_from is not None:
                kind = CONVERTED_TO[sniffed.convert_from]  # what the copy will be
                jobs.append(Job(cand.data, cand.name, kind, sniffed.convert_from, looks_like))
            elif kind is None:
                found.append(
                    finding(
                        Severity.ERROR,
                        FindingCode.UNSUPPORTED_TYPE,
                        cand.name,
                        name=cand.name,
                        looks_like=looks_like,
                    )
                )
            else:
                if not extension_matches(cand.name, kind):
                    found.append(
                        finding(
                            Severity.INFO,
                            FindingCode.EXTENSION_MISMATCH,
                            cand.name,
                            name=cand.name,
                            looks_like=looks_like,
                        )
                    )
                jobs.append(Job(cand.data, cand.name, kind))
        prepared.append((cand, kind, found))
    inspections = iter(pool.inspect_many(jobs, progress))
    inspected: list[tuple[Candidate, Inspection | None, list[Finding]]] = []
    for cand, kind, found in prepared:
        if kind is None or cand.data is None:
            inspected.append((cand, None, found))
            continue
        inspection = next(inspections)
        inspected.append((cand, inspection, found + list(inspection.findings)))
    return inspected


def import_candidates(
    project: EvidenceStore,
    candidates: Sequence[Candidate],
    item_id: str,
    requirement: Requirement | None,
    pool: InspectorPool,
    progress: Progress | None = None,
) -> list[ImportResult]:
    results = []
    for cand, inspection, found in _inspect_candidates(candidates, pool, progress or NullProgress()):
        if inspection is None or cand.data is None:
            results.append(ImportResult(cand.path, cand.name, None, None, tuple(found)))
            continue
        kind = inspection.kind
        found += fit_findings(cand.name, kind, inspection.effective_dpi, requirement, pool.min_dpi)
        if any(f.severity is Severity.ERROR for f in found):
            results.append(ImportResult(cand.path, cand.name, None, inspection, tuple(found)))
            continue
        # A converted copy (an AVIF photo as JPEG, a PDF's pages without their locked attachments) is what
        # the project keeps; the user's file is only read.
        data = inspection.converted or cand.data
        digest = hashlib.sha256(data).hexdigest()
        existing = project.documents_with_content(digest)
        same_item = next((d for d in existing if d.item_id == item_id), None)
        if existing:
            other = existing[0].display_name
            found.append(
                finding(Severity.INFO, FindingCode.DUPLICATE, cand.name, name=cand.name, other=other)
            )
        document = (
            same_item
            or project.add_document(item_id, data, cand.name, MEDIA_TYPES[kind], inspection.to_json())[0]
        )
        results.append(ImportResult(cand.path, cand.name, document, inspection, tuple(found)))
    return results


def refused_for_kind(result: ImportResult) -> bool:
    """Refused only because its item takes JPEG alone: it can be added converted (``import_as_jpeg``)."""
    codes = {f.code for f in result.findings if f.severity is Severity.ERROR}
    return codes == {FindingCode.FILE_KIND_REFUSED}


def import_as_jpeg(
    project: EvidenceStore,
    path: Path,
    item_id: str,
    requirement: Requirement | None,
    pool: InspectorPool,
    draw_page: PageDrawer | None,
    page: int = 0,
) -> ImportResult:
    """With the user's consent: a file of another type for an item that takes JPEG alone, added as a JPEG made
    of its page ``page`` (0-based; a PDF's through ``draw_page``, a TIFF's frame) or its picture. The file is
    inspected first like any import, and the JPEG again before it is stored; the original is only read. A JPEG
    (or a file refused for another reason) is imported as it is, with its findings."""
    candidate = read_candidate(path, pool.lim)
    return candidate_as_jpeg(project, candidate, item_id, requirement, pool, draw_page, page)


def stored_as_jpeg(
    project: EvidenceStore,
    document: StoredDocument,
    data: bytes,
    item_id: str,
    requirement: Requirement | None,
    pool: InspectorPool,
    draw_page: PageDrawer | None,
    page: int = 0,
) -> ImportResult:
    """A stored document of another type (kept before items that take JPEG alone refused it, or moved onto such
    an item) added to ``item_id`` as a JPEG of its page ``page``; the stored document itself is left as it is."""
    candidate = Candidate(Path(document.display_name), document.display_name, data, ())
    return candidate_as_jpeg(project, candidate, item_id, requirement, pool, draw_page, page)


def candidate_as_jpeg(
    project: EvidenceStore,
    candidate: Candidate,
    item_id: str,
    requirement: Requirement | None,
    pool: InspectorPool,
    draw_page: PageDrawer | None,
    page: int = 0,
) -> ImportResult:
    """A file already read (from disk, from the project, or decrypted in memory: ``decrypted_candidate``) added
    to ``item_id`` as a JPEG of its page ``page``, as ``import_as_jpeg`` does."""
    from ttps_desktop.core.evidence.convert import NotDrawnError, converted_name, jpeg_of

    [(cand, inspection, found)] = _inspect_candidates([candidate], pool, NullProgress())
    if (
        inspection is None
        or cand.data is None
        or inspection.kind is FileKind.JPEG
        or any(f.severity is Severity.ERROR for f in found)
    ):
        return import_candidates(project, [candidate], item_id, requirement, pool)[0]
    path, name = cand.path, cand.name
    if not 0 <= page < inspection.pages:
        no_page = finding(
            Severity.ERROR, FindingCode.NO_SUCH_PAGE, name, name=name, page=page + 1, pages=inspection.pages
        )
        return ImportResult(path, name, None, inspection, (no_page,))
    try:
        jpeg = jpeg_of(inspection.converted or cand.data, inspection.kind, page, draw_page)
    except NotDrawnError:
        failed = finding(Severity.ERROR, FindingCode.CONVERSION_FAILED, name, name=name)
        return ImportResult(path, name, None, inspection, (failed,))
    copy = Candidate(path, converted_name(name, page, inspection.pages), jpeg, ())
    return import_candidates(project, [copy], item_id, requirement, pool)[0]
