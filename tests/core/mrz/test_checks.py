"""The zones read on travel documents against the facts: each disagreement is a finding, in three languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

import pytest

from ttps_desktop.core.demo import demo_facts_path
from ttps_desktop.core.findings import Finding, FindingCode, Severity
from ttps_desktop.core.mrz.checks import holder_of, mrz_findings, same_name
from ttps_desktop.core.mrz.parse import make_td3, parse
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.facts import Dependant, Facts, Relation, TravelDocument, load_facts
from ttps_desktop.core.rules.loader import ruleset_for
from ttps_desktop.core.rules.model import CategoryId

FACTS = load_facts(demo_facts_path())  # LIN Xiaoyu, CHN, passport issued by CHN expiring 2032-03-01
PASSPORT = cast(TravelDocument, FACTS.travel_document)


def zone(**changes: object) -> tuple[str, ...]:
    fields: dict[str, object] = {
        "issuing_state": "CHN",
        "surname": "LIN",
        "given_names": "XIAOYU",
        "document_number": "E12345678",
        "nationality": "CHN",
        "birth_date": date(1996, 1, 1),
        "sex": "F",
        "expiry_date": date(2032, 3, 1),
    }
    fields.update(changes)
    return make_td3(**fields)  # type: ignore[arg-type]


def doc(lines: tuple[str, ...] | None, item: str = "travel_document", status: str = "read") -> StoredDocument:
    stored = {"status": status, "lines": list(lines)} if lines else {"status": status}
    return StoredDocument(1, item, 0, "0" * 64, 1, "passport.jpg", "image/jpeg", "", 0, {"mrz": stored})


def codes(found: list[Finding]) -> list[FindingCode]:
    return [f.code for f in found]


def check(
    documents: list[StoredDocument], facts: Facts = FACTS, category: CategoryId | None = CategoryId.B
) -> list[Finding]:
    rules = ruleset_for(facts.application_date)
    assert rules is not None
    return mrz_findings(documents, facts, category, rules)


def test_a_zone_that_agrees_with_the_facts_gives_no_finding():
    assert check([doc(zone())]) == []


def test_documents_of_other_items_are_left_alone():
    assert check([doc(zone(surname="WONG"), item="photo")]) == []


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"surname": "LING"}, FindingCode.MRZ_NAME_DIFFERS),
        ({"nationality": "SGP"}, FindingCode.MRZ_NATIONALITY_DIFFERS),
        ({"issuing_state": "SGP"}, FindingCode.MRZ_ISSUER_DIFFERS),
        ({"expiry_date": date(2033, 3, 1)}, FindingCode.MRZ_EXPIRY_DIFFERS),
    ],
)
def test_each_disagreement_is_a_warning(changes, code):
    found = check([doc(zone(**changes))])
    assert codes(found) == [code]
    assert found[0].severity is Severity.WARNING


def test_a_changed_name_points_to_the_proof_of_the_change_instead():
    found = check([doc(zone(surname="CHEN"))], replace(FACTS, name_changed=True))
    assert codes(found) == [FindingCode.MRZ_NAME_CHANGED]
    assert found[0].severity is Severity.INFO and found[0].params["item"].en.startswith("Proof")


def test_an_expired_passport_is_an_error():
    facts = replace(FACTS, travel_document=replace(PASSPORT, expiry_date=date(2026, 1, 1)))
    found = check([doc(zone(expiry_date=date(2026, 1, 1)))], facts)
    assert codes(found) == [FindingCode.MRZ_EXPIRED]
    assert found[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    ("category", "months", "warned"), [(CategoryId.A, 36, True), (CategoryId.B, 24, False)]
)
def test_a_passport_that_ends_before_the_stay_the_category_grants(category, months, warned):
    expiry = date(2029, 6, 1)  # application 2026-11-24: 24 months end 2028-11-24, 36 months 2029-11-24
    facts = replace(FACTS, travel_document=replace(PASSPORT, expiry_date=expiry))
    found = check([doc(zone(expiry_date=expiry))], facts, category)
    assert codes(found) == ([FindingCode.MRZ_EXPIRES_DURING_STAY] if warned else [])
    if warned:
        assert found[0].params["months"] == months and found[0].params["stay_end"] == date(2029, 11, 24)


def test_dependants_travel_documents_are_checked_against_their_own_facts():
    spouse = Dependant(Relation.SPOUSE, "WANG Hao", date(1994, 5, 6), nationality="CHN")
    child = Dependant(Relation.CHILD, "LIN Le", date(2020, 2, 3), nationality="CHN")
    facts = replace(FACTS, dependants=(spouse, child))
    assert holder_of("spouse.dependant_travel_document", facts).dependant is spouse
    assert holder_of("child_1.dependant_travel_document", facts).dependant is child
    spouse_zone = zone(surname="WANG", given_names="HAO", birth_date=date(1994, 5, 7), sex="M")
    child_zone = zone(
        surname="LIN", given_names="LE", birth_date=date(2020, 2, 3), expiry_date=date(2025, 1, 1)
    )
    found = check(
        [
            doc(spouse_zone, item="spouse.dependant_travel_document"),
            doc(child_zone, item="child_1.dependant_travel_document"),
        ],
        facts,
    )
    assert codes(found) == [FindingCode.MRZ_BIRTH_DATE_DIFFERS, FindingCode.MRZ_EXPIRED]


def test_zones_not_read_say_so():
    found = check([doc(None, status="unreadable"), doc(None, status="not_found")])
    assert codes(found) == [FindingCode.MRZ_UNREADABLE, FindingCode.MRZ_NOT_FOUND]


@pytest.mark.parametrize(
    ("facts_name", "surname", "given", "same"),
    [
        ("LIN Xiaoyu", "LIN", "XIAOYU", True),
        ("Xiaoyu Lin", "LIN", "XIAOYU", True),
        ("Lin Xiao-Yu", "LIN", "XIAOYU", True),
        ("Jürgen Müller", "MUELLER", "JUERGEN", True),
        ("Jürgen Müller", "MULLER", "JURGEN", True),
        ("José Núñez", "NUNEZ", "JOSE", True),
        ("LIN Xiaoyu", "LING", "XIAOYU", False),
        ("LIN Xiaoyu", "LIN", "XIAOYI", False),
    ],
)
def test_names_compare_as_the_zone_writes_them(facts_name, surname, given, same):
    data = parse(zone(surname=surname, given_names=given)).data
    assert data is not None and same_name(facts_name, data) is same


def test_findings_read_in_three_languages():
    from ttps_desktop.core.language import Language
    from ttps_desktop.i18n import Translator

    found = check([doc(zone(surname="LING", nationality="SGP"))])
    for f in found:
        english = Translator(Language.EN).render(f.message)
        for language in (Language.ZH_HK, Language.ZH_CN):
            translated = Translator(language).render(f.message)
            assert translated != english and "passport.jpg" in translated


def test_the_applicants_birth_date_and_document_number_are_compared_when_given():
    facts = replace(
        FACTS,
        applicant=replace(FACTS.applicant, birth_date=date(1996, 1, 2)),
        travel_document=replace(PASSPORT, number="E12345679"),
    )
    assert codes(check([doc(zone())], facts)) == [
        FindingCode.MRZ_BIRTH_DATE_DIFFERS,
        FindingCode.MRZ_NUMBER_DIFFERS,
    ]


def test_facts_filled_from_a_zone_agree_with_it():
    from ttps_desktop.core.mrz.fill import apply_to_applicant, apply_to_dependant, zone_facts
    from ttps_desktop.core.rules.facts import facts_to_json, parse_facts

    data = parse(
        zone(surname="MUELLER", given_names="ANNA LENA", nationality="D<<", issuing_state="D<<")
    ).data
    assert data is not None
    filled = zone_facts(data)
    assert (filled.name, filled.nationality, filled.issuing_country) == ("MUELLER Anna Lena", "DEU", "DEU")
    facts = apply_to_applicant(FACTS, filled)
    assert check([doc(data.lines)], facts) == []
    assert parse_facts(facts_to_json(facts)) == facts  # the new fields survive the project's round trip
    child = apply_to_dependant(Dependant(Relation.CHILD), filled)
    assert (child.name, child.birth_date, child.nationality) == ("MUELLER Anna Lena", date(1996, 1, 1), "DEU")
