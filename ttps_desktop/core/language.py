"""The three languages the app speaks, and how texts in data files are keyed by them."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    ZH_HK = "zh_HK"
    ZH_CN = "zh_CN"

    @classmethod
    def parse(cls, value: str) -> Language:
        """Accept ``en``, ``zh_HK``, ``zh-hk``, ``zh_Hant_HK``... and map them onto the three we ship."""
        norm = value.replace("-", "_").lower()
        if norm.startswith("zh"):
            if any(tag in norm for tag in ("hk", "tw", "mo", "hant")):
                return cls.ZH_HK
            return cls.ZH_CN
        if norm.startswith("en") or norm in ("c", "posix", ""):
            return cls.EN
        raise ValueError(value)


def QT_TRANSLATE_NOOP(
    context: str, text: str, disambiguation: str | None = None, n: int | None = None
) -> str:
    """Mark ``text`` for translation in ``context`` without translating it (core stays Qt-free).

    A counted text is marked ``QT_TRANSLATE_NOOP(context, "%n file(s)", None, 1)``: a fourth argument, a number
    written out (lupdate's Python parser reads no names here, and knows no QT_TRANSLATE_N_NOOP), is what makes the
    .ts file ask for a form per count ("%n file", "%n files" in English; one form in Chinese). The count itself is
    given where the text is shown (``MessageText.count`` names its parameter)."""
    return text
