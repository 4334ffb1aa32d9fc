from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO
from ttps_desktop.core.project import durable
from ttps_desktop.core.project.durable import (
    DurableWriteError,
    remove_stray_temps,
    write_bytes_durably,
    write_chunks_durably,
)


def test_writes_new_file_private(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_bytes_durably(target, b"hello")
    assert target.read_bytes() == b"hello"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_replaces_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    write_bytes_durably(target, b"new content")
    assert target.read_bytes() == b"new content"


def test_short_write_keeps_old_content_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "write", lambda fd, data: 0)  # what a full tmpfs does
    with pytest.raises(DurableWriteError):
        write_bytes_durably(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_failure_inside_a_chunk_generator_keeps_old_content(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")

    def chunks() -> Iterator[bytes]:
        yield b"partial"
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        write_chunks_durably(target, chunks())
    assert target.read_bytes() == b"old"
    assert len(list(tmp_path.iterdir())) == 1


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DurableWriteError, match="cannot create a file in"):
        write_bytes_durably(tmp_path / "missing" / "a.bin", b"x")


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=120)
    return child.pid


def test_stray_temps_are_cleaned(tmp_path: Path) -> None:
    stray = durable.temp_name_for(tmp_path / "p.ttps")
    stray = stray.with_name(stray.name.replace(f"-tmp-{os.getpid()}-", f"-tmp-{dead_pid()}-"))  # a crash's
    stray.write_bytes(b"junk")
    old_style = tmp_path / ".p.ttps.ttps-tmp-0123456789ab"  # left by an older version, writer unknown
    old_style.write_bytes(b"junk")
    keep = tmp_path / "p.ttps"
    keep.write_bytes(b"ok")
    assert sorted(remove_stray_temps(tmp_path)) == sorted([stray, old_style])
    assert list(tmp_path.iterdir()) == [keep]


def test_a_temp_file_whose_writer_still_runs_is_left_alone(tmp_path: Path) -> None:
    """Another process (a second window on another project in the folder, a backup) writing its temporary file
    must not lose it to our cleanup."""
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path\n"
            "from ttps_desktop.core.project.durable import temp_name_for\n"
            "t = temp_name_for(Path(sys.argv[1]) / 'other.ttps'); t.write_bytes(b'in flight')\n"
            "print(t, flush=True); sys.stdin.read()\n",
            str(tmp_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert writer.stdout is not None
        in_flight = Path(writer.stdout.readline().strip())
        assert in_flight.is_file()
        assert remove_stray_temps(tmp_path) == []
        assert in_flight.read_bytes() == b"in flight"
    finally:
        writer.communicate("", timeout=120)
    assert remove_stray_temps(tmp_path) == [in_flight]  # its writer is gone: now it is a stray
