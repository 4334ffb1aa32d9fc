"""Shared fixtures: offscreen Qt, an isolated app home per test, the demo applicant's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own TTPS_DESKTOP_HOME: no test reads or writes the real user's data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TTPS_DESKTOP_HOME", str(home))
    yield home


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ttps_desktop.core.demo import write_demo_sources

    return write_demo_sources(tmp_path_factory.mktemp("demo"))
