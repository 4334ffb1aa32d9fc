"""The session owns the open project: work from any thread goes through its one owner thread, and nothing is lost."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.core.evidence.factories import pdf
from ttps_desktop.core.document_facts import DocumentFactsError
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.findings import FindingCode, finding_from_json, findings_to_json
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.session import Session, SessionClosedError


def distinct_pdf(title: str) -> bytes:
    return pdf(lambda writer: writer.add_metadata({"/Title": title}))


FACTS = parse_facts({"application_date": "2026-11-24"})
BOUND = 120  # seconds: a deadlock fails the test, a slow machine does not


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    with Session.create(tmp_path / "p.ttps", FACTS) as s:
        yield s


def test_the_connection_belongs_to_the_owner_thread(session: Session) -> None:
    project = session.call(lambda p: p)
    with pytest.raises(Exception, match="thread"):  # sqlite3 itself refuses another thread
        project.facts()
    assert session.call(lambda p: session.on_owner_thread())
    assert not session.on_owner_thread()


def test_imports_edits_and_undo_from_several_threads_lose_nothing(session: Session, tmp_path: Path) -> None:
    """The symptom of the review: 40 imports beside edits failed ("changed by another program", "cannot start a
    transaction within a transaction"). Here 3 threads import, 2 edit notes and ticks, 1 removes and puts back
    documents (what undo and redo do), all at once; every one of them must be in the file afterwards."""
    importers, imports_each = 3, 6
    editors, edits_each = 2, 40
    undo_rounds = 15
    files = []
    for t in range(importers):
        for i in range(imports_each):
            path = tmp_path / f"letter-{t}-{i}.pdf"
            path.write_bytes(distinct_pdf(f"{t}-{i}"))
            files.append(path)
    keeper = session.add_document("degree_certificate", distinct_pdf("kept"), "kept.pdf", "application/pdf")[
        0
    ]
    errors: list[BaseException] = []
    results: dict[str, int] = {}
    start = threading.Barrier(importers + editors + 1)

    def guarded(work: Callable[..., None]) -> Callable[..., None]:
        def run(*args: object) -> None:
            try:
                start.wait(BOUND)
                work(*args)
            except BaseException as exc:
                errors.append(exc)

        return run

    def importer(t: int, pool: InspectorPool) -> None:
        mine = [f for f in files if f.name.startswith(f"letter-{t}-")]
        for path in mine:  # one at a time, so the imports really interleave with the edits
            [result] = session.import_files([path], "work_experience", pool)
            assert result.accepted, result.findings
            results[path.name] = result.document.id if result.document else -1

    def editor(e: int) -> None:
        for i in range(edits_each):
            session.set_note(f"item-{e}-{i}", f"note {e} {i}")
            session.set_confirmed(f"item-{e}-{i}", True)

    def undoer() -> None:
        for _ in range(undo_rounds):
            kept = session.take_out([keeper.id])  # undo of an import
            session.put_back(kept)  # its redo

    with InspectorPool(workers=2) as pool:
        threads = [threading.Thread(target=guarded(importer), args=(t, pool)) for t in range(importers)]
        threads += [threading.Thread(target=guarded(editor), args=(e,)) for e in range(editors)]
        threads.append(threading.Thread(target=guarded(undoer)))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(BOUND)
    assert not any(thread.is_alive() for thread in threads), "a thread is still waiting"
    assert errors == []
    assert len(results) == importers * imports_each
    session.close()
    with Project.open(session.path, read_only=True) as project:
        stored = {d.display_name for d in project.documents("work_experience")}
        assert stored == {f.name for f in files}
        assert [d.display_name for d in project.documents("degree_certificate")] == ["kept.pdf"]
        notes, ticks = project.notes(), project.confirmations()
        for e in range(editors):
            for i in range(edits_each):
                assert notes[f"item-{e}-{i}"] == f"note {e} {i}" and f"item-{e}-{i}" in ticks
        assert project.verify() == []
        # every change was its own transaction: the revision counts them all
        changes = 1 + importers * imports_each + editors * edits_each * 2 + undo_rounds * 2
        assert project.revision == changes


def test_work_handed_in_after_close_is_refused(tmp_path: Path) -> None:
    session = Session.create(tmp_path / "p.ttps", FACTS)
    session.close()
    session.close()  # twice is fine
    with pytest.raises(SessionClosedError):
        session.facts()
    with Project.open(tmp_path / "p.ttps") as project:  # the lock was released
        assert project.facts() == FACTS


def test_an_error_comes_back_to_the_caller_and_the_session_carries_on(session: Session) -> None:
    with pytest.raises(KeyError):
        session.document(12345)
    session.set_note("x", "still working")
    assert session.notes() == {"x": "still working"}


def test_the_check_is_worked_out_once_per_change(session: Session) -> None:
    first = session.check()
    assert session.check() is first
    session.set_confirmed("photo", True)
    assert session.check() is not first


def test_verify_in_steps_finds_a_damaged_file(session: Session) -> None:
    session.add_document("photo", distinct_pdf("p"), "p.pdf", "application/pdf")
    assert session.verify() == []

    def damage(project: Project) -> None:
        conn = project._conn
        conn.execute("UPDATE blobs SET size = size + 1")

    session.call(damage)
    [problem] = session.verify()
    assert problem.what == "p.pdf"


def test_findings_name_the_document_by_id_two_scan_pdf_do_not_collide(session: Session) -> None:
    """Findings were matched to files by display name: the window jumped to the wrong one of two "scan.pdf"."""
    first = session.add_document("degree_certificate", distinct_pdf("1"), "scan.pdf", "application/pdf")[0]
    second = session.add_document("transcript", distinct_pdf("2"), "scan.pdf", "application/pdf")[0]
    session.set_document_facts(second.id, {"expiry_date": "2020-01-31"})  # expired: a finding about it alone
    [expired] = [f for f in session.check().findings if f.code is FindingCode.DOCUMENT_EXPIRED]
    assert expired.document == second.id != first.id
    assert finding_from_json(findings_to_json(expired)).document == second.id  # kept in JSON too


def test_a_files_details_are_checked_by_the_session_not_only_by_the_dialog(session: Session) -> None:
    doc = session.add_document("work_experience", distinct_pdf("letter"), "letter.pdf", "application/pdf")[0]
    with pytest.raises(DocumentFactsError, match="Name the employer"):
        session.set_document_facts(doc.id, {"covers_start": "2024-01-01"})
    with pytest.raises(DocumentFactsError, match="is not a date"):
        session.set_document_facts(doc.id, {"expiry_date": "someday"})
    with pytest.raises(DocumentFactsError, match="not a language"):
        session.set_document_facts(doc.id, {"language": "klingon"})
    assert session.document(doc.id).facts == {}  # nothing stored
    session.set_document_facts(
        doc.id, {"expiry_date": "2031年1月1日", "employer": "Example Ltd", "issuer": " "}
    )
    assert session.document(doc.id).facts == {"expiry_date": "2031-01-01", "employer": "Example Ltd"}
