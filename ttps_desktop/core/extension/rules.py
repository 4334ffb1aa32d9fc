"""The extension rules as typed values, read and validated from resources/rules/extension.json."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from ttps_desktop.core.extension.facts import CATEGORIES
from ttps_desktop.core.jsonread import Node, load_json
from ttps_desktop.core.resources import resource
from ttps_desktop.core.rules.loader import read_text
from ttps_desktop.core.rules.model import Source, Text

SCENARIO_TRIGGERS = ("employment", "commission_based", "business", "employer_outside_hong_kong")


@dataclass(frozen=True)
class Window:
    """When an application may be made: ``months`` or ``weeks`` before the stay expires."""

    months: int
    weeks: int
    temporary: bool  # a temporary arrangement (from 1 Nov 2024), the standing rule being ``standing_weeks``
    source: str
    verify: bool


@dataclass(frozen=True)
class ExtensionVersion:
    version: str
    effective: date
    window: Window
    standing_weeks: int
    standing_source: str
    standing_verify: bool
    degree_verification: bool  # B/C holders who never sent the verification send it with the extension


@dataclass(frozen=True)
class Length:
    normal_years: int
    top_tier_years: int
    top_tier_min_years_under_ttps: int
    top_tier_assessable_income_hkd: Decimal
    source: str


@dataclass(frozen=True)
class Scenario:
    """A press-reported scenario: shown as guidance marked verify, never as a verdict."""

    id: str
    when: str  # one of SCENARIO_TRIGGERS
    text: Text
    source: str
    annual_pay_hkd: Decimal | None = None


@dataclass(frozen=True)
class KeyDateRules:
    permanent_residence_years: int
    permanent_residence_source: str
    permanent_residence_verify: bool
    alarm_weeks: int


@dataclass(frozen=True)
class ExtensionRules:
    sources: dict[str, Source]
    versions: tuple[ExtensionVersion, ...]  # oldest first
    in_hong_kong_source: str
    test_source: str
    degree_verification_categories: frozenset[str]
    degree_verification_source: str
    company_papers_waiver_months: int
    young_company_months: int
    length: Length
    scenarios: tuple[Scenario, ...]
    key_dates: KeyDateRules

    def version_for(self, day: date) -> ExtensionVersion:
        """The version in force on ``day`` (the oldest one before the scheme began)."""
        in_force = [v for v in self.versions if v.effective <= day]
        return in_force[-1] if in_force else self.versions[0]


def _source(n: Node) -> Source:
    return Source(n.text("id"), n.text("title"), n.text("url", ""), n.day("checked"))


def _window(n: Node) -> Window:
    window = Window(
        n.integer("months", 0), n.integer("weeks", 0), n.flag("temporary"), n.text("source"), n.flag("verify")
    )
    if (window.months > 0) == (window.weeks > 0):
        raise n.error("months", "give either months or weeks (a positive number), not both")
    return window


def _version(n: Node) -> ExtensionVersion:
    return ExtensionVersion(
        n.text("version"),
        n.day("effective"),
        n.node("window").read(_window),
        n.integer("standing_weeks"),
        n.text("standing_source"),
        n.flag("standing_verify"),
        n.flag("degree_verification"),
    )


def _length(n: Node) -> Length:
    return Length(
        n.integer("normal_years"),
        n.integer("top_tier_years"),
        n.integer("top_tier_min_years_under_ttps"),
        n.decimal("top_tier_assessable_income_hkd"),
        n.text("source"),
    )


def _scenario(n: Node) -> Scenario:
    when = n.text("when")
    if when not in SCENARIO_TRIGGERS:
        raise n.error("when", f"{when!r} is not one of: {', '.join(SCENARIO_TRIGGERS)}")
    pay = n.decimal("annual_pay_hkd") if n.has("annual_pay_hkd") else None
    n.raw("annual_pay_hkd")
    return Scenario(n.text("id"), when, n.node("text").read(read_text), n.text("source"), pay)


def _key_dates(n: Node) -> KeyDateRules:
    return KeyDateRules(
        n.integer("permanent_residence_years"),
        n.text("permanent_residence_source"),
        n.flag("permanent_residence_verify"),
        n.integer("alarm_weeks"),
    )


def _rules(n: Node) -> ExtensionRules:
    n.opt_text("about")
    sources = {s.id: s for s in (x.read(_source) for x in n.nodes("sources", required=True))}
    versions = tuple(sorted((v.read(_version) for v in n.nodes("versions", True)), key=lambda v: v.effective))
    categories = n.texts("degree_verification_categories", True)
    for category in categories:
        if category not in CATEGORIES:
            raise n.error("degree_verification_categories", f"{category!r} is not A, B or C")
    rules = ExtensionRules(
        sources=sources,
        versions=versions,
        in_hong_kong_source=n.text("in_hong_kong_source"),
        test_source=n.text("test_source"),
        degree_verification_categories=frozenset(categories),
        degree_verification_source=n.text("degree_verification_source"),
        company_papers_waiver_months=n.integer("company_papers_waiver_months"),
        young_company_months=n.integer("young_company_months"),
        length=n.node("length").read(_length),
        scenarios=tuple(s.read(_scenario) for s in n.nodes("scenarios")),
        key_dates=n.node("key_dates").read(_key_dates),
    )
    cited = [rules.in_hong_kong_source, rules.test_source, rules.degree_verification_source]
    cited += [rules.length.source, rules.key_dates.permanent_residence_source]
    cited += [s.source for s in rules.scenarios]
    for version in versions:
        cited += [version.window.source, version.standing_source]
    for source in cited:
        if source not in sources:
            raise n.error("sources", f"{source!r} is cited but not listed in sources")
    return rules


def load_extension_rules(path: Path) -> ExtensionRules:
    return Node(load_json(path), str(path)).read(_rules)


@cache
def extension_rules() -> ExtensionRules:
    return load_extension_rules(resource("rules", "extension.json"))
