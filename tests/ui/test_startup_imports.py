"""The window starts fast because it does not load what it does not show: the guard is the set of modules a start
imports, not a time (benchmarks/startup.py measures the time against a bare PySide6 window in the same run).

Each check runs in a fresh interpreter, so that nothing another test imported counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Loaded on first use only: PDF reading and writing, pictures, OCR, calendars, country tables, encrypted zips,
# printing, and the dialogs that are not open when the window starts.
HEAVY = (
    "pypdf",
    "reportlab",
    "PIL",
    "pillow_heif",
    "img2pdf",
    "rapidocr",
    "onnxruntime",
    "numpy",
    "cv2",
    "icalendar",
    "dateutil",
    "pycountry",
    "pyzipper",
    "PySide6.QtPrintSupport",
    "ttps_desktop.core.export",
    "ttps_desktop.core.evidence.intake",
    "ttps_desktop.core.evidence.working_copy",
    "ttps_desktop.ui.dialogs.about",
    "ttps_desktop.ui.dialogs.document_facts",
    "ttps_desktop.ui.dialogs.export",
    "ttps_desktop.ui.dialogs.facts",
    "ttps_desktop.ui.dialogs.settings",
    "ttps_desktop.ui.printing",
)
# Babel's CLDR data is needed at start (the facts' countries are checked and named), but not to import the window.
NOT_ON_IMPORT = (*HEAVY, "babel")


def loaded_after(code: str, home: Path) -> set[str]:
    """The modules loaded once ``code`` has run in a fresh interpreter."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TTPS_DESKTOP_HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def heavy_in(modules: set[str], heavy: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in heavy))


def test_importing_the_main_window_loads_nothing_heavy(tmp_path: Path) -> None:
    modules = loaded_after("import ttps_desktop.ui.main_window", tmp_path)
    assert "ttps_desktop.ui.main_window" in modules
    assert heavy_in(modules, NOT_ON_IMPORT) == []


def test_the_command_lines_parser_and_the_app_load_nothing_heavy(tmp_path: Path) -> None:
    """`ttps-desktop` builds the whole parser (every command) before it starts the window."""
    modules = loaded_after(
        "from ttps_desktop.cli import build_parser\nbuild_parser()\nimport ttps_desktop.ui.app", tmp_path
    )
    assert heavy_in(modules, NOT_ON_IMPORT) == []


def test_starting_the_window_on_the_demo_loads_nothing_heavy(tmp_path: Path) -> None:
    """The whole start, to the window shown on the demo and closed: what it shows needs none of these. (The
    first start writes the demo project, drawing its documents: that is done first, in a start of its own.)"""
    loaded_after(
        "from ttps_desktop.core.demo_project import ensure_demo_project\nensure_demo_project()", tmp_path
    )
    modules = loaded_after(
        "from ttps_desktop.cli import run\n"
        "assert run(['--lang', 'en', 'gui', '--demo', '--exit-after-ms', '0']) == 0",
        tmp_path,
    )
    assert "ttps_desktop.ui.main_window" in modules
    assert heavy_in(modules, HEAVY) == []


def test_the_guard_sees_a_heavy_import(tmp_path: Path) -> None:
    """The check itself works: a module that imports one of them is caught."""
    modules = loaded_after(
        "import ttps_desktop.ui.main_window\nimport ttps_desktop.ui.dialogs.export", tmp_path
    )
    assert "ttps_desktop.ui.dialogs.export" in heavy_in(modules, NOT_ON_IMPORT)


def test_starting_on_the_project_opened_last_writes_nothing(tmp_path: Path) -> None:
    """Each start remembers its project among the recent ones; on the same project again the list is as it was, so
    nothing is written (no fsync on the way to the window)."""
    from ttps_desktop.core.project.recent import _file, recent_projects, remember

    project = tmp_path / "a.ttps"
    remember(project)
    written = _file().stat()
    remember(project)
    assert _file().stat().st_ino == written.st_ino and _file().stat().st_mtime_ns == written.st_mtime_ns
    remember(tmp_path / "b.ttps")  # another one does go first
    assert recent_projects()[:2] == [(tmp_path / "b.ttps").resolve(), project.resolve()]
