"""Countries and currencies by name, in English, Traditional and Simplified Chinese.

Codes are ISO 3166-1 alpha-3 (countries) and ISO 4217 (currencies), as FACTS.json stores them. The list of codes
and the alpha-3 <-> alpha-2 mapping come from pycountry (the ISO 3166-1 and 4217 tables of Debian's iso-codes);
the names come from the Unicode CLDR through Babel (which keys territories by alpha-2). Nothing here is typed by
hand, and both libraries ship their data: nothing is downloaded.

``find_country`` and ``find_currency`` take what a person types: the code, or a name in any of the three
languages, whatever its case or width ("china", "ＣＨＮ", "中國", "中国", "Hong Kong")."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ttps_desktop.core.language import Language

if TYPE_CHECKING:
    from babel import Locale

# Babel and pycountry are imported when a name is first needed, not with the app (start-up time).
# The CLDR locale whose names each language of the app shows.
_LOCALE = {Language.EN: "en", Language.ZH_HK: "zh_Hant_HK", Language.ZH_CN: "zh_Hans_CN"}


@dataclass(frozen=True)
class PlaceName:
    """A name in each language, with the code data keeps (a country, a currency; a listed university, whose
    "code" is its English name): a LocalizedText, so messages show it in the user's language at the edge."""

    code: str
    en: str
    zh_HK: str
    zh_CN: str

    def in_language(self, language: Language) -> str:
        return {Language.EN: self.en, Language.ZH_HK: self.zh_HK, Language.ZH_CN: self.zh_CN}[language]


def fold(text: str) -> str:
    """``text`` as compared when matching: full-width folded to half-width, case-folded, spaces and dots dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if not (c.isspace() or c in ".,'’()-"))


@cache
def _locale(language: Language) -> Locale:
    from babel import Locale

    return Locale.parse(_LOCALE[language])


@cache
def _territory_aliases() -> Mapping[str, list[str]]:
    """CLDR's territory aliases, which map every ISO 3166-1 alpha-3 code (and a few withdrawn ones) to alpha-2."""
    from babel.core import get_global

    aliases: Mapping[str, list[str]] = get_global("territory_aliases")
    return aliases


def _user_assigned(code3: str) -> bool:
    """ISO 3166-1 leaves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ to its users: no country has them."""
    return code3.startswith(("AA", "X", "ZZ")) or "QM" <= code3[:2] <= "QZ"


def _alpha2_of(code3: str) -> str | None:
    """The alpha-2 code CLDR names an alpha-3 code by, through Babel alone (cheap: no full table is built)."""
    if len(code3) != 3 or not code3.isascii() or not code3.isalpha() or _user_assigned(code3.upper()):
        return None
    replacement = _territory_aliases().get(code3.upper())
    if not replacement or len(replacement) != 1 or replacement[0] not in _locale(Language.EN).territories:
        return None
    return replacement[0]


def is_country(code3: str) -> bool:
    """Whether an upper-case alpha-3 code names a country (a withdrawn code CLDR still maps, such as BUR, too)."""
    return code3.isupper() and _alpha2_of(code3) is not None


def is_currency(code: str) -> bool:
    """Whether an upper-case ISO 4217 code names a currency CLDR knows."""
    return len(code) == 3 and code.isupper() and code in _locale(Language.EN).currencies


@dataclass(frozen=True)
class CountryName:
    """A country as a message parameter: its name, looked up in the language asked for when a message is shown
    (a LocalizedText; data keeps the code)."""

    code: str

    @property
    def en(self) -> str:
        return country_name(self.code, Language.EN)

    @property
    def zh_HK(self) -> str:
        return country_name(self.code, Language.ZH_HK)

    @property
    def zh_CN(self) -> str:
        return country_name(self.code, Language.ZH_CN)


@cache
def countries() -> dict[str, PlaceName]:
    """Every ISO 3166-1 country that CLDR names, by alpha-3 code, in code order."""
    import pycountry

    locales = {language: _locale(language) for language in Language}
    out: dict[str, PlaceName] = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        names = {language: locale.territories.get(country.alpha_2) for language, locale in locales.items()}
        if all(names.values()):
            out[country.alpha_3] = PlaceName(
                country.alpha_3,
                names[Language.EN] or "",
                names[Language.ZH_HK] or "",
                names[Language.ZH_CN] or "",
            )
    return out


@cache
def currencies() -> dict[str, PlaceName]:
    """Every current ISO 4217 currency that CLDR names, by code."""
    import pycountry

    locales = {language: _locale(language) for language in Language}
    out: dict[str, PlaceName] = {}
    for currency in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        names = {language: locale.currencies.get(currency.alpha_3) for language, locale in locales.items()}
        if all(names.values()):
            out[currency.alpha_3] = PlaceName(
                currency.alpha_3,
                names[Language.EN] or "",
                names[Language.ZH_HK] or "",
                names[Language.ZH_CN] or "",
            )
    return out


def alpha2(code3: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of an alpha-3 code (CHN -> CN), None when there is no such country."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code3.upper())
    return None if country is None else str(country.alpha_2)


def alpha3(code2: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of an alpha-2 code (HK -> HKG), None when there is no such country."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code2.upper())
    return None if country is None else str(country.alpha_3)


def country_name(code3: str, language: Language) -> str:
    """The country's name in ``language`` ("CHN", zh_HK -> 中國); an unknown code is given back as it is."""
    alpha2_code = _alpha2_of(code3)
    if alpha2_code is None:
        return code3
    return str(_locale(language).territories.get(alpha2_code, code3))


def country(code3: str) -> CountryName | str:
    """A country as a message parameter: its name in each language, translated at the edge (JSON keeps the
    code); an unknown code stays as it is."""
    return CountryName(code3.upper()) if _alpha2_of(code3) else code3


def currency_name(code: str, language: Language) -> str:
    """The currency's name in ``language`` ("USD", zh_CN -> 美元); an unknown code is given back as it is."""
    return str(_locale(language).currencies.get(code.upper(), code))


@cache
def alternative_names() -> dict[str, tuple[str, ...]]:
    """Other names people type for a country ("UK", "Ivory Coast", "Czech Republic"): CLDR's alt="short" and
    alt="variant" territory names, which Babel's data leaves out, kept with their source in
    resources/countries/alternative_names.json. Used for finding only; a country is always shown by its main name."""
    from ttps_desktop.core.resources import resource

    data = json.loads(resource("countries", "alternative_names.json").read_text(encoding="utf-8"))
    return {code: tuple(entry["name"] for entry in entries) for code, entries in data["names"].items()}


def _all_names(kind: str) -> dict[str, list[str]]:
    """For each code, the names it is known by, as written: the code, CLDR's names in the three languages and, for
    countries, the alpha-2 code, ISO's English names (official and common: "Korea, Republic of", "Macao") and
    CLDR's other names."""
    table = countries() if kind == "country" else currencies()
    import pycountry

    others = alternative_names() if kind == "country" else {}
    out: dict[str, list[str]] = {}
    for code, place in table.items():
        names = [code, place.en, place.zh_HK, place.zh_CN]
        if kind == "country":
            iso = pycountry.countries.get(alpha_3=code)
            names += [iso.alpha_2 if iso else ""]
            names += [getattr(iso, attr, "") or "" for attr in ("name", "official_name", "common_name")]
            names += others.get(code, ())
        out[code] = [n for n in names if n]
    return out


@cache
def _search_names(kind: str) -> dict[str, tuple[str, ...]]:
    """For each code, the folded names it is known by (see _all_names)."""
    return {code: tuple(dict.fromkeys(fold(n) for n in names)) for code, names in _all_names(kind).items()}


@cache
def _search_words(kind: str) -> dict[str, frozenset[str]]:
    """For each code, the whole words of its names ("united", "states", "of", "america"): typing a word that only
    one country's names hold finds it, before names that merely begin with it ("America" is the United States of
    America, not American Samoa)."""
    out: dict[str, frozenset[str]] = {}
    for code, names in _all_names(kind).items():
        out[code] = frozenset(w for n in names for w in typed_words(n))
    return out


def _find(kind: str, text: str) -> str | None:
    """The one code ``text`` names: an exact code or name first, else the only name it begins, else the only name
    it is part of. None when it names nothing, or more than one (the caller then asks for more)."""
    typed = fold(text)
    if not typed:
        return None
    names = _search_names(kind)
    if typed.upper() in names:  # a code: folding keeps letters, only lower-cases them
        return typed.upper()
    if kind == "country" and len(typed) == 2 and (code := alpha3(typed)) in names:  # an alpha-2 code: HK
        return code
    exact = {code for code, known in names.items() if typed in known}
    if exact:
        return exact.pop() if len(exact) == 1 else None
    word = " ".join(typed_words(text))
    if word and " " not in word:  # one whole word, e.g. "America"
        holders = {code for code, words in _search_words(kind).items() if word in words}
        if len(holders) == 1:
            return holders.pop()
    for test in (
        lambda name: name.startswith(typed),
        lambda name: typed in name,
    ):
        found = {code for code, known in names.items() if any(test(name) for name in known)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def typed_words(text: str) -> list[str]:
    """The words of a name, or of what was typed: NFKC, case-folded, split at anything but letters and digits."""
    return [w for w in re.split(r"[^\w]+", unicodedata.normalize("NFKC", text).casefold()) if w]


def find_country(text: str) -> str | None:
    """The alpha-3 code of the country ``text`` names (a code or a name in en/zh_HK/zh_CN), else None."""
    return _find("country", text)


def find_currency(text: str) -> str | None:
    """The ISO 4217 code of the currency ``text`` names (a code or a name in en/zh_HK/zh_CN), else None."""
    return _find("currency", text)


def country_matches(text: str) -> list[str]:
    """The codes of every country whose name or code contains ``text`` (for a picker's suggestions)."""
    return _matches("country", text)


def currency_matches(text: str) -> list[str]:
    """The codes of every currency whose name or code contains ``text``."""
    return _matches("currency", text)


def _matches(kind: str, text: str) -> list[str]:
    typed = fold(text)
    if not typed:
        return []
    return [code for code, known in _search_names(kind).items() if any(typed in n for n in known)]
