"""Worker processes that parse untrusted files, each under a memory cap, each file under a time limit.

A file that hangs its parser is stopped when its time is up; one that exhausts memory, or crashes the parser,
takes only its worker down. Either way the caller gets a finding and a fresh worker takes the next file.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import Enum
from multiprocessing.connection import Connection
from typing import Any

from ttps_desktop.core.applog import WORKER_LOGGER, StderrCatcher, collect_messages
from ttps_desktop.core.evidence.inspect import Inspection, inspect_bytes
from ttps_desktop.core.evidence.limits import Limits, limits
from ttps_desktop.core.findings import Damage, FindingCode, Severity, finding
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.progress import NullProgress, Progress, check_cancel
from ttps_desktop.core.rules.model import FileKind

_log = logging.getLogger(WORKER_LOGGER)


@dataclass(frozen=True)
class Job:
    data: bytes
    name: str
    kind: FileKind  # what it is, or what it is converted to (convert_from)
    convert_from: str | None = None  # a Pillow format to decode and convert from ("AVIF", "JPEG2000")
    looks_like: MessageText | None = None  # what it is, for the conversion's message


class MemoryCap(Enum):
    """How a worker's memory is capped. ADDRESS_SPACE is the strictest; DATA suits parsers that reserve large
    address ranges up front without using them (pdfium, which draws PDF pages for the window, reserves 32 GB)."""

    ADDRESS_SPACE = "RLIMIT_AS"
    DATA = "RLIMIT_DATA"


@dataclass(frozen=True)
class WorkerSpec:
    handler: Callable[[Any], Any]  # a module-level function: workers find it by name
    memory_mb: int
    cap: MemoryCap = MemoryCap.ADDRESS_SPACE


class WorkerTimedOutError(Exception):
    pass


class WorkerDiedError(Exception):
    def __init__(self, exit_code: int | None) -> None:
        super().__init__(f"worker stopped with exit code {exit_code}")
        self.exit_code = exit_code

    @property
    def out_of_memory(self) -> bool:
        return self.exit_code in (-9, 137)


def _limit_memory(megabytes: int, cap: MemoryCap) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still applies
        return
    which = getattr(resource, cap.value)
    limit = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(which, (limit, hard))


@dataclass(frozen=True)
class _Reply:
    result: Any
    log: tuple[str, ...]  # what the libraries said while working: warnings, log records, stderr


def _serve(conn: Connection, spec: WorkerSpec) -> None:
    _limit_memory(spec.memory_mb, spec.cap)
    stderr = StderrCatcher()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        lines: list[str] = []
        with collect_messages(lines):
            result = spec.handler(message)
        conn.send(_Reply(result, (*lines, *stderr.take())))


def _context() -> Any:
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["ttps_desktop.core.evidence.inspect", "PIL.Image", "pypdf"])
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx: Any, spec: WorkerSpec) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, spec), daemon=True, name="ttps-worker")
        self.process.start()
        child.close()
        self.stopped = False

    def stop(self, force: bool = False) -> None:
        """Ask the worker to finish (or kill it); safe to call again, from any thread."""
        if self.stopped:
            return
        self.stopped = True
        if not force:
            try:
                self.conn.send(None)
            except OSError:
                force = True
        if force and self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=2)
        with contextlib.suppress(OSError):
            self.conn.close()


class WorkerPool:
    """Run ``spec.handler`` on messages in ``workers`` processes, each message under a time limit. A worker that
    runs out of time, memory or luck is replaced, and the caller gets an exception instead of a result.
    Thread-safe; use as a context manager."""

    def __init__(self, spec: WorkerSpec, workers: int | None = None) -> None:
        self.spec = spec
        self.size = workers or max(1, min(4, os.cpu_count() or 1))
        self._ctx = _context()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(self.size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.spec)
        with self._lock:
            self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop(force=True)
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            if self._closed:  # closing: no new workers; the next call fails at once
                return worker
        return self._spawn()

    def call(self, message: Any, timeout: float) -> Any:
        worker = self._idle.get()
        if worker.stopped:
            self._idle.put(worker)
            raise WorkerDiedError(None)
        try:
            worker.conn.send(message)
            if not worker.conn.poll(timeout):
                worker = self._replace(worker)
                raise WorkerTimedOutError
            reply: _Reply = worker.conn.recv()
        except (EOFError, OSError) as exc:
            worker.process.join(timeout=1)  # reap it, so its exit code says why it stopped
            exit_code = worker.process.exitcode
            worker = self._replace(worker)
            raise WorkerDiedError(exit_code) from exc
        finally:
            self._idle.put(worker)
        for line in reply.log:  # into the app's log (applog.py), never onto the terminal
            _log.warning("%s", line)
        return reply.result

    def close(self, force: bool = False) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = self._all, []
        for worker in workers:
            worker.stop(force)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _inspect(message: tuple[Job, Limits, int]) -> Inspection:
    job, lim, min_dpi = message
    return inspect_bytes(job.data, job.name, job.kind, lim, min_dpi, job.convert_from, job.looks_like)


class InspectorPool(WorkerPool):
    """Inspect files in ``workers`` processes. Thread-safe; use as a context manager."""

    def __init__(self, workers: int | None = None, lim: Limits | None = None, min_dpi: int = 200) -> None:
        self.lim = lim or limits()
        self.min_dpi = min_dpi
        super().__init__(WorkerSpec(_inspect, self.lim.inspect_memory_mb), workers)

    def time_limit(self, job: Job) -> float:
        """Files that may be converted on import (decoded, re-encoded, inspected again) get more time."""
        if job.convert_from is not None or job.kind is FileKind.TIFF:
            return self.lim.convert_timeout_seconds
        return self.lim.inspect_timeout_seconds

    def inspect(self, job: Job) -> Inspection:
        try:
            result: Inspection = self.call((job, self.lim, self.min_dpi), self.time_limit(job))
            return result
        except WorkerTimedOutError:
            seconds = int(self.time_limit(job))
            found = finding(Severity.ERROR, FindingCode.TIMED_OUT, job.name, name=job.name, seconds=seconds)
        except WorkerDiedError as died:
            if died.out_of_memory:
                found = finding(Severity.ERROR, FindingCode.TOO_MUCH_MEMORY, job.name, name=job.name)
            else:
                found = finding(
                    Severity.ERROR,
                    FindingCode.CORRUPT,
                    job.name,
                    name=job.name,
                    detail=Damage.READER_STOPPED,
                )
        return Inspection(job.kind, findings=(found,))

    def inspect_many(self, jobs: Sequence[Job], progress: Progress | None = None) -> list[Inspection]:
        """Inspect all, using every worker; results come back in the order of ``jobs``."""
        progress = progress or NullProgress()
        results: list[Inspection | None] = [None] * len(jobs)
        done = 0
        done_lock = threading.Lock()

        def run(index: int) -> None:
            nonlocal done
            check_cancel(progress)
            results[index] = self.inspect(jobs[index])
            with done_lock:
                done += 1
                progress.update(done, len(jobs))

        with ThreadPoolExecutor(max_workers=self.size) as executor:
            for future in [executor.submit(run, i) for i in range(len(jobs))]:
                future.result()
        return [r for r in results if r is not None]

    def __enter__(self) -> InspectorPool:
        return self
