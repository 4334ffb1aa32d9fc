"""Facts filled in from a travel document's machine-readable zone, for the user to confirm: the name,
nationality, date of birth, document number, issuer and expiry date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ttps_desktop.core.mrz.parse import MrzData, country_of_code
from ttps_desktop.core.rules.facts import Dependant, Facts, TravelDocument, TravelDocumentKind


@dataclass(frozen=True)
class ZoneFacts:
    """What a zone says, as the facts write it."""

    name: str  # SURNAME Given Names, as the demo and most forms write a romanised name
    nationality: str | None  # ISO 3166-1 alpha-3 (D becomes DEU); None when the zone gives none
    birth_date: date | None
    document_number: str
    issuing_country: str
    expiry_date: date | None
    kind: TravelDocumentKind


def zone_facts(data: MrzData) -> ZoneFacts:
    codes = country_of_code()
    given = " ".join(part.capitalize() for part in data.given_names.split())
    name = " ".join(p for p in (data.surname, given) if p)
    nationality = codes.get(data.nationality, data.nationality) or None
    kind = TravelDocumentKind.PASSPORT if data.document_code.startswith("P") else TravelDocumentKind.OTHER
    return ZoneFacts(
        name,
        nationality,
        data.birth_date,
        data.document_number,
        codes.get(data.issuing_state, data.issuing_state),
        data.expiry_date,
        kind,
    )


def apply_to_applicant(facts: Facts, zone: ZoneFacts) -> Facts:
    """The applicant's facts with the zone's name, nationality, date of birth and travel document."""
    travel = TravelDocument(zone.kind, zone.issuing_country, zone.expiry_date, zone.document_number)
    return replace(
        facts,
        applicant=replace(facts.applicant, name=zone.name, birth_date=zone.birth_date),
        nationality=zone.nationality or facts.nationality,
        travel_document=travel,
    )


def apply_to_dependant(dependant: Dependant, zone: ZoneFacts) -> Dependant:
    """A dependant's facts with the zone's name, nationality and date of birth."""
    return replace(
        dependant,
        name=zone.name,
        nationality=zone.nationality or dependant.nationality,
        birth_date=zone.birth_date or dependant.birth_date,
    )
