"""The facts of an extension of stay: the ``extension`` section of FACTS.json, read strictly into typed values.

The rest of FACTS.json (applicant, nationality, travel document, degrees, dependants, ``in_hong_kong``,
``has_hkid``) means for an extension what it means for an entry application; ``application_date`` is the day the
extension is (to be) applied for, and the dependants listed are those extending alongside the applicant.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.jsonread import MSG_REQUIRED, DataError, Node
from ttps_desktop.core.language import QT_TRANSLATE_NOOP

CATEGORIES = ("A", "B", "C")

MSG_EXT_BAD_CATEGORY = QT_TRANSLATE_NOOP(
    "Errors", "{file}: {place} is {found}; it must be the category you were admitted under: A, B or C."
)
MSG_EXT_DATES_ORDER = QT_TRANSLATE_NOOP(
    "Errors", "{file}: {place} ({later}) must not be before {other} ({earlier})."
)
MSG_EXT_NEGATIVE = QT_TRANSLATE_NOOP("Errors", "{file}: {place} must not be negative (found {found}).")
MSG_EXT_NOT_A_FLAG = QT_TRANSLATE_NOOP("Errors", "{file}: {place} must be true or false (found {found}).")
MSG_EXT_BAD_ROUTE = QT_TRANSLATE_NOOP(
    "Errors", "{file}: {place} is {found}; it must be employment or business."
)
MSG_EXT_ROUTE_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "{file}: extension.route is {route}, but there is no extension.{route} section describing it."
)
MSG_EXT_YEAR_OF_ASSESSMENT = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: {place} is {found}; write the year of assessment as YYYY/YY, e.g. 2025/26 (1 April 2025 to 31 March 2026).",
)


class ExtensionFactError(DataError):
    """A wrong value in the ``extension`` section, explained in the user's language."""

    def __init__(self, message: str, file: str, place: str, **params: object) -> None:
        BadInputError.__init__(self, message, file=file, place=place, **params)
        self.file, self.place, self.problem = file, place, self.english()


class Route(StrEnum):
    """How the applicant meets the extension test (IMMD-2026, extension section)."""

    EMPLOYMENT = "employment"
    BUSINESS = "business"


@dataclass(frozen=True)
class Permission:
    """The stay held now: the category admitted under and its dates."""

    category: str  # "A", "B" or "C"
    granted_on: date
    expires_on: date  # the last day of the permitted stay
    first_entry: date | None = None  # the first entry under TTPS: the start of ordinary residence


@dataclass(frozen=True)
class ExtensionEmployment:
    employer: str = ""
    post: str = ""
    monthly_pay_hkd: Decimal | None = None
    contract_start: date | None = None
    contract_end: date | None = None  # None: open-ended (permanent) contract
    employer_listed_on_hkex: bool = False
    employer_work_visa_approved_last_24_months: bool = False
    intra_company_transfer: bool = False
    employer_outside_hong_kong: bool = False
    commission_based: bool = False


@dataclass(frozen=True)
class ExtensionBusiness:
    company: str = ""
    registered_on: date | None = None
    turnover_hkd: Decimal | None = None  # the last financial year's
    capital_invested_hkd: Decimal | None = None
    local_staff: int | None = None
    office_in_hong_kong: bool | None = None


@dataclass(frozen=True)
class AssessableIncome:
    """Assessable income for one Hong Kong year of assessment (1 April to 31 March)."""

    year_of_assessment: str  # "2025/26"
    amount_hkd: Decimal

    @property
    def first_year(self) -> int:
        return int(self.year_of_assessment[:4])


@dataclass(frozen=True)
class ExtensionFacts:
    permission: Permission
    route: Route | None = None  # None: as the sections given say (employment first)
    employment: ExtensionEmployment | None = None
    business: ExtensionBusiness | None = None
    assessable_income: AssessableIncome | None = None  # for the last year of assessment
    degree_verification_submitted: bool = False  # with the entry application

    @property
    def routes(self) -> tuple[Route, ...]:
        """The routes the facts describe, the chosen one first."""
        given = [
            r for r, part in ((Route.EMPLOYMENT, self.employment), (Route.BUSINESS, self.business)) if part
        ]
        if self.route is not None and self.route in given:
            given.remove(self.route)
            given.insert(0, self.route)
        return tuple(given)


def _flag(n: Node, key: str, default: bool | None = False) -> bool | None:
    value = n.raw(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ExtensionFactError(MSG_EXT_NOT_A_FLAG, n.file, n.path_of(key), found=json.dumps(value))
    return value


def _bool(n: Node, key: str) -> bool:
    return bool(_flag(n, key, False))


def _money(n: Node, key: str) -> Decimal | None:
    if not n.has(key):
        n.raw(key)
        return None
    amount = n.decimal(key)
    if amount < 0:
        raise ExtensionFactError(MSG_EXT_NEGATIVE, n.file, n.path_of(key), found=str(amount))
    return amount


def _ordered(n: Node, earlier_key: str, earlier: date | None, later_key: str, later: date | None) -> None:
    if earlier is not None and later is not None and later < earlier:
        raise ExtensionFactError(
            MSG_EXT_DATES_ORDER,
            n.file,
            n.path_of(later_key),
            later=later.isoformat(),
            other=earlier_key,
            earlier=earlier.isoformat(),
        )


def _permission(n: Node) -> Permission:
    category = n.raw("category")
    if category not in CATEGORIES:
        raise ExtensionFactError(
            MSG_EXT_BAD_CATEGORY, n.file, n.path_of("category"), found=json.dumps(category)
        )
    granted, expires, entry = n.day("granted_on"), n.day("expires_on"), n.opt_day("first_entry")
    _ordered(n, "granted_on", granted, "expires_on", expires)
    _ordered(n, "first_entry", entry, "expires_on", expires)
    return Permission(str(category), granted, expires, entry)


def _employment(n: Node) -> ExtensionEmployment:
    start, end = n.opt_day("contract_start"), n.opt_day("contract_end")
    _ordered(n, "contract_start", start, "contract_end", end)
    return ExtensionEmployment(
        employer=n.text("employer", "").strip(),
        post=n.text("post", "").strip(),
        monthly_pay_hkd=_money(n, "monthly_pay_hkd"),
        contract_start=start,
        contract_end=end,
        employer_listed_on_hkex=_bool(n, "employer_listed_on_hkex"),
        employer_work_visa_approved_last_24_months=_bool(n, "employer_work_visa_approved_last_24_months"),
        intra_company_transfer=_bool(n, "intra_company_transfer"),
        employer_outside_hong_kong=_bool(n, "employer_outside_hong_kong"),
        commission_based=_bool(n, "commission_based"),
    )


def _business(n: Node) -> ExtensionBusiness:
    staff: int | None = None
    if n.has("local_staff"):
        staff = n.integer("local_staff")
        if staff < 0:
            raise ExtensionFactError(MSG_EXT_NEGATIVE, n.file, n.path_of("local_staff"), found=str(staff))
    else:
        n.raw("local_staff")
    return ExtensionBusiness(
        company=n.text("company", "").strip(),
        registered_on=n.opt_day("registered_on"),
        turnover_hkd=_money(n, "turnover_hkd"),
        capital_invested_hkd=_money(n, "capital_invested_hkd"),
        local_staff=staff,
        office_in_hong_kong=_flag(n, "office_in_hong_kong", None),
    )


def _assessable(n: Node) -> AssessableIncome:
    year = n.raw("year_of_assessment")
    ok = isinstance(year, str) and len(year) == 7 and year[4] == "/" and year[:4].isdigit()
    ok = ok and year[5:].isdigit() and (int(year[:4]) + 1) % 100 == int(year[5:])
    if not ok:
        raise ExtensionFactError(
            MSG_EXT_YEAR_OF_ASSESSMENT, n.file, n.path_of("year_of_assessment"), found=json.dumps(year)
        )
    amount = _money(n, "amount_hkd")
    if amount is None:
        raise DataError(n.file, n.path_of("amount_hkd"), "is required", MSG_REQUIRED)
    return AssessableIncome(str(year), amount)


def read_extension(n: Node) -> ExtensionFacts:
    """The ``extension`` object of FACTS.json."""
    permission = n.node("permission").read(_permission)
    route_value = n.raw("route")
    route: Route | None = None
    if route_value is not None:
        try:
            route = Route(route_value)
        except (ValueError, TypeError):
            raise ExtensionFactError(
                MSG_EXT_BAD_ROUTE, n.file, n.path_of("route"), found=json.dumps(route_value)
            ) from None
    employment = n.opt_node("employment")
    business = n.opt_node("business")
    income = n.opt_node("assessable_income")
    facts = ExtensionFacts(
        permission=permission,
        route=route,
        employment=employment.read(_employment) if employment else None,
        business=business.read(_business) if business else None,
        assessable_income=income.read(_assessable) if income else None,
        degree_verification_submitted=_bool(n, "degree_verification_submitted"),
    )
    if route is not None and route not in facts.routes:
        raise ExtensionFactError(MSG_EXT_ROUTE_MISSING, n.file, n.path_of("route"), route=route.value)
    return facts


def extension_to_json(ext: ExtensionFacts) -> dict[str, Any]:
    """The inverse of read_extension."""

    def d(value: date | None) -> str | None:
        return value.isoformat() if value else None

    def m(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    out: dict[str, Any] = {
        "permission": {
            "category": ext.permission.category,
            "granted_on": d(ext.permission.granted_on),
            "expires_on": d(ext.permission.expires_on),
            "first_entry": d(ext.permission.first_entry),
        },
        "route": ext.route.value if ext.route else None,
        "degree_verification_submitted": ext.degree_verification_submitted,
    }
    if ext.employment is not None:
        e = ext.employment
        out["employment"] = {
            "employer": e.employer,
            "post": e.post,
            "monthly_pay_hkd": m(e.monthly_pay_hkd),
            "contract_start": d(e.contract_start),
            "contract_end": d(e.contract_end),
            "employer_listed_on_hkex": e.employer_listed_on_hkex,
            "employer_work_visa_approved_last_24_months": e.employer_work_visa_approved_last_24_months,
            "intra_company_transfer": e.intra_company_transfer,
            "employer_outside_hong_kong": e.employer_outside_hong_kong,
            "commission_based": e.commission_based,
        }
    if ext.business is not None:
        b = ext.business
        out["business"] = {
            "company": b.company,
            "registered_on": d(b.registered_on),
            "turnover_hkd": m(b.turnover_hkd),
            "capital_invested_hkd": m(b.capital_invested_hkd),
            "local_staff": b.local_staff,
            "office_in_hong_kong": b.office_in_hong_kong,
        }
    if ext.assessable_income is not None:
        out["assessable_income"] = {
            "year_of_assessment": ext.assessable_income.year_of_assessment,
            "amount_hkd": str(ext.assessable_income.amount_hkd),
        }
    return out
