"""Checks across a project: what the user said about each document, and whether each checklist item has the
files it needs. Per-file findings (type, damage, quality) come from evidence inspection."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from ttps_desktop.core.evidence.limits import limits
from ttps_desktop.core.evidence.sniff import KIND_NAMES
from ttps_desktop.core.findings import Finding, FindingCode, Severity, finding
from ttps_desktop.core.messages import ParamValue
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.checklist import ChecklistItem
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.model import Answer, FileKind, Requirement, UploadProfile
from ttps_desktop.core.rules.periods import months_before
from ttps_desktop.core.rules.universities import normalize

CHINESE_OR_ENGLISH = frozenset({"zh", "en"})
PORTRAIT_UPLOAD_ITEMS = frozenset({"photo", "dependant_photo"})  # judged by pixels, not by A4 resolution


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def takes_jpeg_only(requirement: Requirement | None) -> bool:
    """An item that takes JPEG alone (a photo) refuses every other type: a PDF page or another image format can
    be added converted to JPEG instead (evidence/convert.py)."""
    return requirement is not None and requirement.accepts == frozenset({FileKind.JPEG})


def fit_findings(
    name: str,
    kind: FileKind,
    dpi: int,
    requirement: Requirement | None,
    min_dpi: int,
    stored_in: str | None = None,
) -> list[Finding]:
    """Whether a file suits the checklist item it serves: its type, and its resolution for a page. A file of
    another type for an item that takes JPEG alone is an error: refused on import, a problem when it is already
    stored (``stored_in``: its checklist item's id; kept by a version that let it in, or moved there)."""
    found: list[Finding] = []
    if requirement is None:
        return found
    if takes_jpeg_only(requirement) and kind is not FileKind.JPEG:
        params: dict[str, ParamValue] = {
            "name": name,
            "looks_like": KIND_NAMES[kind],
            "item": requirement.title,
        }
        if stored_in is None:
            found.append(finding(Severity.ERROR, FindingCode.FILE_KIND_REFUSED, name, **params))
        else:
            found.append(
                finding(Severity.ERROR, FindingCode.FILE_KIND_WRONG, name, **params, item_id=stored_in)
            )
    elif requirement.accepts and kind not in requirement.accepts:
        accepted = ", ".join(sorted(k.value.upper() for k in requirement.accepts))
        found.append(
            finding(
                Severity.WARNING,
                FindingCode.FILE_KIND_NOT_ACCEPTED,
                name,
                name=name,
                looks_like=kind.value.upper(),
                item=requirement.title,
                accepted=accepted,
            )
        )
    portrait = requirement.upload_item in PORTRAIT_UPLOAD_ITEMS
    if kind is not FileKind.PDF and not portrait and 0 < dpi < min_dpi:
        found.append(
            finding(
                Severity.WARNING, FindingCode.IMAGE_LOW_RESOLUTION, name, name=name, dpi=dpi, min_dpi=min_dpi
            )
        )
    return found


def document_findings(doc: StoredDocument, facts: Facts) -> list[Finding]:
    """Findings from the facts the user entered for one document (dates, language, period covered)."""
    found: list[Finding] = []
    name, info, day = doc.display_name, doc.facts, facts.application_date
    expiry = _date(info.get("expiry_date"))
    if expiry is not None:
        months = limits().document_expiry_warn_months
        if expiry <= day:
            found.append(
                finding(Severity.ERROR, FindingCode.DOCUMENT_EXPIRED, name, name=name, expiry=expiry)
            )
        elif months_before(expiry, months) <= day:
            found.append(
                finding(
                    Severity.WARNING,
                    FindingCode.DOCUMENT_EXPIRES_SOON,
                    name,
                    name=name,
                    expiry=expiry,
                    months=months,
                )
            )
    language = info.get("language")
    if isinstance(language, str) and language and language.split("-")[0].lower() not in CHINESE_OR_ENGLISH:
        found.append(finding(Severity.WARNING, FindingCode.TRANSLATION_NEEDED, name, name=name))
    found += _period_findings(doc, facts)
    return found


def _period_findings(doc: StoredDocument, facts: Facts) -> list[Finding]:
    info = doc.facts
    employer, start, end = (
        info.get("employer"),
        _date(info.get("covers_start")),
        _date(info.get("covers_end")),
    )
    if not isinstance(employer, str) or start is None:
        return []
    covered_end = end or facts.application_date
    found = []
    for job in facts.employment:
        if normalize(job.employer) != normalize(employer):
            continue
        claimed_end = job.end or facts.application_date
        if start > job.start or covered_end < claimed_end:
            found.append(
                finding(
                    Severity.WARNING,
                    FindingCode.PERIOD_NOT_COVERED,
                    doc.display_name,
                    name=doc.display_name,
                    covered_start=start,
                    covered_end=covered_end,
                    employer=job.employer,
                    start=job.start,
                    end=claimed_end,
                )
            )
    return found


def item_findings(
    items: Sequence[ChecklistItem],
    documents: Sequence[StoredDocument],
    confirmations: set[str],
    profile: UploadProfile,
    answers: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Whether each applicable checklist item has the files (or the tick, or the answer) it needs."""
    answers = answers or {}
    by_item: dict[str, int] = {}
    coded: set[str] = set()  # items with a document that records its online verification code
    for doc in documents:
        by_item[doc.item_id] = by_item.get(doc.item_id, 0) + 1
        if str(doc.facts.get("verification_code") or "").strip():
            coded.add(doc.item_id)
    found = []
    for item in items:
        if not item.applies:
            continue
        title, req = item.requirement.title, item.requirement
        if req.question is not None:
            answer = answers.get(req.question)
            if answer in tuple(Answer):
                found.append(
                    finding(
                        Severity.INFO,
                        FindingCode.QUESTION_ANSWERED,
                        item.id,
                        item=title,
                        answer=Answer(answer),
                    )
                )
            elif item.mandatory:
                found.append(
                    finding(
                        Severity.WARNING,
                        FindingCode.QUESTION_NOT_ANSWERED,
                        item.id,
                        item=title,
                        question=req.question,
                    )
                )
            continue
        if req.confirm_only:
            if item.mandatory and item.id not in confirmations:
                found.append(finding(Severity.WARNING, FindingCode.ITEM_NOT_CONFIRMED, item.id, item=title))
            continue
        count = by_item.get(item.id, 0)
        if req.upload_item == "degree_verification" and count and item.id not in coded:
            found.append(finding(Severity.INFO, FindingCode.VERIFICATION_CODE_MISSING, item.id, item=title))
        if item.mandatory and count < max(1, req.min_files):
            found.append(
                finding(
                    Severity.ERROR,
                    FindingCode.ITEM_MISSING,
                    item.id,
                    item=title,
                    needed=max(1, req.min_files),
                )
            )
        limit = profile.limits_for(req.upload_item).max_files if req.upload_item else req.max_files
        if count > limit and count > 1:
            found.append(
                finding(
                    Severity.INFO,
                    FindingCode.ITEM_TOO_MANY_FILES,
                    item.id,
                    item=title,
                    count=count,
                    limit=limit,
                )
            )
    return found
