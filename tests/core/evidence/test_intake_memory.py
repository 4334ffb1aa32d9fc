"""What an import keeps in the calling process: a batch of files at a time, never the whole import; and a protected
PDF is decrypted in a worker process, not here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core.evidence.factories import encrypted_pdf, pdf
from ttps_desktop.core.evidence import intake, working_copy
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.project.store import Project, StoredDocument
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.loader import catalogue


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "p.ttps", parse_facts({"application_date": "2026-11-24"})) as p:
        yield p


def titled_pdf(title: str) -> bytes:
    return pdf(lambda writer: writer.add_metadata({"/Title": title}))


class Recording:
    """A project that notes when files are stored."""

    def __init__(self, project: Project, events: list[str]) -> None:
        self.project, self.events = project, events

    def documents_with_content(self, sha256: str) -> list[StoredDocument]:
        return self.project.documents_with_content(sha256)

    def add_document(
        self,
        item_id: str,
        data: bytes,
        display_name: str,
        media_type: str,
        inspection: dict[str, Any] | None = None,
    ) -> tuple[StoredDocument, bool]:
        self.events.append("store")
        return self.project.add_document(item_id, data, display_name, media_type, inspection)


def test_a_large_import_holds_a_batch_in_memory_not_the_whole_import(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for i in range(7):
        path = tmp_path / f"letter-{i}.pdf"
        path.write_bytes(titled_pdf(str(i)))
        paths.append(path)
    events: list[str] = []
    read = intake.read_candidate

    def reading(path: Path, lim: Any) -> intake.Candidate:
        events.append("read")
        return read(path, lim)

    monkeypatch.setattr(intake, "read_candidate", reading)
    with InspectorPool(workers=2) as pool:
        results = intake.import_files(
            Recording(project, events),
            paths,
            "work_experience",
            catalogue().requirement("work_experience"),
            pool,
        )
    assert [r.accepted for r in results] == [True] * 7
    held = 0
    most = 0
    for event in events:  # files read and not yet stored are what the import holds
        held += 1 if event == "read" else -1
        most = max(most, held)
    assert most == pool.size == 2
    assert len(project.documents("work_experience")) == 7


def test_a_protected_pdf_is_decrypted_in_a_worker_process(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_here(data: bytes, password: str) -> bytes:
        raise AssertionError("decrypted in the calling process")

    monkeypatch.setattr(working_copy, "decrypted_pdf", not_here)  # the worker process has the real one
    locked = tmp_path / "statement.pdf"
    locked.write_bytes(encrypted_pdf("open-me", "owner"))
    requirement = catalogue().requirement("work_experience")
    with InspectorPool(workers=1) as pool:
        with pytest.raises(working_copy.WrongPasswordError):
            intake.import_decrypted(project, locked, "wrong", "work_experience", requirement, pool)
        result = intake.import_decrypted(project, locked, "open-me", "work_experience", requirement, pool)
    assert result.accepted and result.document is not None
    assert b"/Encrypt" not in project.read_document(result.document.id)
