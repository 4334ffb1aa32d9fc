"""Countries found by the names people type, not only CLDR's main ones: "UK" is the United Kingdom, not Ukraine;
"America" the United States, not American Samoa. Other names come from CLDR's alt="short"/"variant" entries
(resources/countries/alternative_names.json, with their source), since Babel keeps only the main name."""

from __future__ import annotations

import json

import pytest

from ttps_desktop.core.countries import alternative_names, countries, find_country, fold
from ttps_desktop.core.language import Language
from ttps_desktop.core.resources import resource

COMMON = [
    ("UK", "GBR"),
    ("U.K.", "GBR"),
    ("uk", "GBR"),
    ("Britain", "GBR"),
    ("Great Britain", "GBR"),
    ("United Kingdom", "GBR"),
    ("US", "USA"),
    ("U.S.", "USA"),
    ("USA", "USA"),
    ("America", "USA"),
    ("United States", "USA"),
    ("英國", "GBR"),
    ("英国", "GBR"),
    ("美國", "USA"),
    ("美国", "USA"),
    ("南韓", "KOR"),
    ("韩国", "KOR"),
    ("South Korea", "KOR"),
    ("北韓", "PRK"),
    ("朝鲜", "PRK"),
    ("North Korea", "PRK"),
    ("Ivory Coast", "CIV"),
    ("Turkey", "TUR"),
    ("Czech Republic", "CZE"),
    ("Swaziland", "SWZ"),
    ("East Timor", "TLS"),
    ("Macao", "MAC"),
    ("Hong Kong", "HKG"),
    ("Ukraine", "UKR"),  # and Ukraine is still Ukraine
    ("Samoa", "WSM"),  # a whole name first: Samoa, not American Samoa
    ("Guinea", "GIN"),
]


@pytest.mark.parametrize(("typed", "code"), COMMON)
def test_common_names_find_their_country(typed: str, code: str) -> None:
    assert find_country(typed) == code


@pytest.mark.parametrize("typed", ["Korea", "United", "Islands", "Virgin Islands"])
def test_a_name_that_fits_several_countries_finds_none(typed: str) -> None:
    """The picker then asks for more, rather than guessing."""
    assert find_country(typed) is None


def test_every_other_name_is_sourced_and_names_a_country_of_its_own() -> None:
    data = json.loads(resource("countries", "alternative_names.json").read_text(encoding="utf-8"))
    main_names = {
        fold(place.in_language(language)): code
        for code, place in countries().items()
        for language in Language
    }
    for code, entries in data["names"].items():
        assert code in countries(), code
        for entry in entries:
            assert entry["source"] in data["sources"], entry
            # never another country's main name: that would make the finder ambiguous, or wrong
            assert main_names.get(fold(entry["name"]), code) == code, entry
    assert alternative_names()["GBR"] == ("UK",)
