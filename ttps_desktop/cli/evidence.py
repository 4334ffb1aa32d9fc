"""``ttps-desktop import`` and ``ttps-desktop check``: evidence into a project, and what is still missing."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ttps_desktop.cli.argparse_text import integer
from ttps_desktop.core.errors import BadInputError, ExitCode
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.findings import FindingCode, Severity, findings_to_json
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.mrz.checks import is_travel_document_item
from ttps_desktop.core.project_check import integrity_findings, item_mark
from ttps_desktop.core.rules.loader import upload_profiles
from ttps_desktop.core.rules.model import Answer
from ttps_desktop.core.rules.report import report_json
from ttps_desktop.core.session import Session

if TYPE_CHECKING:
    from ttps_desktop.cli.output import Output
    from ttps_desktop.core.evidence.intake import ImportResult
    from ttps_desktop.core.mrz.ocr import MrzReading

T_ADDED = QT_TRANSLATE_NOOP("Cli", "Added {name} to {item}.")
T_REFUSED = QT_TRANSLATE_NOOP("Cli", "Not added: {name}")
T_SUMMARY = QT_TRANSLATE_NOOP("Cli", "{added} of %n file(s) added.", None, 1)
T_ALREADY = QT_TRANSLATE_NOOP("Cli", "Nothing added: {name} is already in {item}.")
T_NEEDS_PASSWORD = QT_TRANSLATE_NOOP(
    "Cli", "    Give its password in a file with --password-file F (the file's first line is the password)."
)
T_CONVERT_ONE = QT_TRANSLATE_NOOP(
    "Cli",
    "Not added: {name} is {looks_like}, but {item} takes only JPEG images. Add it as a JPEG with --convert-to-jpeg.",
)
T_CONVERT_PAGE = QT_TRANSLATE_NOOP(
    "Cli",
    "Not added: {name} is {looks_like}, but {item} takes only JPEG images. Add one of its pages as a JPEG with --convert-to-jpeg --page N (N from 1 to {pages}).",
)
T_CONVERTED = QT_TRANSLATE_NOOP("Cli", "Added {name} to {item}: a JPEG made from {original}.")
T_PAGE_WITHOUT_CONVERT = QT_TRANSLATE_NOOP(
    "Errors", "--page chooses the page to convert: give it with --convert-to-jpeg."
)
T_PAGE_NOT_POSITIVE = QT_TRANSLATE_NOOP("Errors", "--page counts from 1: {page} is not a page.")
T_WRONG_PASSWORD = QT_TRANSLATE_NOOP("Cli", "Not added: the password in {file} does not open {name}.")
MSG_NO_SUCH_FILE = QT_TRANSLATE_NOOP("Errors", "No such file: {path}")
MSG_UNKNOWN_PROFILE = QT_TRANSLATE_NOOP("Errors", "{profile} is not an upload profile; use one of: {known}.")
MSG_CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}")
T_PROGRESS = QT_TRANSLATE_NOOP("Cli", "Checked {done} of %n file(s)", None, 1)
T_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Errors", "{item} is not a checklist item of this project. Items: {items}")
T_COMPLETE = QT_TRANSLATE_NOOP(
    "Cli", "Complete: every required document is in and nothing blocks the export."
)
T_QUESTION_ITEM = QT_TRANSLATE_NOOP(
    "Errors",
    "{item} is a question of the e-form, not an upload: record the answer with: ttps-desktop answer PROJECT {question} no|yes",
)
T_INCOMPLETE = QT_TRANSLATE_NOOP("Cli", "Not complete yet: {problems}, {warnings}.")
T_PROBLEMS = QT_TRANSLATE_NOOP("Cli", "%n problem(s) to fix", None, 1)
T_WARNINGS = QT_TRANSLATE_NOOP("Cli", "%n warning(s)", None, 1)
T_ITEM_LINE = QT_TRANSLATE_NOOP("Cli", "{mark} {title} [{id}]: {files}")
T_FILES = QT_TRANSLATE_NOOP("Cli", "%n file(s)", None, 1)
T_NO_FILES = QT_TRANSLATE_NOOP("Cli", "no files")
T_NOTE = QT_TRANSLATE_NOOP("Cli", "    Note: {note}")
_MARKS = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "·"}


class _StderrProgress:
    """The line "Checked n of m files" on stderr for long runs, said once: a terminal sees one line counting up, a log the
    final figure. The export checks in two passes (the stored files, then the pack's); the first one is shown."""

    def __init__(self, out: Output) -> None:
        self.out = out
        self.finished = False

    def update(self, done: int, total: int) -> None:
        if total <= 3 or self.finished:
            return
        self.finished = done == total
        text = self.out.tr.counted("Cli", T_PROGRESS, total, {"done": done})
        if self.out.err.isatty():
            print("\r" + text, end="\n" if self.finished else "", file=self.out.err, flush=True)
        elif self.finished:
            print(text, file=self.out.err)

    def cancelled(self) -> bool:
        return False


def check_profile(profile_id: str | None) -> None:
    """An upload profile the rules know, else a clean error (exit 2)."""
    known = [p.id for p in upload_profiles().profiles]
    if profile_id is not None and profile_id not in known:
        raise BadInputError(MSG_UNKNOWN_PROFILE, profile=profile_id, known=", ".join(known))


def read_password(path: Path) -> str:
    from ttps_desktop.core.export.run import read_password_file

    if not path.is_file():
        raise BadInputError(MSG_NO_SUCH_FILE, path=str(path))
    try:
        return read_password_file(path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise BadInputError(MSG_CANNOT_READ, path=str(path), reason=reason) from exc


def _needs_password(result: ImportResult) -> bool:
    return any(f.code is FindingCode.PDF_PASSWORD_REQUIRED for f in result.findings)


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    from ttps_desktop.core.evidence.intake import refused_for_kind
    from ttps_desktop.core.evidence.working_copy import WrongPasswordError

    for path in args.files:  # a mistyped path is the user's slip, not a file that vanished mid-import
        if not path.exists():
            raise BadInputError(MSG_NO_SUCH_FILE, path=str(path))
    if args.page is not None and not args.convert_to_jpeg:
        raise BadInputError(T_PAGE_WITHOUT_CONVERT)
    if args.page is not None and args.page < 1:
        raise BadInputError(T_PAGE_NOT_POSITIVE, page=args.page)
    password = read_password(args.password_file) if args.password_file else None
    with Session.open(args.project) as session:
        check = session.check()
        items = {item.id: item for item in check.report.items}
        if args.requirement not in items:
            raise BadInputError(T_UNKNOWN_ITEM, item=args.requirement, items=", ".join(sorted(items)))
        requirement = items[args.requirement].requirement
        if requirement.question is not None:  # a declaration on the e-form: answered, never uploaded
            raise BadInputError(T_QUESTION_ITEM, item=args.requirement, question=requirement.question)
        before = {d.id for s in check.statuses if s.item_id == args.requirement for d in s.documents}
        profile = upload_profiles().get()
        wrong_password: set[Path] = set()
        with InspectorPool(min_dpi=profile.min_dpi) as pool:
            if args.convert_to_jpeg:
                results = _import_as_jpeg(session, args, pool, password, wrong_password)
            else:
                results = session.import_files(args.files, args.requirement, pool, _StderrProgress(out))
            if password is not None and not args.convert_to_jpeg:
                for index, result in enumerate(results):
                    if _needs_password(result):
                        try:
                            results[index] = session.import_decrypted(
                                result.path, password, args.requirement, pool
                            )
                        except WrongPasswordError:
                            wrong_password.add(result.path)
        readings: list[tuple[str, MrzReading]] = []
        if is_travel_document_item(args.requirement) and any(r.accepted for r in results):
            from ttps_desktop.cli.mrz import read_after_import  # OCR loads only for travel documents

            readings = read_after_import(session, out)
    title = requirement.title.get(out.tr.language)
    added = 0
    bad_input = False  # a file of the wrong type, or a page it does not have: exit 2
    for result in results:
        if result.path in wrong_password:
            out.say(T_WRONG_PASSWORD, file=str(args.password_file), name=result.name)
            continue
        if result.document is not None and result.document.id in before:
            out.say(T_ALREADY, name=result.name, item=title)
            continue
        if refused_for_kind(result):  # one line naming the option that converts
            bad_input = True
            [refusal] = [f for f in result.findings if f.code is FindingCode.FILE_KIND_REFUSED]
            pages = result.inspection.pages if result.inspection else 1
            out.say(
                T_CONVERT_PAGE if pages > 1 else T_CONVERT_ONE,
                name=result.name,
                looks_like=refusal.params["looks_like"],
                item=title,
                pages=pages,
            )
            continue
        if result.accepted:
            added += 1
            if result.name != result.path.name:  # a converted copy
                out.say(T_CONVERTED, name=result.name, item=title, original=result.path.name)
            else:
                out.say(T_ADDED, name=result.name, item=title)
        else:
            bad_input |= any(f.code is FindingCode.NO_SUCH_PAGE for f in result.findings)
            out.say(T_REFUSED, name=result.name)
        for found in result.findings:
            print(f"  {_MARKS[found.severity]} {out.tr.render(found.message)}", file=out.out)
        if _needs_password(result):
            out.say(T_NEEDS_PASSWORD)
    if readings:
        from ttps_desktop.cli.mrz import say_reading

        for name, reading in readings:
            say_reading(name, reading, out)
    taken = sum(r.accepted and r.path not in wrong_password for r in results)
    out.say_counted(T_SUMMARY, len(results), added=added)
    if bad_input:
        return int(ExitCode.ERROR)
    return int(ExitCode.OK if taken == len(results) else ExitCode.INCOMPLETE)


def _import_as_jpeg(
    session: Session,
    args: argparse.Namespace,
    pool: InspectorPool,
    password: str | None,
    wrong_password: set[Path],
) -> list[ImportResult]:
    """--convert-to-jpeg: each file as a JPEG of its page --page (the first by default); a PDF page is drawn by
    QtPdf in a worker process, as the export draws pages for image-only profiles. A protected PDF, given its
    password (--password-file), is decrypted in memory and its page converted from there: only the JPEG is
    stored, the decrypted PDF is never written. A wrong password adds the file to ``wrong_password``."""
    from ttps_desktop.core.evidence.working_copy import WrongPasswordError
    from ttps_desktop.drawing import DrawingPool

    drawer = DrawingPool(1)  # its worker process starts only if a PDF page is drawn
    try:
        page = (args.page or 1) - 1
        results = []
        for path in args.files:
            result = session.import_as_jpeg(path, args.requirement, pool, drawer.draw_pdf_page, page)
            if password is not None and _needs_password(result):
                try:
                    unlocked = session.decrypt(path, password, pool)
                except WrongPasswordError:
                    wrong_password.add(path)
                else:
                    result = session.import_read_as_jpeg(
                        unlocked, args.requirement, pool, drawer.draw_pdf_page, page
                    )
            results.append(result)
        return results
    finally:
        drawer.close()


T_CONVERTED_STORED = QT_TRANSLATE_NOOP("Cli", "Converted {name} to {new} in {item}.")
T_NOT_CONVERTED = QT_TRANSLATE_NOOP("Cli", "Not converted: {name}")
T_NOTHING_TO_CONVERT = QT_TRANSLATE_NOOP("Cli", "Nothing to convert: every file of {item} is a JPEG image.")
T_NOT_JPEG_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "{item} takes other types than JPEG too: its files are kept as they are."
)


def cmd_convert(args: argparse.Namespace, out: Output) -> int:
    """The files of an item that takes JPEG alone that are of another type (kept by a version that let them in),
    each replaced by a JPEG of its page --page."""
    from ttps_desktop.core.checks import takes_jpeg_only
    from ttps_desktop.drawing import DrawingPool

    if args.page is not None and args.page < 1:
        raise BadInputError(T_PAGE_NOT_POSITIVE, page=args.page)
    with Session.open(args.project) as session:
        items = {item.id: item for item in session.check().report.items}
        if args.requirement not in items:
            raise BadInputError(T_UNKNOWN_ITEM, item=args.requirement, items=", ".join(sorted(items)))
        requirement = items[args.requirement].requirement
        title = requirement.title.get(out.tr.language)
        if not takes_jpeg_only(requirement):
            raise BadInputError(T_NOT_JPEG_ONLY, item=title)
        others = [d for d in session.documents(args.requirement) if d.media_type != "image/jpeg"]
        if not others:
            out.say(T_NOTHING_TO_CONVERT, item=title)
            return int(ExitCode.OK)
        drawer = DrawingPool(1)
        try:
            with InspectorPool(min_dpi=upload_profiles().get().min_dpi) as pool:
                done = [
                    (
                        doc,
                        session.convert_document(
                            doc.id, args.requirement, pool, drawer.draw_pdf_page, (args.page or 1) - 1
                        )[0],
                    )
                    for doc in others
                ]
        finally:
            drawer.close()
    bad_page = False
    for doc, result in done:
        if result.accepted:
            out.say(T_CONVERTED_STORED, name=doc.display_name, new=result.name, item=title)
            continue
        out.say(T_NOT_CONVERTED, name=doc.display_name)
        for found in result.findings:
            print(f"  {_MARKS[found.severity]} {out.tr.render(found.message)}", file=out.out)
        bad_page |= any(f.code is FindingCode.NO_SUCH_PAGE for f in result.findings)
    if bad_page:
        return int(ExitCode.ERROR)
    return int(ExitCode.OK if all(r.accepted for _, r in done) else ExitCode.INCOMPLETE)


T_REQUIREMENT_LINE = QT_TRANSLATE_NOOP("Cli", "{mark} {id}: {title} ({need})")
T_OPTIONAL = QT_TRANSLATE_NOOP("Cli", "if any")
T_REQUIRED = QT_TRANSLATE_NOOP("Cli", "required")
T_QUESTION = QT_TRANSLATE_NOOP("Cli", "a question of the e-form: {answer}")
T_REQUIREMENTS_HINT = QT_TRANSLATE_NOOP(
    "Cli", "Add files with: ttps-desktop import PROJECT FILE... --requirement ID"
)


def _files(out: Output, count: int) -> str:
    if count == 0:
        return out.tr.text("Cli", T_NO_FILES)
    return out.tr.counted("Cli", T_FILES, count)


def cmd_requirements(args: argparse.Namespace, out: Output) -> int:
    with Session.open(args.project, read_only=True) as session:
        result = session.check()
    lang = out.tr.language
    statuses = {s.item_id: s for s in result.statuses}
    rows: list[dict[str, Any]] = []
    for item in result.report.applicable:
        status = statuses.get(item.id)
        question = item.requirement.question
        rows.append(
            {
                "id": item.id,
                "title": item.requirement.title.get(lang),
                "required": item.mandatory,
                "complete": bool(status and status.complete),
                "files": len(status.documents) if status else 0,
                "question": question,
                "answer": result.answers.get(question) if question else None,
                "tick_only": item.requirement.confirm_only,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2), file=out.out)
        return int(ExitCode.OK)
    for row in rows:
        count: int = row["files"]
        if row["question"]:
            answer = row["answer"]
            shown = Answer(answer) if answer in tuple(Answer) else out.tr.text("Cli", T_NOT_ANSWERED)
            need = out.tr.message("Cli", T_QUESTION, {"answer": shown})
        else:
            need = out.tr.text("Cli", T_REQUIRED if row["required"] else T_OPTIONAL)
            need = out.tr.format_value([need, _files(out, count)])
        out.say(
            T_REQUIREMENT_LINE,
            mark=item_mark(
                needed=row["required"] or row["question"] is not None,
                tick_only=row["tick_only"],
                complete=row["complete"],
                files=count,
            ).value,
            id=row["id"],
            title=row["title"],
            need=need,
        )
    print(file=out.out)
    out.say(T_REQUIREMENTS_HINT)
    return int(ExitCode.OK)


T_QUESTION_LINE = QT_TRANSLATE_NOOP("Cli", "{mark} {title} [{id}]: {answer}")
T_NOT_ANSWERED = QT_TRANSLATE_NOOP("Cli", "not answered yet")


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    check_profile(args.profile)
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
        else:
            from ttps_desktop.cli.eligibility import print_verdicts

            print_verdicts(result.report, out)
            print(file=out.out)
        titles = {i.id: i.requirement.title.get(lang) for i in result.report.items}
        items = {i.id: i for i in result.report.items}
        questions = {i.id: i.requirement.question for i in result.report.items if i.requirement.question}
        for status in result.statuses:
            mark = "✓" if status.complete else "✗"
            question = questions.get(status.item_id)
            if question is not None:  # a declaration: its answer, never files
                answer = result.answers.get(question)
                out.say(
                    T_QUESTION_LINE,
                    mark=mark,
                    id=status.item_id,
                    title=titles[status.item_id],
                    answer=Answer(answer) if answer in tuple(Answer) else out.tr.text("Cli", T_NOT_ANSWERED),
                )
                continue
            count = len(status.documents)
            out.say(
                T_ITEM_LINE,
                mark=item_mark(
                    needed=items[status.item_id].mandatory,
                    tick_only=items[status.item_id].requirement.confirm_only,
                    complete=status.complete,
                    files=count,
                ).value,
                title=titles[status.item_id],
                id=status.item_id,
                files=_files(out, count),
            )
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
            problems = out.tr.counted("Cli", T_PROBLEMS, errors)
            warned = out.tr.counted("Cli", T_WARNINGS, warnings)
            out.say(T_INCOMPLETE, problems=problems, warnings=warned)
    return int(ExitCode.OK if result.complete else ExitCode.INCOMPLETE)


T_EXPORTED = QT_TRANSLATE_NOOP("Cli", "Written: {path}")
T_EXPORT_DRAFT = QT_TRANSLATE_NOOP("Cli", "This is a draft: the project is not complete yet.")
T_PACK_PROTECTED = QT_TRANSLATE_NOOP(
    "Cli",
    "The dossier and the submission zip open only with the password; no open submission folder was written. "
    "The checklist PDF lists the documents but holds none of them: it is not protected. To upload, extract the "
    "zip with the password in a program that opens AES-encrypted zips (7-Zip, WinZip, Keka, The Unarchiver): "
    "the zip folders built into Windows cannot.",
)
T_EXPORT_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Cli",
    "Written with problems: %n document(s) could not be included (the dossier says so in their place):",
    None,
    1,
)


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from ttps_desktop.drawing import DrawingPool  # QtPdf, for profiles that take images only

    check_profile(args.profile)
    password = read_password(args.password_file) if args.password_file else None
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
                protect_pack=args.protect_pack,
            )
    finally:
        drawer.close()
    for path in result.written:
        out.say(T_EXPORTED, path=str(path))
    if result.pack_protected:
        out.say(T_PACK_PROTECTED)
    for found in result.findings:
        if found.severity is not Severity.INFO:
            print(f"  {_MARKS[found.severity]} {out.tr.render(found.message)}", file=out.out)
    if result.draft:
        out.say(T_EXPORT_DRAFT)
    if result.left_out:
        out.say_counted(T_EXPORT_LEFT_OUT, len(result.left_out))
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
    imp.add_argument(
        "--password-file",
        type=Path,
        default=None,
        metavar="F",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "a file whose first line is the password of protected PDFs (an unprotected copy is kept; with "
                "--convert-to-jpeg, only the JPEG)",
            )
        ),
    )
    imp.add_argument(
        "--convert-to-jpeg",
        action="store_true",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "add each file as a JPEG (for items that take JPEG alone, such as photo): a page of a PDF, "
                "or the picture of another image format; the original file is only read",
            )
        ),
    )
    imp.add_argument(
        "--page",
        type=integer(h),
        default=None,
        metavar="N",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "with --convert-to-jpeg: the page to convert (default 1)")),
    )
    imp.set_defaults(handler=cmd_import)

    conv = sub.add_parser(
        "convert",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "replace the files of an item that takes JPEG alone (such as photo) that are of another type "
                "with JPEGs of their page N",
            )
        ),
    )
    conv.add_argument("project", type=Path, metavar="PROJECT")
    conv.add_argument(
        "--requirement",
        required=True,
        metavar="ID",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "checklist item, e.g. photo or spouse.photo")),
    )
    conv.add_argument(
        "--page",
        type=integer(h),
        default=None,
        metavar="N",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "the page to convert (default 1)")),
    )
    conv.set_defaults(handler=cmd_convert)

    req = sub.add_parser(
        "requirements",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "the checklist items of a project: ids for import --requirement, titles, status, files",
            )
        ),
    )
    req.add_argument("project", type=Path, metavar="PROJECT")
    req.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"))
    )
    req.set_defaults(handler=cmd_requirements)

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
        "--protect-pack",
        action="store_true",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "encrypt the submission zip with the same password (AES-256) and write no open submission "
                "folder; needs --password-file",
            )
        ),
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
