"""What the user may record about one file (when it was issued and expires, by whom, its language, and for proof of
work the employer and the period it covers), and what makes such a record unusable. The details dialog checks as
the user types with these rules, and the session refuses a record that breaks them, whoever hands it in."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ttps_desktop.core.dates import normalized, parse_user_date
from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import Message, MessageText

_CTX = "DocumentFacts"
DATE_KEYS = ("issue_date", "expiry_date", "covers_start", "covers_end")
TEXT_KEYS = ("issuer", "employer", "verification_code")
LANGUAGES = ("zh", "en", "other")  # "other": a certified translation is needed
FIELDS: dict[str, MessageText] = {
    "issue_date": MessageText(_CTX, QT_TRANSLATE_NOOP("DocumentFacts", "Issued on")),
    "expiry_date": MessageText(_CTX, QT_TRANSLATE_NOOP("DocumentFacts", "Expires on")),
    "issuer": MessageText(_CTX, QT_TRANSLATE_NOOP("DocumentFacts", "Issued by")),
    "employer": MessageText(_CTX, QT_TRANSLATE_NOOP("DocumentFacts", "Employer (proof of work)")),
    "covers_start": MessageText(_CTX, QT_TRANSLATE_NOOP("DocumentFacts", "Covers work from")),
    "covers_end": MessageText(_CTX, QT_TRANSLATE_NOOP("DocumentFacts", "Covers work until")),
    "verification_code": MessageText(
        _CTX, QT_TRANSLATE_NOOP("DocumentFacts", "Online verification code (degree verification, e.g. CHSI)")
    ),
}
MSG_NOT_A_DATE = QT_TRANSLATE_NOOP("DocumentFacts", "{field}: {text} is not a date like 2025-03-31.")
MSG_BACKWARDS = QT_TRANSLATE_NOOP("DocumentFacts", "The period covered ends before it starts.")
MSG_NO_EMPLOYER = QT_TRANSLATE_NOOP("DocumentFacts", "Name the employer whose work this period covers.")
MSG_UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("DocumentFacts", "{text} is not a language this app records.")


def checked_document_facts(
    entered: Mapping[str, Any], keep: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], list[Message]]:
    """The record as it would be stored (dates as ISO dates, empty fields left out, other keys of ``keep`` kept),
    and what is wrong with it (nothing: it may be stored)."""
    out: dict[str, Any] = {
        k: v for k, v in (keep or {}).items() if k not in (*DATE_KEYS, *TEXT_KEYS, "language")
    }
    problems: list[Message] = []
    for key in (*DATE_KEYS, *TEXT_KEYS):
        text = str(entered.get(key) or "").strip()
        if not text:
            continue
        if key in DATE_KEYS:
            text = normalized(text)
            if parse_user_date(text) is None:
                problems.append(
                    Message(MessageText(_CTX, MSG_NOT_A_DATE), {"field": FIELDS[key], "text": text})
                )
                continue
        out[key] = text
    language = str(entered.get("language") or "")
    if language:
        if language in LANGUAGES:
            out["language"] = language
        else:
            problems.append(Message(MessageText(_CTX, MSG_UNKNOWN_LANGUAGE), {"text": language}))
    start, end = out.get("covers_start"), out.get("covers_end")
    if isinstance(start, str) and isinstance(end, str) and end < start:
        problems.append(Message(MessageText(_CTX, MSG_BACKWARDS), {}))
    if ("covers_start" in out or "covers_end" in out) and "employer" not in out:
        problems.append(Message(MessageText(_CTX, MSG_NO_EMPLOYER), {}))
    return out, problems


class DocumentFactsError(BadInputError):
    context = _CTX


def validated_document_facts(facts: Mapping[str, Any]) -> dict[str, Any]:
    """The record to store, or DocumentFactsError naming its first problem."""
    out, problems = checked_document_facts(facts, facts)
    if problems:
        raise DocumentFactsError(problems[0].text.source, **problems[0].params)
    return out
