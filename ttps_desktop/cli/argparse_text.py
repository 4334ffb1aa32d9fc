"""argparse's own words ("usage:", "options:", its error messages) in the command line's language.

argparse (Python 3.11) looks every text of its own up through two names of its module, ``_`` and ``ngettext``,
bound from gettext when it is imported and called only when a text is needed (a parser's headings when the parser
is built, the usage line and the errors when they are printed). The app ships no gettext catalogues: its texts are
Qt's. So, for as long as the command line builds its parser and parses, ``in_language`` rebinds those two names to
the app's translator (context "Argparse"), and puts argparse's own back afterwards (tests run many languages in one
process). The msgids below are argparse 3.11's, character for character: a translation keeps their %-placeholders.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ttps_desktop.core.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ttps_desktop.i18n import Translator

CONTEXT = "Argparse"

# Every text argparse 3.11 looks up (Lib/argparse.py: each _('...') and ngettext('...', '...', n)).
TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "subcommands"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("Argparse", 'argument "-" with mode %r'),
    # Mistakes in building a parser (the program's, not the user's), translated all the same.
    QT_TRANSLATE_NOOP("Argparse", ".__call__() not defined"),
    QT_TRANSLATE_NOOP("Argparse", "conflicting subparser: %s"),
    QT_TRANSLATE_NOOP("Argparse", "conflicting subparser alias: %s"),
    QT_TRANSLATE_NOOP("Argparse", "cannot merge actions - two groups are named %r"),
    QT_TRANSLATE_NOOP("Argparse", "'required' is an invalid argument for positionals"),
    QT_TRANSLATE_NOOP(
        "Argparse", "invalid option string %(option)r: must start with a character %(prefix_chars)r"
    ),
    QT_TRANSLATE_NOOP("Argparse", "dest= is required for options like %r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid conflict_resolution value: %r"),
    QT_TRANSLATE_NOOP("Argparse", "conflicting option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "conflicting option strings: %s"),
    QT_TRANSLATE_NOOP("Argparse", "mutually exclusive arguments must be optional"),
    QT_TRANSLATE_NOOP("Argparse", "cannot have multiple subparser arguments"),
    QT_TRANSLATE_NOOP("Argparse", "%r is not callable"),
)
# argparse names a type that refused a value by the type's __name__ ("invalid int value: 'x'").
INT_NAME = QT_TRANSLATE_NOOP("CliHelp", "int")


def integer(h: Callable[[str], str]) -> Callable[[str], int]:
    """``int`` as an argument's type, named in the command line's language for argparse's "invalid ... value"."""

    def parse(value: str) -> int:
        return int(value)

    parse.__name__ = h(INT_NAME)
    return parse


@contextmanager
def in_language(translator: Translator) -> Iterator[None]:
    """argparse speaks ``translator``'s language inside the block (English: its own words, unchanged)."""

    def gettext(message: str | None) -> str | None:
        # argparse also passes a caller's own group title or description (None when there is none) through ``_``.
        return translator.text(CONTEXT, message) if message else message

    def ngettext(singular: str, plural: str, n: int) -> str:
        return translator.text(CONTEXT, singular if n == 1 else plural)

    module = vars(argparse)
    saved = module["_"], module["ngettext"]
    module["_"], module["ngettext"] = gettext, ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved
