"""Key dates for both kinds of project, computed from the facts and the rules, each with its rule, its source and
a verify mark where the source is not official.

- Entry: the passport's expiry against the stay the category would grant (A 36 months, B and C 24 by the rules in
  force), counted from the application date; a warning when the passport expires inside it.
- Extension: the window opening (and the standing 4-week rule), the stay's expiry, the likely end of the extended
  stay, the passport's expiry (a warning when it falls before that end), 2 years under the scheme (the 6-year
  stream) and the 7-year mark of ordinary residence (permanent residence, general rule: verify).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ttps_desktop.core.extension.rules import extension_rules
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, MessageText, ParamValue
from ttps_desktop.core.rules import periods
from ttps_desktop.core.rules.model import Source
from ttps_desktop.core.rules.report import Report

_C = "KeyDates"


class DateKind(StrEnum):
    """Stable ids (the .ics UIDs are made from them): never rename one."""

    STAY_WOULD_END = "stay_would_end"
    PASSPORT_EXPIRES = "passport_expires"
    STANDING_WINDOW_OPENS = "standing_window_opens"
    WINDOW_OPENS = "window_opens"
    STAY_EXPIRES = "stay_expires"
    EXTENDED_STAY_ENDS = "extended_stay_ends"
    TWO_YEARS_UNDER_TTPS = "two_years_under_ttps"
    PERMANENT_RESIDENCE = "permanent_residence"


TITLES: dict[DateKind, str] = {
    DateKind.STAY_WOULD_END: QT_TRANSLATE_NOOP("KeyDates", "Stay granted would end (about)"),
    DateKind.PASSPORT_EXPIRES: QT_TRANSLATE_NOOP("KeyDates", "Passport expires"),
    DateKind.WINDOW_OPENS: QT_TRANSLATE_NOOP("KeyDates", "Extension: application window opens"),
    DateKind.STANDING_WINDOW_OPENS: QT_TRANSLATE_NOOP(
        "KeyDates", "Extension: window under the standing 4-week rule"
    ),
    DateKind.STAY_EXPIRES: QT_TRANSLATE_NOOP("KeyDates", "Stay expires"),
    DateKind.EXTENDED_STAY_ENDS: QT_TRANSLATE_NOOP("KeyDates", "Extended stay would end (likely)"),
    DateKind.TWO_YEARS_UNDER_TTPS: QT_TRANSLATE_NOOP("KeyDates", "2 years under the scheme"),
    DateKind.PERMANENT_RESIDENCE: QT_TRANSLATE_NOOP("KeyDates", "7 years of ordinary residence"),
}

R_STAY = QT_TRANSLATE_NOOP(
    "KeyDates",
    "Category {category} grants an initial stay of {months} months; counted from the application date {day}, it would end about {end} (the stay runs from approval, usually some weeks later).",
)
R_PASSPORT_ENTRY = QT_TRANSLATE_NOOP(
    "KeyDates", "The travel document should be valid for the whole period you intend to stay."
)
W_PASSPORT_INSIDE_STAY = QT_TRANSLATE_NOOP(
    "KeyDates",
    "Warning: the passport expires on {expiry}, inside the stay that would end about {end}: renew it first.",
)
R_WINDOW = QT_TRANSLATE_NOOP(
    "KeyDates", "From this day you can apply to extend (the rules of {version}), while in Hong Kong."
)
R_STANDING = QT_TRANSLATE_NOOP(
    "KeyDates",
    "The standing rule: {weeks} weeks before the stay expires. The GovHK e-service page still says it is not for stays with more weeks left.",
)
R_STAY_EXPIRES = QT_TRANSLATE_NOOP(
    "KeyDates", "The last day of the stay held now (category {category}); apply by then."
)
R_EXTENDED = QT_TRANSLATE_NOOP(
    "KeyDates", "The likely end of the extended stay: {years} years or to the contract's end."
)
W_PASSPORT_BEFORE_EXTENDED = QT_TRANSLATE_NOOP(
    "KeyDates",
    "Warning: the passport expires on {expiry}, before the extended stay would end on {end}: renew it in time.",
)
R_PASSPORT_EXTENSION = QT_TRANSLATE_NOOP("KeyDates", "Keep the passport valid for the extended stay.")
R_TWO_YEARS = QT_TRANSLATE_NOOP(
    "KeyDates",
    "From this day you have been {years} years under the scheme (since {since}): with assessable income of HK${threshold} or more in the previous year of assessment, the extension can be {long} years.",
)
R_SEVEN_YEARS = QT_TRANSLATE_NOOP(
    "KeyDates",
    "{years} years after the first entry on {since}: permanent residence may follow {years} years of continuous ordinary residence (the general rule; verify your own case).",
)


@dataclass(frozen=True)
class KeyDate:
    kind: DateKind
    day: date
    rule: Message
    source: Source
    verify: bool
    warning: Message | None = None

    @property
    def title(self) -> Message:
        return Message(MessageText(_C, TITLES[self.kind]))


def _msg(text: str, **params: ParamValue) -> Message:
    return Message(MessageText(_C, text), params)


def _entry_dates(report: Report) -> list[KeyDate]:
    a = report.assessment
    day, rules = a.facts.application_date, a.ruleset
    found: list[KeyDate] = []
    end: date | None = None
    if report.category is not None:
        category = rules.categories[report.category]
        end = periods.months_after(day, category.initial_stay_months)
        rule = _msg(
            R_STAY, category=report.category.value, months=category.initial_stay_months, day=day, end=end
        )
        found.append(KeyDate(DateKind.STAY_WOULD_END, end, rule, rules.sources[category.source], False))
    doc = a.facts.travel_document
    if doc is not None and doc.expiry_date is not None:
        warning = None
        if end is not None and doc.expiry_date < end:
            warning = _msg(W_PASSPORT_INSIDE_STAY, expiry=doc.expiry_date, end=end)
        source = rules.sources.get("IMMD") or next(iter(rules.sources.values()))
        found.append(
            KeyDate(
                DateKind.PASSPORT_EXPIRES, doc.expiry_date, _msg(R_PASSPORT_ENTRY), source, False, warning
            )
        )
    return found


def _extension_dates(report: Report) -> list[KeyDate]:
    ext = report.extension
    assert ext is not None
    rules, version, permission = ext.rules, ext.version, ext.extension.permission
    src = rules.sources
    window = version.window
    found = [
        KeyDate(
            DateKind.WINDOW_OPENS,
            ext.opens,
            _msg(R_WINDOW, version=version.version),
            src[window.source],
            window.verify,
        ),
        KeyDate(
            DateKind.STAY_EXPIRES,
            permission.expires_on,
            _msg(R_STAY_EXPIRES, category=permission.category),
            src[rules.test_source],
            False,
        ),
        KeyDate(
            DateKind.EXTENDED_STAY_ENDS,
            ext.until,
            _msg(R_EXTENDED, years=ext.years),
            src[rules.length.source],
            False,
        ),
    ]
    if ext.standing_opens != ext.opens:
        found.append(
            KeyDate(
                DateKind.STANDING_WINDOW_OPENS,
                ext.standing_opens,
                _msg(R_STANDING, weeks=version.standing_weeks),
                src[version.standing_source],
                version.standing_verify,
            )
        )
    doc = ext.facts.travel_document
    if doc is not None and doc.expiry_date is not None:
        warning = None
        if doc.expiry_date < ext.until:
            warning = _msg(W_PASSPORT_BEFORE_EXTENDED, expiry=doc.expiry_date, end=ext.until)
        found.append(
            KeyDate(
                DateKind.PASSPORT_EXPIRES,
                doc.expiry_date,
                _msg(R_PASSPORT_EXTENSION),
                src[rules.test_source],
                False,
                warning,
            )
        )
    since = permission.first_entry or permission.granted_on
    length = rules.length
    found.append(
        KeyDate(
            DateKind.TWO_YEARS_UNDER_TTPS,
            periods.years_after(since, length.top_tier_min_years_under_ttps),
            _msg(
                R_TWO_YEARS,
                years=length.top_tier_min_years_under_ttps,
                since=since,
                threshold=length.top_tier_assessable_income_hkd,
                long=length.top_tier_years,
            ),
            src[length.source],
            False,
        )
    )
    if permission.first_entry is not None:
        kd = rules.key_dates
        found.append(
            KeyDate(
                DateKind.PERMANENT_RESIDENCE,
                periods.years_after(permission.first_entry, kd.permanent_residence_years),
                _msg(R_SEVEN_YEARS, years=kd.permanent_residence_years, since=permission.first_entry),
                src[kd.permanent_residence_source],
                kd.permanent_residence_verify,
            )
        )
    return found


def key_dates(report: Report) -> tuple[KeyDate, ...]:
    """The project's key dates, earliest first."""
    found = _extension_dates(report) if report.extension is not None else _entry_dates(report)
    return tuple(sorted(found, key=lambda k: (k.day, list(DateKind).index(k.kind))))


def alarm_weeks() -> int:
    """How many weeks before each date the calendar reminds (rules data)."""
    return extension_rules().key_dates.alarm_weeks
