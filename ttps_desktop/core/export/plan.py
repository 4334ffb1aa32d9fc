"""What goes where in the dossier: sections in checklist order, each item's documents, page numbers."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime

from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project, StoredDocument
from ttps_desktop.core.project_check import ProjectCheck, check_project
from ttps_desktop.core.rules.checklist import ChecklistItem
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import FileKind, Section, Subject


def export_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds: two exports are byte-identical)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class PlannedDocument:
    document: StoredDocument
    kind: FileKind
    pages: int
    orientation: int
    number: int  # 1-based among its item's documents: exports say "Transcript 2", never the source file name


@dataclass(frozen=True)
class PlannedItem:
    item: ChecklistItem
    documents: tuple[PlannedDocument, ...]


@dataclass(frozen=True)
class PlannedSection:
    key: str
    person_key: str
    title_parts: tuple[str, ...]  # person label, section title: translated by the caller's language
    items: tuple[PlannedItem, ...]

    @property
    def pages(self) -> int:
        return sum(d.pages for i in self.items for d in i.documents)


@dataclass(frozen=True)
class ExportPlan:
    language: Language
    check: ProjectCheck
    sections: tuple[PlannedSection, ...]
    created: datetime

    @property
    def evidence_pages(self) -> int:
        return sum(s.pages for s in self.sections)


def _kind(media_type: str) -> FileKind:
    return {
        "application/pdf": FileKind.PDF,
        "image/jpeg": FileKind.JPEG,
        "image/png": FileKind.PNG,
        "image/tiff": FileKind.TIFF,
        "image/gif": FileKind.GIF,
        "image/webp": FileKind.WEBP,
        "image/heif": FileKind.HEIF,
    }[media_type]


def plan_export(project: Project, language: Language, profile_id: str | None = None) -> ExportPlan:
    check = check_project(project, profile_id)
    inspections = project.inspections()
    cat = catalogue()
    documents = project.documents()
    sections: list[PlannedSection] = []
    people_order: list[str] = []
    for item in check.report.applicable:
        if item.person.key not in people_order:
            people_order.append(item.person.key)
    for person_key in people_order:
        person_items = [i for i in check.report.applicable if i.person.key == person_key]
        applicant = person_items[0].person.subject is Subject.APPLICANT
        groups: list[tuple[Section | None, list[ChecklistItem]]] = []
        if applicant:
            for info in cat.sections:
                groups.append((info.id, [i for i in person_items if i.requirement.section is info.id]))
        else:
            groups.append((None, person_items))
        for section, items in groups:
            planned_items = []
            for item in items:
                docs = tuple(
                    PlannedDocument(
                        d,
                        _kind(d.media_type),
                        max(1, int(inspections.get(d.sha256, {}).get("pages", 1))),
                        int(inspections.get(d.sha256, {}).get("orientation", 1)),
                        number,
                    )
                    for number, d in enumerate((d for d in documents if d.item_id == item.id), start=1)
                )
                if docs:
                    planned_items.append(PlannedItem(item, docs))
            if planned_items:
                key = f"{person_key}:{section.value if section else 'all'}"
                sections.append(
                    PlannedSection(
                        key, person_key, (person_key, section.value if section else ""), tuple(planned_items)
                    )
                )
    return ExportPlan(language, check, tuple(sections), export_time())


def document_label(title: str, planned: PlannedDocument) -> str:
    """How exports name a document: its item and number, so no source file name reaches an output."""
    return f"{title} {planned.number}"


def neutral_params(plan: ExportPlan, language: Language) -> dict[str, str]:
    """Source file name → neutral label, to rewrite findings before they are printed in an export."""
    labels: dict[str, str] = {}
    for section in plan.sections:
        for planned in section.items:
            title = planned.item.requirement.title.get(language)
            for doc in planned.documents:
                labels[doc.document.display_name] = document_label(title, doc)
    return labels
