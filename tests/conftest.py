"""Shared fixtures: offscreen Qt, an isolated app home per test, the demo applicant's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent

# Every wait for a state or a signal is bounded, but by a hang's bound, not a speed: pytest-qt's default of 5 s is
# a speed on a machine whose cores are busy with other work. A wait that is met returns at once either way.
WAIT_MS = 60_000


def _generous_qt_waits() -> None:
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # pragma: no cover - pytest-qt is a test dependency
        return
    for wait in (QtBot.waitUntil, QtBot.waitSignal, QtBot.waitSignals, QtBot.waitExposed, QtBot.waitActive):
        defaults = wait.__kwdefaults__
        if defaults is not None and defaults.get("timeout") == 5000:
            defaults["timeout"] = WAIT_MS


_generous_qt_waits()

if TYPE_CHECKING:
    from ttps_desktop.core.project.store import Project
    from ttps_desktop.core.session import Session


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


@pytest.fixture(scope="session")
def demo_project_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ttps_desktop.core.demo import write_demo_project
    from ttps_desktop.core.mrz.ocr import MrzPool
    from ttps_desktop.core.mrz.project import read_travel_documents
    from ttps_desktop.core.project.store import Project

    path = write_demo_project(tmp_path_factory.mktemp("demo-project"))
    # as the window does once it is open: the demo passport's zone is read (so window tests need not wait for it)
    with Project.open(path) as project, MrzPool(workers=1) as pool:
        read_travel_documents(project, pool)
    return path


@pytest.fixture
def demo_project(demo_project_file: Path, tmp_path: Path) -> Iterator[Project]:
    """A private copy of the demo project, open for writing."""
    from ttps_desktop.core.project.store import Project

    copy = tmp_path / demo_project_file.name
    copy.write_bytes(demo_project_file.read_bytes())
    project = Project.open(copy)
    yield project
    project.close()


@pytest.fixture
def demo_session(demo_project_file: Path, tmp_path: Path) -> Iterator[Session]:
    """A private copy of the demo project, open in a session (as the window and the CLI have it)."""
    from ttps_desktop.core.session import Session

    copy = tmp_path / demo_project_file.name
    copy.write_bytes(demo_project_file.read_bytes())
    session = Session.open(copy)
    yield session
    session.close()
