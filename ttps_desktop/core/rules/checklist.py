"""Which documents this applicant must gather: the catalogue filtered by category and situation.

Dependants' requirements are instantiated per person: ``spouse.marriage_certificate``, ``child_2.photo``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ttps_desktop.core.rules.eligibility import Assessment, Reason, holds_prc_passport_overseas
from ttps_desktop.core.rules.facts import DegreeLevel, Facts, ResidenceKind
from ttps_desktop.core.rules.model import (
    Catalogue,
    CategoryId,
    Condition,
    ProjectKind,
    Requirement,
    RuleSet,
    Subject,
)
from ttps_desktop.core.rules.reasons import Outcome, ReasonCode
from ttps_desktop.core.rules.universities import UniversityList


@dataclass(frozen=True)
class Person:
    """Whose documents: the applicant, the spouse, or the n-th child."""

    key: str  # "applicant", "spouse", "child_1"...
    subject: Subject
    name: str
    number: int = 0  # 1-based among children


@dataclass(frozen=True)
class ChecklistItem:
    requirement: Requirement
    person: Person
    applies: bool
    mandatory: bool
    reason: Reason

    @property
    def id(self) -> str:
        """Stable id of this instance, used by the project to link evidence."""
        return (
            self.requirement.id
            if self.person.subject is Subject.APPLICANT
            else f"{self.person.key}.{self.requirement.id}"
        )


def situation(
    facts: Facts, rules: RuleSet, unis: UniversityList, has_dependants: bool
) -> frozenset[Condition]:
    """The conditions that hold for this applicant."""
    held: set[Condition] = set()
    lives_in = facts.lives_in
    if facts.has_hkid:
        held.add(Condition.HAS_HKID)
    if lives_in is ResidenceKind.MAINLAND:
        held.add(Condition.MAINLAND_RESIDENT)
    if lives_in is ResidenceKind.MACAO:
        held.update((Condition.MACAO_RESIDENT, Condition.MACAO_OR_TAIWAN_RESIDENT))
    if lives_in is ResidenceKind.TAIWAN:
        held.update((Condition.TAIWAN_RESIDENT, Condition.MACAO_OR_TAIWAN_RESIDENT))
    if facts.in_hong_kong:
        held.add(Condition.IN_HONG_KONG)
    if holds_prc_passport_overseas(facts, rules):
        held.add(Condition.PRC_PASSPORT_OVERSEAS)
    if facts.documents_not_in_chinese_or_english:
        held.add(Condition.DOCUMENTS_NOT_IN_CHINESE_OR_ENGLISH)
    if facts.name_changed:
        held.add(Condition.NAME_CHANGED)
    if has_dependants:
        held.add(Condition.HAS_DEPENDANTS)
    if facts.employment:
        held.add(Condition.HAS_EMPLOYMENT)
    if any(job.self_employed for job in facts.employment):
        held.add(Condition.SELF_EMPLOYED)
    for degree in facts.degrees:
        match = unis.match(degree.institution) if degree.level is DegreeLevel.BACHELOR else None
        if match is not None and match.country == "CHN":
            held.add(Condition.MAINLAND_DEGREE)
    return frozenset(held)


def _dependant_situation(assessment: Assessment, person: Person) -> frozenset[Condition]:
    """A dependant's own documents: in Hong Kong now, and where they live (as the applicant if not said)."""
    member = assessment.dependants.member(person.key)
    if member is None:
        return frozenset()
    held: set[Condition] = {Condition.IN_HONG_KONG} if member.in_hong_kong else set()
    lives_in = member.residence_kind or assessment.facts.lives_in
    if lives_in is ResidenceKind.MACAO:
        held.add(Condition.MACAO_RESIDENT)
    if lives_in is ResidenceKind.TAIWAN:
        held.add(Condition.TAIWAN_RESIDENT)
    nationality = member.nationality or assessment.facts.nationality
    if lives_in is ResidenceKind.OVERSEAS and nationality == assessment.ruleset.prc_overseas.nationality:
        held.add(Condition.PRC_PASSPORT_OVERSEAS)
    return frozenset(held)


def people(assessment: Assessment) -> list[Person]:
    deps = assessment.dependants
    found = [Person("applicant", Subject.APPLICANT, assessment.facts.applicant.display_name)]
    if deps.spouse is not None:
        found.append(Person("spouse", Subject.SPOUSE, deps.spouse))
    found += [Person(f"child_{n}", Subject.CHILD, name, n) for n, name in enumerate(deps.children, start=1)]
    return found


def _judge(
    req: Requirement, category: CategoryId | None, held: frozenset[Condition]
) -> tuple[bool, bool, Reason]:
    everyone = req.categories == frozenset(CategoryId)
    if category is None and not everyone:
        return False, False, Reason(ReasonCode.REQUIREMENT_NO_CATEGORY, Outcome.INFO, {}, req.source)
    if category is not None and category not in req.categories:
        params = {"category": category.value}
        return False, False, Reason(ReasonCode.REQUIREMENT_NOT_FOR_CATEGORY, Outcome.INFO, params, req.source)
    absent = [c for c in req.when if c not in held]
    if absent:
        return (
            False,
            False,
            Reason(
                ReasonCode.REQUIREMENT_SITUATION_ABSENT, Outcome.INFO, {"situation": absent[0]}, req.source
            ),
        )
    mandatory = category in req.mandatory_for if category else req.mandatory_for == frozenset(CategoryId)
    if not mandatory:  # an optional item never says it is needed
        if req.mandatory_for and category is None:  # needed for some categories: which one is not known yet
            reason = Reason(ReasonCode.REQUIREMENT_NO_CATEGORY, Outcome.INFO, {}, req.source)
        elif req.mandatory_for and category is not None:
            params = {"category": category.value}
            reason = Reason(ReasonCode.REQUIREMENT_OPTIONAL_FOR_CATEGORY, Outcome.INFO, params, req.source)
        else:
            reason = Reason(ReasonCode.REQUIREMENT_OPTIONAL, Outcome.INFO, {}, req.source)
    elif req.when:
        reason = Reason(
            ReasonCode.REQUIREMENT_FOR_SITUATION, Outcome.INFO, {"situation": req.when[0]}, req.source
        )
    elif req.subject is not Subject.APPLICANT:
        reason = Reason(ReasonCode.REQUIREMENT_FOR_DEPENDANT, Outcome.INFO, {}, req.source)
    elif req.mandatory_for == frozenset(CategoryId):
        reason = Reason(ReasonCode.REQUIREMENT_FOR_EVERYONE, Outcome.INFO, {}, req.source)
    else:
        params = {"category": category.value if category else ""}
        reason = Reason(ReasonCode.REQUIREMENT_FOR_CATEGORY, Outcome.INFO, params, req.source)
    return True, mandatory, reason


def checklist(
    assessment: Assessment,
    catalogue: Catalogue,
    category: CategoryId | None,
    kind: ProjectKind = ProjectKind.ENTRY,
    extra: frozenset[Condition] = frozenset(),
) -> list[ChecklistItem]:
    """Every catalogue entry of this kind of application for every person, with whether it applies here and
    why. ``extra``: conditions decided elsewhere (an extension's route, see core/extension/checklist.py)."""
    everyone = people(assessment)
    held = extra | situation(
        assessment.facts, assessment.ruleset, assessment.universities, has_dependants=len(everyone) > 1
    )
    items = []
    for person in everyone:
        mine = held
        if person.subject is not Subject.APPLICANT:  # a dependant's own situation
            mine = _dependant_situation(assessment, person)
        for req in catalogue.requirements:
            if req.subject is not person.subject or req.kind is not kind:
                continue
            applies, mandatory, reason = _judge(req, category, mine)
            items.append(ChecklistItem(req, person, applies, mandatory, reason))
    return items
