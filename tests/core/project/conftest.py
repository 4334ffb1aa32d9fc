from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.facts import Facts, parse_facts


@pytest.fixture
def facts() -> Facts:
    return parse_facts(
        {"application_date": "2026-11-24", "nationality": "GBR", "applicant": {"name": "Test"}}
    )


@pytest.fixture
def project(tmp_path: Path, facts: Facts) -> Iterator[Project]:
    p = Project.create(tmp_path / "p.ttps", facts)
    yield p
    p.close()


def _mount(target: Path, options: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, check=False
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MiB file system (tmpfs), so "disk full" is the kernel's, not a mock's. Needs root."""
    target = tmp_path / "small"
    if not _mount(target, "size=3m,mode=0700"):
        pytest.skip("mounting a tmpfs needs root and mount permission")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def remountable(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "ro"
    if not _mount(target, "size=8m,mode=0700"):
        pytest.skip("mounting a tmpfs needs root and mount permission")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=False)


def remount_read_only(target: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(target)], check=True)
