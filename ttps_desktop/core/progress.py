"""The small progress-and-cancel protocol every long core operation accepts; the ui and the cli implement it."""

from __future__ import annotations

from typing import Protocol


class CancelledError(Exception):
    """The user cancelled; whatever the operation was writing has been left as it was before."""


class Progress(Protocol):
    def update(self, done: int, total: int) -> None:
        """Report that ``done`` of ``total`` units are finished."""

    def cancelled(self) -> bool:
        """True once the user asked to stop."""


class NullProgress:
    def update(self, done: int, total: int) -> None:
        return None

    def cancelled(self) -> bool:
        return False


def check_cancel(progress: Progress) -> None:
    if progress.cancelled():
        raise CancelledError
