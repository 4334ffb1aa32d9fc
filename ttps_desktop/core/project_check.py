"""The whole-project check: verdicts, checklist status and every finding, in one value (cli ``check``, the ui)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum

import ttps_desktop.core.evidence.inspect  # noqa: F401  (registers the texts that stored findings carry)
from ttps_desktop.core.checks import document_findings, fit_findings, item_findings
from ttps_desktop.core.findings import Finding, FindingCode, Severity, finding, finding_from_json
from ttps_desktop.core.mrz.checks import mrz_findings
from ttps_desktop.core.project.store import IntegrityProblem, Project, StoredDocument
from ttps_desktop.core.rules.loader import upload_profiles
from ttps_desktop.core.rules.model import FileKind
from ttps_desktop.core.rules.report import Report, build_report


@dataclass(frozen=True)
class ItemStatus:
    item_id: str
    documents: tuple[StoredDocument, ...]
    complete: bool


class ItemMark(Enum):
    """The sign before a checklist item, the same in the window and the command line."""

    DONE = "✓"
    MISSING = "✗"  # a needed item without what it needs, or any item holding a file with a problem
    OPTIONAL_EMPTY = "·"  # optional, nothing added: never ✓


def item_mark(*, needed: bool, tick_only: bool, complete: bool, files: int) -> ItemMark:
    """``needed``: required, or a question that must be answered; ``tick_only``: a declaration ticked, no file."""
    if not needed and not tick_only and files == 0:
        return ItemMark.OPTIONAL_EMPTY
    if complete:
        return ItemMark.DONE
    return ItemMark.MISSING if needed or files else ItemMark.OPTIONAL_EMPTY


@dataclass(frozen=True)
class ProjectCheck:
    report: Report
    statuses: tuple[ItemStatus, ...]
    findings: tuple[Finding, ...]
    answers: Mapping[str, str] = field(default_factory=dict)  # the e-form's questions answered in the project
    notes: dict[str, str] = field(default_factory=dict)  # the user's notes, by checklist item

    @property
    def complete(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings) and all(
            s.complete for s in self.statuses
        )


def integrity_findings(problems: list[IntegrityProblem]) -> list[Finding]:
    return [
        finding(Severity.ERROR, FindingCode.PROJECT_DAMAGED, p.what, what=p.what, detail=p.detail)
        for p in problems
    ]


def check_project(project: Project, profile_id: str | None = None) -> ProjectCheck:
    facts = project.facts()
    report = build_report(facts, project.chosen_category)
    documents = project.documents()
    confirmations = project.confirmations()
    answers = project.answers()
    stored = project.inspections()
    profile = upload_profiles().get(profile_id)
    requirements = {item.id: item.requirement for item in report.items}
    found: list[Finding] = []
    for doc in documents:
        inspection = stored.get(doc.sha256, {})
        about_doc = [finding_from_json(f) for f in inspection.get("findings", [])]
        if "kind" in inspection:
            kind, dpi = FileKind(inspection["kind"]), int(inspection.get("effective_dpi", 0))
            about_doc += fit_findings(
                doc.display_name, kind, dpi, requirements.get(doc.item_id), profile.min_dpi, doc.item_id
            )
        about_doc += document_findings(doc, facts)
        about_doc += mrz_findings([doc], facts, report.category, report.assessment.ruleset)
        found += [replace(f, document=doc.id) for f in about_doc]  # by id: two files may share a name
    set_findings = item_findings(report.items, documents, confirmations, profile, answers)
    found += set_findings
    missing = {f.subject for f in set_findings if f.severity is not Severity.INFO}
    # An item holding a file of a type it does not take is not done (never ✓), however many files it has.
    wrong = {f.document for f in found if f.code is FindingCode.FILE_KIND_WRONG}
    missing |= {d.item_id for d in documents if d.id in wrong}
    statuses = tuple(
        ItemStatus(item.id, tuple(d for d in documents if d.item_id == item.id), item.id not in missing)
        for item in report.applicable
    )
    return ProjectCheck(report, statuses, tuple(found), answers, project.notes())
