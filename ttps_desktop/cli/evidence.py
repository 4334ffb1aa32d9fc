"""``ttps-desktop import`` and ``ttps-desktop check``: evidence into a project, and what is still missing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ttps_desktop.core.errors import BadInputError, ExitCode
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.findings import Severity, findings_to_json
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.mrz.checks import is_travel_document_item
from ttps_desktop.core.project_check import integrity_findings
from ttps_desktop.core.rules.loader import upload_profiles
from ttps_desktop.core.rules.model import Answer
from ttps_desktop.core.rules.report import report_json
from ttps_desktop.core.session import Session

if TYPE_CHECKING:
    from ttps_desktop.cli.output import Output
    from ttps_desktop.core.mrz.ocr import MrzReading

T_ADDED = QT_TRANSLATE_NOOP("Cli", "Added {name} to {item}.")
T_REFUSED = QT_TRANSLATE_NOOP("Cli", "Not added: {name}")
T_SUMMARY = QT_TRANSLATE_NOOP("Cli", "{added} of {total} files added.")
T_PROGRESS = QT_TRANSLATE_NOOP("Cli", "Checked {done} of {total} files")
T_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Errors", "{item} is not a checklist item of this project. Items: {items}")
T_COMPLETE = QT_TRANSLATE_NOOP(
    "Cli", "Complete: every required document is in and nothing blocks the export."
)
T_QUESTION_ITEM = QT_TRANSLATE_NOOP(
    "Errors",
    "{item} is a question of the e-form, not an upload: record the answer with: ttps-desktop answer PROJECT {question} no|yes",
)
T_INCOMPLETE = QT_TRANSLATE_NOOP("Cli", "Not complete yet: {errors} problems to fix, {warnings} warnings.")
T_ITEM_LINE = QT_TRANSLATE_NOOP("Cli", "{mark} {title}: {count} files")
T_NOTE = QT_TRANSLATE_NOOP("Cli", "    Note: {note}")
_MARKS = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "·"}


class _StderrProgress:
    def __init__(self, out: Output) -> None:
        self.out = out

    def update(self, done: int, total: int) -> None:
        if total > 3:
            print(self.out.tr.message("Cli", T_PROGRESS, {"done": done, "total": total}), file=sys.stderr)

    def cancelled(self) -> bool:
        return False


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    with Session.open(args.project) as session:
        items = {item.id: item for item in session.check().report.items}
        if args.requirement not in items:
            raise BadInputError(T_UNKNOWN_ITEM, item=args.requirement, items=", ".join(sorted(items)))
        requirement = items[args.requirement].requirement
        if requirement.question is not None:  # a declaration on the e-form: answered, never uploaded
            raise BadInputError(T_QUESTION_ITEM, item=args.requirement, question=requirement.question)
        profile = upload_profiles().get()
        with InspectorPool(min_dpi=profile.min_dpi) as pool:
            results = session.import_files(args.files, args.requirement, pool, _StderrProgress(out))
        readings: list[tuple[str, MrzReading]] = []
        if is_travel_document_item(args.requirement) and any(r.accepted for r in results):
            from ttps_desktop.cli.mrz import read_after_import  # OCR loads only for travel documents

            readings = read_after_import(session, out)
    for result in results:
        if result.accepted:
            out.say(T_ADDED, name=result.name, item=requirement.title.get(out.tr.language))
        else:
            out.say(T_REFUSED, name=result.name)
        for found in result.findings:
            print(f"  {_MARKS[found.severity]} {out.tr.render(found.message)}", file=out.out)
    if readings:
        from ttps_desktop.cli.mrz import say_reading

        for name, reading in readings:
            say_reading(name, reading, out)
    added = sum(r.accepted for r in results)
    out.say(T_SUMMARY, added=added, total=len(results))
    return int(ExitCode.OK if added == len(results) else ExitCode.INCOMPLETE)


T_QUESTION_LINE = QT_TRANSLATE_NOOP("Cli", "{mark} {title}: {answer}")
T_NOT_ANSWERED = QT_TRANSLATE_NOOP("Cli", "not answered yet")


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    with Session.open(args.project, read_only=True, profile_id=args.profile) as session:
        result = session.check()
        damaged = integrity_findings(session.verify())
    if damaged:
        result = replace(result, findings=(*damaged, *result.findings))
    lang = out.tr.language
    from ttps_desktop.cli.dates import extension_json, key_dates_json, print_extension, print_key_dates
    from ttps_desktop.core.keydates import key_dates

    dates, ext = key_dates(result.report), result.report.extension
    if args.json:
        document: dict[str, Any] = report_json(result.report, out.tr.render)
        document["kind"] = result.report.kind.value
        document["extension"] = extension_json(ext, out.tr.render) if ext else None
        document["key_dates"] = key_dates_json(dates, out.tr.render)
        document["complete"] = result.complete
        document["answers"] = dict(result.answers)
        document["items"] = [
            {
                "id": s.item_id,
                "complete": s.complete,
                "files": [d.display_name for d in s.documents],
                "note": result.notes.get(s.item_id, ""),
            }
            for s in result.statuses
        ]
        document["findings"] = [
            {**findings_to_json(f), "message": out.tr.render(f.message)} for f in result.findings
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out.out)
    else:
        if ext is not None:
            print_extension(ext, out)
        titles = {i.id: i.requirement.title.get(lang) for i in result.report.items}
        questions = {i.id: i.requirement.question for i in result.report.items if i.requirement.question}
        for status in result.statuses:
            mark = "✓" if status.complete else "✗"
            question = questions.get(status.item_id)
            if question is not None:  # a declaration: its answer, never files
                answer = result.answers.get(question)
                out.say(
                    T_QUESTION_LINE,
                    mark=mark,
                    title=titles[status.item_id],
                    answer=Answer(answer) if answer in tuple(Answer) else out.tr.text("Cli", T_NOT_ANSWERED),
                )
                continue
            out.say(T_ITEM_LINE, mark=mark, title=titles[status.item_id], count=len(status.documents))
            if note := result.notes.get(status.item_id):
                out.say(T_NOTE, note=note)
        print(file=out.out)
        for found in sorted(result.findings, key=lambda f: list(Severity).index(f.severity)):
            print(f"{_MARKS[found.severity]} {out.tr.render(found.message)}", file=out.out)
        print(file=out.out)
        print_key_dates(dates, out)
        print(file=out.out)
        errors = sum(f.severity is Severity.ERROR for f in result.findings)
        warnings = sum(f.severity is Severity.WARNING for f in result.findings)
        if result.complete:
            out.say(T_COMPLETE)
        else:
            out.say(T_INCOMPLETE, errors=errors, warnings=warnings)
    return int(ExitCode.OK if result.complete else ExitCode.INCOMPLETE)


T_EXPORTED = QT_TRANSLATE_NOOP("Cli", "Written: {path}")
T_EXPORT_DRAFT = QT_TRANSLATE_NOOP("Cli", "This is a draft: the project is not complete yet.")
T_EXPORT_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Cli",
    "Written with problems: {count} document(s) could not be included (the dossier says so in their place):",
)


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from ttps_desktop.core.export.run import read_password_file
    from ttps_desktop.drawing import DrawingPool  # QtPdf, for profiles that take images only

    password = read_password_file(args.password_file) if args.password_file else None
    drawer = DrawingPool(2)  # its worker processes start only if a PDF page has to become an image
    try:
        with Session.open(args.project, read_only=True) as session:
            result = session.export(
                args.out,
                out.tr,
                profile_id=args.profile,
                password=password,
                allow_incomplete=args.allow_incomplete,
                letter=args.letter,
                progress=_StderrProgress(out),
                draw_page=drawer.draw_pdf_page,
            )
    finally:
        drawer.close()
    for path in (result.dossier, result.checklist, result.pack_folder, result.pack_zip):
        out.say(T_EXPORTED, path=str(path))
    for found in result.findings:
        if found.severity is not Severity.INFO:
            print(f"  {_MARKS[found.severity]} {out.tr.render(found.message)}", file=out.out)
    if result.draft:
        out.say(T_EXPORT_DRAFT)
    if result.left_out:
        out.say(T_EXPORT_LEFT_OUT, count=len(result.left_out))
        for found in result.left_out:
            print(f"  {_MARKS[found.severity]} {out.tr.render(found.message)}", file=out.out)
        return int(ExitCode.WITH_PROBLEMS)
    return int(ExitCode.OK)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    imp = sub.add_parser(
        "import", help=h(QT_TRANSLATE_NOOP("CliHelp", "add evidence files to a checklist item of a project"))
    )
    imp.add_argument("project", type=Path, metavar="PROJECT")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument(
        "--requirement",
        required=True,
        metavar="ID",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "checklist item, e.g. photo or spouse.marriage_certificate")),
    )
    imp.set_defaults(handler=cmd_import)

    chk = sub.add_parser(
        "check",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "verdicts, checklist status and every finding of a project")),
    )
    chk.add_argument("project", type=Path, metavar="PROJECT")
    chk.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"))
    )
    chk.add_argument(
        "--profile",
        default=None,
        metavar="P",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "upload profile (default: the shipped default)")),
    )
    chk.set_defaults(handler=cmd_check)

    exp = sub.add_parser(
        "export",
        help=h(
            QT_TRANSLATE_NOOP("CliHelp", "write the dossier PDF, the checklist PDF and the submission pack")
        ),
        epilog=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "exit codes: 0 written; 1 refused, the project is not complete (see --allow-incomplete); "
                "2 error, nothing written; 3 written with problems: some documents could not be included "
                "(each is named, and the dossier has a page saying so in its place)",
            )
        ),
    )
    exp.add_argument("project", type=Path, metavar="PROJECT")
    exp.add_argument("--out", type=Path, required=True, metavar="DIR")
    exp.add_argument(
        "--profile",
        default=None,
        metavar="P",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "upload profile (govhk_online, immd_strict)")),
    )
    exp.add_argument(
        "--password-file",
        type=Path,
        default=None,
        metavar="F",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "protect the dossier with this password (AES-256)")),
    )
    exp.add_argument(
        "--allow-incomplete",
        action="store_true",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "export a draft even if documents are missing")),
    )
    exp.add_argument(
        "--letter", action="store_true", help=h(QT_TRANSLATE_NOOP("CliHelp", "US Letter paper instead of A4"))
    )
    exp.set_defaults(handler=cmd_export)
