"""Counted messages ("%n file(s)") read right for 0, 1 and 2 in every language, from the real .qm files: through
the window's translators (QCoreApplication.translate, as ``self.tr(text, "", n)`` does) and through the core's
messages (Translator.render). English has two forms, Chinese one."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO
from ttps_desktop.core.findings import FINDING_COUNT, FINDING_TEXT, Finding, FindingCode, Severity
from ttps_desktop.core.language import Language
from ttps_desktop.core.messages import Message, MessageText
from ttps_desktop.i18n import Translator, set_language

TS_DIR = REPO / "translations"


def counted_messages() -> list[tuple[str, str]]:
    """Every counted message the sources hold, as (context, source), from the English .ts file."""
    root = ET.parse(TS_DIR / "ttps_desktop_en.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


def forms(language: Language, context: str, source: str) -> list[str]:
    root = ET.parse(TS_DIR / f"ttps_desktop_{language.value}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return [form.text or "" for form in message.iter("numerusform")]
    raise AssertionError(f"{context}: {source} is not in the {language.value} file")


def expected(language: Language, context: str, source: str, n: int) -> str:
    """The form the language's rules pick: English's first for one, its second otherwise; Chinese's only one."""
    texts = forms(language, context, source)
    if language is Language.EN:
        assert len(texts) == 2, f"English needs a singular and a plural: {source}"
        return texts[0 if n == 1 else 1]
    assert len(texts) == 1, f"Chinese has one form: {source}"
    return texts[0]


def test_every_text_with_a_count_in_the_sources_is_a_counted_message() -> None:
    """lupdate leaves out, without a word, a translate() whose count it cannot parse (a call such as len(x)):
    every "%n" text of the sources must reach the translation files as a counted message."""
    import ast

    def name(call: ast.Call) -> str:
        return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")

    in_sources = {
        arg.value
        for path in sorted((REPO / "ttps_desktop").rglob("*.py"))
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(call, ast.Call) and name(call) in ("tr", "translate", "QT_TRANSLATE_NOOP")
        for arg in call.args[:2]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "%n" in arg.value
    }
    assert len(in_sources) > 10
    assert in_sources - {source for _context, source in counted_messages()} == set()


def test_the_window_and_the_core_have_counted_messages() -> None:
    found = {source for _context, source in counted_messages()}
    assert "{added} of %n file(s) added." in found  # the import's summary in the status bar
    assert "Total for %n person(s): HK${total}" in found  # the core's fees
    assert FINDING_TEXT[FindingCode.PDF_ATTACHMENTS] in found  # a finding's count


@pytest.mark.parametrize("language", list(Language))
def test_each_counted_message_reads_right_for_0_1_and_2(qapp: QApplication, language: Language) -> None:
    app = qapp  # the window's application (a QApplication, as the other tests need it)
    set_language(app, language)
    translator = Translator(language)
    try:
        for context, source in counted_messages():
            for n in (0, 1, 2):
                want = expected(language, context, source, n).replace("%n", str(n))
                shown = QCoreApplication.translate(context, source, None, n)  # the window's way
                assert shown == want, (language, source, n)
                core = translator.qt.translate(context, source, None, n)  # the core messages' way
                assert core.replace("%n", str(n)) == want, (language, source, n)
                assert "(s)" not in shown and "%n" not in shown and str(n) in shown
                if language is not Language.EN:  # no English left in the Chinese texts
                    assert not any(word in shown for word in (" file", " page", " day", " year", " people"))
    finally:
        set_language(app, Language.EN)


@pytest.mark.parametrize("language", list(Language))
def test_english_singular_and_plural_and_chinese_counts(language: Language) -> None:
    translator = Translator(language)
    fees = MessageText("Fees", "Total for %n person(s): HK${total}", "count")
    one = translator.render(Message(fees, {"count": 1, "total": 1900}))
    two = translator.render(Message(fees, {"count": 2, "total": 3800}))
    want = {
        Language.EN: ("Total for 1 person: HK$1,900", "Total for 2 people: HK$3,800"),
        Language.ZH_HK: ("1人合共：港幣1,900元", "2人合共：港幣3,800元"),
        Language.ZH_CN: ("1人合共：港币1,900元", "2人合共：港币3,800元"),
    }
    assert (one, two) == want[language]


def test_every_counted_finding_names_its_count_and_reads_in_plain_english() -> None:
    for code, param in FINDING_COUNT.items():
        assert "%n" in FINDING_TEXT[code]
        params: dict[str, object] = {
            "name": "scan.pdf",
            "item": "Passport",
            "expiry": "2026-01-01",
            "limit": 1,
        }
        one = Finding(Severity.WARNING, code, "scan.pdf", {**params, param: 1})  # type: ignore[dict-item]
        three = Finding(Severity.WARNING, code, "scan.pdf", {**params, param: 3})  # type: ignore[dict-item]
        assert one.message.text.count == param
        for finding, n in ((one, 1), (three, 3)):
            text = finding.message.english()
            assert "(s)" not in text and "%n" not in text and (f" {n} " in text or f"({n} " in text)
    attachments = Finding(
        Severity.WARNING, FindingCode.PDF_ATTACHMENTS, "a.pdf", {"name": "a.pdf", "count": 1}
    )
    assert Translator(Language.EN).render(attachments.message) == (
        "a.pdf has 1 file attached inside it; it is left out of the export. Add it separately if you need it."
    )
    assert attachments.message.english().startswith("a.pdf has 1 file attached inside it;")


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        (
            Language.EN,
            "1 of 1 required item has its documents; 1 problem and 1 warning remain.",
            "2 of 2 required items have their documents; 2 problems and 2 warnings remain.",
        ),
        (Language.ZH_HK, "1 個必須項目中有 1 個已有文件；尚有 1 個問題及 1 項警告。", None),
    ],
)
def test_the_dossier_cover_counts_in_the_language(language: Language, one: str, two: str | None) -> None:
    """The cover said "1 problems and 1 warnings remain": each count is its own counted text now."""
    from ttps_desktop.core.export.dossier import (
        T_COMPLETENESS,
        T_ITEMS_DONE,
        T_PROBLEMS_LEFT,
        T_WARNINGS_LEFT,
    )
    from ttps_desktop.core.export.localizer import say, say_counted

    translator = Translator(language)

    def cover(n: int) -> str:
        return say(
            translator,
            T_COMPLETENESS,
            items=say_counted(translator, T_ITEMS_DONE, n, done=n),
            problems=say_counted(translator, T_PROBLEMS_LEFT, n),
            warnings=say_counted(translator, T_WARNINGS_LEFT, n),
        )

    assert cover(1) == one
    if two is not None:
        assert cover(2) == two
