"""Where a command writes, and in which language: shared by ``cli`` and the modules of its commands."""

from __future__ import annotations

from typing import TextIO

from ttps_desktop.core.errors import TtpsError
from ttps_desktop.core.language import Language

_CTX = "Cli"


class Output:
    """Where a command writes, and in which language."""

    def __init__(self, language: Language, out: TextIO, err: TextIO) -> None:
        from ttps_desktop.i18n import Translator

        self.tr = Translator(language)
        self.out = out
        self.err = err

    def say(self, source: str, **params: object) -> None:
        print(self.tr.message(_CTX, source, dict(params)), file=self.out)

    def say_counted(self, source: str, n: int, **params: object) -> None:
        """A counted message ("%n file(s)") in the form the language gives ``n``."""
        print(self.tr.counted(_CTX, source, n, dict(params)), file=self.out)

    def error(self, exc: TtpsError) -> None:
        print(self.tr.message(exc.context, exc.message, exc.params), file=self.err)
