from __future__ import annotations

import io
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from ttps_desktop import __version__
from ttps_desktop.cli import run
from ttps_desktop.core.project.store import Project


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_version_lives_in_one_place() -> None:
    assert version("ttps-desktop") == __version__
    result = subprocess.run(
        [sys.executable, "-m", "ttps_desktop", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"TTPS Desktop {__version__}"


def test_demo_writes_the_applicant_and_prints_its_path(tmp_path: Path) -> None:
    code, out, err = run_cli("--lang", "en", "demo", "--out", str(tmp_path))
    assert code == 0, err
    project_path = tmp_path / "demo-applicant.ttps"
    assert out.strip() == f"Demo applicant written to {project_path}"
    with Project.open(project_path) as project:
        assert project.facts().applicant.reference == "DEMO-0001"
        assert len(project.documents()) == 7


def test_an_unwritable_destination_is_one_translated_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, out, err = run_cli("--lang", "zh_CN", "demo", "--out", str(blocker / "sub"))
    assert code == 2
    assert out == ""
    assert err.startswith("无法写入 ")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_unknown_language_is_refused_by_argparse() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ttps_desktop", "--lang", "fr", "demo", "--out", "x"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "unknown language 'fr'" in result.stderr


def test_help_speaks_the_chosen_language() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ttps_desktop", "--lang", "zh_HK", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "離線準備香港高端人才通行證計劃申請" in result.stdout
    assert "根據申請人資料建立專案" in result.stdout
