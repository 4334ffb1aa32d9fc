"""The window's zone reader: travel documents are read off the GUI thread and the readings stored through the
caller; an OCR runtime that cannot load is said once, and nothing is stored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ttps_desktop.core.mrz.checks import MRZ_KEY, stored_zone
from ttps_desktop.core.mrz.ocr import MrzReading, ReadStatus, WorkerReading
from ttps_desktop.core.project.store import Project
from ttps_desktop.ui import mrz_reader
from ttps_desktop.ui.mrz_reader import ZoneReader, unread_travel_documents


def test_the_demo_passport_is_read_and_stored(qtbot: QtBot, demo_project: Project) -> None:
    (passport,) = demo_project.documents("travel_document")
    unread = {k: v for k, v in passport.facts.items() if k != MRZ_KEY}
    demo_project.set_document_facts(passport.id, unread)
    assert unread_travel_documents(demo_project.documents()) == [demo_project.document(passport.id)]
    reader = ZoneReader()

    def store(doc_id: int, mrz: dict[str, Any]) -> bool:
        demo_project.set_document_facts(doc_id, {**demo_project.document(doc_id).facts, MRZ_KEY: mrz})
        return True

    with qtbot.waitSignal(reader.stored, timeout=120_000):
        reader.read([(passport.id, demo_project.read_document(passport.id))], date(2026, 11, 24), store)
    stored = demo_project.document(passport.id)
    zone = stored_zone(stored, date(2026, 11, 24))
    assert zone is not None and zone.surname == "LIN" and zone.document_number == "E12345678"
    assert unread_travel_documents(demo_project.documents()) == []


def test_an_ocr_runtime_that_cannot_load_is_said_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    class NoOcr:
        def __init__(self, workers: int) -> None:
            pass

        def __enter__(self) -> NoOcr:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def read(self, data: bytes, today: date) -> WorkerReading:
            return WorkerReading(
                MrzReading(ReadStatus.OCR_UNAVAILABLE, detail="ImportError: onnxruntime"), 0.0
            )

    monkeypatch.setattr(mrz_reader, "MrzPool", NoOcr)
    monkeypatch.setattr(ZoneReader, "_said_unavailable", False)
    stored: list[int] = []
    said: list[str] = []

    def store(doc_id: int, _mrz: dict[str, Any]) -> bool:
        stored.append(doc_id)
        return True

    for _ in range(2):
        reader = ZoneReader()
        reader.unavailable.connect(said.append)
        job = reader.read([(1, b"x")], date(2026, 1, 1), store)
        assert job is not None
        qtbot.waitUntil(lambda r=reader: not r.busy, timeout=10_000)  # type: ignore[misc]
    assert said == ["ImportError: onnxruntime"] and stored == []
