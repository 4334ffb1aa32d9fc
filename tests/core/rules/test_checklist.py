from __future__ import annotations

from typing import Any

from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.rules.reasons import ReasonCode
from ttps_desktop.core.rules.report import build_report


def needed(data: dict[str, Any], chosen: CategoryId | None = None) -> dict[str, bool]:
    report = build_report(parse_facts(data), chosen)
    return {item.id: item.mandatory for item in report.applicable}


def test_every_applicant_needs_photo_and_travel_document(facts_data: dict[str, Any]) -> None:
    items = needed(facts_data)
    assert items["photo"] and items["travel_document"]
    assert "degree_certificate" not in items  # no category chosen or eligible yet


def test_category_b_needs_degree_and_work_proof(facts_data: dict[str, Any]) -> None:
    items = needed(facts_data, CategoryId.B)
    assert items["degree_certificate"] and items["transcript"] and items["work_experience"]
    assert "income_proof" not in items


def test_category_c_work_proof_is_if_any(facts_data: dict[str, Any]) -> None:
    assert needed(facts_data, CategoryId.C)["work_experience"] is False


def test_situations_add_requirements(facts_data: dict[str, Any]) -> None:
    facts_data.update(has_hkid=True, name_changed=True, documents_not_in_chinese_or_english=True)
    items = needed(facts_data, CategoryId.A)
    assert items["hkid"] and items["name_change_proof"] and items["translations"]
    assert items["income_proof"] and not items["income_supporting"]


def test_mainland_resident_with_mainland_degree(facts_data: dict[str, Any]) -> None:
    facts_data["residence"] = {"country": "CHN"}
    facts_data["nationality"] = "CHN"
    facts_data["degrees"] = [{"level": "bachelor", "institution": "北京大學", "awarded": "2015-07-01"}]
    items = needed(facts_data, CategoryId.B)
    assert items["mainland_consent_letter"] and items["degree_verification"]
    assert items["mainland_identity"] is False  # only if no travel document was issued: not mandatory


def test_dependants_get_their_own_items(facts_data: dict[str, Any]) -> None:
    facts_data["dependants"] = [
        {"relation": "spouse", "name": "Sam"},
        {"relation": "child", "name": "Kim", "birth_date": "2015-01-01"},
        {"relation": "child", "name": "Lee", "birth_date": "2000-01-01"},  # 26: not a dependant
    ]
    items = needed(facts_data, CategoryId.A)
    assert {"spouse.marriage_certificate", "child_1.birth_certificate", "dependant_support"} <= items.keys()
    assert not any(key.startswith("child_2") for key in items)


def test_each_item_says_why(facts_data: dict[str, Any]) -> None:
    facts_data["has_hkid"] = True
    report = build_report(parse_facts(facts_data), CategoryId.B)
    reasons = {item.id: item.reason for item in report.items}
    assert reasons["photo"].code is ReasonCode.REQUIREMENT_FOR_EVERYONE
    assert reasons["hkid"].code is ReasonCode.REQUIREMENT_FOR_SITUATION
    assert reasons["degree_certificate"].code is ReasonCode.REQUIREMENT_FOR_CATEGORY
    assert reasons["income_proof"].code is ReasonCode.REQUIREMENT_NOT_FOR_CATEGORY
    assert reasons["overseas_residence_proof"].code is ReasonCode.REQUIREMENT_SITUATION_ABSENT


def test_newer_rules_say_what_changes(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2024-06-01"
    facts_data["income"] = [
        {
            "kind": "salary",
            "amount": "3000000",
            "currency": "HKD",
            "period_start": "2023-06-01",
            "period_end": "2024-05-31",
        }
    ]
    report = build_report(parse_facts(facts_data))
    codes = [r.code for r in report.newer_rules]
    assert codes[0] is ReasonCode.RULES_NEWER_VERSION
    change = next(r for r in report.newer_rules if r.code is ReasonCode.RULES_INITIAL_STAY_CHANGES)
    assert change.params == {"category": "A", "old": 24, "new": 36}


def test_current_rules_report_no_changes(facts_data: dict[str, Any]) -> None:
    assert build_report(parse_facts(facts_data)).newer_rules == ()
