from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

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


def test_stray_temps_are_cleaned(tmp_path: Path) -> None:
    stray = durable.temp_name_for(tmp_path / "p.ttps")
    stray.write_bytes(b"junk")
    keep = tmp_path / "p.ttps"
    keep.write_bytes(b"ok")
    assert remove_stray_temps(tmp_path) == [stray]
    assert list(tmp_path.iterdir()) == [keep]
