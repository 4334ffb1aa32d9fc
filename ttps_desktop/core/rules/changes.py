"""What changed in the rules: one record per change, kept as data beside the rule versions.

``resources/rules/changes.json`` holds, for every rule version, what changed and from when, in the three
languages, with the source each change rests on (an id from that version's own sources). Help > What Changed in
the Rules shows them; the next rules update adds its records there (a test checks that every version has its
records and every record its version).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from ttps_desktop.core.jsonread import Node, load_json
from ttps_desktop.core.resources import resource
from ttps_desktop.core.rules.loader import read_text, rulesets
from ttps_desktop.core.rules.model import RuleSet, Source, Text


@dataclass(frozen=True)
class RuleChange:
    """One change: the version it came with, the day it applies from, what it is, and its source."""

    version: str
    applies_from: date
    text: Text
    source: Source


@dataclass(frozen=True)
class VersionChanges:
    """A rule version with its changes, in the order the data gives them."""

    ruleset: RuleSet
    changes: tuple[RuleChange, ...]


def _change(n: Node, versions: dict[str, RuleSet]) -> RuleChange:
    version = n.text("version")
    ruleset = versions.get(version)
    if ruleset is None:
        raise n.error("version", f"{version!r} is not a shipped rule version")
    applies_from = n.day("from")
    if applies_from < ruleset.effective:
        raise n.error("from", f"is before the version's effective date {ruleset.effective.isoformat()}")
    source_id = n.text("source")
    if source_id not in ruleset.sources:
        raise n.error("source", f"{source_id!r} is not among the sources of rule version {version}")
    return RuleChange(version, applies_from, n.node("text").read(read_text), ruleset.sources[source_id])


def load_changes(path: Path, versions: tuple[RuleSet, ...]) -> tuple[RuleChange, ...]:
    """The records of ``path``, each checked against the rule version it names."""
    by_version = {r.version: r for r in versions}
    n = Node(load_json(path), str(path))
    n.opt_text("about")
    return tuple(c.read(lambda x: _change(x, by_version)) for c in n.nodes("changes", required=True))


@cache
def rule_changes() -> tuple[RuleChange, ...]:
    """Every shipped change record."""
    return load_changes(resource("rules", "changes.json"), rulesets())


def changes_by_version() -> tuple[VersionChanges, ...]:
    """Every rule version, newest first, with its changes (a version without a record has none listed)."""
    records = rule_changes()
    return tuple(
        VersionChanges(r, tuple(c for c in records if c.version == r.version)) for r in reversed(rulesets())
    )
