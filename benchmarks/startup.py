"""Cold start: from launching the command to the interactive main window on the demo, then quitting.

Baseline in the same run: a bare PySide6 window started and closed the same way (the floor for any Qt app here).
Target here: <= 0.5 s to the interactive window. Run: .venv/bin/python -m benchmarks.startup [RUNS]
The two are run in turns (app, bare, app, bare...), so that a busy machine slows both alike; each prints the best
and the median of RUNS runs (default 10).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = (
    "import sys\nfrom PySide6.QtWidgets import QApplication, QMainWindow\nfrom PySide6.QtCore import QTimer\n"
    "app = QApplication(sys.argv)\nw = QMainWindow(); w.show()\nQTimer.singleShot(0, w.close)\nsys.exit(app.exec())\n"
)


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


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
    bare_times: list[float] = []
    app_times: list[float] = []
    for _ in range(runs):
        app_times.append(timed(app, env))
        bare_times.append(timed([sys.executable, "-c", BARE], env))
    bare, ours = statistics.median(bare_times), statistics.median(app_times)
    print(f"{runs} runs each, best / median")
    print(
        f"baseline: bare PySide6 window, start to quit   {min(bare_times) * 1000:6.0f} / {bare * 1000:6.0f} ms"
    )
    print(
        f"TTPS Desktop on the demo, start to quit        {min(app_times) * 1000:6.0f} / {ours * 1000:6.0f} ms"
        f"   target <= 500 ms   ({ours / bare:.1f}x the baseline's median)"
    )


if __name__ == "__main__":
    main()
