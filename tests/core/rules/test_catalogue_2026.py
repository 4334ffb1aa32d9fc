"""The requirement catalogue per IMMD-2026 (spec §4): file counts per item, and who needs each item by category,
where the applicant lives (residence_kind), and whether each person is in Hong Kong now."""

from __future__ import annotations

from typing import Any

import pytest

from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.loader import catalogue, upload_profiles
from ttps_desktop.core.rules.model import CategoryId, Subject
from ttps_desktop.core.rules.report import build_report

A, B, C = CategoryId.A, CategoryId.B, CategoryId.C


def needed(data: dict[str, Any], chosen: CategoryId) -> dict[str, bool]:
    return {item.id: item.mandatory for item in build_report(parse_facts(data), chosen).applicable}


@pytest.mark.parametrize(
    ("subject", "item", "files"),
    [
        (Subject.APPLICANT, "photo", 1),
        (Subject.APPLICANT, "travel_document", 5),
        (Subject.APPLICANT, "arrival_stamp", 5),
        (Subject.APPLICANT, "hkid", 1),
        (Subject.APPLICANT, "degree_certificate", 5),
        (Subject.APPLICANT, "transcript", 5),
        (Subject.APPLICANT, "degree_verification", 5),
        (Subject.APPLICANT, "work_experience", 5),
        (Subject.APPLICANT, "income_proof", 5),
        (Subject.APPLICANT, "mainland_consent_letter", 1),
        (Subject.APPLICANT, "macao_identity_card", 5),
        (Subject.APPLICANT, "taiwan_household_registration", 5),
        (Subject.APPLICANT, "taiwan_identity_card", 5),
        (Subject.APPLICANT, "overseas_residence_proof", 5),
        (Subject.APPLICANT, "criminal_conviction_declaration", 0),
        (Subject.SPOUSE, "photo", 1),
        (Subject.SPOUSE, "travel_document", 5),
        (Subject.SPOUSE, "arrival_stamp", 5),
        (Subject.SPOUSE, "marriage_certificate", 1),
        (Subject.CHILD, "birth_certificate", 1),
    ],
)
def test_files_per_item(subject: Subject, item: str, files: int) -> None:
    req = catalogue().requirement(item, subject)
    assert req.max_files == files
    if req.upload_item:
        for profile in upload_profiles().profiles:
            assert profile.limits_for(req.upload_item).max_files == min(files, profile.max_files_per_item)


def test_the_conviction_question_is_asked_never_uploaded() -> None:
    req = catalogue().requirement("criminal_conviction_declaration")
    assert req.question == "criminal_conviction" and req.upload_item is None and not req.confirm_only
    assert not req.verify and req.source == "IMMD-2026"


@pytest.mark.parametrize(
    ("residence", "kind", "present", "absent"),
    [
        ("CHN", None, {"mainland_consent_letter": True, "mainland_identity": False}, ["macao_identity_card"]),
        ("MAC", None, {"macao_identity_card": True}, ["mainland_consent_letter", "taiwan_identity_card"]),
        (
            "TWN",
            None,
            {"taiwan_household_registration": True, "taiwan_identity_card": True},
            ["macao_identity_card", "mainland_consent_letter"],
        ),
        ("GBR", None, {}, ["mainland_consent_letter", "macao_identity_card", "taiwan_identity_card"]),
        ("USA", "other", {}, ["mainland_consent_letter", "overseas_residence_proof"]),
    ],
)
def test_who_needs_each_residence_item(
    facts_data: dict[str, Any], residence: str, kind: str | None, present: dict[str, bool], absent: list[str]
) -> None:
    facts_data["residence"] = {"country": residence}
    if kind:
        facts_data["residence_kind"] = kind
    items = needed(facts_data, B)
    for item, mandatory in present.items():
        assert items[item] is mandatory, item
    for item in absent:
        assert item not in items, item


def test_prc_passport_overseas_follows_residence_kind(facts_data: dict[str, Any]) -> None:
    facts_data.update(
        nationality="CHN",
        travel_document={"kind": "passport", "issuing_country": "CHN", "expiry_date": "2032-01-01"},
        residence={"country": "USA", "overseas_permanent_resident": True},
    )
    assert needed(facts_data, A)["overseas_residence_proof"] is True
    facts_data["residence_kind"] = "other"
    assert "overseas_residence_proof" not in needed(facts_data, A)


@pytest.mark.parametrize("in_hong_kong", [True, False])
def test_arrival_stamp_for_each_person_in_hong_kong(facts_data: dict[str, Any], in_hong_kong: bool) -> None:
    facts_data["in_hong_kong"] = in_hong_kong
    facts_data["dependants"] = [
        {"relation": "spouse", "name": "Sam", "in_hong_kong": not in_hong_kong},
        {"relation": "child", "name": "Kim", "birth_date": "2015-01-01"},
    ]
    items = needed(facts_data, A)
    assert ("arrival_stamp" in items) is in_hong_kong
    assert ("spouse.arrival_stamp" in items) is (not in_hong_kong)
    assert "child_1.arrival_stamp" not in items


@pytest.mark.parametrize(
    ("category", "verification", "work", "income"),
    [
        (A, None, False, True),  # work proof recommended for A (verify), not mandatory
        (B, True, True, None),
        (C, True, False, None),
    ],
)
def test_what_each_category_needs(
    facts_data: dict[str, Any],
    category: CategoryId,
    verification: bool | None,
    work: bool,
    income: bool | None,
) -> None:
    facts_data["degrees"] = [
        {"level": "bachelor", "institution": "MIT", "awarded": "2022-06-30"}
    ]  # not Mainland
    items = needed(facts_data, category)
    assert items.get("degree_verification") is verification
    assert items["work_experience"] is work
    assert items.get("income_proof") is income


def test_degree_verification_names_the_online_code_and_income_proof_the_list() -> None:
    verification = catalogue().requirement("degree_verification").help.en
    assert "verification code" in verification and "CHSI" in verification
    income = catalogue().requirement("income_proof").help.en
    for named in (
        "notice of salaries tax assessment",
        "stock options",
        "audited financial report",
        "profits tax return",
    ):
        assert named in income
    assert "not on the Immigration Department's list" in catalogue().requirement("income_supporting").help.en


def test_hkid_takes_one_file(facts_data: dict[str, Any]) -> None:
    facts_data["has_hkid"] = True
    assert needed(facts_data, A)["hkid"] is True
    assert catalogue().requirement("hkid").upload_item == "hkid"


@pytest.mark.parametrize(
    ("applicant_lives", "spouse", "expected"),
    [
        ("GBR", {"residence_kind": "macao"}, {"spouse.macao_identity_card"}),
        ("MAC", {}, {"spouse.macao_identity_card"}),  # as the applicant when not said
        ("MAC", {"residence_kind": "other"}, set()),
        (
            "GBR",
            {"residence_kind": "taiwan"},
            {"spouse.taiwan_identity_card", "spouse.taiwan_household_registration"},
        ),
        ("GBR", {"residence_kind": "overseas", "nationality": "CHN"}, {"spouse.overseas_residence_proof"}),
        ("GBR", {"residence_kind": "overseas", "nationality": "GBR"}, set()),
    ],
)
def test_a_dependants_residence_documents(
    facts_data: dict[str, Any], applicant_lives: str, spouse: dict[str, Any], expected: set[str]
) -> None:
    facts_data["residence"] = {"country": applicant_lives}
    facts_data["dependants"] = [{"relation": "spouse", "name": "Sam", **spouse}]
    items = needed(facts_data, A)
    residence_items = {
        k for k in items if k.startswith("spouse.") and ("macao" in k or "taiwan" in k or "overseas" in k)
    }
    assert residence_items == expected
    assert all(items[k] for k in expected)
