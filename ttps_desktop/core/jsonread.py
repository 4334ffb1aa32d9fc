"""Strict, typed reading of JSON documents, with errors that name the file, the place and the field.

Used for the shipped rule files and for the user's FACTS.json: unknown keys are errors (a typo must not
pass silently), and every value is checked for type before the domain sees it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from ttps_desktop.core.errors import BadInputError, unreadable
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText, param_text

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

MSG_INVALID = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: {problem}")
MSG_NOT_JSON = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not valid JSON (line {line}, column {column}): {problem}"
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {problem}")
# The problems a person typing facts meets, translated (their English reads as MSG_INVALID with the problem).
MSG_REQUIRED = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: is required")
MSG_NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: {found} is not a date in the form YYYY-MM-DD")
MSG_NOT_A_DECIMAL = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: {found} is not a decimal number")
# The rarer shapes: a value of the wrong type, a choice not on the list, a key nobody reads.
MSG_EXPECTED = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: expected {expected}, found {found}")
MSG_NOT_FINITE = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: {found} is not a finite number")
MSG_NOT_ONE_OF = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: {found} is not one of: {allowed}")
MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Errors", "{file}: {place}: unknown field (check the spelling)")
TOP_LEVEL = param_text("Errors", QT_TRANSLATE_NOOP("Errors", "(top level)"))

# What a value was expected to be, and what it was, as parameters translated at the edge.
_T = "JsonKind"
AN_OBJECT = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "an object"))
TEXT = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "text"))
TRUE_OR_FALSE = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "true or false"))
A_WHOLE_NUMBER = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "a whole number"))
A_DECIMAL_AS_TEXT = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "a decimal number written as text"))
A_DATE = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "a date YYYY-MM-DD"))
A_LIST = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "a list"))
NOTHING = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "nothing"))
A_FLAG = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "true/false"))
A_NUMBER = param_text(_T, QT_TRANSLATE_NOOP("JsonKind", "a number"))


class DataError(BadInputError):
    """A document does not have the shape we need. ``place`` is a JSON path such as ``degrees[0].awarded``."""

    def __init__(
        self, file: str, place: str, problem: str, message: str = MSG_INVALID, **params: object
    ) -> None:
        """``message``: a translatable text of its own (with ``params``) whose English is the same as MSG_INVALID's
        with ``problem``; the edge then shows it in the user's language."""
        super().__init__(message, file=file, place=place or TOP_LEVEL, problem=problem, **params)
        self.file, self.place, self.problem = file, place, problem


def load_json(path: Path) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise unreadable(path, exc, MSG_UNREADABLE, file=str(path)) from exc
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise BadInputError(
            MSG_NOT_JSON, file=str(path), line=exc.lineno, column=exc.colno, problem=exc.msg
        ) from exc


class Node:
    """A JSON object being read: each accessor checks one field and remembers which ones were read."""

    def __init__(self, value: Any, file: str, place: str = "") -> None:
        if not isinstance(value, dict):
            raise _expected(file, place, AN_OBJECT, value)
        self._value: dict[str, Any] = value
        self.file = file
        self.place = place
        self._seen: set[str] = set()

    def _path(self, key: str) -> str:
        return f"{self.place}.{key}" if self.place else key

    def path_of(self, key: str) -> str:
        """The JSON path of ``key`` in this node, e.g. ``degrees[0].honorary``."""
        return self._path(key)

    def error(self, key: str, problem: str) -> DataError:
        return DataError(self.file, self._path(key) if key else self.place, problem)

    def _wrong_type(self, key: str, expected: MessageText, value: Any) -> DataError:
        return _expected(self.file, self._path(key), expected, value)

    def has(self, key: str) -> bool:
        return self._value.get(key) is not None

    def _get(self, key: str, required: bool) -> Any:
        self._seen.add(key)
        if key not in self._value or self._value[key] is None:
            if required:
                raise DataError(self.file, self._path(key), "is required", MSG_REQUIRED)
            return None
        return self._value[key]

    def text(self, key: str, default: str | None = None) -> str:
        value = self._get(key, default is None)
        if value is None:
            assert default is not None
            return default
        if not isinstance(value, str):
            raise self._wrong_type(key, TEXT, value)
        return value

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, False)
        if value is not None and not isinstance(value, str):
            raise self._wrong_type(key, TEXT, value)
        return value

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self._get(key, default is None)
        if value is None:
            assert default is not None
            return default
        if not isinstance(value, bool):
            raise self._wrong_type(key, TRUE_OR_FALSE, value)
        return value

    def integer(self, key: str, default: int | None = None) -> int:
        value = self._get(key, default is None)
        if value is None:
            assert default is not None
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._wrong_type(key, A_WHOLE_NUMBER, value)
        return value

    def decimal(self, key: str) -> Decimal:
        value = self._get(key, True)
        if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
            raise self._wrong_type(key, A_DECIMAL_AS_TEXT, value)
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise DataError(
                self.file,
                self._path(key),
                f"{value!r} is not a decimal number",
                MSG_NOT_A_DECIMAL,
                found=repr(value),
            ) from None
        if not number.is_finite():
            raise DataError(
                self.file,
                self._path(key),
                f"{value!r} is not a finite number",
                MSG_NOT_FINITE,
                found=repr(value),
            )
        return number

    def day(self, key: str) -> date:
        value = self._get(key, True)
        return self._parse_date(key, value)

    def opt_day(self, key: str) -> date | None:
        value = self._get(key, False)
        return None if value is None else self._parse_date(key, value)

    def _parse_date(self, key: str, value: Any) -> date:
        if not isinstance(value, str):
            raise self._wrong_type(key, A_DATE, value)
        try:
            if len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise DataError(
                self.file,
                self._path(key),
                f"{value!r} is not a date in the form YYYY-MM-DD",
                MSG_NOT_A_DATE,
                found=repr(value),
            ) from None

    def enum(self, key: str, kind: type[E], default: E | None = None) -> E:
        value = self._get(key, default is None)
        if value is None:
            assert default is not None
            return default
        try:
            return kind(value)
        except ValueError:
            raise _not_one_of(self.file, self._path(key), value, kind) from None

    def node(self, key: str) -> Node:
        return Node(self._get(key, True), self.file, self._path(key))

    def opt_node(self, key: str) -> Node | None:
        value = self._get(key, False)
        return None if value is None else Node(value, self.file, self._path(key))

    def nodes(self, key: str, required: bool = False) -> Iterator[Node]:
        for index, item in enumerate(self._list(key, required)):
            yield Node(item, self.file, f"{self._path(key)}[{index}]")

    def texts(self, key: str, required: bool = False) -> list[str]:
        items = self._list(key, required)
        for index, item in enumerate(items):
            if not isinstance(item, str):
                raise _expected(self.file, f"{self._path(key)}[{index}]", TEXT, item)
        return list(items)

    def enums(self, key: str, kind: type[E], required: bool = False) -> list[E]:
        result = []
        for index, item in enumerate(self._list(key, required)):
            try:
                result.append(kind(item))
            except ValueError:
                raise _not_one_of(self.file, f"{self._path(key)}[{index}]", item, kind) from None
        return result

    def _list(self, key: str, required: bool) -> list[Any]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._wrong_type(key, A_LIST, value)
        return value

    def field_names(self) -> list[str]:
        return list(self._value)

    def raw(self, key: str) -> Any:
        self._seen.add(key)
        return self._value.get(key)

    def done(self) -> None:
        """Call after reading: any key not read is an error naming it."""
        unknown = sorted(set(self._value) - self._seen)
        if unknown:
            place = self._path(unknown[0])
            raise DataError(self.file, place, "unknown field (check the spelling)", MSG_UNKNOWN_FIELD)

    def read(self, reader: Callable[[Node], T]) -> T:
        result = reader(self)
        self.done()
        return result


def _kind(value: Any) -> MessageText:
    if value is None:
        return NOTHING
    if isinstance(value, bool):
        return A_FLAG
    if isinstance(value, (int, Decimal, float)):
        return A_NUMBER
    if isinstance(value, str):
        return TEXT
    if isinstance(value, list):
        return A_LIST
    return AN_OBJECT  # JSON has nothing else


def _expected(file: str, place: str, expected: MessageText, value: Any) -> DataError:
    """A value of the wrong type, e.g. ``expected text, found a number``, translated and naming its field."""
    found = _kind(value)
    problem = f"expected {expected.source}, found {found.source}"
    return DataError(file, place, problem, MSG_EXPECTED, expected=expected, found=found)


def _not_one_of(file: str, place: str, value: Any, kind: type[Enum]) -> DataError:
    allowed = ", ".join(str(m.value) for m in kind)
    return DataError(
        file, place, f"{value!r} is not one of: {allowed}", MSG_NOT_ONE_OF, found=repr(value), allowed=allowed
    )
