"""Facts → a verdict for each category, with reasons and rule citations. Pure functions over frozen data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, ParamValue
from ttps_desktop.core.rules import periods
from ttps_desktop.core.rules.facts import Degree, Facts, Relation, TravelDocumentKind
from ttps_desktop.core.rules.model import Category, CategoryId, CategoryTest, RuleSet, TestKind
from ttps_desktop.core.rules.money import MissingRateError, round_cents, to_hkd
from ttps_desktop.core.rules.periods import Interval
from ttps_desktop.core.rules.reasons import Outcome, ReasonCode, Verdict, reason_text
from ttps_desktop.core.rules.universities import UniversityList

MSG_BEFORE_SCHEME = QT_TRANSLATE_NOOP(
    "Errors", "The application date {date} is before the scheme began ({launched}): no rules apply."
)


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    outcome: Outcome
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    source: str | None = None  # a source id of the rule set, e.g. "IMMD"

    @property
    def message(self) -> Message:
        return Message(reason_text(self.code), self.params)


@dataclass(frozen=True)
class CategoryResult:
    category: Category
    verdict: Verdict
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Dependants:
    """Who can come as a dependant, and what was said about those who cannot."""

    spouse: str | None
    children: tuple[str, ...]  # names, or "" when not given, in the facts' order
    issues: tuple[Reason, ...]


@dataclass(frozen=True)
class Assessment:
    ruleset: RuleSet
    facts: Facts
    universities: UniversityList
    results: dict[CategoryId, CategoryResult]
    recommended: CategoryId | None
    general: tuple[Reason, ...]  # decide every category
    warnings: tuple[Reason, ...]  # about the facts; change no verdict
    dependants: Dependants
    income_window: Interval
    experience_window: Interval
    experience_days: int


def _verdict(outcomes: Iterable[Outcome]) -> Verdict:
    seen = set(outcomes)
    if Outcome.FAIL in seen:
        return Verdict.NOT_ELIGIBLE
    if Outcome.UNKNOWN in seen:
        return Verdict.UNDETERMINED
    return Verdict.ELIGIBLE


def _general(facts: Facts, rules: RuleSet) -> list[Reason]:
    src = rules.excluded_nationalities_source
    if facts.nationality is None:
        return [Reason(ReasonCode.NATIONALITY_MISSING, Outcome.UNKNOWN, source=src)]
    if facts.nationality in rules.excluded_nationalities:
        return [
            Reason(ReasonCode.NATIONALITY_EXCLUDED, Outcome.FAIL, {"nationality": facts.nationality}, src)
        ]
    reasons = [Reason(ReasonCode.NATIONALITY_ACCEPTED, Outcome.PASS, {"nationality": facts.nationality}, src)]
    prc = _prc_overseas(facts, rules)
    return reasons + ([prc] if prc else [])


def holds_prc_passport_overseas(facts: Facts, rules: RuleSet) -> bool:
    rule = rules.prc_overseas
    doc, res = facts.travel_document, facts.residence
    return (
        facts.nationality == rule.nationality
        and doc is not None
        and doc.kind is TravelDocumentKind.PASSPORT
        and doc.issuing_country == rule.nationality
        and res is not None
        and res.country not in rule.not_overseas
    )


def _prc_overseas(facts: Facts, rules: RuleSet) -> Reason | None:
    if not holds_prc_passport_overseas(facts, rules):
        return None
    rule, res = rules.prc_overseas, facts.residence
    assert res is not None
    if res.overseas_permanent_resident:
        return Reason(
            ReasonCode.PRC_OVERSEAS_PERMANENT_RESIDENT, Outcome.PASS, {"country": res.country}, rule.source
        )
    if res.overseas_since is None:
        return Reason(ReasonCode.PRC_OVERSEAS_UNKNOWN, Outcome.UNKNOWN, {"country": res.country}, rule.source)
    required = periods.years_before(facts.application_date, rule.min_residence_years)
    params: dict[str, ParamValue] = {"since": res.overseas_since, "required_since": required}
    if res.overseas_since <= required:
        return Reason(ReasonCode.PRC_OVERSEAS_ONE_YEAR, Outcome.PASS, params, rule.source)
    return Reason(ReasonCode.PRC_OVERSEAS_TOO_RECENT, Outcome.FAIL, params, rule.source)


def income_window(day: date, months: int) -> Interval:
    return Interval(periods.months_before(day, months), day)


def _income(facts: Facts, test: CategoryTest) -> list[Reason]:
    src = test.source
    window = income_window(facts.application_date, test.window_months)
    reasons = [
        Reason(
            ReasonCode.INCOME_WINDOW,
            Outcome.INFO,
            {"window_start": window.start, "window_end": window.last_day},
            src,
        )
    ]
    rates = facts.rates()
    total, missing, used = Decimal(0), set[str](), set[str]()
    params: dict[str, ParamValue]
    for number, item in enumerate(facts.income, start=1):
        base: dict[str, ParamValue] = {
            "kind": item.kind,
            "period_start": item.period_start,
            "period_end": item.period_end,
        }
        if item.period_end < item.period_start:
            reasons.append(
                Reason(ReasonCode.INCOME_PERIOD_INVALID, Outcome.UNKNOWN, {"number": number, **base}, src)
            )
            continue
        if item.kind in test.excluded_income_kinds:
            params = {"kind": item.kind, "amount": item.amount, "currency": item.currency}
            reasons.append(Reason(ReasonCode.INCOME_KIND_EXCLUDED, Outcome.INFO, params, src))
            continue
        period = Interval.inclusive(item.period_start, item.period_end)
        inside = period.overlap_days(window)
        if inside == 0 or item.period_end < window.start:
            reasons.append(Reason(ReasonCode.INCOME_OUTSIDE_WINDOW, Outcome.INFO, base, src))
            continue
        try:
            hkd = to_hkd(item.amount, item.currency, rates)
        except MissingRateError as exc:
            missing.add(exc.currency)
            continue
        if item.currency in rates:
            used.add(item.currency)
        # A period that ends inside the window (a tax year, a payslip) is that year's income: it counts in
        # full. One longer than the window, or still running on the application date, counts pro rata.
        if period.days > max(window.days, 366) or item.period_end >= window.end:
            hkd = hkd * inside / period.days
            params = {
                **base,
                "counted_days": inside,
                "period_days": period.days,
                "counted_hkd": round_cents(hkd),
            }
            reasons.append(Reason(ReasonCode.INCOME_PRORATED, Outcome.INFO, params, src))
        total += hkd
    for currency in sorted(used):
        rate = rates[currency]
        params = {"currency": currency, "rate": rate.hkd_per_unit, "date": rate.date, "source": rate.source}
        reasons.append(Reason(ReasonCode.EXCHANGE_RATE_USED, Outcome.INFO, params, src))
    amounts: dict[str, ParamValue] = {"total_hkd": round_cents(total), "threshold_hkd": test.threshold_hkd}
    if total >= test.threshold_hkd:
        reasons.append(Reason(ReasonCode.INCOME_MEETS_THRESHOLD, Outcome.PASS, amounts, src))
    elif missing:
        for currency in sorted(missing):
            reasons.append(
                Reason(ReasonCode.EXCHANGE_RATE_MISSING, Outcome.UNKNOWN, {"currency": currency}, src)
            )
    else:
        reasons.append(Reason(ReasonCode.INCOME_BELOW_THRESHOLD, Outcome.FAIL, amounts, src))
    return reasons


def _one_degree(degree: Degree, facts: Facts, test: CategoryTest, unis: UniversityList) -> Reason:
    src, day = test.source, facts.application_date
    base: dict[str, ParamValue] = {"institution": degree.institution, "awarded": degree.awarded}
    if degree.awarded > day:
        return Reason(ReasonCode.DEGREE_AWARDED_IN_FUTURE, Outcome.UNKNOWN, base, src)
    if test.awarded_within_years is not None:
        earliest = periods.years_before(day, test.awarded_within_years)
        if degree.awarded < earliest:
            return Reason(ReasonCode.DEGREE_TOO_OLD, Outcome.FAIL, {**base, "earliest": earliest}, src)
    if test.exclude_hk_locally_accredited and degree.hk_full_time_locally_accredited:
        return Reason(ReasonCode.DEGREE_HK_LOCALLY_ACCREDITED, Outcome.FAIL, base, src)
    match = unis.match(degree.institution)
    if match is None:
        return Reason(
            ReasonCode.DEGREE_NOT_FOUND, Outcome.UNKNOWN, {**base, "list_date": unis.list_date}, src
        )
    params = {**base, "list_date": unis.list_date, "listed_name": match.en}
    return Reason(ReasonCode.DEGREE_LISTED, Outcome.PASS, params, src)


def _degrees(facts: Facts, test: CategoryTest, unis: UniversityList) -> list[Reason]:
    accepted = [d for d in facts.degrees if d.level in test.levels]
    others = [
        Reason(
            ReasonCode.DEGREE_LEVEL_NOT_ACCEPTED,
            Outcome.INFO,
            {"level": d.level, "institution": d.institution},
            test.source,
        )
        for d in facts.degrees
        if d.level not in test.levels
    ]
    if not accepted:
        return [*others, Reason(ReasonCode.DEGREE_NONE, Outcome.FAIL, {}, test.source)]
    verdicts = [_one_degree(d, facts, test, unis) for d in accepted]
    for wanted in (Outcome.PASS, Outcome.UNKNOWN):
        best = [r for r in verdicts if r.outcome is wanted]
        if best:
            return [best[0]]
    return verdicts


def experience_periods(facts: Facts) -> tuple[list[Interval], list[Reason]]:
    """The days worked as intervals (an open-ended job runs to the application date), and problems found."""
    day = facts.application_date
    intervals, problems = [], []
    for number, job in enumerate(facts.employment, start=1):
        params: dict[str, ParamValue] = {
            "number": number,
            "employer": job.employer or "—",
            "start": job.start,
        }
        if job.end is not None and job.end < job.start:
            problems.append(
                Reason(ReasonCode.EMPLOYMENT_PERIOD_INVALID, Outcome.UNKNOWN, {**params, "end": job.end})
            )
            continue
        if job.start >= day:
            problems.append(Reason(ReasonCode.EMPLOYMENT_IN_FUTURE, Outcome.INFO, params))
            continue
        end = day if job.end is None else min(job.end + periods.ONE_DAY, day)
        intervals.append(Interval(job.start, end))
        if not job.full_time:
            problems.append(Reason(ReasonCode.EXPERIENCE_PART_TIME_COUNTED, Outcome.INFO, params))
    return intervals, problems


def _experience(facts: Facts, test: CategoryTest) -> list[Reason]:
    day = facts.application_date
    window = periods.window_before(day, test.window_years)
    intervals, problems = experience_periods(facts)
    days = periods.total_days(intervals, window)
    required = periods.years_in_days(day, test.years)
    params: dict[str, ParamValue] = {
        "days": days,
        "required_days": required,
        "years": test.years,
        "window_start": window.start,
        "window_end": window.last_day,
    }
    reasons = [Reason(p.code, p.outcome, p.params, test.source) for p in problems]
    if test.kind is TestKind.EXPERIENCE_AT_LEAST:
        code, ok = (
            (ReasonCode.EXPERIENCE_ENOUGH, True) if days >= required else (ReasonCode.EXPERIENCE_SHORT, False)
        )
    else:
        code, ok = (
            (ReasonCode.EXPERIENCE_BELOW_LIMIT, True)
            if days < required
            else (ReasonCode.EXPERIENCE_AT_OR_OVER_LIMIT, False)
        )
    invalid = any(r.outcome is Outcome.UNKNOWN for r in reasons)
    # An invalid period could only add days: it cannot spoil a pass for "at least", nor a fail for "less than".
    if invalid and ok is (test.kind is TestKind.EXPERIENCE_LESS_THAN):
        outcome = Outcome.UNKNOWN
    else:
        outcome = Outcome.PASS if ok else Outcome.FAIL
    reasons.append(Reason(code, outcome, params, test.source))
    return reasons


def _run_test(facts: Facts, test: CategoryTest, unis: UniversityList) -> list[Reason]:
    if test.kind is TestKind.INCOME_AT_LEAST:
        return _income(facts, test)
    if test.kind is TestKind.DEGREE_FROM_LISTED_UNIVERSITY:
        return _degrees(facts, test, unis)
    return _experience(facts, test)


def _dependants(facts: Facts) -> Dependants:
    spouse: str | None = None
    children: list[str] = []
    issues: list[Reason] = []
    adult_on = periods.years_before(facts.application_date, 18)
    for dep in facts.dependants:
        name: ParamValue = dep.name or "—"
        if dep.relation is Relation.SPOUSE:
            if spouse is None:
                spouse = dep.name
            else:
                issues.append(Reason(ReasonCode.DEPENDANT_SECOND_SPOUSE, Outcome.INFO, {"name": name}))
            continue
        if dep.birth_date is None:
            issues.append(Reason(ReasonCode.DEPENDANT_CHILD_BIRTH_DATE_MISSING, Outcome.INFO, {"name": name}))
        elif dep.birth_date <= adult_on:
            issues.append(
                Reason(
                    ReasonCode.DEPENDANT_CHILD_TOO_OLD,
                    Outcome.INFO,
                    {"name": name, "birth_date": dep.birth_date},
                )
            )
            continue
        if dep.married:
            issues.append(Reason(ReasonCode.DEPENDANT_CHILD_MARRIED, Outcome.INFO, {"name": name}))
            continue
        children.append(dep.name)
    return Dependants(spouse, tuple(children), tuple(issues))


def _warnings(facts: Facts, rules: RuleSet) -> list[Reason]:
    doc = facts.travel_document
    if doc is None:
        return [Reason(ReasonCode.TRAVEL_DOCUMENT_MISSING, Outcome.INFO)]
    if doc.expiry_date is None:
        return []
    if doc.expiry_date <= facts.application_date:
        return [Reason(ReasonCode.TRAVEL_DOCUMENT_EXPIRED, Outcome.INFO, {"expiry": doc.expiry_date})]
    months = rules.travel_document_warn_months
    if periods.months_before(doc.expiry_date, months) <= facts.application_date:
        return [
            Reason(
                ReasonCode.TRAVEL_DOCUMENT_EXPIRES_SOON,
                Outcome.INFO,
                {"expiry": doc.expiry_date, "months": months},
            )
        ]
    return []


def assess(facts: Facts, rules: RuleSet, unis: UniversityList) -> Assessment:
    """Judge every category for these facts under ``rules``."""
    day = facts.application_date
    general = _general(facts, rules)
    results: dict[CategoryId, CategoryResult] = {}
    for cid in CategoryId:
        category = rules.categories[cid]
        reasons = list(general)
        for test in category.tests:
            reasons += _run_test(facts, test, unis)
        if category.quota_per_year:
            reasons.append(
                Reason(
                    ReasonCode.QUOTA_APPLIES,
                    Outcome.INFO,
                    {"quota": category.quota_per_year},
                    category.source,
                )
            )
        results[cid] = CategoryResult(category, _verdict(r.outcome for r in reasons), tuple(reasons))
    recommended = next((c for c in rules.preference if results[c].verdict is Verdict.ELIGIBLE), None)
    exp_test = next(t for t in rules.categories[CategoryId.B].tests if t.kind is TestKind.EXPERIENCE_AT_LEAST)
    exp_window = periods.window_before(day, exp_test.window_years)
    inc_test = rules.categories[CategoryId.A].tests[0]
    return Assessment(
        ruleset=rules,
        facts=facts,
        universities=unis,
        results=results,
        recommended=recommended,
        general=tuple(general),
        warnings=tuple(_warnings(facts, rules)),
        dependants=_dependants(facts),
        income_window=income_window(day, inc_test.window_months),
        experience_window=exp_window,
        experience_days=periods.total_days(experience_periods(facts)[0], exp_window),
    )


def assess_facts(facts: Facts, unis: UniversityList | None = None) -> Assessment:
    """Judge with the rule version in force on the application date and the list dated for it."""
    from ttps_desktop.core.rules.loader import ruleset_for, rulesets
    from ttps_desktop.core.rules.universities import list_for

    rules = ruleset_for(facts.application_date)
    if rules is None:
        first = rulesets()[0]
        raise BadInputError(
            MSG_BEFORE_SCHEME, date=facts.application_date.isoformat(), launched=first.effective.isoformat()
        )
    return assess(facts, rules, unis or list_for(facts.application_date))
