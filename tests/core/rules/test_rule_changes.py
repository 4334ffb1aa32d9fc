"""What changed in the rules: every shipped rule version has its change records, every record its version, and a
record that names an unknown version or a source its version does not list is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ttps_desktop.core.jsonread import DataError
from ttps_desktop.core.resources import resource
from ttps_desktop.core.rules.changes import changes_by_version, load_changes, rule_changes
from ttps_desktop.core.rules.loader import rulesets


def test_every_rule_version_has_its_records_and_every_record_its_version() -> None:
    versions = {r.version for r in rulesets()}
    recorded = {c.version for c in rule_changes()}
    assert recorded == versions
    # the shipped folder itself, not only what the loader made of it
    assert {p.stem for p in resource("rules", "versions").glob("*.json")} == recorded


def test_each_change_applies_from_its_version_and_cites_one_of_its_sources() -> None:
    by_version = {r.version: r for r in rulesets()}
    for change in rule_changes():
        ruleset = by_version[change.version]
        assert change.applies_from >= ruleset.effective
        assert ruleset.sources[change.source.id] == change.source
        for language_text in (change.text.en, change.text.zh_HK, change.text.zh_CN):
            assert language_text.strip()


def test_versions_are_listed_newest_first_with_their_changes() -> None:
    listed = changes_by_version()
    assert [v.ruleset.version for v in listed] == [r.version for r in reversed(rulesets())]
    fees = next(v for v in listed if v.ruleset.version == "2025-02")
    assert [c.source.id for c in fees.changes] == ["FEES-2025"]
    assert "600" in fees.changes[0].text.en


def _write(tmp_path: Path, record: dict[str, Any]) -> Path:
    path = tmp_path / "changes.json"
    path.write_text(json.dumps({"changes": [record]}), encoding="utf-8")
    return path


GOOD = {
    "version": "2025-02",
    "from": "2025-02-26",
    "source": "FEES-2025",
    "text": {"en": "Fees.", "zh_HK": "收費。", "zh_CN": "收费。"},
}


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("version", "2099-01", "not a shipped rule version"),
        ("source", "PR-2023-X", "not among the sources"),
        ("from", "2025-01-01", "before the version's effective date"),
        ("text", {"en": "Fees.", "zh_HK": "", "zh_CN": "收费。"}, "every text needs all three languages"),
    ],
)
def test_a_bad_record_is_refused(tmp_path: Path, field: str, value: object, problem: str) -> None:
    assert load_changes(_write(tmp_path, GOOD), rulesets())[0].source.id == "FEES-2025"
    with pytest.raises(DataError) as caught:
        load_changes(_write(tmp_path, {**GOOD, field: value}), rulesets())
    assert problem in caught.value.problem
