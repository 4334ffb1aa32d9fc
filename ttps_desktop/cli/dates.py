"""``ttps-desktop dates``: a project's key dates (both kinds), optionally as an iCalendar file; and the extension
verdicts and key dates that ``check`` and ``eligibility`` print."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ttps_desktop.core.errors import ExitCode
from ttps_desktop.core.extension.verdicts import ExtensionAssessment, ExtensionReason
from ttps_desktop.core.keydates import KeyDate, alarm_weeks, key_dates
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, json_value
from ttps_desktop.core.rules.reasons import Outcome, Verdict
from ttps_desktop.core.rules.report import Report, build_report
from ttps_desktop.core.session import Session

if TYPE_CHECKING:
    from ttps_desktop.cli.output import Output

Render = Callable[[Message], str]
_MARK = {Outcome.PASS: "✓", Outcome.FAIL: "✗", Outcome.UNKNOWN: "?", Outcome.INFO: "·"}

T_KEY_DATES = QT_TRANSLATE_NOOP("Cli", "Key dates (today is {today}):")
T_KEY_DATE = QT_TRANSLATE_NOOP("Cli", "{day}  {title}{verify}: {rule}")
T_KEY_DATE_SOURCE = QT_TRANSLATE_NOOP("Cli", "source: {source}")
T_VERIFY_MARK = QT_TRANSLATE_NOOP("Cli", " (verify)")
T_ICS_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "Calendar written: {path} (%n event(s), reminders {weeks} weeks before)", None, 1
)
T_EXT_HEADING = QT_TRANSLATE_NOOP(
    "Cli", "Extension of stay: {name}, admitted under category {category}; application date {date}"
)
T_EXT_CAN_APPLY = QT_TRANSLATE_NOOP("Cli", "On {date} you can apply:")
T_EXT_CANNOT_APPLY = QT_TRANSLATE_NOOP("Cli", "On {date} you cannot apply:")
T_EXT_ROUTE = QT_TRANSLATE_NOOP("Cli", "Route, {route}: supported by the facts")
T_EXT_ROUTE_OPEN = QT_TRANSLATE_NOOP("Cli", "Route, {route}: not decided")
T_EXT_LENGTH = QT_TRANSLATE_NOOP("Cli", "Likely length: %n year(s), to {until}", None, 1)
T_REQUIRED = QT_TRANSLATE_NOOP("Cli", "required")
T_IF_ANY = QT_TRANSLATE_NOOP("Cli", "if any")
T_EXT_GUIDANCE = QT_TRANSLATE_NOOP("Cli", "Guidance from press reports (verify; never a verdict):")


def _reason_line(reason: ExtensionReason, render: Render) -> str:
    verify = " *" if reason.verify else ""
    source = f" [{reason.source}]" if reason.source else ""
    return f"  {_MARK[reason.outcome]} {render(reason.message)}{verify}{source}"


def print_extension(ext: ExtensionAssessment, out: Output) -> None:
    render = out.tr.render
    name = ext.facts.applicant.display_name or "—"
    permission = ext.extension.permission
    out.say(T_EXT_HEADING, name=name, category=permission.category, date=ext.day)
    print(file=out.out)
    out.say(T_EXT_CAN_APPLY if ext.can_apply is Verdict.ELIGIBLE else T_EXT_CANNOT_APPLY, date=ext.day)
    for reason in ext.window:
        print(_reason_line(reason, render), file=out.out)
    for reason in ext.no_route:
        print(_reason_line(reason, render), file=out.out)
    for result in ext.routes:
        out.say(T_EXT_ROUTE if result.verdict is Verdict.ELIGIBLE else T_EXT_ROUTE_OPEN, route=result.route)
        for reason in result.reasons:
            print(_reason_line(reason, render), file=out.out)
    out.say_counted(T_EXT_LENGTH, ext.years, until=ext.until)
    for reason in (*ext.length, *ext.degree):
        print(_reason_line(reason, render), file=out.out)
    if ext.guidance:
        out.say(T_EXT_GUIDANCE)
        for reason in ext.guidance:
            print(_reason_line(reason, render), file=out.out)
    print(file=out.out)


def print_key_dates(dates: tuple[KeyDate, ...], out: Output) -> None:
    from datetime import date

    render, tr = out.tr.render, out.tr
    out.say(T_KEY_DATES, today=date.today())
    for key in dates:
        verify = tr.text("Cli", T_VERIFY_MARK) if key.verify else ""
        out.say(T_KEY_DATE, day=key.day, title=render(key.title), verify=verify, rule=render(key.rule))
        if key.warning is not None:
            print(f"      ! {render(key.warning)}", file=out.out)
        print("      " + tr.message("Cli", T_KEY_DATE_SOURCE, {"source": key.source.title}), file=out.out)


def key_dates_json(dates: tuple[KeyDate, ...], render: Render) -> list[dict[str, Any]]:
    return [
        {
            "kind": key.kind.value,
            "date": key.day.isoformat(),
            "title": render(key.title),
            "rule": render(key.rule),
            "warning": render(key.warning) if key.warning else None,
            "source": key.source.id,
            "verify": key.verify,
        }
        for key in dates
    ]


def _reason_json(reason: ExtensionReason, render: Render) -> dict[str, Any]:
    return {
        "code": reason.code.value,
        "outcome": reason.outcome.value,
        "message": render(reason.message),
        "params": {k: json_value(v) for k, v in reason.params.items()},
        "source": reason.source,
        "verify": reason.verify,
    }


def extension_json(ext: ExtensionAssessment, render: Render) -> dict[str, Any]:
    return {
        "rule_version": ext.version.version,
        "application_date": ext.day.isoformat(),
        "admitted_under": ext.extension.permission.category,
        "can_apply": ext.can_apply.value,
        "window_opens": ext.opens.isoformat(),
        "standing_window_opens": ext.standing_opens.isoformat(),
        "window": [_reason_json(r, render) for r in ext.window],
        "routes": [
            {
                "route": r.route.value,
                "verdict": r.verdict.value,
                "missing": list(r.missing),
                "reasons": [_reason_json(x, render) for x in r.reasons],
            }
            for r in ext.routes
        ],
        "route_supported": ext.route.value if ext.route else None,
        "no_route": [_reason_json(r, render) for r in ext.no_route],
        "length": {
            "years": ext.years,
            "until": ext.until.isoformat(),
            "top_tier": ext.top_tier,
            "reasons": [_reason_json(r, render) for r in ext.length],
        },
        "degree_verification": [_reason_json(r, render) for r in ext.degree],
        "guidance": [_reason_json(r, render) for r in ext.guidance],
    }


def print_extension_facts(report: Report, as_json: bool, out: Output) -> int:
    """``eligibility`` for an extension's facts: the verdicts, the checklist and the key dates."""
    ext = report.extension
    assert ext is not None
    dates = key_dates(report)
    if as_json:
        document = {
            "kind": report.kind.value,
            "extension": extension_json(ext, out.tr.render),
            "requirements": [
                {"id": i.id, "person": i.person.key, "mandatory": i.mandatory} for i in report.applicable
            ],
            "key_dates": key_dates_json(dates, out.tr.render),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out.out)
        return int(ExitCode.OK)
    print_extension(ext, out)
    lang = out.tr.language
    for item in report.applicable:
        flag = out.tr.text("Cli", T_REQUIRED if item.mandatory else T_IF_ANY)
        who = "" if item.person.key == "applicant" else f"{item.person.name or item.person.key}: "
        print(f"  [{flag}] {who}{item.requirement.title.get(lang)}", file=out.out)
    print(file=out.out)
    print_key_dates(dates, out)
    return int(ExitCode.OK)


def session_report(session: Session) -> Report:
    return build_report(session.facts(), session.chosen_category())


def cmd_dates(args: argparse.Namespace, out: Output) -> int:
    from ttps_desktop.core.ics import calendar_bytes, write_calendar

    with Session.open(args.project, read_only=True) as session:
        report = session_report(session)
        project_id, revision = session.call(lambda project: project.created), session.revision()
    dates = key_dates(report)
    print_key_dates(dates, out)
    if args.ics is not None:
        target: Path = args.ics
        name = report.assessment.facts.applicant.display_name
        weeks = alarm_weeks()
        data = calendar_bytes(dates, project_id, name, out.tr.render, weeks, revision)
        write_calendar(target, data)
        out.say_counted(T_ICS_WRITTEN, len(dates), path=str(target), weeks=weeks)
    return int(ExitCode.OK)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    dates = sub.add_parser(
        "dates",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "a project's key dates with their rules and sources; --ics writes them as a calendar",
            )
        ),
    )
    dates.add_argument("project", type=Path, metavar="PROJECT")
    dates.add_argument(
        "--ics",
        type=Path,
        default=None,
        metavar="FILE",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "write an iCalendar file (all-day events with reminders)")),
    )
    dates.set_defaults(handler=cmd_dates)
