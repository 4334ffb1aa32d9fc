"""The rules of the house that a reviewer would otherwise have to remember."""

from __future__ import annotations

import ast
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError

from tests.conftest import REPO

FORBIDDEN_IN_CORE = ("PySide6", "shiboken6")
NETWORK_MODULES = ("socket", "urllib.request", "http.client", "requests", "httpx", "PySide6.QtNetwork")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offending_imports(root: Path, forbidden: tuple[str, ...]) -> list[str]:
    hits = []
    for path in sorted(root.rglob("*.py")):
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                hits.append(f"{path.relative_to(root)}: {name}")
    return hits


def test_core_never_imports_qt() -> None:
    assert offending_imports(REPO / "ttps_desktop" / "core", FORBIDDEN_IN_CORE) == []


def test_the_qt_gate_catches_a_planted_import(tmp_path: Path) -> None:
    (tmp_path / "sneaky.py").write_text("import os\nfrom PySide6.QtCore import QObject\n")
    (tmp_path / "fine.py").write_text("import json\n")
    assert offending_imports(tmp_path, FORBIDDEN_IN_CORE) == ["sneaky.py: PySide6.QtCore"]


def test_importing_the_whole_core_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, ttps_desktop.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'ttps_desktop.core.'): importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_app_imports_no_networking_module() -> None:
    assert offending_imports(REPO / "ttps_desktop", NETWORK_MODULES) == []


def test_sockets_are_blocked_for_the_whole_suite() -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
