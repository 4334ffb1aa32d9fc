"""Read and validate the shipped rule data: rule versions, the requirement catalogue, upload profiles.

A malformed file is a DataError naming the file, the place and the field; nothing half-loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from ttps_desktop.core.jsonread import DataError, Node, load_json
from ttps_desktop.core.resources import resource
from ttps_desktop.core.rules.facts import DegreeLevel, IncomeKind
from ttps_desktop.core.rules.model import (
    Catalogue,
    Category,
    CategoryId,
    CategoryTest,
    Condition,
    Fees,
    FileKind,
    ItemLimits,
    Note,
    PrcOverseasRule,
    ProjectKind,
    Requirement,
    RuleSet,
    Section,
    SectionInfo,
    Source,
    Subject,
    TestKind,
    Text,
    UploadItem,
    UploadProfile,
)


def read_text(n: Node) -> Text:
    texts = [n.text(lang) for lang in ("en", "zh_HK", "zh_CN")]
    for lang, text in zip(("en", "zh_HK", "zh_CN"), texts, strict=True):
        if not text.strip():
            raise n.error(lang, "is empty: every text needs all three languages")
    return Text(*texts)


def _text(n: Node, key: str) -> Text:
    return n.node(key).read(read_text)


def _source(n: Node) -> Source:
    return Source(n.text("id"), n.text("title"), n.text("url", ""), n.day("checked"))


def _test(n: Node) -> CategoryTest:
    kind = n.enum("kind", TestKind)
    test = CategoryTest(
        kind=kind,
        source=n.text("source"),
        threshold_hkd=n.decimal("threshold_hkd") if kind is TestKind.INCOME_AT_LEAST else Decimal(0),
        window_months=n.integer("window_months", 0),
        window_years=n.integer("window_years", 0),
        years=n.integer("years", 0),
        levels=frozenset(n.enums("levels", DegreeLevel)),
        awarded_within_years=n.integer("awarded_within_years") if n.has("awarded_within_years") else None,
        exclude_hk_locally_accredited=n.flag("exclude_hk_locally_accredited", False),
        excluded_income_kinds=frozenset(n.enums("excluded_income_kinds", IncomeKind)),
        business_shares_whole_year=n.flag("business_shares_whole_year", False),
        exclude_honorary=n.flag("exclude_honorary", False),
        higher_degrees_do_not_help=n.flag("higher_degrees_do_not_help", False),
        exclude_continuing_education=n.flag("exclude_continuing_education", False),
        after_bachelor=n.flag("after_bachelor", False),
        full_time_or_self_employed_only=n.flag("full_time_or_self_employed_only", False),
        count_by_year_of_graduation=n.flag("count_by_year_of_graduation", False),
        verification_required=n.flag("verification_required", False),
        non_local_students_note=n.flag("non_local_students_note", False),
    )
    needs = {
        TestKind.INCOME_AT_LEAST: ("window_months", test.window_months),
        TestKind.DEGREE_FROM_LISTED_UNIVERSITY: ("levels", len(test.levels)),
        TestKind.EXPERIENCE_AT_LEAST: ("years", test.years * test.window_years),
        TestKind.EXPERIENCE_LESS_THAN: ("years", test.years * test.window_years),
    }
    field, value = needs[kind]
    if not value:
        raise n.error(
            field, f"a {kind.value} test needs a positive {field} (and window_years for experience)"
        )
    return test


def _category(n: Node) -> Category:
    quota = n.opt_node("quota")
    quota_per_year = (quota.read(lambda q: q.integer("per_year", 0)) or None) if quota else None
    return Category(
        id=n.enum("id", CategoryId),
        name=_text(n, "name"),
        summary=_text(n, "summary"),
        initial_stay_months=n.integer("initial_stay_months"),
        quota_per_year=quota_per_year,
        tests=tuple(t.read(_test) for t in n.nodes("tests", required=True)),
        source=n.text("source"),
        has_quota=quota is not None,
    )


def _prc(n: Node) -> PrcOverseasRule:
    return PrcOverseasRule(
        n.text("nationality"),
        frozenset(n.texts("not_overseas", True)),
        n.integer("min_residence_years"),
        n.text("source"),
    )


def _note(n: Node) -> Note:
    return Note(n.text("id"), _text(n, "text"), n.text("source"), n.flag("verify"))


def _fees(n: Node) -> Fees:
    return Fees(n.decimal("application_hkd"), n.decimal("visa_hkd"), n.text("source"), n.flag("verify"))


def _ruleset(n: Node) -> RuleSet:
    sources = {s.id: s for s in (x.read(_source) for x in n.nodes("sources", required=True))}
    excluded = n.node("excluded_nationalities")
    categories = {c.id: c for c in (x.read(_category) for x in n.nodes("categories", required=True))}
    ruleset = RuleSet(
        version=n.text("version"),
        effective=n.day("effective"),
        title=_text(n, "title"),
        sources=sources,
        excluded_nationalities=frozenset(excluded.texts("countries", True)),
        excluded_nationalities_source=excluded.text("source"),
        excluded_dependant_nationalities=frozenset(excluded.texts("dependants")),
        nationalities_to_verify=frozenset(excluded.texts("verify")),
        prc_overseas=n.node("prc_overseas").read(_prc),
        preference=tuple(n.enums("preference", CategoryId, True)),
        categories=categories,
        notes=tuple(x.read(_note) for x in n.nodes("notes")),
        travel_document_warn_months=n.integer("travel_document_warn_months"),
        fees=fees.read(_fees) if (fees := n.opt_node("fees")) else None,
    )
    excluded.done()
    _check_citations(n, ruleset)
    if set(ruleset.preference) != set(CategoryId) or set(categories) != set(CategoryId):
        raise n.error("categories", "must define A, B and C exactly once, and preference must list all three")
    return ruleset


def _check_citations(n: Node, ruleset: RuleSet) -> None:
    cited = [ruleset.excluded_nationalities_source, ruleset.prc_overseas.source]
    cited += [ruleset.fees.source] if ruleset.fees else []
    cited += [note.source for note in ruleset.notes]
    for category in ruleset.categories.values():
        cited += [category.source, *(t.source for t in category.tests)]
    for source in cited:
        if source not in ruleset.sources:
            raise n.error("sources", f"{source!r} is cited but not listed in sources")


def load_ruleset(path: Path) -> RuleSet:
    return Node(load_json(path), str(path)).read(_ruleset)


@cache
def rulesets() -> tuple[RuleSet, ...]:
    """Every shipped rule version, oldest first."""
    folder = resource("rules", "versions")
    loaded = sorted((load_ruleset(p) for p in folder.glob("*.json")), key=lambda r: r.effective)
    if not loaded:
        raise DataError(str(folder), "", "no rule versions found")
    return tuple(loaded)


def ruleset_for(day: date) -> RuleSet | None:
    """The version in force on ``day``; None before the scheme existed."""
    in_force = [r for r in rulesets() if r.effective <= day]
    return in_force[-1] if in_force else None


def latest_ruleset() -> RuleSet:
    return rulesets()[-1]


def _requirement(n: Node, upload_items: set[str]) -> Requirement:
    files = n.node("files")
    min_files, max_files = files.integer("min"), files.integer("max")
    files.done()
    categories = frozenset(n.enums("categories", CategoryId, True))
    mandatory_for = frozenset(n.enums("mandatory_for", CategoryId))
    if not mandatory_for <= categories:
        raise n.error("mandatory_for", "lists a category the requirement does not apply to")
    upload_item = n.opt_text("upload_item")
    if upload_item is not None and upload_item not in upload_items:
        raise n.error("upload_item", f"{upload_item!r} is not among upload_items")
    if not 0 <= min_files <= max_files:
        raise n.error("files", "needs 0 <= min <= max")
    return Requirement(
        id=n.text("id"),
        section=n.enum("section", Section),
        subject=n.enum("subject", Subject),
        categories=categories,
        mandatory_for=mandatory_for,
        when=tuple(n.enums("when", Condition)),
        min_files=min_files,
        max_files=max_files,
        accepts=frozenset(n.enums("accepts", FileKind)),
        upload_item=upload_item,
        title=_text(n, "title"),
        help=_text(n, "help"),
        source=n.text("source"),
        verify=n.flag("verify", False),
        confirm_only=n.flag("confirm_only", False),
        question=n.opt_text("question"),
        kind=n.enum("kind", ProjectKind, ProjectKind.ENTRY),
    )


def _catalogue(n: Node) -> Catalogue:
    n.opt_text("about")
    sections = tuple(
        s.read(lambda x: SectionInfo(x.enum("id", Section), _text(x, "title")))
        for s in n.nodes("sections", True)
    )
    items = tuple(
        u.read(lambda x: UploadItem(x.text("id"), _text(x, "title"), x.flag("with_photo", False)))
        for u in n.nodes("upload_items", True)
    )
    item_ids = {i.id for i in items}
    requirements = tuple(r.read(lambda x: _requirement(x, item_ids)) for r in n.nodes("requirements", True))
    keys = [(r.subject.value, r.id, r.kind.value) for r in requirements]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        subject, rid, kind = duplicates[0]
        raise n.error("requirements", f"duplicate id {rid!r} for subject {subject!r} ({kind})")
    if {s.id for s in sections} != set(Section):
        raise n.error("sections", "must give a title for every section")
    return Catalogue(n.text("version"), sections, items, requirements)


@cache
def catalogue() -> Catalogue:
    return load_catalogue(resource("rules", "requirements.json"))


def load_catalogue(path: Path) -> Catalogue:
    return Node(load_json(path), str(path)).read(_catalogue)


def _limits(n: Node) -> ItemLimits:
    return ItemLimits(
        frozenset(n.enums("accepts", FileKind, True)), n.integer("max_file_kb"), n.integer("max_files")
    )


def _profile(n: Node) -> UploadProfile:
    overrides_node = n.opt_node("items")
    overrides: dict[str, ItemLimits] = {}
    if overrides_node:
        for key in overrides_node.field_names():
            overrides[key] = overrides_node.node(key).read(_limits)
        overrides_node.done()
    return UploadProfile(
        id=n.text("id"),
        name=_text(n, "name"),
        description=_text(n, "description"),
        source=n.text("source"),
        verify=n.flag("verify"),
        accepts=frozenset(n.enums("accepts", FileKind, True)),
        max_file_kb=n.integer("max_file_kb"),
        max_files_per_item=n.integer("max_files_per_item"),
        min_dpi=n.integer("min_dpi"),
        greyscale_documents_without_photos=n.flag("greyscale_documents_without_photos", False),
        item_overrides=overrides,
    )


@dataclass(frozen=True)
class UploadProfiles:
    default: str
    profiles: tuple[UploadProfile, ...]

    def get(self, profile_id: str | None = None) -> UploadProfile:
        wanted = profile_id or self.default
        for profile in self.profiles:
            if profile.id == wanted:
                return profile
        raise KeyError(wanted)


def load_upload_profiles(path: Path) -> UploadProfiles:
    def read(n: Node) -> UploadProfiles:
        n.opt_text("about")
        result = UploadProfiles(n.text("default"), tuple(p.read(_profile) for p in n.nodes("profiles", True)))
        if result.default not in {p.id for p in result.profiles}:
            raise n.error("default", f"{result.default!r} is not one of the profiles")
        return result

    return Node(load_json(path), str(path)).read(read)


@cache
def upload_profiles() -> UploadProfiles:
    return load_upload_profiles(resource("rules", "upload_profiles.json"))
