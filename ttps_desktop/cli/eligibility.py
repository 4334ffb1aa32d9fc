"""``ttps-desktop eligibility`` and ``ttps-desktop universities``: the rules engine on the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ttps_desktop.core.errors import ExitCode
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.rules.facts import load_facts
from ttps_desktop.core.rules.fees import no_fees
from ttps_desktop.core.rules.reasons import Outcome
from ttps_desktop.core.rules.report import Report, build_report, report_json
from ttps_desktop.core.rules.universities import import_list, resolve, universities_folder

if TYPE_CHECKING:
    from ttps_desktop.cli.output import Output

_MARK = {Outcome.PASS: "✓", Outcome.FAIL: "✗", Outcome.UNKNOWN: "?", Outcome.INFO: "·"}

T_HEADING = QT_TRANSLATE_NOOP("Cli", "Top Talent Pass Scheme eligibility: {name}")
T_DATES = QT_TRANSLATE_NOOP("Cli", "Application date {date}; rules of {version} (in force from {effective})")
T_CATEGORY = QT_TRANSLATE_NOOP("Cli", "{name}: {verdict}")
T_RECOMMENDED = QT_TRANSLATE_NOOP("Cli", "Recommended: {name}, initial stay {months} months.")
T_NONE_RECOMMENDED = QT_TRANSLATE_NOOP("Cli", "No category is eligible on these facts yet.")
T_CHECKLIST = QT_TRANSLATE_NOOP("Cli", "Documents to gather for category {category}:")
T_CHECKLIST_COMMON = QT_TRANSLATE_NOOP(
    "Cli", "Documents every applicant gathers (choose a category for the rest):"
)
T_REQUIRED = QT_TRANSLATE_NOOP("Cli", "required")
T_IF_ANY = QT_TRANSLATE_NOOP("Cli", "if any")
T_VERIFY = QT_TRANSLATE_NOOP("Cli", "verify")
T_PERSON_SPOUSE = QT_TRANSLATE_NOOP("Cli", "Spouse {name}")
T_PERSON_CHILD = QT_TRANSLATE_NOOP("Cli", "Child {number} {name}")
T_WARNINGS = QT_TRANSLATE_NOOP("Cli", "Check these facts:")
T_NEWER = QT_TRANSLATE_NOOP("Cli", "Newer rules:")
T_NOTES = QT_TRANSLATE_NOOP(
    "Cli", "Good to know (marked * where we could not confirm it on an official page):"
)
T_FEES = QT_TRANSLATE_NOOP("Cli", "Fees:")
T_UNIVERSITY_LIST = QT_TRANSLATE_NOOP(
    "Cli", "University list dated {date} (%n institution(s), {origin}).", None, 1
)
T_IMPORTED = QT_TRANSLATE_NOOP("Cli", "Imported %n institution(s) as the list dated {date}: {path}", None, 1)
T_MATCH = QT_TRANSLATE_NOOP("Cli", "{name}: on the list dated {date} as {listed} ({country}).")
T_NO_MATCH = QT_TRANSLATE_NOOP("Cli", "{name}: not found in the list dated {date}.")
T_REMOVED = QT_TRANSLATE_NOOP(
    "Cli",
    "{name}: {listed} was removed from the list on {removed_on}; the list dated {date} no longer holds it.",
)
T_SHIPPED = QT_TRANSLATE_NOOP("Cli", "shipped with the app")
T_SUGGEST = QT_TRANSLATE_NOOP("Cli", "  Did you mean: {names}?")


def print_verdicts(report: Report, out: Output) -> None:
    """Each category's verdict with its reasons, then the recommendation (eligibility and check)."""
    a, tr, lang = report.assessment, out.tr, out.tr.language
    for result in a.results.values():
        out.say(T_CATEGORY, name=result.category.name.get(lang), verdict=result.verdict)
        for reason in result.reasons:
            print(f"  {_MARK[reason.outcome]} {tr.render(reason.message)}", file=out.out)
    print(file=out.out)
    if a.recommended:
        best = a.results[a.recommended].category
        out.say(T_RECOMMENDED, name=best.name.get(lang), months=best.initial_stay_months)
    else:
        out.say(T_NONE_RECOMMENDED)


def print_report(report: Report, out: Output) -> None:
    a, tr, lang = report.assessment, out.tr, out.tr.language
    name = a.facts.applicant.display_name or "—"
    out.say(T_HEADING, name=name)
    out.say(T_DATES, date=a.facts.application_date, version=a.ruleset.version, effective=a.ruleset.effective)
    print(file=out.out)
    print_verdicts(report, out)
    print(file=out.out)
    if report.category:
        out.say(T_CHECKLIST, category=report.category.value)
    else:
        out.say(T_CHECKLIST_COMMON)
    person = None
    for item in report.applicable:
        if item.person != person and item.person.key != "applicant":
            label = T_PERSON_SPOUSE if item.person.key == "spouse" else T_PERSON_CHILD
            print(
                "  " + tr.message("Cli", label, {"name": item.person.name, "number": item.person.number}),
                file=out.out,
            )
        person = item.person
        indent = "    " if item.person.key != "applicant" else "  "
        flags = [tr.text("Cli", T_REQUIRED if item.mandatory else T_IF_ANY)]
        if item.requirement.verify:
            flags.append(tr.text("Cli", T_VERIFY))
        line = f"{indent}[{', '.join(flags)}] {item.requirement.title.get(lang)} — {tr.render(item.reason.message)}"
        print(line, file=out.out)
    print(file=out.out)
    out.say(T_FEES)
    for fee_line in report.fees.lines() if report.fees else [no_fees(a)]:
        print(f"  {tr.render(fee_line)}", file=out.out)
    warnings = [*a.warnings, *a.dependants.issues]
    for title, reasons in ((T_WARNINGS, warnings), (T_NEWER, list(report.newer_rules))):
        if reasons:
            print(file=out.out)
            out.say(title)
            for reason in reasons:
                print(f"  ! {tr.render(reason.message)}", file=out.out)
    print(file=out.out)
    out.say(T_NOTES)
    for note in a.ruleset.notes:
        print(f"  {'*' if note.verify else '-'} {note.text.get(lang)}", file=out.out)
    unis = a.universities
    origin = out.tr.text("Cli", T_SHIPPED) if unis.origin == "shipped" else unis.origin  # else: a path
    out.say_counted(T_UNIVERSITY_LIST, len(unis.institutions), date=unis.list_date, origin=origin)


def cmd_eligibility(args: argparse.Namespace, out: Output) -> int:
    facts = load_facts(args.facts)
    report = build_report(facts)
    if report.extension is not None:  # an extension of stay: its own verdicts, checklist and key dates
        from ttps_desktop.cli.dates import print_extension_facts

        return print_extension_facts(report, args.json, out)
    if args.json:
        document = report_json(report, out.tr.render)
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out.out)
    else:
        print_report(report, out)
    return int(ExitCode.OK)


def cmd_universities_import(args: argparse.Namespace, out: Output) -> int:
    path, imported = import_list(args.file, args.date, args.source, universities_folder())
    out.say_counted(T_IMPORTED, len(imported.institutions), date=imported.list_date, path=str(path))
    return int(ExitCode.OK)


def cmd_universities_match(args: argparse.Namespace, out: Output) -> int:
    unis = resolve(args.on or date.today())
    found_all = True
    for name in args.names:
        match = unis.match(name)
        if match:
            out.say(T_MATCH, name=name, date=unis.list_date, listed=match.en, country=match.country or "—")
            continue
        found_all = False
        removed = unis.removal(name)
        if removed is not None and unis.complete:
            out.say(T_REMOVED, name=name, listed=removed[0].en, removed_on=removed[1], date=unis.list_date)
            continue
        out.say(T_NO_MATCH, name=name, date=unis.list_date)
        suggestions = unis.suggest(name)
        if suggestions:
            out.say(T_SUGGEST, names=[s.en for s in suggestions])
    return int(ExitCode.OK if found_all else ExitCode.INCOMPLETE)


def _iso_date(h: Callable[[str], str]) -> Callable[[str], date]:
    def parse(value: str) -> date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                h(QT_TRANSLATE_NOOP("CliHelp", "{value} is not a date YYYY-MM-DD")).format(value=repr(value))
            ) from None

    return parse


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    elig = sub.add_parser(
        "eligibility",
        help=h(
            QT_TRANSLATE_NOOP("CliHelp", "category verdicts and the document checklist for one applicant")
        ),
    )
    elig.add_argument("facts", type=Path, metavar="FACTS.json")
    elig.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"))
    )
    elig.set_defaults(handler=cmd_eligibility)

    unis = sub.add_parser(
        "universities",
        help=h(
            QT_TRANSLATE_NOOP("CliHelp", "the eligible-university list: match names, import a newer list")
        ),
    )
    unis_sub = unis.add_subparsers(dest="universities_command", metavar="ACTION", required=True)
    imp = unis_sub.add_parser(
        "import",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp", "import the official list from a CSV (header: en, zh_hant, ...) or text file"
            )
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--date",
        type=_iso_date(h),
        required=True,
        help=h(QT_TRANSLATE_NOOP("CliHelp", "the date of the list (YYYY-MM-DD)")),
    )
    imp.add_argument(
        "--source", default="IMMD", help=h(QT_TRANSLATE_NOOP("CliHelp", "where the list came from"))
    )
    imp.set_defaults(handler=cmd_universities_import)
    match = unis_sub.add_parser(
        "match", help=h(QT_TRANSLATE_NOOP("CliHelp", "look names up in the list in force on a date"))
    )
    match.add_argument("names", nargs="+", metavar="NAME")
    match.add_argument(
        "--on",
        type=_iso_date(h),
        default=None,
        metavar="DATE",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "the application date (default: today)")),
    )
    match.set_defaults(handler=cmd_universities_match)
