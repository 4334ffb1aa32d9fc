"""Every reason the rules engine can give, in one place: stable codes and their English source texts.

Codes are a public interface (``eligibility --json`` prints them): never rename one; add new ones.
"""

from __future__ import annotations

from enum import StrEnum

from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText, register_enum_texts
from ttps_desktop.core.rules.facts import DegreeLevel, IncomeKind
from ttps_desktop.core.rules.model import Answer, Condition


class Verdict(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNDETERMINED = "undetermined"


class Outcome(StrEnum):
    """How one reason bears on the verdict."""

    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"
    INFO = "info"


class ReasonCode(StrEnum):
    # every category
    NATIONALITY_MISSING = "nationality_missing"
    NATIONALITY_EXCLUDED = "nationality_excluded"
    NATIONALITY_ACCEPTED = "nationality_accepted"
    PRC_OVERSEAS_PERMANENT_RESIDENT = "prc_overseas_permanent_resident"
    PRC_OVERSEAS_ONE_YEAR = "prc_overseas_one_year"
    PRC_OVERSEAS_TOO_RECENT = "prc_overseas_too_recent"
    PRC_OVERSEAS_UNKNOWN = "prc_overseas_unknown"
    NATIONALITY_STATUS_UNVERIFIED = "nationality_status_unverified"
    # category A
    INCOME_WINDOW = "income_window"
    INCOME_MEETS_THRESHOLD = "income_meets_threshold"
    INCOME_BELOW_THRESHOLD = "income_below_threshold"
    INCOME_NONE_ENTERED = "income_none_entered"
    INCOME_KIND_EXCLUDED = "income_kind_excluded"
    INCOME_OUTSIDE_WINDOW = "income_outside_window"
    INCOME_PRORATED = "income_prorated"
    INCOME_PERIOD_INVALID = "income_period_invalid"
    EXCHANGE_RATE_MISSING = "exchange_rate_missing"
    EXCHANGE_RATE_USED = "exchange_rate_used"
    INCOME_BUSINESS_SHARES_HELD = "income_business_shares_held"  # IMMD-2026 note 1
    INCOME_BUSINESS_SHARES_NOT_HELD = "income_business_shares_not_held"  # note 1
    INCOME_BUSINESS_SHARES_NOT_STATED = "income_business_shares_not_stated"  # note 1
    # degrees (B, C)
    DEGREE_LISTED = "degree_listed"
    DEGREE_NOT_FOUND = "degree_not_found"
    DEGREE_NONE = "degree_none"
    DEGREE_LEVEL_NOT_ACCEPTED = "degree_level_not_accepted"
    DEGREE_TOO_OLD = "degree_too_old"
    DEGREE_HK_LOCALLY_ACCREDITED = "degree_hk_locally_accredited"
    DEGREE_AWARDED_IN_FUTURE = "degree_awarded_in_future"
    DEGREE_HIGHER_DOES_NOT_HELP = "degree_higher_does_not_help"  # note 2
    DEGREE_HONORARY = "degree_honorary"  # note 2
    DEGREE_VERIFICATION_NEEDED = "degree_verification_needed"  # note 3
    DEGREE_CONTINUING_EDUCATION = "degree_continuing_education"  # note 4
    DEGREE_REMOVED_FROM_LIST = "degree_removed_from_list"  # note 4, the dated lists
    DEGREE_GRADUATION_YEAR = "degree_graduation_year"  # note 6
    DEGREE_GRADUATION_YEAR_TOO_OLD = "degree_graduation_year_too_old"  # note 6
    DEGREE_NON_LOCAL_STUDENT = "degree_non_local_student"  # note 7
    # work experience (B, C)
    EXPERIENCE_ENOUGH = "experience_enough"
    EXPERIENCE_SHORT = "experience_short"
    EXPERIENCE_BELOW_LIMIT = "experience_below_limit"
    EXPERIENCE_AT_OR_OVER_LIMIT = "experience_at_or_over_limit"
    EMPLOYMENT_PERIOD_INVALID = "employment_period_invalid"
    EMPLOYMENT_IN_FUTURE = "employment_in_future"
    EXPERIENCE_PART_TIME_COUNTED = "experience_part_time_counted"
    EXPERIENCE_PART_TIME_EXCLUDED = "experience_part_time_excluded"  # note 5
    EXPERIENCE_BEFORE_BACHELOR = "experience_before_bachelor"  # note 5
    # quota (C)
    QUOTA_APPLIES = "quota_applies"
    QUOTA_NO_FIGURE = "quota_no_figure"
    # warnings about the facts that do not change a verdict
    TRAVEL_DOCUMENT_MISSING = "travel_document_missing"
    TRAVEL_DOCUMENT_EXPIRED = "travel_document_expired"
    TRAVEL_DOCUMENT_EXPIRES_SOON = "travel_document_expires_soon"
    DEPENDANT_CHILD_TOO_OLD = "dependant_child_too_old"
    DEPENDANT_CHILD_MARRIED = "dependant_child_married"
    DEPENDANT_CHILD_BIRTH_DATE_MISSING = "dependant_child_birth_date_missing"
    DEPENDANT_SECOND_SPOUSE = "dependant_second_spouse"
    DEPENDANT_NATIONALITY_EXCLUDED = "dependant_nationality_excluded"
    # the checklist
    REQUIREMENT_FOR_EVERYONE = "requirement_for_everyone"
    REQUIREMENT_FOR_DEPENDANT = "requirement_for_dependant"
    REQUIREMENT_FOR_CATEGORY = "requirement_for_category"
    REQUIREMENT_FOR_SITUATION = "requirement_for_situation"
    REQUIREMENT_NOT_FOR_CATEGORY = "requirement_not_for_category"
    REQUIREMENT_SITUATION_ABSENT = "requirement_situation_absent"
    REQUIREMENT_NO_CATEGORY = "requirement_no_category"
    REQUIREMENT_OPTIONAL = "requirement_optional"
    REQUIREMENT_OPTIONAL_FOR_CATEGORY = "requirement_optional_for_category"
    # newer rules
    RULES_NEWER_VERSION = "rules_newer_version"
    RULES_VERDICT_CHANGES = "rules_verdict_changes"
    RULES_INITIAL_STAY_CHANGES = "rules_initial_stay_changes"
    RULES_REQUIREMENT_ADDED = "rules_requirement_added"
    RULES_REQUIREMENT_REMOVED = "rules_requirement_removed"
    RULES_UNIVERSITY_REMOVED = "rules_university_removed"
    RULES_UNIVERSITY_ADDED = "rules_university_added"
    RULES_FEES_CHANGE = "rules_fees_change"


_R = "Reason"
REASON_TEXT: dict[ReasonCode, str] = {
    ReasonCode.NATIONALITY_MISSING: QT_TRANSLATE_NOOP(
        "Reason", "Nationality not given: it decides whether you may apply at all."
    ),
    ReasonCode.NATIONALITY_EXCLUDED: QT_TRANSLATE_NOOP(
        "Reason", "Nationals of {nationality} may not apply under the scheme."
    ),
    ReasonCode.NATIONALITY_ACCEPTED: QT_TRANSLATE_NOOP(
        "Reason", "Nationality {nationality} is not among those excluded from the scheme."
    ),
    ReasonCode.PRC_OVERSEAS_PERMANENT_RESIDENT: QT_TRANSLATE_NOOP(
        "Reason",
        "As a Chinese national with a PRC passport living overseas, you qualify through permanent residence in {country}.",
    ),
    ReasonCode.PRC_OVERSEAS_ONE_YEAR: QT_TRANSLATE_NOOP(
        "Reason",
        "As a Chinese national with a PRC passport, you have lived overseas since {since}, at least one year before applying (from {required_since}); you must apply from overseas.",
    ),
    ReasonCode.PRC_OVERSEAS_TOO_RECENT: QT_TRANSLATE_NOOP(
        "Reason",
        "Chinese nationals with a PRC passport living overseas need permanent residence there or one year's residence immediately before applying; you have lived overseas since {since}, which is after {required_since}.",
    ),
    ReasonCode.PRC_OVERSEAS_UNKNOWN: QT_TRANSLATE_NOOP(
        "Reason",
        "Chinese nationals with a PRC passport living overseas need permanent residence there or one year's residence immediately before applying: give the date you started living in {country} or say whether you are a permanent resident.",
    ),
    ReasonCode.NATIONALITY_STATUS_UNVERIFIED: QT_TRANSLATE_NOOP(
        "Reason",
        "Verify: no official page confirms when nationals of Laos, Nepal and Vietnam stopped being excluded. The app treats them as excluded for applications before 1 January 2024 and not from then on (the 2023 Policy Address opened the talent schemes to them).",
    ),
    ReasonCode.INCOME_WINDOW: QT_TRANSLATE_NOOP(
        "Reason",
        "The year counted for income runs from {window_start} to {window_end}, the 12 months before the application date. An income item whose period ends in it counts in full; a longer or unfinished period counts for its days inside it.",
    ),
    ReasonCode.INCOME_MEETS_THRESHOLD: QT_TRANSLATE_NOOP(
        "Reason", "Income in that year totals HK${total_hkd}, at least the HK${threshold_hkd} required."
    ),
    ReasonCode.INCOME_BELOW_THRESHOLD: QT_TRANSLATE_NOOP(
        "Reason", "Income in that year totals HK${total_hkd}, below the HK${threshold_hkd} required."
    ),
    ReasonCode.INCOME_NONE_ENTERED: QT_TRANSLATE_NOOP(
        "Reason", "No income entered for that year: HK${threshold_hkd} is required."
    ),
    ReasonCode.INCOME_KIND_EXCLUDED: QT_TRANSLATE_NOOP(
        "Reason",
        "{kind} income of {amount} {currency} does not count: income from personal investments is excluded.",
    ),
    ReasonCode.INCOME_OUTSIDE_WINDOW: QT_TRANSLATE_NOOP(
        "Reason", "{kind} income for {period_start} to {period_end} falls outside the year counted."
    ),
    ReasonCode.INCOME_PRORATED: QT_TRANSLATE_NOOP(
        "Reason",
        "{kind} income for {period_start} to {period_end} counts for the {counted_days} of its {period_days} days inside the year: HK${counted_hkd}.",
    ),
    ReasonCode.INCOME_PERIOD_INVALID: QT_TRANSLATE_NOOP(
        "Reason",
        "Income item {number}: the period ends ({period_end}) before it starts ({period_start}). Correct it to include this income.",
    ),
    ReasonCode.EXCHANGE_RATE_MISSING: QT_TRANSLATE_NOOP(
        "Reason",
        "No exchange rate recorded for {currency}: add the rate, its date and its source to convert this income into Hong Kong dollars.",
    ),
    ReasonCode.EXCHANGE_RATE_USED: QT_TRANSLATE_NOOP(
        "Reason", "1 {currency} = HK${rate} (rate of {date}, source: {source})."
    ),
    ReasonCode.INCOME_BUSINESS_SHARES_HELD: QT_TRANSLATE_NOOP(
        "Reason",
        "Business profit for {period_start} to {period_end} counts: you held the company's shares throughout the year (IMMD note 1).",
    ),
    ReasonCode.INCOME_BUSINESS_SHARES_NOT_HELD: QT_TRANSLATE_NOOP(
        "Reason",
        "Business profit of {amount} {currency} for {period_start} to {period_end} does not count: profit from your own company counts only if you held its shares throughout the tax year before the application (IMMD note 1).",
    ),
    ReasonCode.INCOME_BUSINESS_SHARES_NOT_STATED: QT_TRANSLATE_NOOP(
        "Reason",
        "Business profit of {amount} {currency} for {period_start} to {period_end} counts only if you held the company's shares throughout the tax year before the application (IMMD note 1): say whether you did.",
    ),
    ReasonCode.DEGREE_LISTED: QT_TRANSLATE_NOOP(
        "Reason", "{institution} is on the eligible-university list dated {list_date} (as {listed_name})."
    ),
    ReasonCode.DEGREE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Reason",
        "{institution} was not found in the eligible-university list dated {list_date}. This does not mean it is ineligible: check the spelling or the current official list.",
    ),
    ReasonCode.DEGREE_NONE: QT_TRANSLATE_NOOP(
        "Reason", "A bachelor's degree from an eligible university is required, and none is given."
    ),
    ReasonCode.DEGREE_LEVEL_NOT_ACCEPTED: QT_TRANSLATE_NOOP(
        "Reason",
        "The {level} degree from {institution} is not a bachelor's degree, which is what this category requires.",
    ),
    ReasonCode.DEGREE_TOO_OLD: QT_TRANSLATE_NOOP(
        "Reason",
        "The degree from {institution} was awarded on {awarded}, before {earliest}: this category needs one awarded within the 5 years before the application.",
    ),
    ReasonCode.DEGREE_HK_LOCALLY_ACCREDITED: QT_TRANSLATE_NOOP(
        "Reason",
        "The degree from {institution} came from a full-time locally-accredited programme in Hong Kong: non-local graduates of such programmes apply under IANG, not category C.",
    ),
    ReasonCode.DEGREE_AWARDED_IN_FUTURE: QT_TRANSLATE_NOOP(
        "Reason",
        "The degree from {institution} is dated {awarded}, after the application date. Correct the date.",
    ),
    ReasonCode.DEGREE_HIGHER_DOES_NOT_HELP: QT_TRANSLATE_NOOP(
        "Reason",
        "The {level} degree from {institution} was taken into account but does not help: only a bachelor's degree counts, and a master's or doctorate does not make up for a bachelor's degree from a university that is not eligible (IMMD note 2).",
    ),
    ReasonCode.DEGREE_HONORARY: QT_TRANSLATE_NOOP(
        "Reason",
        "The bachelor's degree from {institution} is honorary: honorary degrees are not accepted (IMMD note 2).",
    ),
    ReasonCode.DEGREE_VERIFICATION_NEEDED: QT_TRANSLATE_NOOP(
        "Reason",
        "The degree must be verified by a third-party credential verification organisation or the awarding institution, with what the Immigration Department needs to check it online (such as a CHSI verification code) (IMMD note 3).",
    ),
    ReasonCode.DEGREE_CONTINUING_EDUCATION: QT_TRANSLATE_NOOP(
        "Reason",
        "The degree from {institution} came from a continuing or professional education arm, branch, extension or subsidiary school of the university: such degrees are not accepted (IMMD note 4).",
    ),
    ReasonCode.DEGREE_REMOVED_FROM_LIST: QT_TRANSLATE_NOOP(
        "Reason",
        "{institution} ({listed_name}) was removed from the eligible-university list on {removed_on}; the list dated {list_date}, in force on the application date, no longer holds it.",
    ),
    ReasonCode.DEGREE_GRADUATION_YEAR: QT_TRANSLATE_NOOP(
        "Reason",
        "Graduated in {year}: for an application in {application_year}, the five years are counted by year of graduation, {earliest_year} to {application_year} (IMMD note 6; verify: the exact span is our reading of the note).",
    ),
    ReasonCode.DEGREE_GRADUATION_YEAR_TOO_OLD: QT_TRANSLATE_NOOP(
        "Reason",
        "The degree from {institution} was awarded in {year}: for an application in {application_year}, category C needs one awarded in {earliest_year} or later, counted by year of graduation (IMMD note 6; verify: the exact span is our reading of the note).",
    ),
    ReasonCode.DEGREE_NON_LOCAL_STUDENT: QT_TRANSLATE_NOOP(
        "Reason",
        "The degree from {institution} came from a full-time locally-accredited programme in Hong Kong: category C does not apply to non-local students, that is those who studied on a student visa (IMMD note 7); they use IANG.",
    ),
    ReasonCode.EXPERIENCE_ENOUGH: QT_TRANSLATE_NOOP(
        "Reason",
        "Work experience from {window_start} to {window_end} adds up to {days} days, at least the {required_days} days of {years} years.",
    ),
    ReasonCode.EXPERIENCE_SHORT: QT_TRANSLATE_NOOP(
        "Reason",
        "Work experience from {window_start} to {window_end} adds up to {days} days, short of the {required_days} days of {years} years.",
    ),
    ReasonCode.EXPERIENCE_BELOW_LIMIT: QT_TRANSLATE_NOOP(
        "Reason",
        "Work experience from {window_start} to {window_end} adds up to {days} days, less than {years} years ({required_days} days).",
    ),
    ReasonCode.EXPERIENCE_AT_OR_OVER_LIMIT: QT_TRANSLATE_NOOP(
        "Reason",
        "Work experience from {window_start} to {window_end} adds up to {days} days, {years} years ({required_days} days) or more: this category is for less than {years} years.",
    ),
    ReasonCode.EMPLOYMENT_PERIOD_INVALID: QT_TRANSLATE_NOOP(
        "Reason",
        "Job {number} ({employer}): it ends ({end}) before it starts ({start}). Correct it to count this experience.",
    ),
    ReasonCode.EMPLOYMENT_IN_FUTURE: QT_TRANSLATE_NOOP(
        "Reason",
        "Job {number} ({employer}) starts on {start}, after the application date: it does not count.",
    ),
    ReasonCode.EXPERIENCE_PART_TIME_COUNTED: QT_TRANSLATE_NOOP(
        "Reason",
        "Job {number} ({employer}) is part-time and was counted like full-time work: check how the Immigration Department counts it.",
    ),
    ReasonCode.EXPERIENCE_PART_TIME_EXCLUDED: QT_TRANSLATE_NOOP(
        "Reason",
        "Job {number} ({employer}) does not count: it is part-time, and only full-time employment or self-employment counts (IMMD note 5).",
    ),
    ReasonCode.EXPERIENCE_BEFORE_BACHELOR: QT_TRANSLATE_NOOP(
        "Reason",
        "Job {number} ({employer}): its {days} days before your bachelor's degree was awarded on {awarded} do not count; only experience after graduation counts (IMMD note 5).",
    ),
    ReasonCode.QUOTA_NO_FIGURE: QT_TRANSLATE_NOOP(
        "Reason",
        "Category C is subject to an annual quota, allotted first come first served; the Immigration Department gives no figure.",
    ),
    ReasonCode.QUOTA_APPLIES: QT_TRANSLATE_NOOP(
        "Reason", "Category C has an annual quota of {quota} places, allotted first come first served."
    ),
    ReasonCode.TRAVEL_DOCUMENT_MISSING: QT_TRANSLATE_NOOP(
        "Reason", "No travel document given: every applicant needs a valid one."
    ),
    ReasonCode.TRAVEL_DOCUMENT_EXPIRED: QT_TRANSLATE_NOOP(
        "Reason", "The travel document expired on {expiry}, before the application date: renew it first."
    ),
    ReasonCode.TRAVEL_DOCUMENT_EXPIRES_SOON: QT_TRANSLATE_NOOP(
        "Reason",
        "The travel document expires on {expiry}, within {months} months of the application: a longer validity avoids a shorter stay.",
    ),
    ReasonCode.DEPENDANT_CHILD_TOO_OLD: QT_TRANSLATE_NOOP(
        "Reason",
        "{name} is 18 or older on the application date (born {birth_date}) and cannot come as a dependant child.",
    ),
    ReasonCode.DEPENDANT_CHILD_MARRIED: QT_TRANSLATE_NOOP(
        "Reason", "{name} is married and cannot come as a dependant child: children must be unmarried."
    ),
    ReasonCode.DEPENDANT_CHILD_BIRTH_DATE_MISSING: QT_TRANSLATE_NOOP(
        "Reason", "Give {name}'s date of birth: dependant children must be under 18."
    ),
    ReasonCode.DEPENDANT_SECOND_SPOUSE: QT_TRANSLATE_NOOP(
        "Reason", "Only one spouse can come as a dependant; {name} was left out."
    ),
    ReasonCode.DEPENDANT_NATIONALITY_EXCLUDED: QT_TRANSLATE_NOOP(
        "Reason",
        "{name} is a national of {nationality}: the scheme's dependant arrangements do not apply to nationals of {nationality}.",
    ),
    ReasonCode.REQUIREMENT_FOR_EVERYONE: QT_TRANSLATE_NOOP("Reason", "Every applicant needs this."),
    ReasonCode.REQUIREMENT_FOR_DEPENDANT: QT_TRANSLATE_NOOP(
        "Reason", "Needed for every dependant who comes with you."
    ),
    ReasonCode.REQUIREMENT_FOR_CATEGORY: QT_TRANSLATE_NOOP("Reason", "Needed for category {category}."),
    ReasonCode.REQUIREMENT_FOR_SITUATION: QT_TRANSLATE_NOOP("Reason", "Needed because {situation}."),
    ReasonCode.REQUIREMENT_NOT_FOR_CATEGORY: QT_TRANSLATE_NOOP(
        "Reason", "Not needed for category {category}."
    ),
    ReasonCode.REQUIREMENT_SITUATION_ABSENT: QT_TRANSLATE_NOOP("Reason", "Only needed if {situation}."),
    ReasonCode.REQUIREMENT_OPTIONAL: QT_TRANSLATE_NOOP(
        "Reason", "Not required: add it if it applies to you."
    ),
    ReasonCode.REQUIREMENT_OPTIONAL_FOR_CATEGORY: QT_TRANSLATE_NOOP(
        "Reason", "Not required for category {category}: add it if you have it."
    ),
    ReasonCode.REQUIREMENT_NO_CATEGORY: QT_TRANSLATE_NOOP(
        "Reason", "Depends on the category, which is not chosen yet."
    ),
    ReasonCode.RULES_NEWER_VERSION: QT_TRANSLATE_NOOP(
        "Reason",
        "Checked against the rules of {version}; newer rules ({newer_version}, in force from {effective}) exist.",
    ),
    ReasonCode.RULES_VERDICT_CHANGES: QT_TRANSLATE_NOOP(
        "Reason", "Under the newer rules, category {category} would be {new} instead of {old}."
    ),
    ReasonCode.RULES_INITIAL_STAY_CHANGES: QT_TRANSLATE_NOOP(
        "Reason",
        "Under the newer rules, the initial stay for category {category} would be {new} months instead of {old}.",
    ),
    ReasonCode.RULES_REQUIREMENT_ADDED: QT_TRANSLATE_NOOP(
        "Reason", "Under the newer rules, the checklist would also need: {requirement}."
    ),
    ReasonCode.RULES_REQUIREMENT_REMOVED: QT_TRANSLATE_NOOP(
        "Reason", "Under the newer rules, the checklist would no longer need: {requirement}."
    ),
    ReasonCode.RULES_UNIVERSITY_REMOVED: QT_TRANSLATE_NOOP(
        "Reason",
        "Your university, {institution}, was removed from the eligible-university list on {date}: for an application from that day it no longer counts.",
    ),
    ReasonCode.RULES_UNIVERSITY_ADDED: QT_TRANSLATE_NOOP(
        "Reason",
        "Your university, {institution}, is on the eligible-university list from {date}: for an application from that day it counts.",
    ),
    ReasonCode.RULES_FEES_CHANGE: QT_TRANSLATE_NOOP(
        "Reason",
        "Under the newer rules, each person pays HK${per_person} (application HK${application} and visa HK${visa}): HK${total} for {people} people.",
    ),
}


def reason_text(code: ReasonCode) -> MessageText:
    return MessageText(_R, REASON_TEXT[code])


register_enum_texts(
    "Verdict",
    {
        Verdict.ELIGIBLE: QT_TRANSLATE_NOOP("Verdict", "eligible"),
        Verdict.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Verdict", "not eligible"),
        Verdict.UNDETERMINED: QT_TRANSLATE_NOOP("Verdict", "undetermined"),
    },
)
register_enum_texts(
    "Condition",
    {
        Condition.HAS_HKID: QT_TRANSLATE_NOOP("Condition", "you hold a Hong Kong identity card"),
        Condition.MAINLAND_RESIDENT: QT_TRANSLATE_NOOP("Condition", "you live in the Mainland"),
        Condition.PRC_PASSPORT_OVERSEAS: QT_TRANSLATE_NOOP(
            "Condition", "you hold a PRC passport and live overseas"
        ),
        Condition.MACAO_OR_TAIWAN_RESIDENT: QT_TRANSLATE_NOOP("Condition", "you live in Macao or Taiwan"),
        Condition.MACAO_RESIDENT: QT_TRANSLATE_NOOP("Condition", "you live in Macao"),
        Condition.TAIWAN_RESIDENT: QT_TRANSLATE_NOOP("Condition", "you live in Taiwan"),
        Condition.IN_HONG_KONG: QT_TRANSLATE_NOOP("Condition", "you are in Hong Kong now"),
        Condition.DOCUMENTS_NOT_IN_CHINESE_OR_ENGLISH: QT_TRANSLATE_NOOP(
            "Condition", "some documents are not in Chinese or English"
        ),
        Condition.NAME_CHANGED: QT_TRANSLATE_NOOP("Condition", "your name differs between documents"),
        Condition.HAS_DEPENDANTS: QT_TRANSLATE_NOOP("Condition", "dependants come with you"),
        Condition.HAS_EMPLOYMENT: QT_TRANSLATE_NOOP("Condition", "you have work experience to show"),
        Condition.SELF_EMPLOYED: QT_TRANSLATE_NOOP("Condition", "you were self-employed"),
        Condition.MAINLAND_DEGREE: QT_TRANSLATE_NOOP(
            "Condition", "your degree is from a Mainland university"
        ),
        Condition.EXTENSION_EMPLOYMENT: QT_TRANSLATE_NOOP("Condition", "you extend through employment"),
        Condition.EXTENSION_BUSINESS: QT_TRANSLATE_NOOP("Condition", "you extend through a business"),
        Condition.DEGREE_VERIFICATION_NOT_SENT: QT_TRANSLATE_NOOP(
            "Condition", "your degree verification was never sent"
        ),
        Condition.EMPLOYER_COMPANY_PAPERS: QT_TRANSLATE_NOOP(
            "Condition", "your employer is neither listed nor had a work visa approved recently"
        ),
        Condition.INTRA_COMPANY_TRANSFER: QT_TRANSLATE_NOOP(
            "Condition", "you were transferred within the company"
        ),
        Condition.TOP_TIER_STREAM: QT_TRANSLATE_NOOP("Condition", "you qualify for the 6-year extension"),
    },
)
register_enum_texts(
    "Answer",
    {Answer.NO: QT_TRANSLATE_NOOP("Answer", "No"), Answer.YES: QT_TRANSLATE_NOOP("Answer", "Yes")},
)
register_enum_texts(
    "IncomeKind",
    {
        IncomeKind.SALARY: QT_TRANSLATE_NOOP("IncomeKind", "Salary"),
        IncomeKind.ALLOWANCE: QT_TRANSLATE_NOOP("IncomeKind", "Allowance"),
        IncomeKind.BONUS: QT_TRANSLATE_NOOP("IncomeKind", "Bonus"),
        IncomeKind.STOCK_OPTIONS: QT_TRANSLATE_NOOP("IncomeKind", "Stock options"),
        IncomeKind.BUSINESS_PROFIT: QT_TRANSLATE_NOOP("IncomeKind", "Business profit"),
        IncomeKind.INVESTMENT: QT_TRANSLATE_NOOP("IncomeKind", "Investment"),
        IncomeKind.OTHER: QT_TRANSLATE_NOOP("IncomeKind", "Other"),
    },
)
register_enum_texts(
    "DegreeLevel",
    {
        DegreeLevel.BACHELOR: QT_TRANSLATE_NOOP("DegreeLevel", "bachelor's"),
        DegreeLevel.MASTER: QT_TRANSLATE_NOOP("DegreeLevel", "master's"),
        DegreeLevel.DOCTOR: QT_TRANSLATE_NOOP("DegreeLevel", "doctoral"),
        DegreeLevel.OTHER: QT_TRANSLATE_NOOP("DegreeLevel", "other"),
    },
)
