"""A logout (SIGTERM), a hang-up (SIGHUP) or Ctrl+C (SIGINT) ends the real app like File > Quit: exit code 0, the
project's lock released, the window's state saved."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ttps_desktop import APP_NAME
from ttps_desktop.core.project.lock import lock_path
from ttps_desktop.core.session import Session

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

BOUND_S = 120  # a hang's bound, not a speed: the app is ready or gone long before


def _wait_for(condition: object, what: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + BOUND_S
    while not condition():  # type: ignore[operator]
        if process.poll() is not None:
            _out, err = process.communicate()
            pytest.fail(f"the app ended (code {process.returncode}) before {what}: {err.decode()[-2000:]}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"no {what} within {BOUND_S} s")
        time.sleep(0.05)


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_quit_signal_closes_the_app_like_quit(sig: str, demo_project_file: Path, tmp_path: Path) -> None:
    project = tmp_path / "applicant.ttps"
    shutil.copy(demo_project_file, project)
    config = tmp_path / "config"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TTPS_DESKTOP_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(config),
        "HOME": str(tmp_path),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "ttps_desktop", "--lang", "en", "gui", str(project)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    settings_file = config / APP_NAME / f"{APP_NAME}.conf"
    lock = lock_path(project)
    try:
        _wait_for(lock.exists, "lock file", process)
        assert not settings_file.exists()  # nothing saved the window's state yet
        process.send_signal(getattr(signal, sig))
        _out, err = process.communicate(timeout=BOUND_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err.decode()[-2000:]
    assert not lock.exists()
    stored = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert stored.value("window/geometry") is not None
    assert stored.value("window/state") is not None
    Session.open(project).close()  # the project opens again at once: nobody holds it
