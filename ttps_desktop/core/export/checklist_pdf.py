"""The printable checklist: for the applicant and each dependant, every requirement with its status, the files
given, open findings, a tick box and room for notes. Black and white, so it prints anywhere."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.pdfgen.canvas import Canvas

from ttps_desktop import APP_NAME, __version__
from ttps_desktop.core.export.fonts import register_fonts, wrap
from ttps_desktop.core.export.localizer import Localizer, say
from ttps_desktop.core.export.outcome import rewrite_with_info
from ttps_desktop.core.export.pages import A4, MM
from ttps_desktop.core.export.plan import ExportPlan, neutral_params
from ttps_desktop.core.findings import ZONE_VALUE_CODES, Finding, Severity
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.project_check import ItemMark, ItemStatus, item_mark
from ttps_desktop.core.rules.model import Answer

T_HEADING = QT_TRANSLATE_NOOP("Export", "Document checklist: {name}")
T_HEADING_EXTENSION = QT_TRANSLATE_NOOP("Export", "Extension of stay, document checklist: {name}")
T_SUBHEADING = QT_TRANSLATE_NOOP(
    "Export", "Category {category} · rules of {version} · prepared on {date} with {app} {app_version}"
)
T_PERSON_APPLICANT = QT_TRANSLATE_NOOP("Export", "Applicant")
T_PERSON_SPOUSE = QT_TRANSLATE_NOOP("Export", "Spouse: {name}")
T_PERSON_CHILD = QT_TRANSLATE_NOOP("Export", "Child {number}: {name}")
T_STATUS_DONE = QT_TRANSLATE_NOOP("Export", "complete")
T_STATUS_MISSING = QT_TRANSLATE_NOOP("Export", "missing")
T_STATUS_OPTIONAL = QT_TRANSLATE_NOOP("Export", "if any")
T_STATUS_TO_FIX = QT_TRANSLATE_NOOP("Export", "to fix")
T_FILES = QT_TRANSLATE_NOOP("Export", "Files: {files}")
T_NO_FILES = QT_TRANSLATE_NOOP("Export", "Files: none yet")
T_NOTES = QT_TRANSLATE_NOOP("Export", "Notes:")
T_PAGE = QT_TRANSLATE_NOOP("Export", "Page {number}")
T_NONE = QT_TRANSLATE_NOOP("Export", "not chosen")
T_ANSWER = QT_TRANSLATE_NOOP("Export", "Answer: {answer}")
T_NOT_ANSWERED = QT_TRANSLATE_NOOP("Export", "not answered yet")

_LEFT, _RIGHT_PAD, _BOTTOM = 18 * MM, 18 * MM, 20 * MM


class _Sheet:
    def __init__(self, paper: tuple[float, float], loc: Localizer) -> None:
        self.out = io.BytesIO()
        self.paper, self.loc = paper, loc
        self.font = register_fonts()
        self.canvas = Canvas(
            self.out, pagesize=paper, invariant=True, initialFontName=self.font, pageCompression=1
        )
        self.page_number = 1
        self.y = paper[1] - 20 * MM

    def ensure(self, height: float) -> None:
        if self.y - height < _BOTTOM:
            self.footer()
            self.canvas.showPage()
            self.page_number += 1
            self.y = self.paper[1] - 20 * MM

    def footer(self) -> None:
        self.canvas.setFont(self.font, 8)
        self.canvas.drawRightString(
            self.paper[0] - _RIGHT_PAD, 10 * MM, say(self.loc, T_PAGE, number=self.page_number)
        )

    def lines(self, text: str, size: float, indent: float = 0) -> list[str]:
        width = self.paper[0] - _LEFT - _RIGHT_PAD - indent
        return wrap(text, self.font, size, width) or [""]

    def write(self, text: str, size: float = 10, indent: float = 0, gap: float = 2) -> None:
        rows = self.lines(text, size, indent)
        self.ensure(len(rows) * size * 1.3 + gap)
        self.canvas.setFont(self.font, size)
        for row in rows:
            self.canvas.drawString(_LEFT + indent, self.y, row)
            self.y -= size * 1.3
        self.y -= gap

    def box(self, ticked: bool) -> None:
        size = 3.6 * MM
        self.canvas.rect(_LEFT, self.y - 1, size, size, stroke=1, fill=0)
        if ticked:
            self.canvas.line(_LEFT + 0.7 * MM, self.y + 1.4 * MM, _LEFT + 1.5 * MM, self.y)
            self.canvas.line(_LEFT + 1.5 * MM, self.y, _LEFT + 3.2 * MM, self.y + 3 * MM)

    def finish(self, title: str, created: datetime) -> bytes:
        self.footer()
        self.canvas.showPage()
        self.canvas.save()
        return rewrite_with_info(self.out.getvalue(), title, created)


def build_checklist(
    plan: ExportPlan, applicant_name: str, loc: Localizer, paper: tuple[float, float] = A4
) -> bytes:
    report = plan.check.report
    rules = report.assessment.ruleset
    sheet = _Sheet(paper, loc)
    heading = T_HEADING_EXTENSION if report.extension is not None else T_HEADING
    sheet.write(say(loc, heading, name=applicant_name or "—"), size=16, gap=4)
    category = report.category.value if report.category else say(loc, T_NONE)
    sheet.write(
        say(
            loc,
            T_SUBHEADING,
            category=category,
            version=rules.version,
            date=plan.created.date(),
            app=APP_NAME,
            app_version=__version__,
        ),
        size=9,
        gap=8,
    )
    statuses = {s.item_id: s for s in plan.check.statuses}
    findings_by_subject: dict[str, list[str]] = {}
    item_of = {d.id: s.item_id for s in plan.check.statuses for d in s.documents}
    labels = neutral_params(plan, loc.language)
    for found in plan.check.findings:
        if (
            found.severity is Severity.INFO or found.code in ZONE_VALUE_CODES
        ):  # zone values stay in the project
            continue
        subject = item_of.get(found.document, found.subject) if found.document is not None else found.subject
        params = {k: labels.get(v, v) if isinstance(v, str) else v for k, v in found.params.items()}
        findings_by_subject.setdefault(subject, []).append(
            loc.render(Finding(found.severity, found.code, found.subject, params, found.document).message)
        )
    person = None
    for item in report.applicable:
        if item.person.key != person:
            person = item.person.key
            if person == "applicant":
                title = say(loc, T_PERSON_APPLICANT)
            elif person == "spouse":
                title = say(loc, T_PERSON_SPOUSE, name=item.person.name or "—")
            else:
                title = say(loc, T_PERSON_CHILD, number=item.person.number, name=item.person.name or "—")
            sheet.ensure(30 * MM)
            sheet.y -= 3 * MM
            sheet.write(title, size=13, gap=4)
        status = statuses.get(item.id)
        mark = item_mark(
            needed=item.mandatory or item.requirement.question is not None,
            tick_only=item.requirement.confirm_only,
            complete=bool(status and status.complete),
            files=len(status.documents) if status else 0,
        )
        sheet.ensure(24 * MM)
        sheet.box(mark is ItemMark.DONE)
        sheet.write(
            f"{item.requirement.title.get(loc.language)}  ({say(loc, _status_label(mark, status))})",
            size=10.5,
            indent=6 * MM,
            gap=1,
        )
        files = [labels.get(d.display_name, d.display_name) for d in status.documents] if status else []
        text = say(loc, T_FILES, files=", ".join(files)) if files else say(loc, T_NO_FILES)
        if item.requirement.question is not None:  # a declaration on the e-form: its answer, never files
            given = plan.check.answers.get(item.requirement.question)
            answer = Answer(given) if given in tuple(Answer) else MessageText("Export", T_NOT_ANSWERED)
            text = say(loc, T_ANSWER, answer=answer)
        sheet.write(text, size=8.5, indent=6 * MM, gap=1)
        for message in findings_by_subject.get(item.id, []):
            sheet.write("– " + message, size=8.5, indent=9 * MM, gap=1)
        note = plan.check.notes.get(item.id, "").strip()  # the user's own note, else room to write one
        sheet.write(say(loc, T_NOTES) + " " + (note or "_" * 70), size=8.5, indent=6 * MM, gap=5)
    return sheet.finish(say(loc, T_HEADING, name=applicant_name or "—"), plan.created)


def _status_label(mark: ItemMark, status: ItemStatus | None) -> str:
    """The word beside the box: the same judgement as the window's and the command line's sign."""
    if mark is ItemMark.DONE:
        return T_STATUS_DONE
    if mark is ItemMark.OPTIONAL_EMPTY:
        return T_STATUS_OPTIONAL
    return T_STATUS_TO_FIX if status is not None and status.documents else T_STATUS_MISSING
