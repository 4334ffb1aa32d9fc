"""The dossier PDF: cover, contents with links, a divider per section, every evidence page in checklist order,
bookmarks (section → item → document), page labels, and a footer stamp on every page that never covers content."""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.constants import PageLabelStyle
from pypdf.generic import IndirectObject
from reportlab.pdfgen.canvas import Canvas

from ttps_desktop import APP_NAME, __version__
from ttps_desktop.core.export.fonts import register_fonts, wrap
from ttps_desktop.core.export.localizer import Localizer, say, say_counted
from ttps_desktop.core.export.outcome import left_out, set_document_info
from ttps_desktop.core.export.pages import A4, MM, add_document_pages
from ttps_desktop.core.export.plan import ExportPlan, PlannedSection, document_label
from ttps_desktop.core.export.stamps import Stamper, split_number_template
from ttps_desktop.core.findings import Finding, Severity
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, MessageText
from ttps_desktop.core.progress import NullProgress, Progress, check_cancel
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import Answer, ProjectKind, Section

T_TITLE = QT_TRANSLATE_NOOP("Export", "Top Talent Pass Scheme application")
T_TITLE_EXTENSION = QT_TRANSLATE_NOOP("Export", "Top Talent Pass Scheme: extension of stay")
T_ADMITTED = QT_TRANSLATE_NOOP("Export", "Admitted under: {category}")
T_SUBTITLE = QT_TRANSLATE_NOOP("Export", "Supporting documents")
T_APPLICANT = QT_TRANSLATE_NOOP("Export", "Applicant: {name}")
T_REFERENCE = QT_TRANSLATE_NOOP("Export", "Reference: {reference}")
T_CATEGORY = QT_TRANSLATE_NOOP("Export", "Applying under {category}")  # the name says "Category B: ..."
T_NO_CATEGORY = QT_TRANSLATE_NOOP("Export", "Category: not chosen yet")
T_RULES = QT_TRANSLATE_NOOP("Export", "Checked against the rules of {version} (in force from {effective})")
T_ANSWER = QT_TRANSLATE_NOOP("Export", "{question}: {answer}")
T_NOT_ANSWERED = QT_TRANSLATE_NOOP("Export", "not answered yet")
T_PREPARED = QT_TRANSLATE_NOOP("Export", "Prepared on {date} with {app} {version}")
# The cover's sentence, made of its counted parts: "3 of 5 required items have their documents; 1 problem and 2
# warnings remain."
T_COMPLETENESS = QT_TRANSLATE_NOOP("Export", "{items}; {problems} and {warnings} remain.")
T_ITEMS_DONE = QT_TRANSLATE_NOOP("Export", "{done} of %n required item(s) have their documents", None, 1)
T_PROBLEMS_LEFT = QT_TRANSLATE_NOOP("Export", "%n problem(s)", None, 1)
T_WARNINGS_LEFT = QT_TRANSLATE_NOOP("Export", "%n warning(s)", None, 1)
T_COMPLETE = QT_TRANSLATE_NOOP("Export", "Every required item has its documents.")
T_PRIVACY = QT_TRANSLATE_NOOP(
    "Export",
    "This dossier holds personal documents. It was prepared offline: nothing was sent anywhere. Share it only with "
    "the Immigration Department or someone you trust to act for you, and delete copies you no longer need.",
)
T_CONTENTS = QT_TRANSLATE_NOOP("Export", "Contents")
T_PAGE = QT_TRANSLATE_NOOP("Export", "Page {number} of {total}")
T_COVER_LABEL = QT_TRANSLATE_NOOP("Export", "Cover and contents")
T_SECTION_APPLICANT = QT_TRANSLATE_NOOP("Export", "Applicant: {section}")
T_SECTION_SPOUSE = QT_TRANSLATE_NOOP("Export", "Spouse: {name}")
T_SECTION_CHILD = QT_TRANSLATE_NOOP("Export", "Child {number}: {name}")
T_DOC_TITLE = QT_TRANSLATE_NOOP("Export", "{name}: TTPS supporting documents")
T_DOC_TITLE_EXTENSION = QT_TRANSLATE_NOOP("Export", "{name}: TTPS extension of stay, supporting documents")
T_DRAFT = QT_TRANSLATE_NOOP("Export", "DRAFT")
T_DRAFT_NOTE = QT_TRANSLATE_NOOP(
    "Export", "This is a draft: the application is not complete yet and this dossier is not ready to submit."
)
T_LEFT_OUT_TITLE = QT_TRANSLATE_NOOP("Export", "{name}: not included")
T_LEFT_OUT_BODY = QT_TRANSLATE_NOOP("Export", "This document could not be included in the dossier: {reason}.")
T_LEFT_OUT_ADVICE = QT_TRANSLATE_NOOP(
    "Export",
    "Add it again in another form (a new scan, or a PDF printed from it) and export the dossier again.",
)

_LINES_PER_CONTENTS_PAGE = 34


@dataclass(frozen=True)
class DossierOptions:
    paper: tuple[float, float] = A4
    password: str | None = None


@dataclass(frozen=True)
class _Entry:
    level: int  # 0 section, 1 item, 2 document
    text: str
    page: int  # 0-based index in the final document


def section_title(plan: ExportPlan, section: PlannedSection, loc: Localizer) -> str:
    people = {i.person.key: i.person for i in plan.check.report.items}
    person = people[section.person_key]
    if section.person_key == "applicant":
        title = catalogue().section_title(Section(section.title_parts[1])).get(loc.language)
        return say(loc, T_SECTION_APPLICANT, section=title)
    if section.person_key == "spouse":
        return say(loc, T_SECTION_SPOUSE, name=person.name or "—")
    return say(loc, T_SECTION_CHILD, number=person.number, name=person.name or "—")


class _Writer:
    """Text on reportlab pages with wrapping; the bundled font for Latin and Chinese alike."""

    def __init__(self, paper: tuple[float, float]) -> None:
        self.out = io.BytesIO()
        self.paper = paper
        self.font = register_fonts()
        self.canvas = Canvas(
            self.out, pagesize=paper, invariant=True, initialFontName=self.font, pageCompression=1
        )
        self.y = paper[1] - 25 * MM

    def text(self, text: str, size: float = 11, gap: float = 4, indent: float = 0) -> None:
        width = self.paper[0] - 2 * 20 * MM - indent
        self.canvas.setFont(self.font, size)
        for line in wrap(text, self.font, size, width) or [""]:
            self.canvas.drawString(20 * MM + indent, self.y, line)
            self.y -= size * 1.35
        self.y -= gap

    def right(self, text: str, size: float = 11) -> None:
        self.canvas.setFont(self.font, size)
        self.canvas.drawRightString(self.paper[0] - 20 * MM, self.y + size * 1.35 + 4, text)

    def page(self) -> None:
        self.canvas.showPage()
        self.y = self.paper[1] - 25 * MM

    def finish(self) -> PdfReader:
        self.canvas.save()
        return PdfReader(io.BytesIO(self.out.getvalue()))


def _cover(w: _Writer, plan: ExportPlan, project: Project, loc: Localizer) -> None:
    facts, report, rules = project.facts(), plan.check.report, plan.check.report.assessment.ruleset
    w.y -= 30 * MM
    if not plan.check.complete:
        w.y += 14 * MM
        w.text(say(loc, T_DRAFT), size=30, gap=2)
        w.text(say(loc, T_DRAFT_NOTE), size=11, gap=20)  # room for the title's tall letters
    extension = report.kind is ProjectKind.EXTENSION
    w.text(say(loc, T_TITLE_EXTENSION if extension else T_TITLE), size=24, gap=6)
    w.text(say(loc, T_SUBTITLE), size=15, gap=18)
    w.text(say(loc, T_APPLICANT, name=facts.applicant.display_name or "—"), size=13)
    if facts.applicant.reference:
        w.text(say(loc, T_REFERENCE, reference=facts.applicant.reference), size=13)
    category = report.category
    if category:
        name = report.assessment.results[category].category.name.get(loc.language)
        w.text(say(loc, T_ADMITTED if extension else T_CATEGORY, category=name), size=13)
    else:
        w.text(say(loc, T_NO_CATEGORY), size=13)
    w.text(say(loc, T_RULES, version=rules.version, effective=rules.effective))
    for item in report.applicable:  # the e-form's declarations, as answered in the project
        question = item.requirement.question
        if question is not None and item.person.key == "applicant":
            given = plan.check.answers.get(question)
            answer = Answer(given) if given in tuple(Answer) else MessageText("Export", T_NOT_ANSWERED)
            w.text(say(loc, T_ANSWER, question=item.requirement.title, answer=answer))
    if report.fees is not None:  # what each person pays, by the rules in force, with the source
        for line in report.fees.lines():
            w.text(loc.render(line), size=9)
    w.text(say(loc, T_PREPARED, date=plan.created.date(), app=APP_NAME, version=__version__), gap=14)
    mandatory = [s for s in plan.check.statuses if _mandatory(plan, s.item_id)]
    done = sum(1 for s in mandatory if s.complete)
    errors = sum(1 for f in plan.check.findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in plan.check.findings if f.severity is Severity.WARNING)
    if plan.check.complete:
        w.text(say(loc, T_COMPLETE), size=12, gap=14)
    else:
        w.text(
            say(
                loc,
                T_COMPLETENESS,
                items=say_counted(loc, T_ITEMS_DONE, len(mandatory), done=done),
                problems=say_counted(loc, T_PROBLEMS_LEFT, errors),
                warnings=say_counted(loc, T_WARNINGS_LEFT, warnings),
            ),
            size=12,
            gap=14,
        )
    w.y = 40 * MM
    w.text(say(loc, T_PRIVACY), size=9)
    w.page()


def _mandatory(plan: ExportPlan, item_id: str) -> bool:
    return any(i.id == item_id and i.mandatory for i in plan.check.report.items)


def _contents(
    w: _Writer, entries: list[_Entry], loc: Localizer, front_pages: int
) -> list[tuple[int, tuple[float, float, float, float], int]]:
    """Draw the contents; return (page index, rectangle, target page) for each clickable line."""
    links = []
    contents_page = 1
    visible = [e for e in entries if e.level < 2]
    for index, entry in enumerate(visible):
        if index % _LINES_PER_CONTENTS_PAGE == 0:
            if index:
                w.page()
                contents_page += 1
            w.text(say(loc, T_CONTENTS), size=18, gap=10)
        top = w.y + 12
        size = 12 if entry.level == 0 else 10.5
        w.text(entry.text, size=size, gap=3 if entry.level else 5, indent=entry.level * 8 * MM)
        w.right(str(entry.page - front_pages + 1), size=size)
        links.append((contents_page, (20 * MM, w.y + 4, w.paper[0] - 20 * MM, top), entry.page))
    w.page()
    return links


def _left_out_page(w: _Writer, name: str, reason: str, loc: Localizer) -> None:
    w.y -= 40 * MM
    w.text(say(loc, T_LEFT_OUT_TITLE, name=name), size=18, gap=10)
    w.text(say(loc, T_LEFT_OUT_BODY, reason=reason), size=12, gap=6)
    w.text(say(loc, T_LEFT_OUT_ADVICE), size=11)
    w.page()


def _divider(w: _Writer, title: str, section: PlannedSection, loc: Localizer) -> None:
    w.y -= 40 * MM
    w.text(title, size=22, gap=12)
    for planned in section.items:
        w.text("•  " + planned.item.requirement.title.get(loc.language), size=12, gap=2)
    w.page()


def _stamp_all(
    writer: PdfWriter, front_pages: int, labels: list[str], reference: str, loc: Localizer, draft: bool
) -> None:
    """Footer on every page: (DRAFT,) reference and section on the left, "page n of N" on the right (not on the
    cover)."""
    prefix = say(loc, T_DRAFT) if draft else ""
    lefts = [" · ".join(p for p in (prefix, reference, label) if p)[:120] for label in labels]
    before, middle, after = split_number_template(say(loc, T_PAGE, number="\x00", total="\x01"))
    total = str(len(writer.pages) - front_pages)
    stamper = Stamper(writer, {*lefts, before, middle, after})
    for index, page in enumerate(writer.pages):
        right = [before, *str(index - front_pages + 1), middle, *total, after] if index >= front_pages else []
        stamper.stamp(page, [lefts[index]], right)


@dataclass(frozen=True)
class Dossier:
    data: bytes
    left_out: tuple[Finding, ...]  # documents that could not be exported: each has a page saying so


def build_dossier(
    project: Project,
    plan: ExportPlan,
    loc: Localizer,
    options: DossierOptions | None = None,
    progress: Progress | None = None,
    evidence: Callable[[int], bytes] | None = None,
) -> Dossier:
    """The dossier. ``evidence`` reads a stored document's bytes (defaults to the project). A document that
    cannot be exported is left out with a page saying so, never stopping the rest."""
    options = options or DossierOptions()
    progress = progress or NullProgress()
    read = evidence or project.read_document
    facts = project.facts()
    reference = facts.applicant.reference or facts.applicant.name
    draft = not plan.check.complete

    visible_lines = 1 + sum(1 + len(s.items) for s in plan.sections)
    contents_pages = max(1, math.ceil(visible_lines / _LINES_PER_CONTENTS_PAGE))
    front_pages = 1 + contents_pages

    # Evidence first, into the final writer; the front matter, dividers and notices go in between afterwards,
    # when every document's real page count is known.
    writer = PdfWriter()
    entries: list[_Entry] = []
    labels: list[str] = [say(loc, T_COVER_LABEL)] * front_pages
    divider_at: list[int] = []
    notices: list[tuple[int, str, str]] = []  # final page index, document name, reason
    left: list[Finding] = []
    final = front_pages
    total_docs = sum(len(i.documents) for s in plan.sections for i in s.items)
    done = 0
    for section in plan.sections:
        title = section_title(plan, section, loc)
        entries.append(_Entry(0, title, final))
        divider_at.append(final)
        labels.append(title)
        final += 1
        for planned in section.items:
            item_title = planned.item.requirement.title
            entries.append(_Entry(1, item_title.get(loc.language), final))
            for doc in planned.documents:
                check_cancel(progress)
                name = document_label(item_title.get(loc.language), doc)
                entries.append(_Entry(2, name, final))
                try:
                    added = len(
                        add_document_pages(
                            writer,
                            read(doc.document.id),
                            doc.kind,
                            doc.orientation,
                            options.paper,
                            doc.document.rotation,
                        )
                    )
                except Exception as exc:  # one document never costs the whole export
                    found = left_out(doc, item_title, loc.language, exc)
                    left.append(found)
                    reason = found.params["reason"]
                    assert isinstance(reason, MessageText)
                    notices.append((final, name, loc.render(Message(reason))))
                    added = 1
                labels += [title] * added
                final += added
                done += 1
                progress.update(done, total_docs)

    front = _Writer(options.paper)
    _cover(front, plan, project, loc)
    links = _contents(front, entries, loc, front_pages)
    for section in plan.sections:
        _divider(front, section_title(plan, section, loc), section, loc)
    for _, name, reason in notices:
        _left_out_page(front, name, reason, loc)
    front_reader = front.finish()
    inserts = [(index, index) for index in range(front_pages)]
    inserts += [(at, front_pages + number) for number, at in enumerate(divider_at)]
    inserts += [(at, front_pages + len(divider_at) + number) for number, (at, _, _) in enumerate(notices)]
    for at, source in sorted(inserts):
        writer.insert_page(front_reader.pages[source], at)

    _stamp_all(writer, front_pages, labels, reference, loc, draft)

    parents: dict[int, IndirectObject] = {}
    for entry in entries:
        parent = parents.get(entry.level - 1) if entry.level else None
        parents[entry.level] = writer.add_outline_item(
            title=entry.text, page_number=entry.page, parent=parent, is_open=entry.level == 0
        )
    for contents_page, rect, target in links:
        writer.add_annotation(contents_page, Link(rect=rect, target_page_index=target))

    writer.set_page_label(0, front_pages - 1, style=PageLabelStyle.LOWERCASE_ROMAN, start=1)
    if len(writer.pages) > front_pages:  # a draft with no document yet has the front matter alone
        writer.set_page_label(front_pages, len(writer.pages) - 1, style=PageLabelStyle.DECIMAL, start=1)
    extension = plan.check.report.kind is ProjectKind.EXTENSION
    doc_title = T_DOC_TITLE_EXTENSION if extension else T_DOC_TITLE
    set_document_info(
        writer,
        say(loc, doc_title, name=facts.applicant.display_name or reference or "—"),
        plan.created,
        f"{project.revision}|{plan.created.isoformat()}|{loc.language}".encode(),
    )
    if options.password:
        writer.encrypt(user_password=options.password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return Dossier(out.getvalue(), tuple(left))
