"""Worker processes that parse untrusted files, each under a memory cap, each file under a time limit.

A file that hangs its parser is stopped when its time is up; one that exhausts memory, or crashes the parser,
takes only its worker down. Either way the caller gets a finding and a fresh worker takes the next file.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from ttps_desktop.core.evidence.inspect import Inspection, inspect_bytes
from ttps_desktop.core.evidence.limits import Limits, limits
from ttps_desktop.core.findings import FindingCode, Severity, finding
from ttps_desktop.core.progress import NullProgress, Progress, check_cancel
from ttps_desktop.core.rules.model import FileKind


@dataclass(frozen=True)
class Job:
    data: bytes
    name: str
    kind: FileKind


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still applies
        return
    cap = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _serve(conn: Connection, memory_mb: int) -> None:
    _limit_memory(memory_mb)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job, lim, min_dpi = message
        conn.send(inspect_bytes(job.data, job.name, job.kind, lim, min_dpi))


def _context() -> Any:
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["ttps_desktop.core.evidence.inspect", "PIL.Image", "pypdf"])
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx: Any, memory_mb: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, memory_mb), daemon=True, name="ttps-inspector")
        self.process.start()
        child.close()

    def stop(self, force: bool = False) -> None:
        if not force:
            try:
                self.conn.send(None)
            except OSError:
                force = True
        if force and self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=2)
        self.conn.close()


class InspectorPool:
    """Inspect files in ``workers`` processes. Thread-safe; use as a context manager."""

    def __init__(self, workers: int | None = None, lim: Limits | None = None, min_dpi: int = 200) -> None:
        self.lim = lim or limits()
        self.min_dpi = min_dpi
        self.size = workers or max(1, min(4, os.cpu_count() or 1))
        self._ctx = _context()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        for _ in range(self.size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.lim.inspect_memory_mb)
        with self._lock:
            self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop(force=True)
        with self._lock:
            self._all.remove(worker)
        return self._spawn()

    def inspect(self, job: Job) -> Inspection:
        worker = self._idle.get()
        try:
            worker.conn.send((job, self.lim, self.min_dpi))
            if not worker.conn.poll(self.lim.inspect_timeout_seconds):
                worker = self._replace(worker)
                seconds = int(self.lim.inspect_timeout_seconds)
                return Inspection(
                    job.kind,
                    findings=(
                        finding(
                            Severity.ERROR, FindingCode.TIMED_OUT, job.name, name=job.name, seconds=seconds
                        ),
                    ),
                )
            result: Inspection = worker.conn.recv()
            return result
        except (EOFError, OSError, BrokenPipeError):
            exit_code = worker.process.exitcode
            worker = self._replace(worker)
            code = FindingCode.TOO_MUCH_MEMORY if exit_code in (-9, 137) else FindingCode.CORRUPT
            params: dict[str, Any] = {"name": job.name}
            if code is FindingCode.CORRUPT:
                params["detail"] = "the reader stopped unexpectedly"
            return Inspection(job.kind, findings=(finding(Severity.ERROR, code, job.name, **params),))
        finally:
            self._idle.put(worker)

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

    def close(self) -> None:
        with self._lock:
            workers, self._all = self._all, []
        for worker in workers:
            worker.stop()

    def __enter__(self) -> InspectorPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
