"""Kill -9 a writer at random moments, then check the project opens and equals its last committed state.

Run by test_crash.py in a clean process (no Qt threads), because it forks: python -m tests.core.project.crash_harness DIR ROUNDS
Each round: a forked child opens the project and loops — every third step imports a 30 KB document, every step
records its step number in a note — and reports each step after it was committed. The parent kills it with
SIGKILL after a random 0–30 ms, then opens the project: the note must equal the last reported step or the one
after it (committed, not yet reported), the documents must match the steps, the stored files their checksums,
and no temporary file may remain.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time
from pathlib import Path

from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.facts import parse_facts


def child(path: Path, start: int, report: int) -> None:
    project = Project.open(path)
    step = start
    while True:
        step += 1
        # Resume where the committed state says: a kill between the import and the note left the import in.
        if step % 3 == 0 and len(project.documents()) < step // 3:
            project.add_document("work_experience", os.urandom(30_000), f"{step}.pdf", "application/pdf")
        project.set_note("counter", str(step))
        os.write(report, f"{step}\n".encode())


def check(path: Path, last_reported: int) -> int:
    with Project.open(path) as project:
        counter = int(project.notes().get("counter", "0"))
        assert counter in (last_reported, last_reported + 1), (counter, last_reported)
        docs = len(project.documents())
        assert docs in (counter // 3, (counter + 1) // 3), (docs, counter)
        problems = project.verify()
        assert problems == [], problems
    # Our own temporary files must be gone. SQLite's "-journal" may remain after a kill: a hot one was just
    # rolled back by the open above; one killed before its header was written is ignored and replaced by the
    # next write. Either way the checks above saw the committed state.
    strays = [p.name for p in path.parent.iterdir() if ".ttps-tmp-" in p.name]
    assert strays == [], strays
    return counter


def _first_report(fd: int, timeout: float) -> bytes:
    """The child's first report line, waiting at most ``timeout`` seconds for it."""
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            break
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data


def main(folder: Path, rounds: int) -> None:
    rnd = random.Random(int(os.environ.get("CRASH_SEED", "7")))
    path = folder / "crash.ttps"
    Project.create(path, parse_facts({"application_date": "2026-11-24"})).close()
    counter = 0
    killed_mid_write = 0
    started = time.monotonic()
    for _ in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                child(path, counter, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        # Kill at a random moment after the child's first committed step, so that every round kills a writer
        # that is writing, however slow the machine is (a fixed delay alone can end before a busy machine runs it).
        first = _first_report(read_end, timeout=60.0)
        time.sleep(rnd.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as reports:
            lines = (first + reports.read()).decode().split()
        last = int(lines[-1]) if lines else counter
        new_counter = check(path, last)
        killed_mid_write += new_counter != last
        counter = new_counter
    elapsed = time.monotonic() - started
    print(
        f"ok rounds={rounds} steps={counter} committed_but_unreported={killed_mid_write} seconds={elapsed:.1f}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
