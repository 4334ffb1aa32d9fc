"""Schema steps, each tried on a real old file: tests/data/old-projects/schemaN-main-COMMIT.ttps was written by the
app at schema N (the code of main at COMMIT). Step 1 -> 2 is tested in test_migration.py; step 2 -> 3 here, on a
file with a few documents, a turn, a file's details, a note, an answer and a removal; and how steps run."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import REPO
from ttps_desktop.core.project import backups, store
from ttps_desktop.core.project.errors import ProjectNeedsUpgradeError, StoreError
from ttps_desktop.core.project.store import SCHEMA_VERSION, Migration, Project

OLD = REPO / "tests" / "data" / "old-projects"


def old_file(version: int) -> Path:
    [found] = OLD.glob(f"schema{version}-main-*.ttps")
    return found


def old_copy(tmp_path: Path, version: int) -> Path:
    target = tmp_path / f"schema{version}.ttps"
    shutil.copyfile(old_file(version), target)
    target.chmod(0o600)
    return target


def schema_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        conn.close()


def test_there_is_an_old_file_for_every_step() -> None:
    assert sorted(store._MIGRATIONS) == list(range(1, SCHEMA_VERSION))
    for version in store._MIGRATIONS:
        assert schema_version(old_file(version)) == version


def test_step_2_keeps_everything_and_never_hands_out_a_document_id_twice(tmp_path: Path) -> None:
    path = old_copy(tmp_path, 2)
    with Project.open(path) as project:
        docs = {d.display_name: d for d in project.documents()}
        assert [(d.id, d.item_id) for d in docs.values()] == [
            (1, "degree_certificate"),
            (2, "work_experience"),
        ]
        assert docs["letter.pdf"].rotation == 90 and docs["letter.pdf"].facts == {"employer": "Example Ltd"}
        assert project.read_document(1) == b"%PDF-1.4\n% first\n"
        assert project.inspections() == {docs["degree.pdf"].sha256: {"kind": "pdf", "pages": 1}}
        assert project.notes() == {"degree_certificate": "original sent by post"}
        assert project.answers() == {"criminal_conviction": "no"}
        assert project.verify() == []
        # The bug the step mends: remove the newest document, import another, and the import must not take the
        # removed one's id (undoing the removal puts it back under that id).
        removed = project.document(2)
        data = project.read_document(2)
        project.remove_document(2)
        added, _ = project.add_document("work_experience", b"%PDF-1.4\n% new\n", "new.pdf", "application/pdf")
        assert added.id != removed.id
        project.restore_document(removed, data, None, 0)
        assert {d.id for d in project.documents()} == {1, removed.id, added.id}
    assert schema_version(path) == 3
    assert any("before-migration" in p.name for p in backups.available(path))


def test_a_read_only_open_reads_an_old_file_without_changing_it(tmp_path: Path) -> None:
    path = old_copy(tmp_path, 2)
    before = path.read_bytes()
    with Project.open(path, read_only=True) as project:
        assert [d.display_name for d in project.documents()] == ["degree.pdf", "letter.pdf"]
    assert path.read_bytes() == before
    assert not backups.folder(path).exists()


def test_a_read_only_open_refuses_a_file_it_cannot_read_before_the_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_copy(tmp_path, 2)
    before = path.read_bytes()
    monkeypatch.setitem(store._MIGRATIONS, 2, Migration(store._MIGRATIONS[2].statements, read_only=None))
    with pytest.raises(ProjectNeedsUpgradeError) as refused:
        Project.open(path, read_only=True)
    assert "older TTPS Desktop" in refused.value.english()
    assert path.read_bytes() == before


def test_a_failing_step_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Half a step is never left behind: the statements before the failing one are rolled back with it."""
    path = old_copy(tmp_path, 2)
    statements = store._MIGRATIONS[2].statements
    broken = (*statements[:3], "ALTER TABLE no_such_table RENAME TO x", *statements[3:])
    monkeypatch.setitem(store._MIGRATIONS, 2, Migration(broken, read_only=()))
    with pytest.raises(StoreError):
        Project.open(path)
    assert schema_version(path) == 2
    with Project.open(
        path, read_only=True
    ) as project:  # documents (dropped by the third statement) still there
        assert [d.display_name for d in project.documents()] == ["degree.pdf", "letter.pdf"]
    monkeypatch.undo()
    with Project.open(path) as project:  # the lock was released; the real step then succeeds
        assert len(project.documents()) == 2
    assert schema_version(path) == 3


def test_each_step_is_its_own_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From schema 1, a failure in step 2 -> 3 keeps step 1 -> 2 done: the file is at schema 2, whole."""
    path = tmp_path / "one.ttps"
    shutil.copyfile(old_file(1), path)
    path.chmod(0o600)
    broken = (*store._MIGRATIONS[2].statements[:2], "SELECT no_such_function()")
    monkeypatch.setitem(store._MIGRATIONS, 2, Migration(broken, read_only=()))
    with pytest.raises(StoreError):
        Project.open(path)
    assert schema_version(path) == 2
    with Project.open(path, read_only=True) as project:
        assert project.answers() == {}  # the answers table of step 1 -> 2 is there
        assert [d.item_id for d in project.documents()] == ["macao_identity_card"]
