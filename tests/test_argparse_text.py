"""argparse's own texts: every one this Python's argparse looks up has a translation in both Chinese."""

from __future__ import annotations

import argparse
import ast
import inspect
import re

import pytest

from ttps_desktop.cli.argparse_text import CONTEXT, TEXTS
from ttps_desktop.core.language import Language
from ttps_desktop.i18n import Translator

PLACEHOLDER = re.compile(r"%(?:\([a-z_]+\))?[sdr]")


def argparse_msgids() -> set[str]:
    """Each literal argparse passes to ``_`` or ``ngettext`` (and the default of a ``_(kwargs.pop(..., default))``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext")
        ):
            for arg in node.args:
                found.update(
                    part.value
                    for part in ast.walk(arg)
                    if isinstance(part, ast.Constant) and isinstance(part.value, str)
                )
    return found - {"title", "description"}  # the keys of kwargs.pop("title", "subcommands")


def test_every_argparse_text_is_marked() -> None:
    msgids = argparse_msgids()
    assert "usage: " in msgids and "expected %s arguments" in msgids  # the walk finds _() and ngettext()
    assert msgids <= set(TEXTS), sorted(msgids - set(TEXTS))


@pytest.mark.parametrize("language", [Language.ZH_HK, Language.ZH_CN])
def test_every_argparse_text_is_translated_with_its_placeholders(language: Language) -> None:
    translator = Translator(language)
    for text in TEXTS:
        translated = translator.text(CONTEXT, text)
        assert translated != text, text
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(text)), (
            text,
            translated,
        )
        assert translated.endswith("\n") == text.endswith("\n"), text
