"""``ttps-desktop new``, ``answer`` and ``restore``: creating projects, answering the e-form's questions, and
bringing back a backup."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ttps_desktop.cli.argparse_text import integer
from ttps_desktop.core.errors import BadInputError, ExitCode
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.project import backups
from ttps_desktop.core.project.errors import ProjectNotFoundError
from ttps_desktop.core.project.store import EXTENSION, restore_backup
from ttps_desktop.core.rules.facts import load_facts
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import Answer, ProjectKind
from ttps_desktop.core.session import Session

if TYPE_CHECKING:
    from ttps_desktop.cli.output import Output

T_CREATED = QT_TRANSLATE_NOOP("Cli", "Created {path}")
MSG_KIND_NEEDS_EXTENSION = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} has no extension section: an extension project needs the current permission and the route (README, Extension facts).",
)
MSG_KIND_ENTRY_WITH_EXTENSION = QT_TRANSLATE_NOOP(
    "Errors", "{file} describes an extension of stay: create it with --kind extension."
)
T_ANSWERED = QT_TRANSLATE_NOOP("Cli", "Recorded in {name}: {question} = {answer}.")
MSG_UNKNOWN_QUESTION = QT_TRANSLATE_NOOP(
    "Errors", "{question} is not a question the app asks; it asks: {known}."
)
T_NO_BACKUPS = QT_TRANSLATE_NOOP("Cli", "No backups of {name} were found.")
T_BACKUP_LINE = QT_TRANSLATE_NOOP("Cli", "{number}. {path} ({size} KB, saved {when})")
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "The folder {folder} does not exist: create it first, or give a path in an existing folder."
)
MSG_CANNOT_CREATE = QT_TRANSLATE_NOOP("Errors", "Cannot create {path}: {reason}")
MSG_NO_SUCH_BACKUP = QT_TRANSLATE_NOOP(
    "Errors", "There is no backup {number} of {name}: the backups are numbered 1 to {count}."
)
T_RESTORED = QT_TRANSLATE_NOOP(
    "Cli", "Restored {name} from {backup}. The version it replaced is kept as {kept}."
)


def cmd_new(args: argparse.Namespace, out: Output) -> int:
    path: Path = args.project
    if path.suffix != EXTENSION:
        path = path.with_name(path.name + EXTENSION)
    facts = load_facts(args.facts)
    if args.kind == ProjectKind.EXTENSION.value and facts.extension is None:
        raise BadInputError(MSG_KIND_NEEDS_EXTENSION, file=str(args.facts))
    if args.kind == ProjectKind.ENTRY.value and facts.extension is not None:
        raise BadInputError(MSG_KIND_ENTRY_WITH_EXTENSION, file=str(args.facts))
    if not path.absolute().parent.is_dir():
        raise BadInputError(MSG_NO_FOLDER, folder=str(path.absolute().parent))
    try:
        Session.create(path, facts).close()
    except OSError as exc:  # the user's path, never the temporary file's name
        raise BadInputError(
            MSG_CANNOT_CREATE, path=str(path), reason=exc.strerror or type(exc).__name__
        ) from exc
    # Not remembered among the window's recent projects: a script's project is not one the user opened.
    out.say(T_CREATED, path=str(path))
    return int(ExitCode.OK)


def questions() -> list[str]:
    """The questions of the catalogue (answered, never uploaded), e.g. criminal_conviction."""
    return sorted({r.question for r in catalogue().requirements if r.question})


def cmd_answer(args: argparse.Namespace, out: Output) -> int:
    if args.question not in questions():
        raise BadInputError(MSG_UNKNOWN_QUESTION, question=args.question, known=", ".join(questions()))
    with Session.open(args.project) as session:
        session.set_answer(args.question, args.answer)
    out.say(T_ANSWERED, name=args.project.name, question=args.question, answer=Answer(args.answer))
    return int(ExitCode.OK)


def cmd_restore(args: argparse.Namespace, out: Output) -> int:
    from datetime import datetime

    project: Path = args.project
    found = backups.available(project)
    if not found and not project.exists():
        # Nothing to restore and nothing there: most likely a mistyped path (a deleted project whose backups
        # are still beside it is listed and restored as usual).
        raise ProjectNotFoundError(project)
    if not found:
        out.say(T_NO_BACKUPS, name=project.name)
        return int(ExitCode.INCOMPLETE)
    if args.backup is None:
        for number, path in enumerate(found, start=1):
            stat = path.stat()
            when = datetime.fromtimestamp(stat.st_mtime).isoformat(sep=" ", timespec="minutes")
            out.say(
                T_BACKUP_LINE, number=number, path=str(path), size=max(1, stat.st_size // 1024), when=when
            )
        return int(ExitCode.OK)
    if not 1 <= args.backup <= len(found):
        raise BadInputError(MSG_NO_SUCH_BACKUP, number=args.backup, name=project.name, count=len(found))
    chosen = found[args.backup - 1]
    restore_backup(project, chosen)
    out.say(
        T_RESTORED,
        name=project.name,
        backup=chosen.name,
        kept=str(backups.folder(project) / "before-restore.ttps"),
    )
    return int(ExitCode.OK)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    new = sub.add_parser(
        "new", help=h(QT_TRANSLATE_NOOP("CliHelp", "create a project from an applicant's facts"))
    )
    new.add_argument("project", type=Path, metavar="PROJECT")
    new.add_argument("--facts", type=Path, required=True, metavar="FACTS.json")
    new.add_argument(
        "--kind",
        choices=[k.value for k in ProjectKind],
        default=ProjectKind.ENTRY.value,
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp", "entry (the entry application, the default) or extension (an extension of stay)"
            )
        ),
    )
    new.set_defaults(handler=cmd_new)

    answer = sub.add_parser(
        "answer",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "record an answer to a question of the e-form, e.g. criminal_conviction no (never an upload)",
            )
        ),
    )
    answer.add_argument("project", type=Path, metavar="PROJECT")
    answer.add_argument("question", metavar="QUESTION")
    answer.add_argument(
        "answer",
        choices=[a.value for a in Answer],
        metavar="ANSWER",  # argparse names a positional by it in errors ("argument ANSWER: invalid choice")
        help=h(QT_TRANSLATE_NOOP("CliHelp", "no or yes")),
    )
    answer.set_defaults(handler=cmd_answer)

    restore = sub.add_parser(
        "restore",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "list a project's backups, or put one back with --backup N")),
    )
    restore.add_argument("project", type=Path, metavar="PROJECT")
    restore.add_argument(
        "--backup",
        type=integer(h),
        default=None,
        metavar="N",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "the number shown by the listing")),
    )
    restore.set_defaults(handler=cmd_restore)
