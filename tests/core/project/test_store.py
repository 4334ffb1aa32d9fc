from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.core.project.conftest import remount_read_only
from tests.core.test_durable import dead_pid
from ttps_desktop.core.project import backups
from ttps_desktop.core.project.durable import temp_name_for
from ttps_desktop.core.project.errors import (
    ChangedOnDiskError,
    DiskFullError,
    NotAProjectError,
    ProjectDamagedError,
    ProjectExistsError,
    ProjectNotFoundError,
    ProjectTooNewError,
    ReadOnlyError,
)
from ttps_desktop.core.project.lock import ProjectLockedError
from ttps_desktop.core.project.recent import recent_projects, remember
from ttps_desktop.core.project.store import Project, restore_backup
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import CategoryId


def test_create_and_reopen(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    with Project.create(path, facts) as project:
        project.set_chosen_category(CategoryId.B)
        project.set_note("photo", "retake in daylight")
        project.set_confirmed("criminal_conviction_declaration", True)
    with Project.open(path) as project:
        assert project.facts() == facts
        assert project.chosen_category is CategoryId.B
        assert project.notes() == {"photo": "retake in daylight"}
        assert project.confirmations() == {"criminal_conviction_declaration"}
        assert project.revision == 3


def test_files_are_private(tmp_path: Path, facts: Facts) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    path = tmp_path / "p.ttps"
    with Project.create(path, facts) as project:
        project.set_note("x", "y")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    backup_dir = backups.folder(path)
    assert stat.S_IMODE(backup_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup_dir.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backups.available(path)[0].stat().st_mode) == 0o600


def test_create_never_overwrites(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    path.write_bytes(b"precious")
    with pytest.raises(ProjectExistsError):
        Project.create(path, facts)
    assert path.read_bytes() == b"precious"


def test_documents_are_content_addressed(project: Project) -> None:
    first, dup1 = project.add_document("photo", b"same bytes", "a.jpg", "image/jpeg")
    second, dup2 = project.add_document("travel_document", b"same bytes", "b.jpg", "image/jpeg")
    assert (dup1, dup2) == (False, True)
    assert first.sha256 == second.sha256
    project.remove_document(first.id)
    assert project.read_document(second.id) == b"same bytes"  # still referenced
    project.remove_document(second.id)
    assert project.documents() == []


def test_reorder_and_relink(project: Project) -> None:
    ids = [
        project.add_document("work_experience", f"doc {n}".encode(), f"{n}.pdf", "application/pdf")[0].id
        for n in range(3)
    ]
    project.move_document(ids[2], "work_experience", 0)
    assert [d.display_name for d in project.documents("work_experience")] == ["2.pdf", "0.pdf", "1.pdf"]
    project.move_document(ids[0], "transcript", 0)
    assert [d.display_name for d in project.documents("transcript")] == ["0.pdf"]
    project.set_rotation(ids[1], -90)
    project.set_document_facts(ids[1], {"language": "fr"})
    doc = project.document(ids[1])
    assert (doc.rotation, doc.facts) == (270, {"language": "fr"})


def test_removed_evidence_is_overwritten_in_the_file(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    secret = b"PASSPORT-NUMBER-E12345678" * 200
    with Project.create(path, facts) as project:
        doc, _ = project.add_document("travel_document", secret, "passport.jpg", "image/jpeg")
        project.remove_document(doc.id)
        assert secret[:25] not in path.read_bytes()


def test_verify_finds_a_tampered_file(project: Project) -> None:
    doc, _ = project.add_document("photo", b"original", "a.jpg", "image/jpeg")
    assert project.verify() == []
    project._conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (b"tampered", doc.sha256))
    problems = project.verify()
    assert [p.what for p in problems] == ["a.jpg"]


def test_a_second_process_is_told_who_holds_the_project(project: Project) -> None:
    code = (
        "import sys; from pathlib import Path\n"
        "from ttps_desktop.core.project.store import Project\n"
        "from ttps_desktop.core.project.lock import ProjectLockedError\n"
        "try:\n    Project.open(Path(sys.argv[1]))\nexcept ProjectLockedError as e:\n"
        "    print(e.holder.pid, e.english()); sys.exit(3)\n"
    )
    # The answer is immediate (no waiting for the lock); the bound only catches a hang.
    result = subprocess.run(
        [sys.executable, "-c", code, str(project.path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    pid, message = result.stdout.split(" ", 1)
    assert int(pid) == os.getpid()
    assert "open in another TTPS Desktop window" in message and f"process {os.getpid()}" in message


def test_the_same_process_cannot_open_it_twice(project: Project) -> None:
    with pytest.raises(ProjectLockedError):
        Project.open(project.path)


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    Project.create(path, facts).close()
    code = (
        "import sys, time; from pathlib import Path\n"
        "from ttps_desktop.core.project.store import Project\n"
        "p = Project.open(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    with pytest.raises(ProjectLockedError):
        Project.open(path)
    child.kill()
    child.wait()
    with Project.open(path) as project:
        project.set_note("after", "takeover")


def test_a_file_replaced_behind_our_back_is_not_overwritten(
    project: Project, tmp_path: Path, facts: Facts
) -> None:
    other = Project.create(tmp_path / "other.ttps", facts)
    other.set_note("from", "sync tool")
    other.close()
    (tmp_path / "other.ttps").replace(project.path)  # what a sync tool does
    replaced = project.path.read_bytes()
    with pytest.raises(ChangedOnDiskError):
        project.set_note("mine", "edit")
    assert project.path.read_bytes() == replaced


def test_a_file_changed_in_place_is_detected(project: Project) -> None:
    time.sleep(0.01)
    with project.path.open("r+b") as handle:  # another program rewrites the file in place
        data = handle.read()
        handle.seek(0)
        handle.write(data)
    os.utime(project.path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    with pytest.raises(ChangedOnDiskError):
        project.set_note("mine", "edit")


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", ProjectDamagedError, "is damaged"),
        (b"%PDF-1.7\n...", NotAProjectError, "looks like a PDF document"),
        (os.urandom(4096), NotAProjectError, "unknown kind of file"),
    ],
)
def test_foreign_and_empty_files(tmp_path: Path, content: bytes, error: type[Exception], words: str) -> None:
    path = tmp_path / "bad.ttps"
    path.write_bytes(content)
    with pytest.raises(error, match=words):
        Project.open(path)
    assert path.read_bytes() == content


def test_truncated_project_is_damaged_and_backups_are_offered(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    with Project.create(path, facts) as project:
        project.add_document("photo", os.urandom(200_000), "photo.jpg", "image/jpeg")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectDamagedError) as info:
        Project.open(path)
    assert info.value.backups == backups.available(path)
    assert len(info.value.backups) == 1
    assert path.read_bytes() == data[: len(data) // 2]
    restore_backup(path, info.value.backups[0])
    with Project.open(path) as restored:
        assert [d.display_name for d in restored.documents()] == ["photo.jpg"]
        assert restored.verify() == []
    assert (backups.folder(path) / "before-restore.ttps").read_bytes() == data[: len(data) // 2]


def test_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.ttps"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    with pytest.raises(NotAProjectError, match="database of another program"):
        Project.open(path)


def test_newer_schema_is_refused_untouched(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    Project.create(path, facts).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectTooNewError, match="format 99"):
        Project.open(path)
    assert path.read_bytes() == before


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFoundError):
        Project.open(tmp_path / "none.ttps")
    with pytest.raises(NotAProjectError, match="folder"):
        Project.open(tmp_path)


def test_backups_rotate_keeping_three(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    for n in range(5):
        project = Project.open(path) if path.exists() else Project.create(path, facts)
        project.set_note("n", str(n))
        project.close()
    found = backups.available(path)
    assert len(found) == 3
    notes = []
    for backup in found:
        with Project.open(backup, read_only=True) as copy:
            notes.append(copy.notes()["n"])
    assert notes == ["4", "3", "2"]


def test_unchanged_sessions_take_no_backup(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    Project.create(path, facts).close()
    Project.open(path).close()
    assert backups.available(path) == []


def test_save_copy_and_save_as(project: Project, tmp_path: Path) -> None:
    project.add_document("photo", b"img", "a.jpg", "image/jpeg")
    copy = tmp_path / "copy.ttps"
    project.save_copy(copy)
    with Project.open(copy) as c:
        assert len(c.documents()) == 1
    moved = project.save_as(tmp_path / "moved.ttps")
    try:
        moved.set_note("where", "moved")
        Project.open(project.path).close()  # the old one was released
    finally:
        moved.close()


def test_stray_temp_files_are_removed_on_open(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "p.ttps"
    Project.create(path, facts).close()
    stray = temp_name_for(path)
    stray = stray.with_name(stray.name.replace(f"-tmp-{os.getpid()}-", f"-tmp-{dead_pid()}-"))
    stray.write_bytes(b"left by a crash")
    Project.open(path).close()
    assert not stray.exists()


def test_full_disk_keeps_the_previous_state(small_disk: Path, facts: Facts) -> None:
    path = small_disk / "p.ttps"
    project = Project.create(path, facts)
    saved = 0
    with pytest.raises(DiskFullError, match="is full"):
        for n in range(100):
            project.add_document("work_experience", os.urandom(100_000), f"{n}.pdf", "application/pdf")
            saved += 1
    assert saved > 0
    assert len(project.documents()) == saved
    project.close()
    with Project.open(path) as reopened:
        assert len(reopened.documents()) == saved
        assert reopened.verify() == []


def test_creating_on_a_full_disk_leaves_nothing(small_disk: Path, facts: Facts) -> None:
    (small_disk / "filler").write_bytes(b"\0" * (3 * 1024 * 1024 - 8192))
    with pytest.raises(DiskFullError):
        Project.create(small_disk / "p.ttps", facts)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_read_only_location(remountable: Path, facts: Facts) -> None:
    path = remountable / "p.ttps"
    with Project.create(path, facts) as project:
        project.set_note("a", "b")
    remount_read_only(remountable)
    with Project.open(path) as project:
        assert project.read_only
        assert project.notes() == {"a": "b"}
        with pytest.raises(ReadOnlyError, match="read-only"):
            project.set_note("c", "d")
    with pytest.raises(ReadOnlyError):
        Project.create(remountable / "new.ttps", facts)


def test_recent_projects(tmp_path: Path) -> None:
    for n in range(12):
        remember(tmp_path / f"{n}.ttps")
    remember(tmp_path / "3.ttps")
    recent = recent_projects()
    assert recent[0] == (tmp_path / "3.ttps").resolve()
    assert len(recent) == 10


def test_verify_file_runs_beside_an_open_project(project: Project) -> None:
    from ttps_desktop.core.project.store import verify_file

    doc, _ = project.add_document("photo", b"original", "a.jpg", "image/jpeg")
    assert verify_file(project.path) == []
    project._conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (b"tampered", doc.sha256))
    assert [p.what for p in verify_file(project.path)] == ["a.jpg"]


def test_a_removed_document_comes_back_as_it_was(tmp_path: Path, facts: Facts) -> None:
    with Project.create(tmp_path / "p.ttps", facts) as project:
        first, _ = project.add_document(
            "transcript", b"%PDF-1 first", "a.pdf", "application/pdf", {"pages": 1}
        )
        second, _ = project.add_document("transcript", b"%PDF-1 second", "b.pdf", "application/pdf")
        project.set_rotation(first.id, 90)
        project.set_document_facts(first.id, {"language": "en"})
        before = project.document(first.id)
        project.remove_document(first.id)
        assert [d.id for d in project.documents("transcript")] == [second.id]
        back = project.restore_document(before, b"%PDF-1 first", {"pages": 1}, 0)
        assert back == before
        assert [d.id for d in project.documents("transcript")] == [first.id, second.id]
        assert project.inspections()[before.sha256] == {"pages": 1}


def test_creating_on_a_file_system_without_hard_links_falls_back(
    tmp_path: Path, facts: Facts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """USB sticks (FAT, exFAT) and some network shares have no hard links: os.link fails there."""

    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "stick.ttps"
    with Project.create(path, facts) as project:
        project.set_note("saved", "on a stick")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".ttps-backups")) == [
        "stick.ttps"
    ]
    with pytest.raises(ProjectExistsError):  # and still never over an existing file
        Project.create(path, facts)
    with Project.open(path) as project:
        assert project.notes() == {"saved": "on a stick"}
