"""Where the app keeps the user's projects, settings and logs on each platform.

``TTPS_DESKTOP_HOME`` moves all of it into one folder (tests, portable use).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ttps_desktop import APP_NAME
from ttps_desktop.core.project.durable import ensure_private_dir


def _override() -> Path | None:
    home = os.environ.get("TTPS_DESKTOP_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    base = _override()
    path = base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    ensure_private_dir(path)
    return path


def log_dir() -> Path:
    base = _override()
    path = base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    ensure_private_dir(path)
    return path


def documents_dir() -> Path:
    """The default place for new projects: a folder in the user's documents."""
    base = _override()
    path = base / "projects" if base else Path(platformdirs.user_documents_dir()) / APP_NAME
    ensure_private_dir(path)
    return path


DEMO_PROJECT_FILE = "demo-applicant.ttps"


def demo_project_path() -> Path:
    """Where the app keeps its own copy of the demo project (written on first use by core/demo.py)."""
    return data_dir() / DEMO_PROJECT_FILE
