"""What an applicant tells us (FACTS.json, ../shared/spec/cli-and-facts.md), read strictly into typed values."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from ttps_desktop.core.countries import (
    country_matches,
    currency_matches,
    find_country,
    find_currency,
    is_country,
    is_currency,
)
from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.extension.facts import ExtensionFacts, extension_to_json, read_extension
from ttps_desktop.core.jsonread import DataError, Node, load_json
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.rules.money import ExchangeRate


class TravelDocumentKind(StrEnum):
    PASSPORT = "passport"
    TRAVEL_PERMIT = "travel_permit"  # e.g. the Mainland's Exit-entry Permit
    OTHER = "other"


class DegreeLevel(StrEnum):
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTOR = "doctor"
    OTHER = "other"


class ResidenceKind(StrEnum):
    """Where the applicant lives, as the scheme's documents distinguish it (IMMD-2026, documents)."""

    MAINLAND = "mainland"
    MACAO = "macao"
    TAIWAN = "taiwan"
    OVERSEAS = "overseas"  # outside the Mainland, Hong Kong, Macao and Taiwan
    HONG_KONG = "hong_kong"
    OTHER = "other"


# The country each residence kind implies (ISO 3166-1 alpha-3); "overseas" is any other country.
RESIDENCE_KIND_COUNTRY = {
    ResidenceKind.MAINLAND: "CHN",
    ResidenceKind.MACAO: "MAC",
    ResidenceKind.TAIWAN: "TWN",
    ResidenceKind.HONG_KONG: "HKG",
}

MSG_FACT_NOT_A_FLAG = QT_TRANSLATE_NOOP("Errors", "{file}: {place} must be true or false (found {found}).")
MSG_FACT_BAD_RESIDENCE_KIND = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: {place} is {found}; it must be one of mainland, macao, taiwan, overseas, hong_kong or other.",
)
MSG_FACT_RESIDENCE_DISAGREES = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: residence_kind is {kind} but residence.country is {country}: correct one of them.",
)
MSG_FACT_SHARES_ONLY_FOR_BUSINESS = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: {place} applies only to income of kind business_profit (this item is {kind}).",
)


MSG_FACT_NOT_A_COUNTRY = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: {place}: {found} is not a country: write a country's name or its code (CHN).",
)
MSG_FACT_NOT_A_CURRENCY = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: {place}: {found} is not a currency: write a currency's name or its code (USD).",
)
MSG_FACT_COUNTRY_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: {place}: {found} names more than one country ({codes}): write the code of the one you mean.",
)
MSG_FACT_CURRENCY_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: {place}: {found} names more than one currency ({codes}): write the code of the one you mean.",
)
MSG_FACT_NEGATIVE = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: must not be negative")
MSG_FACT_NOT_POSITIVE = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: must be greater than zero")
MSG_FACT_EMPTY = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: is empty")
MSG_FACT_SECOND_RATE = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: a second rate for {currency}")


class FactError(DataError):
    """A FACTS.json value that is wrong in a way we explain in the user's language."""

    def __init__(self, message: str, file: str, place: str, **params: object) -> None:
        BadInputError.__init__(self, message, file=file, place=place, **params)
        self.file, self.place, self.problem = file, place, self.english()


class IncomeKind(StrEnum):
    SALARY = "salary"
    ALLOWANCE = "allowance"
    BONUS = "bonus"
    STOCK_OPTIONS = "stock_options"
    BUSINESS_PROFIT = "business_profit"
    INVESTMENT = "investment"
    OTHER = "other"


class Relation(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"


@dataclass(frozen=True)
class Applicant:
    name: str = ""
    name_native: str = ""
    reference: str = ""
    birth_date: date | None = None  # as in the travel document; compared with its machine-readable zone

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.name, self.name_native) if p)


@dataclass(frozen=True)
class TravelDocument:
    kind: TravelDocumentKind
    issuing_country: str
    expiry_date: date | None
    number: str = ""  # the document number; compared with the machine-readable zone


@dataclass(frozen=True)
class Residence:
    country: str
    overseas_permanent_resident: bool = False
    overseas_since: date | None = None


@dataclass(frozen=True)
class Degree:
    level: DegreeLevel
    institution: str
    awarded: date
    hk_full_time_locally_accredited: bool = False
    honorary: bool = False  # IMMD-2026 note 2: honorary degrees are not accepted
    continuing_education: bool = (
        False  # note 4: continuing-education arm, branch, extension, subsidiary school
    )


@dataclass(frozen=True)
class Employment:
    employer: str
    start: date
    end: date | None  # None: still working there
    full_time: bool = True
    self_employed: bool = False


@dataclass(frozen=True)
class IncomeItem:
    kind: IncomeKind
    amount: Decimal
    currency: str
    period_start: date
    period_end: date
    shares_held_whole_year: bool | None = None  # business_profit only (note 1); None: not said


@dataclass(frozen=True)
class Dependant:
    relation: Relation
    name: str = ""
    birth_date: date | None = None
    married: bool = False
    nationality: str | None = None
    in_hong_kong: bool = False
    residence_kind: ResidenceKind | None = None  # None: as the applicant, for the documents it decides


@dataclass(frozen=True)
class Facts:
    application_date: date
    nationality: str | None = None
    applicant: Applicant = field(default_factory=Applicant)
    travel_document: TravelDocument | None = None
    residence: Residence | None = None
    has_hkid: bool = False
    degrees: tuple[Degree, ...] = ()
    employment: tuple[Employment, ...] = ()
    income: tuple[IncomeItem, ...] = ()
    exchange_rates: tuple[ExchangeRate, ...] = ()
    dependants: tuple[Dependant, ...] = ()
    name_changed: bool = False
    documents_not_in_chinese_or_english: bool = False
    in_hong_kong: bool = False  # staying in Hong Kong now: the arrival-stamp page is needed
    residence_kind: ResidenceKind | None = None  # None: decided from residence.country
    extension: ExtensionFacts | None = None  # an extension of stay's own facts (README, "Extension facts")

    def rates(self) -> dict[str, ExchangeRate]:
        return {r.currency: r for r in self.exchange_rates}

    @property
    def lives_in(self) -> ResidenceKind | None:
        """Where the applicant lives: as said, else from the country of residence (older facts files)."""
        if self.residence_kind is not None:
            return self.residence_kind
        if self.residence is None:
            return None
        country = self.residence.country
        for kind, code in RESIDENCE_KIND_COUNTRY.items():
            if code == country:
                return kind
        return ResidenceKind.OVERSEAS


def _code(node: Node, key: str, kind: str) -> str:
    """A country (ISO 3166-1 alpha-3) or currency (ISO 4217) code that exists, else a translated error.

    A name is taken too ("China", "中国", "UK", "US dollar"), matched as the window's pickers match what is typed,
    and read as its code (so a project made from the file stores the code); a name that fits more than one is an
    error that lists their codes."""
    value = node.text(key)
    country = kind == "country"
    if is_country(value) if country else is_currency(value):
        return value
    code = find_country(value) if country else find_currency(value)
    if code is not None:
        return code
    candidates = country_matches(value) if country else currency_matches(value)
    if len(candidates) > 1:
        message = MSG_FACT_COUNTRY_AMBIGUOUS if country else MSG_FACT_CURRENCY_AMBIGUOUS
        raise FactError(message, node.file, node.path_of(key), found=repr(value), codes=sorted(candidates))
    message = MSG_FACT_NOT_A_COUNTRY if country else MSG_FACT_NOT_A_CURRENCY
    raise FactError(message, node.file, node.path_of(key), found=repr(value))


def _opt_code(node: Node, key: str, kind: str) -> str | None:
    if node.has(key):
        return _code(node, key, kind)
    node.raw(key)  # present as null, or absent: either way "not given"
    return None


def _flag(n: Node, key: str) -> bool:
    """An optional true/false fact (false when absent), with a translated error."""
    value = n.raw(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise FactError(MSG_FACT_NOT_A_FLAG, n.file, n.path_of(key), found=json.dumps(value))
    return value


def _applicant(n: Node) -> Applicant:
    return Applicant(
        n.text("name", ""), n.text("name_native", ""), n.text("reference", ""), n.opt_day("birth_date")
    )


def _travel_document(n: Node) -> TravelDocument:
    return TravelDocument(
        n.enum("kind", TravelDocumentKind),
        _code(n, "issuing_country", "country"),
        n.opt_day("expiry_date"),
        n.text("number", "").strip().upper(),
    )


def _residence(n: Node) -> Residence:
    return Residence(
        _code(n, "country", "country"),
        n.flag("overseas_permanent_resident", False),
        n.opt_day("overseas_since"),
    )


def _degree(n: Node) -> Degree:
    institution = n.text("institution").strip()
    if not institution:
        raise FactError(MSG_FACT_EMPTY, n.file, n.path_of("institution"))
    return Degree(
        n.enum("level", DegreeLevel),
        institution,
        n.day("awarded"),
        n.flag("hk_full_time_locally_accredited", False),
        _flag(n, "honorary"),
        _flag(n, "continuing_education"),
    )


def _employment(n: Node) -> Employment:
    return Employment(
        n.text("employer", ""),
        n.day("start"),
        n.opt_day("end"),
        n.flag("full_time", True),
        n.flag("self_employed", False),
    )


def _income(n: Node) -> IncomeItem:
    amount = n.decimal("amount")
    if amount < 0:
        raise FactError(MSG_FACT_NEGATIVE, n.file, n.path_of("amount"))
    kind = n.enum("kind", IncomeKind)
    shares: bool | None = None
    if n.raw("shares_held_whole_year") is not None:
        if kind is not IncomeKind.BUSINESS_PROFIT:
            raise FactError(
                MSG_FACT_SHARES_ONLY_FOR_BUSINESS,
                n.file,
                n.path_of("shares_held_whole_year"),
                kind=kind.value,
            )
        shares = _flag(n, "shares_held_whole_year")
    return IncomeItem(
        kind,
        amount,
        _code(n, "currency", "currency"),
        n.day("period_start"),
        n.day("period_end"),
        shares,
    )


def _rate(n: Node) -> ExchangeRate:
    rate = n.decimal("hkd_per_unit")
    if rate <= 0:
        raise FactError(MSG_FACT_NOT_POSITIVE, n.file, n.path_of("hkd_per_unit"))
    return ExchangeRate(
        _code(n, "currency", "currency"),
        rate,
        n.day("date"),
        n.text("source"),
    )


def _dependant(n: Node) -> Dependant:
    return Dependant(
        n.enum("relation", Relation),
        n.text("name", ""),
        n.opt_day("birth_date"),
        n.flag("married", False),
        _opt_code(n, "nationality", "country"),
        _flag(n, "in_hong_kong"),
        _residence_kind(n, None),
    )


def _residence_kind(n: Node, residence: Residence | None) -> ResidenceKind | None:
    value = n.raw("residence_kind")
    if value is None:
        return None
    try:
        kind = ResidenceKind(value)
    except (ValueError, TypeError):
        raise FactError(
            MSG_FACT_BAD_RESIDENCE_KIND, n.file, n.path_of("residence_kind"), found=json.dumps(value)
        ) from None
    if residence is not None and kind is not ResidenceKind.OTHER:
        implied = RESIDENCE_KIND_COUNTRY.get(kind)
        overseas = kind is ResidenceKind.OVERSEAS
        if (implied and residence.country != implied) or (
            overseas and residence.country in RESIDENCE_KIND_COUNTRY.values()
        ):
            raise FactError(
                MSG_FACT_RESIDENCE_DISAGREES,
                n.file,
                "residence_kind",
                kind=kind.value,
                country=residence.country,
            )
    return kind


def _facts(n: Node) -> Facts:
    applicant = n.opt_node("applicant")
    travel = n.opt_node("travel_document")
    residence = n.opt_node("residence")
    rates = tuple(r.read(_rate) for r in n.nodes("exchange_rates"))
    seen: set[str] = set()
    for index, rate in enumerate(rates):
        if rate.currency in seen:
            raise DataError(
                n.file,
                f"exchange_rates[{index}].currency",
                f"a second rate for {rate.currency}",
                MSG_FACT_SECOND_RATE,
                currency=rate.currency,
            )
        seen.add(rate.currency)
    residence_facts = residence.read(_residence) if residence else None
    extension = n.opt_node("extension")
    return Facts(
        application_date=n.day("application_date"),
        nationality=_opt_code(n, "nationality", "country"),
        applicant=applicant.read(_applicant) if applicant else Applicant(),
        travel_document=travel.read(_travel_document) if travel else None,
        residence=residence_facts,
        has_hkid=n.flag("has_hkid", False),
        degrees=tuple(d.read(_degree) for d in n.nodes("degrees")),
        employment=tuple(e.read(_employment) for e in n.nodes("employment")),
        income=tuple(i.read(_income) for i in n.nodes("income")),
        exchange_rates=rates,
        dependants=tuple(d.read(_dependant) for d in n.nodes("dependants")),
        name_changed=n.flag("name_changed", False),
        documents_not_in_chinese_or_english=n.flag("documents_not_in_chinese_or_english", False),
        in_hong_kong=_flag(n, "in_hong_kong"),
        residence_kind=_residence_kind(n, residence_facts),
        extension=extension.read(read_extension) if extension else None,
    )


def parse_facts(data: Any, file: str = "FACTS.json") -> Facts:
    """Read facts from parsed JSON; a DataError names the first field that is wrong."""
    return Node(data, file).read(_facts)


def load_facts(path: Path) -> Facts:
    return parse_facts(load_json(path), str(path))


def facts_to_json(facts: Facts) -> dict[str, Any]:
    """The inverse of parse_facts: what a project stores and the wizard edits."""

    def d(value: date | None) -> str | None:
        return value.isoformat() if value else None

    applicant: dict[str, Any] = {
        "name": facts.applicant.name,
        "name_native": facts.applicant.name_native,
        "reference": facts.applicant.reference,
    }
    if facts.applicant.birth_date is not None:  # written only when known, as older files lack it
        applicant["birth_date"] = d(facts.applicant.birth_date)
    travel: dict[str, Any] | None = None
    if facts.travel_document is not None:
        travel = {
            "kind": facts.travel_document.kind.value,
            "issuing_country": facts.travel_document.issuing_country,
            "expiry_date": d(facts.travel_document.expiry_date),
        }
        if facts.travel_document.number:
            travel["number"] = facts.travel_document.number
    data: dict[str, Any] = {
        "applicant": applicant,
        "application_date": facts.application_date.isoformat(),
        "nationality": facts.nationality,
        "travel_document": travel,
        "residence": None
        if facts.residence is None
        else {
            "country": facts.residence.country,
            "overseas_permanent_resident": facts.residence.overseas_permanent_resident,
            "overseas_since": d(facts.residence.overseas_since),
        },
        "has_hkid": facts.has_hkid,
        "degrees": [
            {
                "level": g.level.value,
                "institution": g.institution,
                "awarded": d(g.awarded),
                "hk_full_time_locally_accredited": g.hk_full_time_locally_accredited,
                "honorary": g.honorary,
                "continuing_education": g.continuing_education,
            }
            for g in facts.degrees
        ],
        "employment": [
            {
                "employer": e.employer,
                "start": d(e.start),
                "end": d(e.end),
                "full_time": e.full_time,
                "self_employed": e.self_employed,
            }
            for e in facts.employment
        ],
        "income": [
            {
                "kind": i.kind.value,
                "amount": str(i.amount),
                "currency": i.currency,
                "period_start": d(i.period_start),
                "period_end": d(i.period_end),
                **(
                    {"shares_held_whole_year": i.shares_held_whole_year}
                    if i.shares_held_whole_year is not None
                    else {}
                ),
            }
            for i in facts.income
        ],
        "exchange_rates": [
            {
                "currency": r.currency,
                "hkd_per_unit": str(r.hkd_per_unit),
                "date": d(r.date),
                "source": r.source,
            }
            for r in facts.exchange_rates
        ],
        "dependants": [
            {
                "relation": p.relation.value,
                "name": p.name,
                "birth_date": d(p.birth_date),
                "married": p.married,
                "nationality": p.nationality,
                "in_hong_kong": p.in_hong_kong,
                "residence_kind": p.residence_kind.value if p.residence_kind else None,
            }
            for p in facts.dependants
        ],
        "name_changed": facts.name_changed,
        "documents_not_in_chinese_or_english": facts.documents_not_in_chinese_or_english,
        "in_hong_kong": facts.in_hong_kong,
        "residence_kind": facts.residence_kind.value if facts.residence_kind else None,
    }
    if facts.extension is not None:
        data["extension"] = extension_to_json(facts.extension)
    return data
