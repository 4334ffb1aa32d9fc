"""What the libraries say while reading a file (pypdf repairing an index, Pillow skipping a tag, libtiff on
stderr) goes to the app's log, never onto the user's terminal."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.core.evidence import factories as f
from ttps_desktop.core.applog import LOG_FILE_NAME, route_library_messages
from ttps_desktop.core.evidence.pool import WorkerPool, WorkerSpec


def _noisy(message: str) -> str:
    """Runs in a worker: speaks through every channel a library uses."""
    warnings.warn(f"{message}-warning", UserWarning, stacklevel=1)
    logging.getLogger("pypdf._reader").warning("%s-log", message)
    os.write(2, f"{message}-stderr\n".encode())  # as C code does (libtiff, libjpeg)
    return message.upper()


def test_worker_messages_reach_the_log_and_not_the_terminal(
    capfd: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    route_library_messages()
    with WorkerPool(WorkerSpec(_noisy, 512), workers=1) as pool:
        assert pool.call("first", 30) == "FIRST"
        assert pool.call("second", 30) == "SECOND"  # each call's own messages, none lost or repeated
    captured = capfd.readouterr()
    assert "first" not in captured.err + captured.out and "second" not in captured.err + captured.out
    log = (isolated_home / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    for message in ("first", "second"):
        for channel in ("warning", "log", "stderr"):
            assert log.count(f"{message}-{channel}") == 1, (message, channel, log)


def test_warnings_of_this_process_reach_the_log(
    capfd: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    route_library_messages()
    logging.getLogger("pypdf").warning("parent-side repair")
    captured = capfd.readouterr()
    assert "parent-side repair" not in captured.err
    assert "parent-side repair" in (isolated_home / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_the_cli_prints_no_library_warning(tmp_path: Path) -> None:
    """The whole command in its own process, as a user runs it: stderr holds the progress lines only."""
    home = tmp_path / "home"
    env = {**os.environ, "TTPS_DESKTOP_HOME": str(home), "PYTHONWARNINGS": "default"}
    facts = REPO / "tests" / "data" / "b-experienced-graduate.json"
    project = tmp_path / "applicant"
    command = [sys.executable, "-m", "ttps_desktop", "--lang", "en"]
    subprocess.run([*command, "new", str(project), "--facts", str(facts)], env=env, check=True)
    broken = tmp_path / "broken_index.pdf"
    broken.write_bytes(f.pdf_with_broken_xref())  # pypdf warns while it repairs the index
    result = subprocess.run(
        [*command, "import", f"{project}.ttps", str(broken), "--requirement", "degree_certificate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "damaged internal index" in result.stdout  # the finding, in the user's words
    assert result.stderr == "", result.stderr
    assert "startxref" in (home / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_the_log_keeps_one_older_file_and_no_more(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ttps_desktop.core import applog

    monkeypatch.setattr(applog, "MAX_LOG_BYTES", 1000)
    route_library_messages()
    for number in range(100):
        logging.getLogger("pypdf").warning("line %d of a long repair", number)
    logs = sorted(p.name for p in (isolated_home / "logs").iterdir())
    assert logs == [LOG_FILE_NAME, LOG_FILE_NAME + ".1"]
    assert all(p.stat().st_size < 1100 for p in (isolated_home / "logs").iterdir())
    assert "line 99 of" in (isolated_home / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
