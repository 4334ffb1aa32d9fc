"""Reading travel documents' machine-readable zones for the window, off the GUI thread.

The caller hands over the bytes of the documents to read (taken on the thread that owns the project) and a
function that stores a reading (called back on the GUI thread, which owns the project). The OCR runs in a worker
process (``MrzPool``: memory cap, time limit, model loaded once). If the OCR runtime cannot load here, the
window is told once per run of the app, and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Signal

from ttps_desktop.core.mrz.checks import MRZ_KEY, is_travel_document_item, reading_to_facts
from ttps_desktop.core.mrz.ocr import MrzPool, MrzReading, ReadStatus
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.ui.workers import CancelToken, Job, start


def unread_travel_documents(documents: Sequence[StoredDocument]) -> list[StoredDocument]:
    """Travel documents whose zone was never read."""
    return [d for d in documents if is_travel_document_item(d.item_id) and MRZ_KEY not in d.facts]


class ZoneReader(QObject):
    stored = Signal()  # readings were stored: refresh what shows findings
    unavailable = Signal(str)  # the OCR runtime cannot load here (said once per run)

    _said_unavailable: ClassVar[bool] = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self.busy = False

    def read(
        self,
        documents: Sequence[tuple[int, bytes]],
        today: date,
        store: Callable[[int, dict[str, Any]], bool],
    ) -> Job | None:
        """Read each (document id, bytes); ``store(doc_id, mrz)`` keeps each reading, on the GUI thread, and says
        whether it could (the project may have been closed meanwhile)."""
        if not documents or self.busy:
            return None
        self.busy = True
        work_list = list(documents)

        def work(token: CancelToken) -> list[tuple[int, MrzReading]]:
            out: list[tuple[int, MrzReading]] = []
            with MrzPool(workers=1) as pool:
                for done, (doc_id, data) in enumerate(work_list, start=1):
                    if token.cancelled():
                        break
                    reading = pool.read(data, today).reading
                    out.append((doc_id, reading))
                    if reading.status is ReadStatus.OCR_UNAVAILABLE:
                        break
                    token.update(done, len(work_list))
            return out

        job = Job(work)
        job.signals.finished.connect(lambda results: self._done(results, store))
        job.signals.failed.connect(lambda _exc, _trace: self._finish())
        self.job = start(job)
        return job

    def _finish(self) -> None:
        self.busy = False

    def _done(
        self, results: list[tuple[int, MrzReading]], store: Callable[[int, dict[str, Any]], bool]
    ) -> None:
        self.busy = False
        kept = 0
        for doc_id, reading in results:
            if reading.status is ReadStatus.OCR_UNAVAILABLE:
                if not ZoneReader._said_unavailable:
                    ZoneReader._said_unavailable = True
                    self.unavailable.emit(reading.detail)
                continue
            if reading.status is ReadStatus.FAILED:
                continue  # out of time or memory: tried again next time
            kept += store(doc_id, reading_to_facts(reading))
        if kept:
            self.stored.emit()
