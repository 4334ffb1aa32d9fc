"""Extension facts → verdicts with reasons and sources: can one apply now, which route the facts support, how long
the extension is likely to be, and the press-reported scenarios (guidance marked verify, never a verdict).

Everything is judged on the facts' ``application_date`` (the day the extension is, or will be, applied for)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from ttps_desktop.core.extension.facts import ExtensionFacts, Route
from ttps_desktop.core.extension.rules import ExtensionRules, ExtensionVersion, extension_rules
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, MessageText, ParamValue, register_enum_texts
from ttps_desktop.core.rules import periods
from ttps_desktop.core.rules.facts import Facts
from ttps_desktop.core.rules.reasons import Outcome, Verdict

_CTX = "Extension"


class ExtensionCode(StrEnum):
    """Stable codes (printed by ``check --json``): never rename one; add new ones."""

    WINDOW_OPEN = "window_open"
    WINDOW_NOT_YET_OPEN = "window_not_yet_open"
    WINDOW_CLOSED = "window_closed"
    WINDOW_TEMPORARY = "window_temporary"
    WINDOW_STANDING = "window_standing"
    IN_HONG_KONG = "in_hong_kong"
    NOT_IN_HONG_KONG = "not_in_hong_kong"
    ROUTE_SUPPORTED = "route_supported"
    ROUTE_MISSING_FACTS = "route_missing_facts"
    ROUTE_NONE = "route_none"
    ROUTE_EMPLOYER_OUTSIDE_HK = "route_employer_outside_hk"
    ROUTE_MARKET_PAY = "route_market_pay"
    ROUTE_HEALTHY_BUSINESS = "route_healthy_business"
    COMPANY_PAPERS_WAIVED = "company_papers_waived"
    COMPANY_PAPERS_NEEDED = "company_papers_needed"
    INTRA_COMPANY_TRANSFER = "intra_company_transfer"
    YOUNG_COMPANY = "young_company"
    LENGTH_NORMAL = "length_normal"
    LENGTH_CONTRACT_END = "length_contract_end"
    LENGTH_TOP_TIER = "length_top_tier"
    TOP_TIER_TOO_SOON = "top_tier_too_soon"
    TOP_TIER_INCOME_BELOW = "top_tier_income_below"
    TOP_TIER_INCOME_MISSING = "top_tier_income_missing"
    TOP_TIER_WRONG_YEAR = "top_tier_wrong_year"
    FIRST_ENTRY_MISSING = "first_entry_missing"
    DEGREE_VERIFICATION_NEEDED = "degree_verification_needed"
    DEGREE_VERIFICATION_SENT = "degree_verification_sent"
    SCENARIO = "scenario"
    SCENARIO_PAY = "scenario_pay"


TEXTS: dict[ExtensionCode, str] = {
    ExtensionCode.WINDOW_OPEN: QT_TRANSLATE_NOOP(
        "Extension",
        "The application window is open: it opened on {opens}, and the stay expires on {expires}; apply by then.",
    ),
    ExtensionCode.WINDOW_NOT_YET_OPEN: QT_TRANSLATE_NOOP(
        "Extension",
        "Too early: you can apply from {opens} (the stay expires on {expires}).",
    ),
    ExtensionCode.WINDOW_CLOSED: QT_TRANSLATE_NOOP(
        "Extension",
        "The stay expired on {expires}: the extension can no longer be applied for in the ordinary way. Contact the Immigration Department at once.",
    ),
    ExtensionCode.WINDOW_TEMPORARY: QT_TRANSLATE_NOOP(
        "Extension",
        "Applying up to 3 months before expiry is a temporary arrangement in force since 1 November 2024.",
    ),
    ExtensionCode.WINDOW_STANDING: QT_TRANSLATE_NOOP(
        "Extension",
        "Verify: the standing rule is {weeks} weeks before expiry (from {standing_opens}); the GovHK e-service page still says it is not for stays with more than {weeks} weeks left.",
    ),
    ExtensionCode.IN_HONG_KONG: QT_TRANSLATE_NOOP(
        "Extension",
        "You are in Hong Kong: the application is made, paid and the e-Visa collected while here.",
    ),
    ExtensionCode.NOT_IN_HONG_KONG: QT_TRANSLATE_NOOP(
        "Extension",
        "You can apply only while in Hong Kong (to apply, pay and collect the e-Visa): the facts say you are not there now.",
    ),
    ExtensionCode.ROUTE_SUPPORTED: QT_TRANSLATE_NOOP(
        "Extension",
        "The facts describe the {route} route in full; the Immigration Department judges the merits.",
    ),
    ExtensionCode.ROUTE_MISSING_FACTS: QT_TRANSLATE_NOOP(
        "Extension", "The {route} route is missing: {missing}."
    ),
    ExtensionCode.ROUTE_NONE: QT_TRANSLATE_NOOP(
        "Extension",
        "No route is described: give employment in Hong Kong or a business in Hong Kong (extension.employment or extension.business).",
    ),
    ExtensionCode.ROUTE_EMPLOYER_OUTSIDE_HK: QT_TRANSLATE_NOOP(
        "Extension",
        "The employer is outside Hong Kong: the official test is employment in Hong Kong, so the app gives no verdict on this route (see the guidance below).",
    ),
    ExtensionCode.ROUTE_MARKET_PAY: QT_TRANSLATE_NOOP(
        "Extension",
        "Employment test: a post commonly taken up by degree holders (or people with good professional or technical qualifications), at market-level pay; {post} at HK${pay} a month.",
    ),
    ExtensionCode.ROUTE_HEALTHY_BUSINESS: QT_TRANSLATE_NOOP(
        "Extension",
        "Business test: a business in Hong Kong that operates healthily and sustainably (turnover, financial resources, investment, local jobs, economic benefit, time spent in Hong Kong).",
    ),
    ExtensionCode.COMPANY_PAPERS_WAIVED: QT_TRANSLATE_NOOP(
        "Extension",
        "The employer's company papers are not needed: the employer is listed on the Stock Exchange of Hong Kong or had a work visa approved in the last {months} months.",
    ),
    ExtensionCode.COMPANY_PAPERS_NEEDED: QT_TRANSLATE_NOOP(
        "Extension",
        "The employer's company papers are needed (Business Registration certificate, financial standing; a business plan for a company under {young} months old), as the employer is neither listed nor had a work visa approved in the last {months} months.",
    ),
    ExtensionCode.INTRA_COMPANY_TRANSFER: QT_TRANSLATE_NOOP(
        "Extension",
        "Intra-company transfer: considered for managerial or professional posts; add the transfer papers.",
    ),
    ExtensionCode.YOUNG_COMPANY: QT_TRANSLATE_NOOP(
        "Extension",
        "{company} was registered on {registered}, less than {months} months before the application: add a business plan.",
    ),
    ExtensionCode.LENGTH_NORMAL: QT_TRANSLATE_NOOP(
        "Extension", "Likely length: up to {years} years, to {until}."
    ),
    ExtensionCode.LENGTH_CONTRACT_END: QT_TRANSLATE_NOOP(
        "Extension",
        "Likely length: to the end of the employment contract on {until}, sooner than {years} years ({full}).",
    ),
    ExtensionCode.LENGTH_TOP_TIER: QT_TRANSLATE_NOOP(
        "Extension",
        "Likely length: {years} years, to {until}: at least {min_years} years under the scheme (since {since}) and assessable income of HK${income} in {year}, at least HK${threshold}.",
    ),
    ExtensionCode.TOP_TIER_TOO_SOON: QT_TRANSLATE_NOOP(
        "Extension",
        "Not yet {min_years} years under the scheme on {day} (since {since}; {min_years} years on {mark}): the {years}-year extension does not apply.",
    ),
    ExtensionCode.TOP_TIER_INCOME_BELOW: QT_TRANSLATE_NOOP(
        "Extension",
        "Assessable income of HK${income} in {year} is below HK${threshold}: the {years}-year extension does not apply.",
    ),
    ExtensionCode.TOP_TIER_INCOME_MISSING: QT_TRANSLATE_NOOP(
        "Extension",
        "Give the assessable income of the year of assessment {year} (extension.assessable_income) to see whether the {years}-year extension applies (HK${threshold} or more).",
    ),
    ExtensionCode.TOP_TIER_WRONG_YEAR: QT_TRANSLATE_NOOP(
        "Extension",
        "The assessable income given is for {given}; the previous year of assessment for an application on {day} is {year}: the {years}-year extension cannot be judged.",
    ),
    ExtensionCode.FIRST_ENTRY_MISSING: QT_TRANSLATE_NOOP(
        "Extension",
        "The first entry under the scheme is not given (extension.permission.first_entry): time under the scheme is counted from the grant on {since}.",
    ),
    ExtensionCode.DEGREE_VERIFICATION_NEEDED: QT_TRANSLATE_NOOP(
        "Extension",
        "Category {category}: the degree verification was never sent, so it must go with the extension.",
    ),
    ExtensionCode.DEGREE_VERIFICATION_SENT: QT_TRANSLATE_NOOP(
        "Extension", "Category {category}: the degree verification was sent with the entry application."
    ),
    ExtensionCode.SCENARIO: QT_TRANSLATE_NOOP(
        "Extension", "Guidance, not a verdict (verify: press reports, November 2024): {scenario}"
    ),
    ExtensionCode.SCENARIO_PAY: QT_TRANSLATE_NOOP(
        "Extension",
        "Guidance, not a verdict (verify): the contract's pay comes to HK${annual} a year (12 × HK${monthly}); the reported figure is HK${threshold}.",
    ),
}

register_enum_texts(
    "Route",
    {
        Route.EMPLOYMENT: QT_TRANSLATE_NOOP("Route", "employment"),
        Route.BUSINESS: QT_TRANSLATE_NOOP("Route", "business"),
    },
)

MISSING_TEXTS: dict[str, str] = {
    "employer": QT_TRANSLATE_NOOP("ExtensionField", "the employer"),
    "post": QT_TRANSLATE_NOOP("ExtensionField", "the post"),
    "monthly_pay_hkd": QT_TRANSLATE_NOOP("ExtensionField", "the monthly pay in HK$"),
    "contract_start": QT_TRANSLATE_NOOP("ExtensionField", "the contract's start"),
    "company": QT_TRANSLATE_NOOP("ExtensionField", "the company"),
    "registered_on": QT_TRANSLATE_NOOP("ExtensionField", "when it was registered"),
    "turnover_hkd": QT_TRANSLATE_NOOP("ExtensionField", "the turnover in HK$"),
    "capital_invested_hkd": QT_TRANSLATE_NOOP("ExtensionField", "the capital invested in HK$"),
    "local_staff": QT_TRANSLATE_NOOP("ExtensionField", "the number of local staff"),
    "office_in_hong_kong": QT_TRANSLATE_NOOP("ExtensionField", "whether it has an office in Hong Kong"),
}


@dataclass(frozen=True)
class ExtensionReason:
    code: ExtensionCode
    outcome: Outcome
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    source: str | None = None
    verify: bool = False

    @property
    def message(self) -> Message:
        return Message(MessageText(_CTX, TEXTS[self.code]), self.params)


@dataclass(frozen=True)
class RouteResult:
    route: Route
    verdict: Verdict  # eligible: described in full; undetermined: facts missing or off the official test
    missing: tuple[str, ...]
    reasons: tuple[ExtensionReason, ...]


@dataclass(frozen=True)
class ExtensionAssessment:
    facts: Facts
    extension: ExtensionFacts
    rules: ExtensionRules
    version: ExtensionVersion
    day: date
    opens: date  # the first day one may apply under the version in force
    standing_opens: date  # the first day under the standing 4-week rule
    can_apply: Verdict
    window: tuple[ExtensionReason, ...]
    routes: tuple[RouteResult, ...]
    no_route: tuple[ExtensionReason, ...]  # the reason there is no route, when the facts describe none
    route: Route | None  # the route the facts support, if any
    years: int  # likely length
    until: date  # likely end of the extended stay
    top_tier: bool
    length: tuple[ExtensionReason, ...]
    degree: tuple[ExtensionReason, ...]
    guidance: tuple[ExtensionReason, ...]  # press-reported scenarios: verify, never a verdict
    needs_degree_verification: bool = False
    company_papers_needed: bool = False

    @property
    def reasons(self) -> tuple[ExtensionReason, ...]:
        route_reasons = tuple(r for result in self.routes for r in result.reasons)
        return (*self.window, *self.no_route, *route_reasons, *self.length, *self.degree, *self.guidance)


def window_opens(expires: date, version: ExtensionVersion) -> date:
    window = version.window
    if window.months:
        return periods.months_before(expires, window.months)
    return expires - timedelta(weeks=window.weeks)


def standing_opens(expires: date, version: ExtensionVersion) -> date:
    return expires - timedelta(weeks=version.standing_weeks)


def previous_year_of_assessment(day: date) -> str:
    """The last complete Hong Kong year of assessment (1 April to 31 March) before ``day``."""
    first = day.year - 1 if day >= date(day.year, 4, 1) else day.year - 2
    return f"{first}/{(first + 1) % 100:02d}"


def _verdict(outcomes: Iterable[Outcome]) -> Verdict:
    seen = set(outcomes)
    if Outcome.FAIL in seen:
        return Verdict.NOT_ELIGIBLE
    if Outcome.UNKNOWN in seen:
        return Verdict.UNDETERMINED
    return Verdict.ELIGIBLE


def _window(
    facts: Facts, ext: ExtensionFacts, rules: ExtensionRules, version: ExtensionVersion
) -> list[ExtensionReason]:
    day, expires = facts.application_date, ext.permission.expires_on
    opens, standing = window_opens(expires, version), standing_opens(expires, version)
    w = version.window
    params: dict[str, ParamValue] = {"opens": opens, "expires": expires}
    reasons: list[ExtensionReason] = []
    if day > expires:
        reasons.append(ExtensionReason(ExtensionCode.WINDOW_CLOSED, Outcome.FAIL, params, w.source, w.verify))
    elif day < opens:
        reasons.append(
            ExtensionReason(ExtensionCode.WINDOW_NOT_YET_OPEN, Outcome.FAIL, params, w.source, w.verify)
        )
    else:
        reasons.append(ExtensionReason(ExtensionCode.WINDOW_OPEN, Outcome.PASS, params, w.source, w.verify))
    if w.temporary:
        reasons.append(ExtensionReason(ExtensionCode.WINDOW_TEMPORARY, Outcome.INFO, {}, w.source))
        reasons.append(
            ExtensionReason(
                ExtensionCode.WINDOW_STANDING,
                Outcome.INFO,
                {"weeks": version.standing_weeks, "standing_opens": standing},
                version.standing_source,
                version.standing_verify,
            )
        )
    src = rules.in_hong_kong_source
    if facts.in_hong_kong:
        reasons.append(ExtensionReason(ExtensionCode.IN_HONG_KONG, Outcome.PASS, {}, src))
    else:
        reasons.append(ExtensionReason(ExtensionCode.NOT_IN_HONG_KONG, Outcome.FAIL, {}, src))
    return reasons


def _missing(values: Mapping[str, object]) -> list[str]:
    return [key for key, value in values.items() if value is None or value == ""]


def _employment_route(ext: ExtensionFacts, rules: ExtensionRules) -> tuple[RouteResult, bool]:
    job = ext.employment
    assert job is not None
    src = rules.test_source
    missing = _missing(
        {
            "employer": job.employer,
            "post": job.post,
            "monthly_pay_hkd": job.monthly_pay_hkd,
            "contract_start": job.contract_start,
        }
    )
    reasons: list[ExtensionReason] = []
    if job.employer_outside_hong_kong:
        reasons.append(ExtensionReason(ExtensionCode.ROUTE_EMPLOYER_OUTSIDE_HK, Outcome.UNKNOWN, {}, src))
    if missing:
        params: dict[str, ParamValue] = {
            "route": Route.EMPLOYMENT,
            "missing": [MessageText("ExtensionField", MISSING_TEXTS[m]) for m in missing],
        }
        reasons.append(ExtensionReason(ExtensionCode.ROUTE_MISSING_FACTS, Outcome.UNKNOWN, params, src))
    else:
        pay: ParamValue = job.monthly_pay_hkd if job.monthly_pay_hkd is not None else "—"
        reasons.append(
            ExtensionReason(ExtensionCode.ROUTE_MARKET_PAY, Outcome.INFO, {"post": job.post, "pay": pay}, src)
        )
        if not job.employer_outside_hong_kong:
            reasons.append(
                ExtensionReason(ExtensionCode.ROUTE_SUPPORTED, Outcome.PASS, {"route": Route.EMPLOYMENT}, src)
            )
    months = rules.company_papers_waiver_months
    papers = not (job.employer_listed_on_hkex or job.employer_work_visa_approved_last_24_months)
    code = ExtensionCode.COMPANY_PAPERS_NEEDED if papers else ExtensionCode.COMPANY_PAPERS_WAIVED
    reasons.append(
        ExtensionReason(code, Outcome.INFO, {"months": months, "young": rules.young_company_months}, src)
    )
    if job.intra_company_transfer:
        reasons.append(ExtensionReason(ExtensionCode.INTRA_COMPANY_TRANSFER, Outcome.INFO, {}, src))
    verdict = _verdict(r.outcome for r in reasons)
    return RouteResult(Route.EMPLOYMENT, verdict, tuple(missing), tuple(reasons)), papers


def _business_route(facts: Facts, ext: ExtensionFacts, rules: ExtensionRules) -> RouteResult:
    biz = ext.business
    assert biz is not None
    src = rules.test_source
    missing = _missing(
        {
            "company": biz.company,
            "registered_on": biz.registered_on,
            "turnover_hkd": biz.turnover_hkd,
            "capital_invested_hkd": biz.capital_invested_hkd,
            "local_staff": biz.local_staff,
            "office_in_hong_kong": biz.office_in_hong_kong,
        }
    )
    reasons = [ExtensionReason(ExtensionCode.ROUTE_HEALTHY_BUSINESS, Outcome.INFO, {}, src)]
    if missing:
        params: dict[str, ParamValue] = {
            "route": Route.BUSINESS,
            "missing": [MessageText("ExtensionField", MISSING_TEXTS[m]) for m in missing],
        }
        reasons.append(ExtensionReason(ExtensionCode.ROUTE_MISSING_FACTS, Outcome.UNKNOWN, params, src))
    else:
        reasons.append(
            ExtensionReason(ExtensionCode.ROUTE_SUPPORTED, Outcome.PASS, {"route": Route.BUSINESS}, src)
        )
    young = periods.months_before(facts.application_date, rules.young_company_months)
    if biz.registered_on is not None and biz.registered_on > young:
        params = {
            "company": biz.company or "—",
            "registered": biz.registered_on,
            "months": rules.young_company_months,
        }
        reasons.append(ExtensionReason(ExtensionCode.YOUNG_COMPANY, Outcome.INFO, params, src))
    return RouteResult(Route.BUSINESS, _verdict(r.outcome for r in reasons), tuple(missing), tuple(reasons))


def _length(
    facts: Facts, ext: ExtensionFacts, rules: ExtensionRules, route: Route | None
) -> tuple[int, date, bool, list[ExtensionReason]]:
    rule, day, permission = rules.length, facts.application_date, ext.permission
    reasons: list[ExtensionReason] = []
    since = permission.first_entry
    if since is None:
        since = permission.granted_on
        reasons.append(ExtensionReason(ExtensionCode.FIRST_ENTRY_MISSING, Outcome.INFO, {"since": since}))
    mark = periods.years_after(since, rule.top_tier_min_years_under_ttps)
    year = previous_year_of_assessment(day)
    threshold = rule.top_tier_assessable_income_hkd
    base: dict[str, ParamValue] = {
        "years": rule.top_tier_years,
        "min_years": rule.top_tier_min_years_under_ttps,
        "threshold": threshold,
        "year": year,
        "day": day,
        "since": since,
        "mark": mark,
    }
    income = ext.assessable_income
    top_tier = False
    if day < mark:
        reasons.append(ExtensionReason(ExtensionCode.TOP_TIER_TOO_SOON, Outcome.INFO, base, rule.source))
    elif income is None:
        reasons.append(
            ExtensionReason(ExtensionCode.TOP_TIER_INCOME_MISSING, Outcome.INFO, base, rule.source)
        )
    elif income.year_of_assessment != year:
        params = {**base, "given": income.year_of_assessment}
        reasons.append(ExtensionReason(ExtensionCode.TOP_TIER_WRONG_YEAR, Outcome.INFO, params, rule.source))
    elif income.amount_hkd < threshold:
        params = {**base, "income": income.amount_hkd}
        reasons.append(
            ExtensionReason(ExtensionCode.TOP_TIER_INCOME_BELOW, Outcome.INFO, params, rule.source)
        )
    else:
        top_tier = True
    if top_tier:
        assert income is not None
        until = periods.years_after(permission.expires_on, rule.top_tier_years)
        params = {**base, "income": income.amount_hkd, "until": until}
        reasons.append(ExtensionReason(ExtensionCode.LENGTH_TOP_TIER, Outcome.INFO, params, rule.source))
        return rule.top_tier_years, until, True, reasons
    full = periods.years_after(permission.expires_on, rule.normal_years)
    contract_end = ext.employment.contract_end if ext.employment and route is Route.EMPLOYMENT else None
    if contract_end is not None and contract_end < full:
        params = {"years": rule.normal_years, "until": contract_end, "full": full}
        reasons.append(ExtensionReason(ExtensionCode.LENGTH_CONTRACT_END, Outcome.INFO, params, rule.source))
        return rule.normal_years, max(contract_end, permission.expires_on), False, reasons
    params = {"years": rule.normal_years, "until": full}
    reasons.append(ExtensionReason(ExtensionCode.LENGTH_NORMAL, Outcome.INFO, params, rule.source))
    return rule.normal_years, full, False, reasons


def _degree(ext: ExtensionFacts, rules: ExtensionRules, version: ExtensionVersion) -> list[ExtensionReason]:
    category = ext.permission.category
    if not version.degree_verification or category not in rules.degree_verification_categories:
        return []
    src = rules.degree_verification_source
    if ext.degree_verification_submitted:
        return [
            ExtensionReason(ExtensionCode.DEGREE_VERIFICATION_SENT, Outcome.INFO, {"category": category}, src)
        ]
    return [
        ExtensionReason(ExtensionCode.DEGREE_VERIFICATION_NEEDED, Outcome.INFO, {"category": category}, src)
    ]


def _guidance(ext: ExtensionFacts, rules: ExtensionRules) -> list[ExtensionReason]:
    job, triggered = ext.employment, set[str]()
    if job is not None:
        triggered.add("employer_outside_hong_kong" if job.employer_outside_hong_kong else "employment")
        if job.commission_based:
            triggered.add("commission_based")
    if ext.business is not None:
        triggered.add("business")
    reasons = []
    for scenario in rules.scenarios:
        if scenario.when not in triggered:
            continue
        reasons.append(
            ExtensionReason(
                ExtensionCode.SCENARIO, Outcome.INFO, {"scenario": scenario.text}, scenario.source, True
            )
        )
        if scenario.annual_pay_hkd is not None and job is not None and job.monthly_pay_hkd is not None:
            params: dict[str, ParamValue] = {
                "annual": job.monthly_pay_hkd * 12,
                "monthly": job.monthly_pay_hkd,
                "threshold": scenario.annual_pay_hkd,
            }
            reasons.append(
                ExtensionReason(ExtensionCode.SCENARIO_PAY, Outcome.INFO, params, scenario.source, True)
            )
    return reasons


def assess_extension(facts: Facts, rules: ExtensionRules | None = None) -> ExtensionAssessment:
    """Judge an extension of stay on the facts' application date. ``facts.extension`` must be given."""
    ext = facts.extension
    if ext is None:
        raise ValueError("not an extension: the facts have no extension section")
    rules = rules or extension_rules()
    day = facts.application_date
    version = rules.version_for(day)
    window = _window(facts, ext, rules, version)
    results: list[RouteResult] = []
    papers = False
    for route in ext.routes:
        if route is Route.EMPLOYMENT:
            result, papers = _employment_route(ext, rules)
        else:
            result = _business_route(facts, ext, rules)
        results.append(result)
    no_route = (
        ()
        if results
        else (ExtensionReason(ExtensionCode.ROUTE_NONE, Outcome.UNKNOWN, {}, rules.test_source),)
    )
    supported = next((r.route for r in results if r.verdict is Verdict.ELIGIBLE), None)
    chosen = supported or (ext.routes[0] if ext.routes else None)
    years, until, top_tier, length = _length(facts, ext, rules, chosen)
    degree = _degree(ext, rules, version)
    return ExtensionAssessment(
        facts=facts,
        extension=ext,
        rules=rules,
        version=version,
        day=day,
        opens=window_opens(ext.permission.expires_on, version),
        standing_opens=standing_opens(ext.permission.expires_on, version),
        can_apply=_verdict(r.outcome for r in window),
        window=tuple(window),
        routes=tuple(results),
        no_route=no_route,
        route=supported,
        years=years,
        until=until,
        top_tier=top_tier,
        length=tuple(length),
        degree=tuple(degree),
        guidance=tuple(_guidance(ext, rules)),
        needs_degree_verification=any(r.code is ExtensionCode.DEGREE_VERIFICATION_NEEDED for r in degree),
        company_papers_needed=papers,
    )
