"""The architecture, checked: which layer may import which, no import cycles, and the window reaches the open
project only through the session.

    core/      the domain, Qt-free; core/session.py owns an open project (one connection, one thread)
    cli/       the command line: core only (the gui command starts ui.app)
    drawing.py pages as pictures in worker processes (QtGui, QtPdf): for ui and cli
    ui/        the window: widgets, the controller, through the session
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "ttps_desktop"

# What only the session may call on an open project: the ui going around it would share the connection again.
AROUND_THE_SESSION = {
    "ttps_desktop.core.project.store": {"Project", "verify_file", "restore_backup"},
    "ttps_desktop.core.evidence.intake": {
        "import_files",
        "import_decrypted",
        "import_candidates",
        "candidate_as_jpeg",
    },
    "ttps_desktop.core.export.run": {"export_project", "checklist_only"},
    "ttps_desktop.core.project_check": {"check_project"},
}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[tuple[str, str]]:
    """(module, name) pairs a file imports, at any depth (functions too), except under ``if TYPE_CHECKING``;
    ``import x`` gives (x, "")."""
    found: set[tuple[str, str]] = set()

    class Visitor(ast.NodeVisitor):
        def visit_If(self, node: ast.If) -> None:
            test = node.test
            if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
                isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
            ):
                for child in node.orelse:
                    self.visit(child)
                return
            self.generic_visit(node)

        def visit_Import(self, node: ast.Import) -> None:
            found.update((alias.name, "") for alias in node.names)

        def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
            if node.module and node.level == 0:
                found.update((node.module, alias.name) for alias in node.names)

    Visitor().visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return found


def graph(root: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same tree it imports (``from pkg import mod`` counts as importing mod)."""
    files = {module_name(p, root.parent): p for p in root.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in files.items():
        targets = set()
        for module, imported in imports(path):
            if module in files:
                targets.add(module)
            if f"{module}.{imported}" in files:
                targets.add(f"{module}.{imported}")
        edges[name] = targets - {name}
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    assert cycles(graph(PACKAGE)) == []


def test_the_cycle_check_catches_a_planted_cycle(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg import b\n")
    (pkg / "b.py").write_text("def later():\n    from pkg.a import x\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n")
    assert cycles(graph(pkg)) == [["pkg.a", "pkg.b"]]


def layer_violations(
    files: list[Path], forbidden: tuple[str, ...], allowed: frozenset[str] = frozenset()
) -> list[str]:
    hits = []
    for path in files:
        for module, _name in imports(path):
            if module in allowed:
                continue
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                hits.append(f"{path.relative_to(REPO)}: {module}")
    return sorted(hits)


def test_core_imports_neither_the_ui_nor_the_cli_nor_qt() -> None:
    files = sorted((PACKAGE / "core").rglob("*.py"))
    forbidden = (
        "ttps_desktop.ui",
        "ttps_desktop.cli",
        "ttps_desktop.drawing",
        "ttps_desktop.i18n",
        "PySide6",
    )
    assert layer_violations(files, forbidden) == []


def test_the_cli_imports_no_ui_except_to_start_the_app() -> None:
    files = sorted((PACKAGE / "cli").rglob("*.py"))
    assert len(files) >= 4
    assert layer_violations(files, ("ttps_desktop.ui",), allowed=frozenset({"ttps_desktop.ui.app"})) == []
    starts_app = [f.name for f in files if ("ttps_desktop.ui.app", "run_app") in imports(f)]
    assert starts_app == ["__init__.py"]  # the gui command, and only it


def test_the_ui_reaches_the_project_only_through_the_session() -> None:
    hits = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for module, name in imports(path):
            if name in AROUND_THE_SESSION.get(module, set()) or module == "sqlite3":
                hits.append(f"{path.relative_to(REPO)}: {module}.{name}")
    assert hits == []


def test_the_session_gate_catches_a_planted_way_around(tmp_path: Path) -> None:
    planted = tmp_path / "sneaky.py"
    planted.write_text("def f():\n    from ttps_desktop.core.project.store import Project\n")
    assert ("ttps_desktop.core.project.store", "Project") in imports(planted)
