"""Kill -9 a writer at random moments, then check the project opens and equals its last committed state.

Run by test_crash.py in a clean process (no Qt threads), because it forks: python -m tests.core.project.crash_harness DIR ROUNDS
Each round: a forked child opens the project and loops — every third step imports a 30 KB document, every step
records its step number in a note — and reports each step after it was committed. The parent picks how many steps
the child must report first (1 to 8), waits for them (with a bound, never a speed), lets it run a random 0–5 ms
more so that the kill lands anywhere in a write, and kills it with SIGKILL. Then it opens the project: the note
must equal the last reported step or the one after it (committed, not yet reported), the documents must match the
steps, the stored files their checksums, and no temporary file may remain. The steps the parent chose are counted,
so the caller can check the writer really was writing, however busy the machine.
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


WAIT_BOUND = 120.0  # seconds a child may take to report the steps asked of it: a hang, not a slow machine


def wait_for_reports(read_end: int, wanted: int) -> bytes:
    """Read the child's reports until ``wanted`` steps were reported (or the child ended)."""
    received = b""
    deadline = time.monotonic() + WAIT_BOUND
    while received.count(b"\n") < wanted:
        ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            got = received.count(b"\n")
            raise SystemExit(f"the writer reported {got} of {wanted} steps in {WAIT_BOUND} s")
        chunk = os.read(read_end, 4096)
        if not chunk:
            break
        received += chunk
    return received


def main(folder: Path, rounds: int) -> None:
    rnd = random.Random(int(os.environ.get("CRASH_SEED", "7")))
    path = folder / "crash.ttps"
    Project.create(path, parse_facts({"application_date": "2026-11-24"})).close()
    counter = 0
    chosen = 0
    killed_mid_write = 0
    started = time.monotonic()
    for _ in range(rounds):
        wanted = rnd.randint(1, 8)
        chosen += wanted
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                child(path, counter, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        try:
            received = wait_for_reports(read_end, wanted)
            time.sleep(rnd.uniform(0.0, 0.005))
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as reports:
            lines = (received + reports.read()).split()
        last = int(lines[-1]) if lines else counter
        new_counter = check(path, last)
        killed_mid_write += new_counter != last
        counter = new_counter
    elapsed = time.monotonic() - started
    print(
        f"ok rounds={rounds} steps={counter} chosen={chosen} committed_but_unreported={killed_mid_write}"
        f" seconds={elapsed:.1f}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
