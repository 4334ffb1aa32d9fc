"""Cold start: from launching the command to the interactive main window on the demo, then quitting.

Baseline in the same run: a bare PySide6 window started and closed the same way (the floor for any Qt app here).
Target here: <= 0.5 s to the interactive window. Run: .venv/bin/python -m benchmarks.startup [RUNS]
The two are run in turns (app, bare, app, bare...), so that a busy machine slows both alike; each prints the best
and the median of RUNS runs (default 10), wall clock and CPU time (which a busy machine moves much less).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

BARE = (
    "import sys\nfrom PySide6.QtWidgets import QApplication, QMainWindow\nfrom PySide6.QtCore import QTimer\n"
    "app = QApplication(sys.argv)\nw = QMainWindow(); w.show()\nQTimer.singleShot(0, w.close)\nsys.exit(app.exec())\n"
)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (user + system, the process and what it waited for) of one run. On a
    machine shared with other work the CPU time moves much less than the wall-clock time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    # Compiled bytecode is cached, as in every installed copy (pip compiles on install; a bundle ships it): with
    # PYTHONDONTWRITEBYTECODE from a developer's shell, every run would compile the app's sources again (~0.1 s).
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env = {
        **inherited,
        "QT_QPA_PLATFORM": "offscreen",
        "TTPS_DESKTOP_HOME": tempfile.mkdtemp(prefix="ttps-start-"),
    }
    app = [sys.executable, "-m", "ttps_desktop", "--lang", "en", "gui", "--exit-after-ms", "0"]
    # the first run writes the demo project and the bytecode caches: not timed
    subprocess.run(app, env=env, check=True, capture_output=True)
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    bare_runs: list[tuple[float, float]] = []
    app_runs: list[tuple[float, float]] = []
    for _ in range(runs):
        app_runs.append(timed(app, env))
        bare_runs.append(timed([sys.executable, "-c", BARE], env))
    print(f"{runs} runs each, best / median, wall clock (CPU time)")
    for name, measured in (
        ("baseline: bare PySide6 window", bare_runs),
        ("TTPS Desktop on the demo", app_runs),
    ):
        wall, cpu = [m[0] for m in measured], [m[1] for m in measured]
        print(
            f"{name + ', start to quit':46} {min(wall) * 1000:5.0f} / {statistics.median(wall) * 1000:5.0f} ms"
            f"   ({min(cpu) * 1000:4.0f} / {statistics.median(cpu) * 1000:4.0f} ms CPU)"
        )
    ratio = statistics.median(m[0] for m in app_runs) / statistics.median(m[0] for m in bare_runs)
    print(f"target <= 500 ms to the window; the app's median is {ratio:.1f}x the bare window's")


if __name__ == "__main__":
    main()
