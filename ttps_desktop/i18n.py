"""Translation at the edge: the ui and the command line turn message ids into the user's language.

Both use Qt's translation files (translations/*.qm). The command line needs no QApplication:
it asks a QTranslator directly.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from ttps_desktop.core.language import QT_TRANSLATE_NOOP, Language
from ttps_desktop.core.messages import Message, MessageText, english_count, enum_text, is_localized
from ttps_desktop.core.resources import translations_dir

_QT_LOCALES = {Language.EN: "en_GB", Language.ZH_HK: "zh_HK", Language.ZH_CN: "zh_CN"}
_DATE_FORMATS = {Language.EN: "d MMM yyyy", Language.ZH_HK: "yyyy年M月d日", Language.ZH_CN: "yyyy年M月d日"}


def system_locale() -> QLocale:
    """The locale the system gives the app: on Linux from LANGUAGE, LC_ALL, LC_MESSAGES and LANG (Qt reads them
    once, at the first call); on Windows and macOS from the user's language preferences."""
    return QLocale.system()


def system_language() -> Language:
    """The language a first start shows (no language chosen yet): the first of the system's user-interface
    languages, in the user's order of preference, that the app speaks. Chinese goes by its script, whatever the
    place: Traditional (Hong Kong, Taiwan, Macao, zh-Hant) is zh_HK, Simplified (the mainland, Singapore,
    zh-Hans, even zh-Hans-HK) zh_CN. A language the app does not speak is passed over for the next one the user
    reads (LANGUAGE=fr:zh_TW: Traditional Chinese); none at all (fr_FR, C): English."""
    for tag in system_locale().uiLanguages():
        found = QLocale(tag)
        if found.language() == QLocale.Language.Chinese:
            traditional = found.script() == QLocale.Script.TraditionalHanScript
            return Language.ZH_HK if traditional else Language.ZH_CN
        if found.language() == QLocale.Language.English:
            return Language.EN
    return Language.EN


def qlocale(language: Language) -> QLocale:
    return QLocale(_QT_LOCALES[language])


def load_translator(language: Language) -> QTranslator:
    translator = QTranslator()
    # English is the source language: its file holds only the forms of counted messages ("%n file" and "%n files"
    # for "%n file(s)"); for every other text it has nothing, and the source text is shown.
    qm = translations_dir() / f"ttps_desktop_{language.value}.qm"
    if not translator.load(str(qm)):
        raise FileNotFoundError(f"translation file missing or unreadable: {qm}")
    return translator


class Translator:
    """Translate message ids and format their parameters for one language."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.qt = load_translator(language)
        self.locale = qlocale(language)

    def text(self, context: str, source: str) -> str:
        return self.qt.translate(context, source) or source

    def counted(self, context: str, source: str, n: int, params: dict[str, Any] | None = None) -> str:
        """A counted message ("%n file(s)") in the form this language gives ``n``, with ``n`` in its place and
        the other parameters formatted as ``message`` does."""
        form = self.qt.translate(context, source, None, n) or english_count(source, n)
        formatted = {k: self.format_value(v) for k, v in (params or {}).items()}
        try:
            return form.replace("%n", self.locale.toString(n)).format(**formatted)
        except (KeyError, IndexError, ValueError):
            return english_count(source, n).format(**formatted)

    def format_value(self, value: Any) -> str:
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, MessageText):
            return self.text(value.context, value.source)
        if is_localized(value):
            localized: str = getattr(value, self.language.value)
            return localized
        if isinstance(value, Enum):
            known = enum_text(value)
            return self.text(known.context, known.source) if known else str(value.value)
        if isinstance(value, date):
            return self.locale.toString(
                QDate(value.year, value.month, value.day), _DATE_FORMATS[self.language]
            )
        if isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            places = min(6, max(2, -exponent)) if isinstance(exponent, int) else 2
            return self.locale.toString(float(value), "f", places)
        if isinstance(value, int):
            return self.locale.toString(value)
        if isinstance(value, (list, tuple)):
            sep = "、" if self.language is not Language.EN else ", "
            return sep.join(self.format_value(v) for v in value)
        return str(value)

    def render(self, message: Message) -> str:
        text, params = message.text, dict(message.params)
        if text.count is not None:
            return self.counted(text.context, text.source, int(str(params[text.count])), params)
        return self.message(text.context, text.source, params)

    def message(self, context: str, source: str, params: dict[str, Any] | None = None) -> str:
        template = self.text(context, source)
        formatted = {k: self.format_value(v) for k, v in (params or {}).items()}
        try:
            return template.format(**formatted)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the source text.
            return source.format(**formatted)


def app_counted(context: str, source: str, n: int) -> str:
    """A counted message marked elsewhere (``QT_TRANSLATE_NOOP(context, "%n file(s)", None, 1)``), in the form the
    app's language gives ``n``: for the window's texts that cannot say ``tr(text, "", n)`` with the text itself
    (lupdate takes a translate() as counted only when its count is a number written out)."""
    return QCoreApplication.translate(context, source, None, n)


_installed: list[QTranslator] = []
# Qt ships its own strings (standard buttons...) in Traditional Chinese as zh_TW, with no zh_HK file.
_QT_OWN_LOCALE = {Language.EN: "en", Language.ZH_HK: "zh_TW", Language.ZH_CN: "zh_CN"}
# Qt's own file dialog (used where the desktop offers none, as on a Linux without GTK) shows a few words its
# Chinese catalogues leave untranslated (Qt 6.11): ours supplies them, looked up when Qt's has nothing.
QT_OWN_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)


def set_language(app: QCoreApplication, language: Language) -> None:
    """Replace the app's translators (ours and Qt's own) with those of ``language``."""
    while _installed:
        app.removeTranslator(_installed.pop())
    # What Qt draws by the locale (a calendar's month and day names, its first day of the week) follows too.
    QLocale.setDefault(qlocale(language))
    translators = [load_translator(language)]
    qt_own = QTranslator(app)  # Qt's own strings: standard buttons, dialogs
    if language is not Language.EN and qt_own.load(
        f"qtbase_{_QT_OWN_LOCALE[language]}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
