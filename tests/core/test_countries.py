"""Countries and currencies by name in the three languages (CLDR through Babel, ISO codes through pycountry)."""

from __future__ import annotations

import pytest

from ttps_desktop.core.countries import (
    alpha2,
    alpha3,
    countries,
    country_name,
    currency_name,
    find_country,
    find_currency,
)
from ttps_desktop.core.language import Language


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("CHN", "CHN"),
        ("chn", "CHN"),
        ("ＣＨＮ", "CHN"),  # full-width letters, as a Chinese input method types them
        ("China", "CHN"),
        ("  china ", "CHN"),
        ("中国", "CHN"),
        ("中國", "CHN"),
        ("Hong Kong", "HKG"),
        ("香港", "HKG"),
        ("HK", "HKG"),
        ("澳門", "MAC"),
        ("台灣", "TWN"),
        ("United States", "USA"),
        ("美国", "USA"),
        ("英國", "GBR"),
        ("Korea, Republic of", "KOR"),
    ],
)
def test_find_country_takes_a_code_or_a_name_in_any_language(typed: str, code: str) -> None:
    assert find_country(typed) == code


@pytest.mark.parametrize("typed", ["", "  ", "XYZ", "Atlantis", "a"])
def test_find_country_gives_none_for_nothing_or_several(typed: str) -> None:
    assert find_country(typed) is None


def test_country_names_in_each_language() -> None:
    assert country_name("CHN", Language.EN) == "China"
    assert country_name("CHN", Language.ZH_HK) == "中國"
    assert country_name("CHN", Language.ZH_CN) == "中国"
    assert country_name("HKG", Language.ZH_CN) == "中国香港特别行政区"
    assert country_name("chn", Language.EN) == "China"
    assert country_name("XYZ", Language.ZH_CN) == "XYZ"  # unknown: given back


def test_alpha_codes_round_trip_for_every_country() -> None:
    table = countries()
    assert len(table) > 240
    for code in table:
        two = alpha2(code)
        assert two is not None and alpha3(two) == code
    assert alpha2("HKG") == "HK" and alpha3("mo") == "MAC" and alpha2("XYZ") is None


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("USD", "USD"),
        ("usd", "USD"),
        ("美元", "USD"),
        ("US Dollar", "USD"),
        ("港元", "HKD"),
        ("人民币", "CNY"),
        ("euro", "EUR"),
    ],
)
def test_find_currency(typed: str, code: str) -> None:
    assert find_currency(typed) == code


def test_currency_names() -> None:
    assert currency_name("HKD", Language.EN) == "Hong Kong Dollar"
    assert currency_name("CNY", Language.ZH_CN) == "人民币"
    assert find_currency("dollar") is None  # several
    assert find_currency("ABC") is None


def test_facts_codes_are_checked_without_building_the_tables() -> None:
    from ttps_desktop.core.countries import country, is_country, is_currency

    assert is_country("CHN") and is_country("HKG") and is_country("MAC") and is_country("TWN")
    assert not is_country("chn") and not is_country("XYZ") and not is_country("中国")
    assert not any(is_country(code) for code in ("AAA", "QMM", "XXX", "ZZZ"))  # ISO's user-assigned ranges
    assert all(is_country(code) for code in countries())  # whatever the picker offers, the facts accept
    assert is_currency("USD") and not is_currency("usd") and not is_currency("ABC")
    named = country("CHN")
    assert not isinstance(named, str)
    assert (named.code, named.en, named.zh_HK, named.zh_CN) == ("CHN", "China", "中國", "中国")
    assert country("XYZ") == "XYZ"
