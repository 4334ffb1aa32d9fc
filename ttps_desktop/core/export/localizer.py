"""How export speaks the user's language without Qt: the caller (cli, ui) passes its translator."""

from __future__ import annotations

from typing import Any, Protocol

from ttps_desktop.core.language import Language
from ttps_desktop.core.messages import Message, MessageText


class Localizer(Protocol):
    language: Language

    def render(self, message: Message) -> str: ...

    def format_value(self, value: Any) -> str: ...


def say(localizer: Localizer, source: str, **params: Any) -> str:
    """Render an Export-context text (marked with QT_TRANSLATE_NOOP("Export", ...) where it is defined)."""
    return localizer.render(Message(MessageText("Export", source), params))


def say_counted(localizer: Localizer, source: str, n: int, **params: Any) -> str:
    """A counted Export text ("%n problem(s)", marked with QT_TRANSLATE_NOOP("Export", ..., None, 1)), in the form
    the language gives ``n``."""
    return localizer.render(Message(MessageText("Export", source, "n"), {**params, "n": n}))
