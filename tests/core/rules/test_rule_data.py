"""The shipped rule files validate, cite their sources, and speak all three languages; bad files are named."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ttps_desktop.core.jsonread import DataError
from ttps_desktop.core.resources import resource
from ttps_desktop.core.rules.loader import (
    catalogue,
    load_catalogue,
    load_ruleset,
    rulesets,
    upload_profiles,
)
from ttps_desktop.core.rules.model import CategoryId, Subject
from ttps_desktop.core.rules.universities import shipped_list


def test_rule_versions_match_the_spec() -> None:
    versions = {r.version: r for r in rulesets()}
    assert list(versions) == ["2022-12", "2024-01", "2024-10", "2024-11", "2025-02", "2026-01"]
    assert [str(r.effective) for r in versions.values()] == [
        "2022-12-28",
        "2024-01-01",
        "2024-10-16",
        "2024-11-01",
        "2025-02-26",
        "2026-01-01",
    ]
    assert versions["2022-12"].categories[CategoryId.A].initial_stay_months == 24
    assert versions["2024-10"].categories[CategoryId.A].initial_stay_months == 36
    assert versions["2022-12"].excluded_nationalities == {"AFG", "CUB", "LAO", "PRK", "NPL", "VNM"}
    for name in ("2024-01", "2024-10", "2024-11", "2025-02"):
        assert versions[name].excluded_nationalities == {"AFG", "CUB", "PRK"}
        assert versions[name].nationalities_to_verify == {"LAO", "NPL", "VNM"}
        assert versions[name].excluded_dependant_nationalities == frozenset()
    latest = versions["2026-01"]
    assert latest.excluded_nationalities == {"AFG", "CUB", "PRK"}
    assert latest.excluded_dependant_nationalities == {"AFG", "PRK"}
    assert str(latest.categories[CategoryId.A].tests[0].threshold_hkd) == "2500000"
    for rules in versions.values():  # IMMD-2026 gives no quota figure: 10,000 is never shown
        assert (
            rules.categories[CategoryId.C].has_quota and rules.categories[CategoryId.C].quota_per_year is None
        )
        assert "10,000" not in rules.categories[CategoryId.C].summary.en
    assert [v for v, r in versions.items() if r.fees] == ["2025-02", "2026-01"]
    fees = latest.fees
    assert fees is not None
    assert (str(fees.application_hkd), str(fees.visa_hkd), fees.source) == ("600", "1300", "FEES-2025")
    assert latest.sources["IMMD-2026"].url.startswith("https://www.immd.gov.hk/")


def test_unverified_facts_are_marked_and_cited() -> None:
    notes = {n.id: n for n in rulesets()[-1].notes}
    assert notes["processing_time"].verify is False  # IMMD-2026 says four weeks itself
    assert notes["currencies"].verify is True
    assert notes["one_application"].verify is False
    assert all(n.source in rulesets()[-1].sources for n in notes.values())
    older = {n.id: n for n in rulesets()[0].notes}
    assert older["processing_time"].verify is True


def test_every_requirement_speaks_three_languages() -> None:
    for req in catalogue().requirements:
        for text in (req.title, req.help):
            assert text.en.strip() and text.zh_HK.strip() and text.zh_CN.strip(), req.id
            assert text.zh_HK != text.en and text.zh_CN != text.en, req.id


def test_catalogue_covers_every_category_and_dependant() -> None:
    cat = catalogue()
    ids = {(r.subject, r.id) for r in cat.requirements}
    assert {
        (Subject.APPLICANT, "photo"),
        (Subject.SPOUSE, "marriage_certificate"),
        (Subject.CHILD, "birth_certificate"),
    } <= ids
    for cid in CategoryId:
        assert any(cid in r.mandatory_for for r in cat.requirements)


def test_upload_profiles_keep_the_verify_flag() -> None:
    profiles = upload_profiles()
    default = profiles.get()
    assert default.verify is True
    assert default.limits_for("photo").max_file_kb == 600
    assert profiles.get("immd_strict").max_file_kb == 1024


def test_shipped_university_list_is_dated_and_flagged() -> None:
    unis = shipped_list()
    assert str(unis.list_date) == "2026-01-01"
    assert unis.verify and unis.complete and unis.status == "transcribed"
    assert len(unis.institutions) == 200


def _broken_copy(tmp_path: Path, source: Path, mutate: Callable[[dict[str, Any]], object]) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    mutate(data)
    target = tmp_path / source.name
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("mutate", "place", "problem"),
    [
        (
            lambda d: d["categories"][0]["tests"][0].pop("threshold_hkd"),
            "categories[0].tests[0].threshold_hkd",
            "is required",
        ),
        (
            lambda d: d["categories"][1].update(initial_stay_months="24"),
            "categories[1].initial_stay_months",
            "whole number",
        ),
        (
            lambda d: d["categories"][2]["tests"][0].update(kind="vibes"),
            "categories[2].tests[0].kind",
            "not one of",
        ),
        (
            lambda d: d["categories"][0]["name"].update(zh_CN=""),
            "categories[0].name.zh_CN",
            "all three languages",
        ),
        (lambda d: d["categories"][0].update(source="NOWHERE"), "sources", "'NOWHERE' is cited"),
        (lambda d: d.update(efective="2024-01-01"), "efective", "unknown field"),
    ],
)
def test_malformed_rule_file_names_file_place_and_field(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], object], place: str, problem: str
) -> None:
    broken = _broken_copy(tmp_path, resource("rules", "versions", "2026-01.json"), mutate)
    with pytest.raises(DataError) as info:
        load_ruleset(broken)
    assert info.value.file == str(broken)
    assert info.value.place == place
    assert problem in info.value.problem


def test_malformed_catalogue_is_named(tmp_path: Path) -> None:
    broken = _broken_copy(
        tmp_path,
        resource("rules", "requirements.json"),
        lambda d: d["requirements"][3].update(upload_item="fax"),
    )
    with pytest.raises(DataError, match=r"requirements\[3\]\.upload_item: 'fax' is not among upload_items"):
        load_catalogue(broken)
