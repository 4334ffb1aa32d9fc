"""Failures the core reports to its callers, each tied to one exit code of the command line."""

from __future__ import annotations

from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    OK = 0
    INCOMPLETE = 1  # the work ran but the result is incomplete or partly refused
    ERROR = 2  # bad input or a failure: nothing was done
    WITH_PROBLEMS = 3  # written, but some part could not be included (export: a document left out)


class TtpsError(Exception):
    """An error with a translatable message: ``message`` is the English source text with {params}."""

    exit_code = ExitCode.ERROR
    context = "Errors"

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        from ttps_desktop.core.messages import english_value

        return self.message.format(**{k: english_value(v) for k, v in self.params.items()})


class BadInputError(TtpsError):
    """The user's input (a facts file, a path, an argument) cannot be used as it is."""
