from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_two_hundred_kill_9_never_lose_a_committed_change(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.core.project.crash_harness", str(tmp_path), "200"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok rounds=200"), result.stdout
    steps = int(result.stdout.split("steps=")[1].split()[0])
    chosen = int(result.stdout.split("chosen=")[1].split()[0])
    # Every round waited for the steps it chose before the kill: the writer really was writing, on any machine.
    assert steps >= chosen >= 200
