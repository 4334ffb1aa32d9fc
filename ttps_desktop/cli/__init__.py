"""The command line: the same core as the app, for batch work, scripts and tests.

Every error reaches the user as one translated sentence on stderr, never a traceback (unless --debug).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from ttps_desktop import APP_NAME, __version__
from ttps_desktop.cli.argparse_text import in_language, integer
from ttps_desktop.cli.output import Output
from ttps_desktop.core.applog import route_library_messages
from ttps_desktop.core.errors import ExitCode, TtpsError
from ttps_desktop.core.language import QT_TRANSLATE_NOOP, Language

_CTX = "Cli"
MSG_UNEXPECTED = QT_TRANSLATE_NOOP("Cli", "Unexpected error: {error}. Run again with --debug for details.")
MSG_DEMO_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Demo applicant written to {path}")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Cli", "Cannot write to {path}: {reason}")
MSG_DEMO_EXISTS = QT_TRANSLATE_NOOP(
    "Cli",
    "{folder} already holds a demo project ({path}): give another folder with --out, or delete it first.",
)


class CliError(TtpsError):
    context = "Cli"


def _language_type(h: Callable[[str], str]) -> Callable[[str], Language]:
    def parse(value: str) -> Language:
        try:
            return Language.parse(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                h(QT_TRANSLATE_NOOP("CliHelp", "unknown language {value}: use en, zh_HK or zh_CN")).format(
                    value=repr(value)
                )
            ) from None

    return parse


def _cmd_gui(args: argparse.Namespace, _out: Output) -> int:
    from ttps_desktop.ui.app import run_app

    return run_app(args.project, args.demo, language=args.gui_lang, exit_after_ms=args.exit_after_ms)


def _cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from ttps_desktop.core.demo import write_demo_project
    from ttps_desktop.core.paths import DEMO_PROJECT_FILE

    if (existing := args.out / DEMO_PROJECT_FILE).exists():
        raise CliError(MSG_DEMO_EXISTS, folder=str(args.out), path=str(existing))
    try:
        project = write_demo_project(args.out)
    except OSError as exc:
        raise CliError(MSG_CANNOT_WRITE, path=str(args.out), reason=exc.strerror or str(exc)) from exc
    out.say(MSG_DEMO_WRITTEN, path=str(project))
    return ExitCode.OK


def _requested_language(argv: Sequence[str]) -> Language | None:
    """--lang, read before the parser exists, so that --help itself speaks the user's language."""
    for index, arg in enumerate(argv):
        value = (
            arg.split("=", 1)[1]
            if arg.startswith("--lang=")
            else (argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else None)
        )
        if value is not None:
            try:
                return Language.parse(value)
            except ValueError:
                return None
    return None


def build_parser(h: Callable[[str], str] = lambda text: text) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ttps-desktop",
        description=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "TTPS Desktop: prepare a Hong Kong Top Talent Pass Scheme application, offline. "
                "With no command, opens the app on the demo project.",
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "show program's version number and exit")),
    )
    _add_global_options(parser, h, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser(
        "gui",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "open the app (on PROJECT, else on the last project opened, else on the demo project)",
            )
        ),
    )
    gui.add_argument(
        "project",
        nargs="?",
        type=Path,
        metavar="PROJECT",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "a project to open")),
    )
    gui.add_argument(
        "--demo", action="store_true", help=h(QT_TRANSLATE_NOOP("CliHelp", "open the demo project"))
    )
    gui.add_argument("--exit-after-ms", type=integer(h), default=None, help=argparse.SUPPRESS)
    gui.set_defaults(handler=_cmd_gui)

    demo = sub.add_parser(
        "demo", help=h(QT_TRANSLATE_NOOP("CliHelp", "write the demo project into DIR and print its path"))
    )
    demo.add_argument("--out", type=Path, required=True, metavar="DIR")
    demo.set_defaults(handler=_cmd_demo)

    from ttps_desktop.cli import dates, eligibility, evidence, mrz, project

    eligibility.add_commands(sub, h)
    project.add_commands(sub, h)
    evidence.add_commands(sub, h)
    mrz.add_commands(sub, h)
    dates.add_commands(sub, h)
    _give_global_options(sub, h)
    return parser


def _add_global_options(parser: argparse.ArgumentParser, h: Callable[[str], str], top: bool) -> None:
    """--lang and --debug. The top parser holds the defaults; a command's parser sets them only when given
    (default SUPPRESS), so that `--lang zh_CN export ...` and `export ... --lang zh_CN` mean the same."""
    parser.add_argument(
        "--lang",
        type=_language_type(h),
        default=None if top else argparse.SUPPRESS,
        metavar="{en,zh_HK,zh_CN}",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "language of messages: en, zh_HK or zh_CN (default: system)")),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=h(QT_TRANSLATE_NOOP("CliHelp", "show full tracebacks on errors")),
    )


def _give_global_options(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], h: Callable[[str], str]
) -> None:
    """Every command and sub-command accepts the global options after its name too."""
    for command in set(sub.choices.values()):
        _add_global_options(command, h, top=False)
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _give_global_options(action, h)


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    from ttps_desktop.i18n import Translator, system_language

    helper = Translator(_requested_language(argv) or system_language())
    with in_language(helper):  # argparse's own words too ("usage:", its errors)
        parser = build_parser(lambda text: helper.text("CliHelp", text))
        args = parser.parse_args(list(argv))
    if args.command is None:
        args.command, args.project, args.handler, args.exit_after_ms = "gui", None, _cmd_gui, None
        args.demo = False
    gui_language = args.lang  # None: the app uses the language the user chose last time
    if args.lang is None:
        from ttps_desktop.i18n import system_language

        args.lang = system_language()
    args.gui_lang = gui_language
    output = Output(args.lang, out or sys.stdout, err or sys.stderr)
    route_library_messages()  # pypdf's and Pillow's warnings go to the app's log, not onto this terminal
    handler: Callable[[argparse.Namespace, Output], int] = args.handler
    try:
        return int(handler(args, output))
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): nothing more to say, and nothing went wrong here.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
        return int(ExitCode.OK)
    except TtpsError as exc:
        if args.debug:
            traceback.print_exc(file=output.err)
        output.error(exc)
        return int(exc.exit_code)
    except Exception as exc:
        if args.debug:
            traceback.print_exc(file=output.err)
        print(
            output.tr.message(_CTX, MSG_UNEXPECTED, {"error": f"{type(exc).__name__}: {exc}"}),
            file=output.err,
        )
        return int(ExitCode.ERROR)
