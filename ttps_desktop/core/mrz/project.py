"""Reading the zones of a project's travel documents and keeping what was read in the project (only there)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ttps_desktop.core.findings import Finding, FindingCode, Severity, finding
from ttps_desktop.core.mrz.checks import MRZ_KEY, is_travel_document_item, reading_to_facts
from ttps_desktop.core.mrz.ocr import MrzPool, MrzReading, ReadStatus
from ttps_desktop.core.progress import NullProgress, Progress, check_cancel
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.facts import Facts


class DocumentStore(Protocol):
    """What reading needs of an open project: a Project, or the session that owns one."""

    def facts(self) -> Facts: ...

    def documents(self, item_id: str | None = None) -> list[StoredDocument]: ...

    def read_document(self, doc_id: int) -> bytes: ...

    def set_document_facts(self, doc_id: int, facts: dict[str, Any]) -> None: ...


@dataclass
class ProjectReadings:
    readings: dict[int, MrzReading] = field(default_factory=dict)  # by document id
    findings: list[Finding] = field(default_factory=list)  # the OCR runtime cannot load: said once


def read_travel_documents(
    project: DocumentStore, pool: MrzPool, again: bool = False, progress: Progress | None = None
) -> ProjectReadings:
    """Read the zone of every travel document of the project not read yet (``again``: all of them) and keep
    the outcome in the document's facts. Stops at the first sign that the OCR runtime cannot load here."""
    progress = progress or NullProgress()
    out = ProjectReadings()
    docs = [d for d in project.documents() if is_travel_document_item(d.item_id)]
    todo = [d for d in docs if again or MRZ_KEY not in d.facts]
    for done, doc in enumerate(todo, start=1):
        check_cancel(progress)
        reading = pool.read(project.read_document(doc.id), project.facts().application_date).reading
        if reading.status is ReadStatus.OCR_UNAVAILABLE:
            out.findings.append(ocr_unavailable_finding(reading.detail))
            break
        out.readings[doc.id] = reading
        if reading.status is not ReadStatus.FAILED:
            project.set_document_facts(doc.id, {**doc.facts, MRZ_KEY: reading_to_facts(reading)})
        progress.update(done, len(todo))
    return out


def ocr_unavailable_finding(reason: str) -> Finding:
    return finding(Severity.INFO, FindingCode.MRZ_OCR_UNAVAILABLE, "mrz", reason=reason)
