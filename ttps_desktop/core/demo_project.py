"""The demo project in the app's data folder: made on first use (the generator loads only when it must run)."""

from __future__ import annotations

from pathlib import Path

from ttps_desktop.core.paths import demo_project_path


def ensure_demo_project() -> Path:
    path = demo_project_path()
    if not path.is_file():
        from ttps_desktop.core.demo import write_demo_project

        write_demo_project(path.parent)
    return path
