"""The guard against PySide6 6.12's reference-count bug on CPython 3.11 (ttps_desktop/ui/refcounts.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import rows
from ttps_desktop.ui import refcounts
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.main_window import MainWindow

LEAKS = 400_000  # far more than None's own count in this process (about 20,000)
SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    if sys.argv[1] == "guarded":
        from ttps_desktop.ui import refcounts
        refcounts.install(app)
    label = QLabel()
    for start in range(0, {LEAKS}, 10_000):
        for _ in range(10_000):
            label.setText("x")  # returns None
        app.processEvents()  # the guard's timer gets its turn
        if sys.argv[1] == "guarded":
            refcounts.top_up()
    print("survived")
    """
)


def run(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], env=env, capture_output=True, text=True, timeout=120
    )


def leaks_none() -> bool:
    create_application()
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    return sys.getrefcount(None) < before - 500


@pytest.mark.skipif(not refcounts.needed(), reason="None and True are immortal from CPython 3.12 on")
def test_the_guard_keeps_a_leaking_process_alive(qtbot: QtBot) -> None:
    if not leaks_none():
        pytest.skip("this PySide6 no longer leaks references to None: ttps_desktop/ui/refcounts.py can go")
    unguarded = run("bare")
    assert unguarded.returncode != 0 and "deallocating None" in unguarded.stderr  # the bug, shown
    guarded = run("guarded")
    assert guarded.returncode == 0 and "survived" in guarded.stdout, guarded.stderr


@pytest.mark.skipif(not refcounts.needed(), reason="None and True are immortal from CPython 3.12 on")
def test_the_timer_tops_the_ballast_up(qtbot: QtBot) -> None:
    app = create_application()
    assert refcounts.install(app) is app.findChild(QTimer, "refcountGuard") is not None  # one guard per app
    label = QLabel()
    while sys.getrefcount(None) >= refcounts.BALLAST // 2:
        for _ in range(10_000):
            label.setText("x")
    qtbot.waitUntil(lambda: sys.getrefcount(None) >= refcounts.BALLAST // 2, timeout=3000)


def test_the_window_survives_hundreds_of_edits(qtbot: QtBot, window: MainWindow) -> None:
    """Each refresh of the window gave back about 100 references to None; 180 refreshes used to abort."""
    for _ in range(300):
        window.refresh()
    window.checklist.setCurrentItem(rows(window)["Criminal convictions (declared on the e-form)"])
    assert window.windowTitle().startswith("LIN Xiaoyu")
