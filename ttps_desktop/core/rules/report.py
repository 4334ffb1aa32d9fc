"""One applicant's result as the CLI and the ui consume it: verdicts, checklist, what newer rules change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ttps_desktop.core.extension.verdicts import ExtensionAssessment, assess_extension
from ttps_desktop.core.messages import Message, ParamValue, json_value
from ttps_desktop.core.rules.checklist import ChecklistItem, checklist
from ttps_desktop.core.rules.eligibility import Assessment, Reason, assess, assess_facts
from ttps_desktop.core.rules.facts import DegreeLevel, Facts
from ttps_desktop.core.rules.fees import FeeSummary, fees_for
from ttps_desktop.core.rules.loader import catalogue, latest_ruleset
from ttps_desktop.core.rules.model import Catalogue, CategoryId, ProjectKind
from ttps_desktop.core.rules.reasons import Outcome, ReasonCode
from ttps_desktop.core.rules.universities import UniversityList, all_lists, resolve

Render = Callable[[Message], str]


@dataclass(frozen=True)
class Report:
    assessment: Assessment
    category: CategoryId | None  # chosen by the user, else the recommended one
    items: tuple[ChecklistItem, ...]
    newer_rules: tuple[Reason, ...]
    fees: FeeSummary | None = None  # by the version in force, for the applicant and each dependant
    extension: ExtensionAssessment | None = (
        None  # an extension of stay: its verdicts (category: admitted under)
    )

    @property
    def kind(self) -> ProjectKind:
        return ProjectKind.ENTRY if self.extension is None else ProjectKind.EXTENSION

    @property
    def applicable(self) -> list[ChecklistItem]:
        return [i for i in self.items if i.applies]


def _needed(items: list[ChecklistItem]) -> dict[str, ChecklistItem]:
    return {i.id: i for i in items if i.applies}


def compare_with_latest(
    facts: Facts, current: Assessment, cat: Catalogue, category: CategoryId | None
) -> tuple[Reason, ...]:
    """What the newest rules and the newest university list would change for this applicant (empty if they
    are in force): verdicts, initial stays, documents, and the applicant's own university."""
    changes = _university_changes(facts, current.universities)
    newest = latest_ruleset()
    if newest.version == current.ruleset.version:
        return tuple(changes)
    future_day = max(facts.application_date, newest.effective)
    future = assess(facts, newest, resolve(future_day))
    changes += [
        Reason(
            ReasonCode.RULES_NEWER_VERSION,
            Outcome.INFO,
            {
                "version": current.ruleset.version,
                "newer_version": newest.version,
                "effective": newest.effective,
            },
        )
    ]
    params: dict[str, ParamValue]
    for cid in CategoryId:
        old, new = current.results[cid], future.results[cid]
        if old.verdict is not new.verdict:
            params = {"category": cid.value, "old": old.verdict, "new": new.verdict}
            changes.append(Reason(ReasonCode.RULES_VERDICT_CHANGES, Outcome.INFO, params))
        if old.category.initial_stay_months != new.category.initial_stay_months:
            params = {
                "category": cid.value,
                "old": old.category.initial_stay_months,
                "new": new.category.initial_stay_months,
            }
            changes.append(Reason(ReasonCode.RULES_INITIAL_STAY_CHANGES, Outcome.INFO, params))
    now_fees, new_fees = fees_for(current), fees_for(future)
    if new_fees is not None and (now_fees is None or now_fees.per_person_hkd != new_fees.per_person_hkd):
        params = {
            "per_person": new_fees.per_person_hkd,
            "application": new_fees.application_hkd,
            "visa": new_fees.visa_hkd,
            "total": new_fees.total_hkd,
            "people": len(new_fees.people),
        }
        changes.append(Reason(ReasonCode.RULES_FEES_CHANGE, Outcome.INFO, params, new_fees.source.id))
    future_category = category if category is not None else future.recommended
    before = _needed(checklist(current, cat, category))
    after = _needed(checklist(future, cat, future_category))
    for key in sorted(after.keys() - before.keys()):
        changes.append(
            Reason(
                ReasonCode.RULES_REQUIREMENT_ADDED,
                Outcome.INFO,
                {"requirement": after[key].requirement.title},
            )
        )
    for key in sorted(before.keys() - after.keys()):
        changes.append(
            Reason(
                ReasonCode.RULES_REQUIREMENT_REMOVED,
                Outcome.INFO,
                {"requirement": before[key].requirement.title},
            )
        )
    return tuple(changes)


def _university_changes(facts: Facts, current: UniversityList) -> list[Reason]:
    """For each bachelor's degree: was its university removed, or added, by a list newer than the one in force?"""
    newer = [u for u in all_lists() if u.list_date > current.list_date]
    if not newer:
        return []
    newest = newer[-1]
    changes = []
    for degree in facts.degrees:
        if degree.level is not DegreeLevel.BACHELOR:
            continue
        name = degree.institution
        if current.match(name) is not None and newest.match(name) is None:
            removed = newest.removal(name)
            if removed is not None:
                params: dict[str, ParamValue] = {"institution": name, "date": removed[1]}
                changes.append(Reason(ReasonCode.RULES_UNIVERSITY_REMOVED, Outcome.INFO, params, "UNI-LIST"))
        elif current.match(name) is None and newest.match(name) is not None:
            added = next(u.list_date for u in newer if u.match(name) is not None)
            params = {"institution": name, "date": added}
            changes.append(Reason(ReasonCode.RULES_UNIVERSITY_ADDED, Outcome.INFO, params, "UNI-LIST"))
    return changes


def build_report(
    facts: Facts, chosen: CategoryId | None = None, unis: UniversityList | None = None
) -> Report:
    assessment = assess_facts(facts, unis)
    cat = catalogue()
    if facts.extension is not None:  # an extension of stay: its own verdicts and checklist
        from ttps_desktop.core.extension.checklist import extension_checklist

        ext = assess_extension(facts)
        items = tuple(extension_checklist(assessment, ext, cat))
        admitted = CategoryId(facts.extension.permission.category)
        return Report(assessment, admitted, items, (), None, ext)
    category = chosen or assessment.recommended
    items = tuple(checklist(assessment, cat, category))
    newer = compare_with_latest(facts, assessment, cat, category)
    return Report(assessment, category, items, newer, fees_for(assessment))


def _reason_json(reason: Reason, render: Render) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": reason.code.value,
        "outcome": reason.outcome.value,
        "message": render(reason.message),
        "params": {k: json_value(v) for k, v in reason.params.items()},
    }
    if reason.source:
        out["source"] = reason.source
    return out


def report_json(report: Report, render: Render) -> dict[str, Any]:
    """The ``eligibility --json`` document (../shared/spec/cli-and-facts.md), extended with context."""
    a = report.assessment
    rules = a.ruleset
    return {
        "rule_version": rules.version,
        "rule_effective": rules.effective.isoformat(),
        "application_date": a.facts.application_date.isoformat(),
        "categories": {
            cid.value: {
                "verdict": result.verdict.value,
                "reasons": [_reason_json(r, render) for r in result.reasons],
                "initial_stay_months": result.category.initial_stay_months,
                "citation": _citation(rules.sources, result.category.source),
            }
            for cid, result in a.results.items()
        },
        "recommended": a.recommended.value if a.recommended else None,
        "checklist_category": report.category.value if report.category else None,
        "windows": {
            "income": {
                "start": a.income_window.start.isoformat(),
                "end": a.income_window.last_day.isoformat(),
            },
            "experience": {
                "start": a.experience_window.start.isoformat(),
                "end": a.experience_window.last_day.isoformat(),
                "days": a.experience_days,
            },
        },
        "university_list": {
            "date": a.universities.list_date.isoformat(),
            "origin": a.universities.origin,
            "complete": a.universities.complete,
        },
        "requirements": [
            {
                "id": item.id,
                "person": item.person.key,
                "applies": item.applies,
                "mandatory": item.mandatory,
                "reason": render(item.reason.message),
                "reason_code": item.reason.code.value,
                "verify": item.requirement.verify,
            }
            for item in report.items
        ],
        "warnings": [_reason_json(r, render) for r in (*a.warnings, *a.dependants.issues)],
        "newer_rules": [_reason_json(r, render) for r in report.newer_rules],
        "notes": [
            {"id": n.id, "text": n.text.en, "source": n.source, "verify": n.verify} for n in rules.notes
        ],
        "fees": _fees_json(report.fees, render),
    }


def _fees_json(fees: FeeSummary | None, render: Render) -> dict[str, Any] | None:
    if fees is None:
        return None
    return {
        "rule_version": fees.version,
        "per_person": {
            "application_hkd": str(fees.application_hkd),
            "visa_hkd": str(fees.visa_hkd),
            "total_hkd": str(fees.per_person_hkd),
        },
        "people": [
            {"person": p.key, "name": p.name, "total_hkd": str(fees.per_person_hkd)} for p in fees.people
        ],
        "total_hkd": str(fees.total_hkd),
        "citation": {
            "source": fees.source.id,
            "title": fees.source.title,
            "url": fees.source.url,
            "checked": fees.source.checked.isoformat(),
        },
        "verify": fees.verify,
        "text": [render(line) for line in fees.lines()],
    }


def _citation(sources: dict[str, Any], source_id: str) -> dict[str, str]:
    src = sources[source_id]
    return {"source": src.id, "title": src.title, "url": src.url, "checked": src.checked.isoformat()}
