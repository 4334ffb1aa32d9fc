"""Message ids with parameters: the core says *what* to tell the user; the edges translate and format it.

A message is an English source text (Python ``{name}`` placeholders) in a translation context. Enum values
used as parameters (a verdict, a condition...) are translated through texts registered here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol, TypeGuard, Union, runtime_checkable

ParamValue = Union[str, int, Decimal, date, Enum, "MessageText", "LocalizedText", list[Any]]


@runtime_checkable
class LocalizedText(Protocol):
    """A text given in each language by data (a requirement's title), not by the translation files."""

    @property
    def en(self) -> str: ...

    @property
    def zh_HK(self) -> str: ...

    @property
    def zh_CN(self) -> str: ...


@dataclass(frozen=True)
class MessageText:
    context: str
    source: str
    count: str | None = None  # a counted text ("%n file(s)"): the parameter holding the count


def english_count(source: str, n: int) -> str:
    """A counted source text in plain English with no translation file (logs, JSON, a broken translation):
    "%n file(s)" reads "1 file" or "2 files". The window and the command line use the translation files' forms."""
    one = n == 1
    return (
        source.replace("%n", str(n))
        .replace("person(s)", "person" if one else "people")
        .replace("(s)", "" if one else "s")
    )


_LANGUAGE_ATTRIBUTES = ("en", "zh_HK", "zh_CN")


def is_localized(value: object) -> TypeGuard[LocalizedText]:
    """Whether ``value`` is a LocalizedText, asked of its type and its own fields: ``isinstance`` with the
    protocol would read every language's text (a country's name in each language loads that language's CLDR
    data, ~20 ms each), where only one is shown."""
    if isinstance(value, (str, int, Decimal, date, Enum, list, tuple)):
        return False
    fields = getattr(value, "__dict__", {})
    return all(name in fields or hasattr(type(value), name) for name in _LANGUAGE_ATTRIBUTES)


@dataclass(frozen=True)
class Message:
    """Something to tell the user: a translatable text and its parameters."""

    text: MessageText
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    def english(self) -> str:
        source = self.text.source
        if self.text.count is not None:
            source = english_count(source, int(str(self.params[self.text.count])))
        return source.format(**{k: english_value(v) for k, v in self.params.items()})


_ENUM_TEXTS: dict[Enum, MessageText] = {}
_PARAM_TEXTS: dict[str, MessageText] = {}


def param_text(context: str, source: str) -> MessageText:
    """A text used as a parameter ("a JPEG 2000 image", "it has no pages"), remembered so that a finding read
    back from stored JSON, where it is plain English, is translated again (``param_from_json``)."""
    text = MessageText(context, source)
    _PARAM_TEXTS.setdefault(source, text)
    return text


def param_from_json(value: Any) -> Any:
    return _PARAM_TEXTS.get(value, value) if isinstance(value, str) else value


def register_enum_texts(context: str, table: Mapping[Enum, str]) -> None:
    for member, source in table.items():
        _ENUM_TEXTS[member] = MessageText(context, source)


def enum_text(value: Enum) -> MessageText | None:
    return _ENUM_TEXTS.get(value)


def english_value(value: Any) -> str:
    """How a parameter reads in English with no locale formatting (logs, tests, --json fallbacks)."""
    if isinstance(value, Enum):
        text = enum_text(value)
        return text.source if text else str(value.value)
    if isinstance(value, MessageText):
        return value.source
    if is_localized(value):
        return value.en
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(english_value(v) for v in value)
    return str(value)


def json_value(value: Any) -> Any:
    """A parameter as plain JSON: ISO dates, decimal strings, enum values."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, MessageText):
        return value.source
    if is_localized(value):
        code = getattr(value, "code", None)  # a country's name: the data keeps its code (CHN)
        return code if isinstance(code, str) else str(value.en)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return [json_value(v) for v in value]
    return value
