"""The fees each person pays, by the rule version in force (from 2025-02: HK$600 application fee and HK$1,300 visa
fee per person, dependants included), for the applicant and each dependant who can come. The CLI, the Eligibility
tab and the dossier cover all show this one value."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, MessageText
from ttps_desktop.core.rules.checklist import Person, people
from ttps_desktop.core.rules.eligibility import Assessment
from ttps_desktop.core.rules.model import Source, Subject

_C = "Fees"
FEES_RULE = QT_TRANSLATE_NOOP(
    "Fees",
    "Fees by the rules of {version}: HK${application} application fee (paid on submission, not refunded) and HK${visa} visa fee (paid on approval) per person, dependants included.",
)
FEES_TOTAL = QT_TRANSLATE_NOOP("Fees", "Total for %n person(s): HK${total}", None, 1)
FEES_SOURCE = QT_TRANSLATE_NOOP("Fees", "Source: {title} {url} (checked {checked})")
FEES_VERIFY = QT_TRANSLATE_NOOP(
    "Fees", "Verify: check the amounts on the Immigration Department's fee page before paying."
)
FEES_NONE = QT_TRANSLATE_NOOP(
    "Fees", "The rules of {version} hold no fee figures: check the Immigration Department's page."
)
FEES_APPLICANT = QT_TRANSLATE_NOOP("Fees", "Applicant {name}: HK${amount}")
FEES_SPOUSE = QT_TRANSLATE_NOOP("Fees", "Spouse {name}: HK${amount}")
FEES_CHILD = QT_TRANSLATE_NOOP("Fees", "Child {number} {name}: HK${amount}")
_PERSON = {Subject.APPLICANT: FEES_APPLICANT, Subject.SPOUSE: FEES_SPOUSE, Subject.CHILD: FEES_CHILD}


@dataclass(frozen=True)
class FeeSummary:
    version: str
    application_hkd: Decimal
    visa_hkd: Decimal
    people: tuple[Person, ...]
    source: Source
    verify: bool

    @property
    def per_person_hkd(self) -> Decimal:
        return self.application_hkd + self.visa_hkd

    @property
    def total_hkd(self) -> Decimal:
        return self.per_person_hkd * len(self.people)

    def lines(self) -> list[Message]:
        """What every edge shows, in this order: the rule, each person, the total, the source."""
        out = [
            Message(
                MessageText(_C, FEES_RULE),
                {"version": self.version, "application": self.application_hkd, "visa": self.visa_hkd},
            )
        ]
        out += [
            Message(
                MessageText(_C, _PERSON[p.subject]),
                {"name": p.name or "—", "number": p.number, "amount": self.per_person_hkd},
            )
            for p in self.people
        ]
        out.append(
            Message(
                MessageText(_C, FEES_TOTAL, "count"), {"count": len(self.people), "total": self.total_hkd}
            )
        )
        if self.verify:
            out.append(Message(MessageText(_C, FEES_VERIFY)))
        src = self.source
        out.append(
            Message(
                MessageText(_C, FEES_SOURCE), {"title": src.title, "url": src.url, "checked": src.checked}
            )
        )
        return out


def fees_for(assessment: Assessment) -> FeeSummary | None:
    """The fees for the applicant and each dependant who can come, or None if the rules give no figures."""
    rules = assessment.ruleset
    if rules.fees is None:
        return None
    return FeeSummary(
        rules.version,
        rules.fees.application_hkd,
        rules.fees.visa_hkd,
        tuple(people(assessment)),
        rules.sources[rules.fees.source],
        rules.fees.verify,
    )


def no_fees(assessment: Assessment) -> Message:
    return Message(MessageText(_C, FEES_NONE), {"version": assessment.ruleset.version})
