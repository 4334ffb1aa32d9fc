"""Facts → a verdict for each category, with reasons and rule citations. Pure functions over frozen data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from ttps_desktop.core.countries import country
from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, ParamValue
from ttps_desktop.core.rules import periods
from ttps_desktop.core.rules.facts import (
    Degree,
    DegreeLevel,
    Dependant,
    Employment,
    Facts,
    IncomeKind,
    Relation,
    ResidenceKind,
    TravelDocumentKind,
)
from ttps_desktop.core.rules.model import Category, CategoryId, CategoryTest, RuleSet, TestKind
from ttps_desktop.core.rules.money import MissingRateError, round_cents, to_hkd
from ttps_desktop.core.rules.periods import Interval
from ttps_desktop.core.rules.reasons import Outcome, ReasonCode, Verdict, reason_text
from ttps_desktop.core.rules.universities import UniversityList, institution_name

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
    members: tuple[Dependant, ...] = ()  # those who can come: the spouse first, then the children

    def member(self, key: str) -> Dependant | None:
        """The facts of "spouse" or "child_N"."""
        spouses = [m for m in self.members if m.relation is Relation.SPOUSE]
        children = [m for m in self.members if m.relation is Relation.CHILD]
        if key == "spouse":
            return spouses[0] if spouses else None
        number = int(key.removeprefix("child_")) if key.startswith("child_") else 0
        return children[number - 1] if 0 < number <= len(children) else None


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
    unverified = (
        [
            Reason(
                ReasonCode.NATIONALITY_STATUS_UNVERIFIED,
                Outcome.INFO,
                {"nationality": country(facts.nationality)},
                src,
            )
        ]
        if facts.nationality in rules.nationalities_to_verify
        else []
    )
    if facts.nationality in rules.excluded_nationalities:
        return [
            Reason(
                ReasonCode.NATIONALITY_EXCLUDED,
                Outcome.FAIL,
                {"nationality": country(facts.nationality)},
                src,
            ),
            *unverified,
        ]
    reasons = [
        Reason(
            ReasonCode.NATIONALITY_ACCEPTED, Outcome.PASS, {"nationality": country(facts.nationality)}, src
        )
    ]
    prc = _prc_overseas(facts, rules)
    return reasons + unverified + ([prc] if prc else [])


def holds_prc_passport_overseas(facts: Facts, rules: RuleSet) -> bool:
    rule = rules.prc_overseas
    doc, res = facts.travel_document, facts.residence
    overseas = (
        facts.lives_in is ResidenceKind.OVERSEAS
        if facts.residence_kind is not None
        else res is not None and res.country not in rule.not_overseas
    )
    return (
        facts.nationality == rule.nationality
        and doc is not None
        and doc.kind is TravelDocumentKind.PASSPORT
        and doc.issuing_country == rule.nationality
        and res is not None
        and overseas
    )


def _prc_overseas(facts: Facts, rules: RuleSet) -> Reason | None:
    if not holds_prc_passport_overseas(facts, rules):
        return None
    rule, res = rules.prc_overseas, facts.residence
    assert res is not None
    if res.overseas_permanent_resident:
        return Reason(
            ReasonCode.PRC_OVERSEAS_PERMANENT_RESIDENT,
            Outcome.PASS,
            {"country": country(res.country)},
            rule.source,
        )
    if res.overseas_since is None:
        return Reason(
            ReasonCode.PRC_OVERSEAS_UNKNOWN, Outcome.UNKNOWN, {"country": country(res.country)}, rule.source
        )
    required = periods.years_before(facts.application_date, rule.min_residence_years)
    params: dict[str, ParamValue] = {"since": res.overseas_since, "required_since": required}
    if res.overseas_since <= required:
        return Reason(ReasonCode.PRC_OVERSEAS_ONE_YEAR, Outcome.PASS, params, rule.source)
    return Reason(ReasonCode.PRC_OVERSEAS_TOO_RECENT, Outcome.FAIL, params, rule.source)


def income_window(day: date, months: int) -> Interval:
    return Interval(periods.months_before(day, months), day)


@dataclass(frozen=True)
class IncomeLine:
    """One income item as the income test judged it."""

    number: int  # the item's place in the facts, from 1
    kind: IncomeKind
    amount: Decimal
    currency: str
    counted_hkd: (
        Decimal | None
    )  # what it adds to the total; None: nothing (outside, excluded, no rate, unsure)


@dataclass(frozen=True)
class IncomeJudgement:
    """What the income test judged: each item's part, the total against the threshold, and the reasons it gives
    (the same value the verdicts use; the window's income chart draws it)."""

    window: Interval
    lines: tuple[IncomeLine, ...]
    total_hkd: Decimal  # rounded to cents, as the reasons say it
    threshold_hkd: Decimal
    missing_rates: tuple[str, ...]  # currencies without a recorded rate: the total is not the whole story
    reasons: tuple[Reason, ...]


def judge_income(facts: Facts, test: CategoryTest) -> IncomeJudgement:
    """The income test of ``test`` on the facts: every item's part in the total, the total and the reasons."""
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
    lines: list[IncomeLine] = []
    unsure: list[tuple[Decimal, dict[str, ParamValue]]] = []  # business profit, shares not said (note 1)
    params: dict[str, ParamValue]
    for number, item in enumerate(facts.income, start=1):
        line = IncomeLine(number, item.kind, item.amount, item.currency, None)
        lines.append(line)
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
        business = test.business_shares_whole_year and item.kind is IncomeKind.BUSINESS_PROFIT
        if business and item.shares_held_whole_year is False:
            params = {**base, "amount": item.amount, "currency": item.currency}
            reasons.append(Reason(ReasonCode.INCOME_BUSINESS_SHARES_NOT_HELD, Outcome.INFO, params, src))
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
        if business and item.shares_held_whole_year is None:
            unsure.append((hkd, {**base, "amount": item.amount, "currency": item.currency}))
            continue
        if business:
            reasons.append(Reason(ReasonCode.INCOME_BUSINESS_SHARES_HELD, Outcome.INFO, base, src))
        lines[-1] = replace(line, counted_hkd=round_cents(hkd))
        total += hkd
    for currency in sorted(used):
        rate = rates[currency]
        params = {"currency": currency, "rate": rate.hkd_per_unit, "date": rate.date, "source": rate.source}
        reasons.append(Reason(ReasonCode.EXCHANGE_RATE_USED, Outcome.INFO, params, src))
    amounts: dict[str, ParamValue] = {"total_hkd": round_cents(total), "threshold_hkd": test.threshold_hkd}
    # Business profit whose shares were not said to be held all year decides only if it tips the balance.
    deciding = total < test.threshold_hkd <= total + sum(h for h, _ in unsure)
    for _, params in unsure:
        outcome = Outcome.UNKNOWN if deciding and not missing else Outcome.INFO
        reasons.append(Reason(ReasonCode.INCOME_BUSINESS_SHARES_NOT_STATED, outcome, params, src))
    if total >= test.threshold_hkd:
        reasons.append(Reason(ReasonCode.INCOME_MEETS_THRESHOLD, Outcome.PASS, amounts, src))
    elif deciding and not missing:
        reasons.append(Reason(ReasonCode.INCOME_BELOW_THRESHOLD, Outcome.INFO, amounts, src))
    elif missing:
        for currency in sorted(missing):
            reasons.append(
                Reason(ReasonCode.EXCHANGE_RATE_MISSING, Outcome.UNKNOWN, {"currency": currency}, src)
            )
    elif not facts.income:  # nothing entered: "totals HK$0.00" would read as an income of nothing
        params = {"threshold_hkd": test.threshold_hkd}
        reasons.append(Reason(ReasonCode.INCOME_NONE_ENTERED, Outcome.FAIL, params, src))
    else:
        reasons.append(Reason(ReasonCode.INCOME_BELOW_THRESHOLD, Outcome.FAIL, amounts, src))
    return IncomeJudgement(
        window=window,
        lines=tuple(lines),
        total_hkd=round_cents(total),
        threshold_hkd=test.threshold_hkd,
        missing_rates=tuple(sorted(missing)),
        reasons=tuple(reasons),
    )


def _one_degree(degree: Degree, facts: Facts, test: CategoryTest, unis: UniversityList) -> list[Reason]:
    """Why this bachelor's degree does or does not count: failures alone, or the passing reasons."""
    src, day = test.source, facts.application_date
    removal = unis.removal(degree.institution)
    listed = unis.match(degree.institution) or (removal[0] if removal else None)
    institution = institution_name(degree.institution, listed)
    base: dict[str, ParamValue] = {"institution": institution, "awarded": degree.awarded}
    if degree.awarded > day:
        return [Reason(ReasonCode.DEGREE_AWARDED_IN_FUTURE, Outcome.UNKNOWN, base, src)]
    if test.exclude_honorary and degree.honorary:
        return [Reason(ReasonCode.DEGREE_HONORARY, Outcome.FAIL, base, src)]
    if test.exclude_continuing_education and degree.continuing_education:
        return [Reason(ReasonCode.DEGREE_CONTINUING_EDUCATION, Outcome.FAIL, base, src)]
    passing: list[Reason] = []
    if test.awarded_within_years is not None and test.count_by_year_of_graduation:
        earliest_year = day.year - test.awarded_within_years
        years: dict[str, ParamValue] = {
            **base,
            "year": str(degree.awarded.year),
            "application_year": str(day.year),
            "earliest_year": str(earliest_year),
        }
        if degree.awarded.year < earliest_year:
            return [Reason(ReasonCode.DEGREE_GRADUATION_YEAR_TOO_OLD, Outcome.FAIL, years, src)]
        passing.append(Reason(ReasonCode.DEGREE_GRADUATION_YEAR, Outcome.INFO, years, src))
    elif test.awarded_within_years is not None:
        earliest = periods.years_before(day, test.awarded_within_years)
        if degree.awarded < earliest:
            return [Reason(ReasonCode.DEGREE_TOO_OLD, Outcome.FAIL, {**base, "earliest": earliest}, src)]
    if test.exclude_hk_locally_accredited and degree.hk_full_time_locally_accredited:
        code = (
            ReasonCode.DEGREE_NON_LOCAL_STUDENT
            if test.non_local_students_note
            else ReasonCode.DEGREE_HK_LOCALLY_ACCREDITED
        )
        return [Reason(code, Outcome.FAIL, base, src)]
    match = unis.match(degree.institution)
    if match is None:
        removed = unis.removal(degree.institution)
        if removed is not None and unis.complete:
            params = {
                **base,
                "list_date": unis.list_date,
                "listed_name": removed[0].en,
                "removed_on": removed[1],
            }
            return [Reason(ReasonCode.DEGREE_REMOVED_FROM_LIST, Outcome.FAIL, params, src)]
        return [
            Reason(ReasonCode.DEGREE_NOT_FOUND, Outcome.UNKNOWN, {**base, "list_date": unis.list_date}, src)
        ]
    params = {**base, "list_date": unis.list_date, "listed_name": match.en}
    passing.insert(0, Reason(ReasonCode.DEGREE_LISTED, Outcome.PASS, params, src))
    if test.verification_required:
        passing.append(Reason(ReasonCode.DEGREE_VERIFICATION_NEEDED, Outcome.INFO, {}, src))
    return passing


def _degrees(facts: Facts, test: CategoryTest, unis: UniversityList) -> list[Reason]:
    accepted = [d for d in facts.degrees if d.level in test.levels]
    others = []
    for d in facts.degrees:
        if d.level in test.levels:
            continue
        params: dict[str, ParamValue] = {
            "level": d.level,
            "institution": institution_name(d.institution, unis.match(d.institution)),
        }
        higher = test.higher_degrees_do_not_help and d.level in (DegreeLevel.MASTER, DegreeLevel.DOCTOR)
        code = ReasonCode.DEGREE_HIGHER_DOES_NOT_HELP if higher else ReasonCode.DEGREE_LEVEL_NOT_ACCEPTED
        others.append(Reason(code, Outcome.INFO, params, test.source))
    if not accepted:
        return [*others, Reason(ReasonCode.DEGREE_NONE, Outcome.FAIL, {}, test.source)]
    verdicts = [_one_degree(d, facts, test, unis) for d in accepted]
    for wanted in (Outcome.PASS, Outcome.UNKNOWN):
        best = [r for r in verdicts if any(x.outcome is wanted for x in r)]
        if best:
            return [*best[0], *(others if test.higher_degrees_do_not_help else [])]
    return [*(r for reasons in verdicts for r in reasons), *others]


def graduation_day(facts: Facts, test: CategoryTest | None) -> date | None:
    """When the bachelor's degree was first awarded, if experience counts only after it (note 5)."""
    if test is None or not test.after_bachelor:
        return None
    days = [
        d.awarded
        for d in facts.degrees
        if d.level is DegreeLevel.BACHELOR
        and d.awarded <= facts.application_date
        and not (test.exclude_honorary and d.honorary)
        and not (test.exclude_continuing_education and d.continuing_education)
    ]
    return min(days) if days else None


def _counts(job: Employment, test: CategoryTest | None) -> bool:
    if test is not None and test.full_time_or_self_employed_only:
        return job.full_time or job.self_employed
    return True


def experience_test(rules: RuleSet) -> CategoryTest:
    """Category B's experience test: how the rules in force count experience (the timeline shows it)."""
    return next(t for t in rules.categories[CategoryId.B].tests if t.kind is TestKind.EXPERIENCE_AT_LEAST)


def experience_periods(facts: Facts, test: CategoryTest | None = None) -> tuple[list[Interval], list[Reason]]:
    """The days worked that count as intervals (an open-ended job runs to the application date), and
    what was left out or found wrong, each job by name."""
    day = facts.application_date
    graduated = graduation_day(facts, test)
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
        if not _counts(job, test):
            problems.append(Reason(ReasonCode.EXPERIENCE_PART_TIME_EXCLUDED, Outcome.INFO, params))
            continue
        start = job.start
        if graduated is not None and start < graduated:
            before = Interval(start, min(end, graduated)).days
            problems.append(
                Reason(
                    ReasonCode.EXPERIENCE_BEFORE_BACHELOR,
                    Outcome.INFO,
                    {**params, "days": before, "awarded": graduated},
                )
            )
            start = graduated
            if start >= end:
                continue
        intervals.append(Interval(start, end))
        if not job.full_time and not (test is not None and test.full_time_or_self_employed_only):
            problems.append(Reason(ReasonCode.EXPERIENCE_PART_TIME_COUNTED, Outcome.INFO, params))
    return intervals, problems


def _experience(facts: Facts, test: CategoryTest) -> list[Reason]:
    day = facts.application_date
    window = periods.window_before(day, test.window_years)
    intervals, problems = experience_periods(facts, test)
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
        return list(judge_income(facts, test).reasons)
    if test.kind is TestKind.DEGREE_FROM_LISTED_UNIVERSITY:
        return _degrees(facts, test, unis)
    return _experience(facts, test)


def _dependants(facts: Facts, rules: RuleSet) -> Dependants:
    spouse: str | None = None
    children: list[str] = []
    issues: list[Reason] = []
    members: list[Dependant] = []
    adult_on = periods.years_before(facts.application_date, 18)
    for dep in facts.dependants:
        name: ParamValue = dep.name or "—"
        if dep.nationality is not None and dep.nationality in rules.excluded_dependant_nationalities:
            params: dict[str, ParamValue] = {"name": name, "nationality": country(dep.nationality)}
            issues.append(
                Reason(
                    ReasonCode.DEPENDANT_NATIONALITY_EXCLUDED,
                    Outcome.INFO,
                    params,
                    rules.excluded_nationalities_source,
                )
            )
            continue
        if dep.relation is Relation.SPOUSE:
            if spouse is None:
                spouse = dep.name
                members.insert(0, dep)
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
        members.append(dep)
    return Dependants(spouse, tuple(children), tuple(issues), tuple(members))


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
        elif category.has_quota:
            reasons.append(Reason(ReasonCode.QUOTA_NO_FIGURE, Outcome.INFO, {}, category.source))
        results[cid] = CategoryResult(category, _verdict(r.outcome for r in reasons), tuple(reasons))
    recommended = next((c for c in rules.preference if results[c].verdict is Verdict.ELIGIBLE), None)
    exp_test = experience_test(rules)
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
        dependants=_dependants(facts, rules),
        income_window=income_window(day, inc_test.window_months),
        experience_window=exp_window,
        experience_days=periods.total_days(experience_periods(facts, exp_test)[0], exp_window),
    )


def assess_facts(facts: Facts, unis: UniversityList | None = None) -> Assessment:
    """Judge with the rule version in force on the application date and the list dated for it."""
    from ttps_desktop.core.rules.loader import ruleset_for, rulesets
    from ttps_desktop.core.rules.universities import resolve

    rules = ruleset_for(facts.application_date)
    if rules is None:
        first = rulesets()[0]
        raise BadInputError(
            MSG_BEFORE_SCHEME, date=facts.application_date.isoformat(), launched=first.effective.isoformat()
        )
    return assess(facts, rules, unis or resolve(facts.application_date))
