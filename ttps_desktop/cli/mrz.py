"""``ttps-desktop mrz``: read the machine-readable zone of travel documents, offline.

``mrz FILE...`` prints what each zone says; ``mrz --project PROJECT`` reads the project's travel documents and
keeps what was read in the project, where ``check`` compares it with the facts. Nothing read is logged.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ttps_desktop.core.errors import BadInputError, ExitCode, TtpsError
from ttps_desktop.core.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ttps_desktop.cli.output import Output
    from ttps_desktop.core.mrz.ocr import MrzReading

T_READ = QT_TRANSLATE_NOOP(
    "Cli", "{file}: {format} document {code} issued by {state}, every check digit valid"
)
T_FIELDS = QT_TRANSLATE_NOOP(
    "Cli",
    "  surname: {surname}\n  given names: {given}\n  document number: {number}\n  nationality: {nationality}\n"
    "  date of birth: {birth}\n  sex: {sex}\n  date of expiry: {expiry}",
)
T_CORRECTED = QT_TRANSLATE_NOOP(
    "Cli", "  %n look-alike character(s) corrected, confirmed by the check digits", None, 1
)
T_UNREADABLE = QT_TRANSLATE_NOOP(
    "Cli", "{file}: a machine-readable zone was found, but its check digits do not hold: not read"
)
T_NOT_FOUND = QT_TRANSLATE_NOOP("Cli", "{file}: no machine-readable zone found")
T_NOT_AN_IMAGE = QT_TRANSLATE_NOOP("Cli", "{file}: not a picture or a scanned PDF page that can be read")
T_FAILED = QT_TRANSLATE_NOOP("Cli", "{file}: reading stopped ({reason})")
T_UNKNOWN = QT_TRANSLATE_NOOP("Cli", "unknown")
T_NO_TRAVEL_DOCUMENTS = QT_TRANSLATE_NOOP("Cli", "{name} holds no travel document to read.")
MSG_OCR_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The passport reader cannot run on this computer ({reason}). Everything else in the app works.",
)
MSG_CANNOT_READ_FILE = QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}")


def _text(value: object, out: Output) -> str:
    return str(value) if value not in (None, "") else out.tr.text("Cli", T_UNKNOWN)


def reading_json(file: str, reading: MrzReading) -> dict[str, Any]:
    data = reading.result.data if reading.result is not None else None
    entry: dict[str, Any] = {
        "file": file,
        "status": reading.status.value,
        "check_digits_valid": data is not None,
    }
    if data is not None:
        entry.update(
            {
                "format": data.format.value,
                "document_type": data.document_code,
                "issuing_state": data.issuing_state,
                "surname": data.surname,
                "given_names": data.given_names,
                "document_number": data.document_number,
                "nationality": data.nationality,
                "birth_date": data.birth_date.isoformat() if data.birth_date else None,
                "sex": data.sex,
                "expiry_date": data.expiry_date.isoformat() if data.expiry_date else None,
                "corrections": len(data.corrections),
            }
        )
    elif reading.result is not None and reading.result.problem is not None:
        entry["problem"] = reading.result.problem.value
    return entry


def say_reading(file: str, reading: MrzReading, out: Output) -> None:
    from ttps_desktop.core.mrz.ocr import ReadStatus

    data = reading.result.data if reading.result is not None else None
    if data is not None:
        out.say(
            T_READ, file=file, format=data.format.value, code=data.document_code, state=data.issuing_state
        )
        out.say(
            T_FIELDS,
            surname=_text(data.surname, out),
            given=_text(data.given_names, out),
            number=data.document_number,
            nationality=_text(data.nationality, out),
            birth=_text(data.birth_date, out),
            sex=data.sex.replace("<", "-"),
            expiry=_text(data.expiry_date, out),
        )
        if data.corrections:
            out.say_counted(T_CORRECTED, len(data.corrections))
        return
    template = {
        ReadStatus.UNREADABLE: T_UNREADABLE,
        ReadStatus.NOT_FOUND: T_NOT_FOUND,
        ReadStatus.NOT_AN_IMAGE: T_NOT_AN_IMAGE,
    }.get(reading.status, T_FAILED)
    out.say(template, file=file, reason=reading.detail)


def cmd_mrz(args: argparse.Namespace, out: Output) -> int:
    from ttps_desktop.core.mrz.ocr import MrzPool, ReadStatus

    if args.project is None and not args.files:
        raise BadInputError(MSG_CANNOT_READ_FILE, path="FILE", reason="no file given")
    entries: list[tuple[str, MrzReading]] = []
    with MrzPool(workers=1) as pool:
        warm = pool.warm_up()
        if warm.status is ReadStatus.OCR_UNAVAILABLE:
            raise TtpsError(MSG_OCR_UNAVAILABLE, reason=warm.detail)
        if args.project is not None:
            entries += _read_project(args.project, pool, args.again, out)
        for path in args.files:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                raise BadInputError(
                    MSG_CANNOT_READ_FILE, path=str(path), reason=exc.strerror or str(exc)
                ) from exc
            entries.append((str(path), pool.read(data).reading))
    if args.json:
        print(
            json.dumps([reading_json(f, r) for f, r in entries], ensure_ascii=False, indent=2), file=out.out
        )
    else:
        for file, reading in entries:
            say_reading(file, reading, out)
    every = all(r.status is ReadStatus.READ for _f, r in entries)
    return int(ExitCode.OK if every else ExitCode.INCOMPLETE)


def _read_project(project_path: Path, pool: Any, again: bool, out: Output) -> list[tuple[str, MrzReading]]:
    from ttps_desktop.core.mrz.checks import is_travel_document_item
    from ttps_desktop.core.mrz.project import read_travel_documents
    from ttps_desktop.core.session import Session

    with Session.open(project_path) as session:
        names = {d.id: d.display_name for d in session.documents()}
        if not any(is_travel_document_item(d.item_id) for d in session.documents()):
            out.say(T_NO_TRAVEL_DOCUMENTS, name=project_path.name)
        done = read_travel_documents(session, pool, again=again)
    return [(names[doc_id], reading) for doc_id, reading in done.readings.items()]


def read_after_import(session: Any, out: Output) -> list[tuple[str, MrzReading]]:
    """The zones of travel documents just imported (any not read yet), kept in the project; an OCR runtime that
    cannot load here is said on stderr, and the import stands."""
    from ttps_desktop.core.mrz.ocr import MrzPool
    from ttps_desktop.core.mrz.project import read_travel_documents

    names = {d.id: d.display_name for d in session.documents()}
    with MrzPool(workers=1) as pool:
        done = read_travel_documents(session, pool)
    for found in done.findings:
        print(out.tr.render(found.message), file=out.err)
    return [(names[doc_id], reading) for doc_id, reading in done.readings.items()]


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    mrz = sub.add_parser(
        "mrz",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "read the machine-readable zone of passports and identity cards (pictures or scanned PDFs), offline",
            )
        ),
    )
    mrz.add_argument("files", nargs="*", type=Path, metavar="FILE")
    mrz.add_argument(
        "--project",
        type=Path,
        default=None,
        metavar="PROJECT",
        help=h(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "read the project's travel documents and keep what was read in the project, for check",
            )
        ),
    )
    mrz.add_argument(
        "--again",
        action="store_true",
        help=h(QT_TRANSLATE_NOOP("CliHelp", "with --project: read documents already read again")),
    )
    mrz.add_argument(
        "--json", action="store_true", help=h(QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"))
    )
    mrz.set_defaults(handler=cmd_mrz)
