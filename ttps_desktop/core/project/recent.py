"""The list of recently opened projects, newest first, kept in the app's data folder."""

from __future__ import annotations

import json
from pathlib import Path

from ttps_desktop.core.paths import data_dir
from ttps_desktop.core.project.durable import write_text_durably

LIMIT = 10


def _file() -> Path:
    return data_dir() / "recent-projects.json"


def recent_projects() -> list[Path]:
    try:
        entries = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(entries, list):
        return []
    return [Path(e) for e in entries if isinstance(e, str)]


def remember(project: Path) -> None:
    path = Path(project).resolve()
    known = recent_projects()
    entries = [path, *(p for p in known if p != path)][:LIMIT]
    if entries == known:  # opened last already (every start on the same project): nothing to write, no fsync
        return
    write_text_durably(_file(), json.dumps([str(p) for p in entries], ensure_ascii=False, indent=1))


def forget(project: Path) -> None:
    path = Path(project).resolve()
    write_text_durably(
        _file(), json.dumps([str(p) for p in recent_projects() if p != path], ensure_ascii=False)
    )
