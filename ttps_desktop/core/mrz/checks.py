"""The travel documents' machine-readable zones against the facts: names, nationality, issuer, dates of birth and
expiry, and whether each document lasts through the stay the category would grant.

What was read is kept in the project only, in the document's facts under ``mrz`` (the zone's lines, or why none
was read); it is personal data and goes nowhere else: not in logs, not in the pack, not in the dossier.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ttps_desktop.core.findings import Finding, FindingCode, Severity, finding
from ttps_desktop.core.mrz.ocr import MrzReading, ReadStatus
from ttps_desktop.core.mrz.parse import MrzData, country_of_code, parse
from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.facts import Dependant, Facts, Relation
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import CategoryId, RuleSet
from ttps_desktop.core.rules.periods import months_before

MRZ_KEY = "mrz"
APPLICANT_ITEM = "travel_document"
DEPENDANT_REQUIREMENT = "dependant_travel_document"
NAME_CHANGE_ITEM = "name_change_proof"
# Hong Kong and Macao SAR passports carry CHN as issuing state and nationality.
_SAME_ISSUER = {"HKG": "CHN", "MAC": "CHN"}
_TRANSLITERATION = str.maketrans({"Æ": "AE", "Ø": "OE", "ß": "SS", "Þ": "TH", "Ð": "D", "Ł": "L", "Œ": "OE"})
_UMLAUTS = str.maketrans({"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA"})


def reading_to_facts(reading: MrzReading) -> dict[str, Any]:
    """What the project keeps of a reading: the zone's lines when every check digit holds, else only why not."""
    data = reading.result.data if reading.result is not None else None
    if reading.status is ReadStatus.READ and data is not None:
        return {"status": reading.status.value, "lines": list(data.lines)}
    return {"status": reading.status.value}


def stored_zone(doc: StoredDocument, today: date) -> MrzData | None:
    stored = doc.facts.get(MRZ_KEY)
    if not isinstance(stored, Mapping) or stored.get("status") != ReadStatus.READ.value:
        return None
    lines = stored.get("lines")
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        return None
    return parse(lines, today).data


def is_travel_document_item(item_id: str) -> bool:
    return item_id == APPLICANT_ITEM or item_id.endswith("." + DEPENDANT_REQUIREMENT)


@dataclass(frozen=True)
class Holder:
    """Whose travel document: the applicant (``dependant`` None) or a dependant."""

    name: str
    nationality: str | None
    birth_date: date | None
    dependant: Dependant | None = None


def holder_of(item_id: str, facts: Facts) -> Holder | None:
    if item_id == APPLICANT_ITEM:
        return Holder(facts.applicant.name, facts.nationality, facts.applicant.birth_date)
    key, _, requirement = item_id.partition(".")
    if requirement != DEPENDANT_REQUIREMENT:
        return None
    spouses = [d for d in facts.dependants if d.relation is Relation.SPOUSE]
    children = [d for d in facts.dependants if d.relation is Relation.CHILD]
    found: Dependant | None = None
    if key == "spouse" and spouses:
        found = spouses[0]
    elif key.startswith("child_") and key[6:].isdigit() and 0 < int(key[6:]) <= len(children):
        found = children[int(key[6:]) - 1]
    if found is None:
        return None
    return Holder(found.name, found.nationality, found.birth_date, found)


def _letters(text: str, umlauts: bool) -> list[str]:
    text = text.upper()
    if umlauts:
        text = text.translate(_UMLAUTS)
    text = text.translate(_TRANSLITERATION)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return [t for t in re.split(r"[^A-Z]+", text) if t]


def same_name(facts_name: str, data: MrzData) -> bool:
    """Whether a name as the facts spell it is the zone's name: the same words in any order (surname first or
    last), or the same letters (XIAO YU and XIAOYU); the zone may cut a long name short."""
    zone = _letters(data.surname, False) + _letters(data.given_names, False)
    width = len(data.lines[-1]) if len(data.lines) == 3 else len(data.lines[0]) - 5
    name_field = data.lines[2] if len(data.lines) == 3 else data.lines[0][5:]
    truncated = len(name_field) == width and not name_field.endswith("<")
    for umlauts in (False, True):
        words = _letters(facts_name, umlauts)
        if not words:
            return True  # no Latin name in the facts: nothing to compare
        if sorted(words) == sorted(zone):
            return True
        joined = "".join(words)
        surname, given = "".join(_letters(data.surname, False)), "".join(_letters(data.given_names, False))
        for form in (surname + given, given + surname):
            if joined == form or (truncated and joined.startswith(form)):
                return True
    return False


def _zone_name(data: MrzData) -> str:
    """The name as the zone holds it, surname first: LIN, XIAOYU."""
    return ", ".join(p for p in (data.surname, data.given_names) if p)


def _country(code: str) -> str:
    return country_of_code().get(code, code)


def _stay(category: CategoryId | None, ruleset: RuleSet) -> int | None:
    if category is None or category not in ruleset.categories:
        return None
    return ruleset.categories[category].initial_stay_months


def mrz_findings(
    documents: Sequence[StoredDocument], facts: Facts, category: CategoryId | None, ruleset: RuleSet
) -> list[Finding]:
    """Findings from the zones read on the project's travel documents."""
    found: list[Finding] = []
    for doc in documents:
        if not is_travel_document_item(doc.item_id):
            continue
        holder = holder_of(doc.item_id, facts)
        stored = doc.facts.get(MRZ_KEY)
        if holder is None or not isinstance(stored, Mapping):
            continue
        name = doc.display_name
        status = stored.get("status")
        if status == ReadStatus.UNREADABLE.value:
            found.append(finding(Severity.WARNING, FindingCode.MRZ_UNREADABLE, name, name=name))
            continue
        if status == ReadStatus.NOT_FOUND.value:
            found.append(finding(Severity.INFO, FindingCode.MRZ_NOT_FOUND, name, name=name))
            continue
        data = stored_zone(doc, facts.application_date)
        if data is None:
            continue
        found += _compare(doc, data, holder, facts, category, ruleset)
    return found


def _compare(
    doc: StoredDocument,
    data: MrzData,
    holder: Holder,
    facts: Facts,
    category: CategoryId | None,
    ruleset: RuleSet,
) -> list[Finding]:
    name, day = doc.display_name, facts.application_date
    found: list[Finding] = []
    if holder.name and not same_name(holder.name, data):
        if holder.dependant is None and facts.name_changed:
            found.append(
                finding(
                    Severity.INFO,
                    FindingCode.MRZ_NAME_CHANGED,
                    name,
                    name=name,
                    mrz_name=_zone_name(data),
                    facts_name=holder.name,
                    item=catalogue().requirement(NAME_CHANGE_ITEM).title,
                )
            )
        else:
            found.append(
                finding(
                    Severity.WARNING,
                    FindingCode.MRZ_NAME_DIFFERS,
                    name,
                    name=name,
                    mrz_name=_zone_name(data),
                    facts_name=holder.name,
                )
            )
    if holder.nationality and data.nationality and _country(data.nationality) != holder.nationality:
        found.append(
            finding(
                Severity.WARNING,
                FindingCode.MRZ_NATIONALITY_DIFFERS,
                name,
                name=name,
                mrz_value=data.nationality,
                facts_value=holder.nationality,
            )
        )
    if holder.birth_date and data.birth_date and holder.birth_date != data.birth_date:
        found.append(
            finding(
                Severity.WARNING,
                FindingCode.MRZ_BIRTH_DATE_DIFFERS,
                name,
                name=name,
                mrz_date=data.birth_date,
                facts_date=holder.birth_date,
            )
        )
    travel = facts.travel_document if holder.dependant is None else None
    if travel is not None:
        issuer = _country(data.issuing_state)
        if issuer != travel.issuing_country and _SAME_ISSUER.get(travel.issuing_country) != issuer:
            found.append(
                finding(
                    Severity.WARNING,
                    FindingCode.MRZ_ISSUER_DIFFERS,
                    name,
                    name=name,
                    mrz_value=data.issuing_state,
                    facts_value=travel.issuing_country,
                )
            )
        if travel.number and travel.number != data.document_number:
            found.append(
                finding(
                    Severity.WARNING,
                    FindingCode.MRZ_NUMBER_DIFFERS,
                    name,
                    name=name,
                    mrz_value=data.document_number,
                    facts_value=travel.number,
                )
            )
        if travel.expiry_date and data.expiry_date and travel.expiry_date != data.expiry_date:
            found.append(
                finding(
                    Severity.WARNING,
                    FindingCode.MRZ_EXPIRY_DIFFERS,
                    name,
                    name=name,
                    mrz_date=data.expiry_date,
                    facts_date=travel.expiry_date,
                )
            )
    expiry = data.expiry_date
    if expiry is None:
        return found
    if expiry <= day:
        found.append(finding(Severity.ERROR, FindingCode.MRZ_EXPIRED, name, name=name, expiry=expiry))
        return found
    months = _stay(category, ruleset)
    if months is not None and category is not None:
        stay_end = months_before(day, -months)
        if expiry < stay_end:
            found.append(
                finding(
                    Severity.WARNING,
                    FindingCode.MRZ_EXPIRES_DURING_STAY,
                    name,
                    name=name,
                    expiry=expiry,
                    months=months,
                    category=category.value,
                    stay_end=stay_end,
                )
            )
    return found
