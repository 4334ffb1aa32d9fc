"""Each item's help text against the catalogue, in all three languages: a category it names ("Category B",
"B類", "乙類") is one the item is required for, and the three languages name the same ones. An optional item's
reason never says it is needed."""

from __future__ import annotations

import re
from typing import Any

import pytest

from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import CategoryId, Requirement
from ttps_desktop.core.rules.reasons import ReasonCode
from ttps_desktop.core.rules.report import build_report
from ttps_desktop.i18n import Translator

_LETTER = r"[ABC]"
_ENGLISH = re.compile(rf"\b[Cc]ategor(?:y|ies)\s+({_LETTER}(?:\s*(?:,|and|or|/|&)\s*{_LETTER})*)\b")
_ENGLISH_HOLDERS = re.compile(rf"\b({_LETTER})\s+(?:holders?|applicants?)\b")
_CHINESE = re.compile(r"([ABC甲乙丙])\s*[類类]")
_CHINESE_NUMBERS = {"甲": "A", "乙": "B", "丙": "C"}


def named_categories(text: str) -> set[CategoryId]:
    """The categories a text names, in the app's wording in any of its languages."""
    letters: set[str] = set()
    for match in _ENGLISH.finditer(text):
        letters.update(re.findall(_LETTER, match.group(1)))
    letters.update(m.group(1) for m in _ENGLISH_HOLDERS.finditer(text))
    letters.update(_CHINESE_NUMBERS.get(m.group(1), m.group(1)) for m in _CHINESE.finditer(text))
    return {CategoryId(letter) for letter in letters}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Category B and C holders send it now.", {"B", "C"}),
        ("Category C: if any. Category A: recommended.", {"A", "C"}),
        ("categories A, B or C", {"A", "B", "C"}),
        ("one reading says A holders must upload it too", {"A"}),
        ("B類及C類人士", {"B", "C"}),
        ("乙类申请人", {"B"}),
        ("A Mainland resident, in the form annexed to the Guidebook ID(C)1026.", set()),
        ("格式見指南ID(C)1026的附件", set()),
    ],
)
def test_the_detector_finds_category_words_and_nothing_else(text: str, expected: set[str]) -> None:
    assert named_categories(text) == {CategoryId(c) for c in expected}


def requirement_key(req: Requirement) -> str:
    return f"{req.kind.value}:{req.subject.value}.{req.id}"


@pytest.mark.parametrize("req", catalogue().requirements, ids=requirement_key)
def test_a_help_text_names_only_categories_the_item_is_required_for(req: Requirement) -> None:
    named = {language: named_categories(req.help.get(language)) for language in Language}
    for language, categories in named.items():
        assert categories <= req.mandatory_for, (
            f"{requirement_key(req)} ({language.value}) names category {sorted(categories)}, but the "
            f"catalogue requires it for {sorted(req.mandatory_for)}: {req.help.get(language)}"
        )
    assert named[Language.ZH_HK] == named[Language.EN] == named[Language.ZH_CN], requirement_key(req)


@pytest.mark.parametrize("category", list(CategoryId))
def test_an_optional_item_never_says_it_is_needed(category: CategoryId, facts_data: dict[str, Any]) -> None:
    facts_data["residence"] = {"country": "CHN"}  # a Mainland resident: the identity card is optional
    report = build_report(parse_facts(facts_data), category)
    needed = {
        ReasonCode.REQUIREMENT_FOR_EVERYONE,
        ReasonCode.REQUIREMENT_FOR_CATEGORY,
        ReasonCode.REQUIREMENT_FOR_SITUATION,
        ReasonCode.REQUIREMENT_FOR_DEPENDANT,
    }
    optional = [item for item in report.applicable if not item.mandatory]
    assert optional  # the work experience (B only) and the Mainland identity card (if no travel document)
    for item in optional:
        assert item.reason.code not in needed, item.id
        text = Translator(Language.EN).render(item.reason.message)
        assert "Needed" not in text and "needs" not in text, (item.id, text)
    mandatory = {item.id: item for item in report.applicable if item.mandatory}
    texts = {item.id: Translator(Language.EN).render(item.reason.message) for item in report.applicable}
    if category is CategoryId.B:
        assert texts["work_experience"] == "Needed for category B."
    else:
        assert "work_experience" not in mandatory
        assert (
            texts["work_experience"] == f"Not required for category {category.value}: add it if you have it."
        )
    assert texts["mainland_identity"] == "Not required: add it if it applies to you."
