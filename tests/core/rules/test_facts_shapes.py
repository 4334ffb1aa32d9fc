"""The rarer shapes of a wrong FACTS.json (a value of the wrong type, a choice not on the list, a misspelt key, a
second rate, a missing amount): each error names its field and reads in the user's language, as the common ones
do."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from tests.conftest import REPO
from ttps_desktop.core.jsonread import DataError
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.i18n import Translator

BASE: dict[str, Any] = {"application_date": "2026-11-24", "residence": {"country": "GBR"}}
RATE = {"currency": "USD", "hkd_per_unit": "7.8", "date": "2026-01-01", "source": "a"}
EXTENSION = json.loads((REPO / "tests" / "data" / "extension-employment.json").read_text(encoding="utf-8"))
NO_AMOUNT = copy.deepcopy(EXTENSION)
del NO_AMOUNT["extension"]["assessable_income"]["amount_hkd"]

# (facts, the field named, the English message, the Simplified Chinese one)
SHAPES: list[tuple[Any, str, str, str]] = [
    (
        [],
        "",
        "f.json: (top level): expected an object, found a list",
        "f.json：（最上层）：应为对象，实为列表。",
    ),
    (
        {**BASE, "applicant": {"name": 5}},
        "applicant.name",
        "f.json: applicant.name: expected text, found a number",
        "f.json：applicant.name：应为文字，实为数字。",
    ),
    (
        {**BASE, "has_hkid": "yes"},
        "has_hkid",
        "f.json: has_hkid: expected true or false, found text",
        "f.json：has_hkid：应为布尔值（true 或 false），实为文字。",
    ),
    (
        {**BASE, "degrees": {"level": "bachelor"}},
        "degrees",
        "f.json: degrees: expected a list, found an object",
        "f.json：degrees：应为列表，实为对象。",
    ),
    (
        {**BASE, "application_date": 20261124},
        "application_date",
        "f.json: application_date: expected a date YYYY-MM-DD, found a number",
        "f.json：application_date：应为日期（YYYY-MM-DD），实为数字。",
    ),
    (
        {**BASE, "income": [{"kind": "salary", "amount": 12.5, "currency": "HKD"}]},
        "income[0].amount",
        "f.json: income[0].amount: expected a decimal number written as text, found a number",
        "f.json：income[0].amount：应为用引号写成文字的数字，实为数字。",
    ),
    (
        {**BASE, "income": [{"kind": "salary", "amount": "Infinity", "currency": "HKD"}]},
        "income[0].amount",
        "f.json: income[0].amount: 'Infinity' is not a finite number",
        "f.json：income[0].amount：'Infinity' 不是有限的数。",
    ),
    (
        {**BASE, "dependants": [{"relation": "parent"}]},
        "dependants[0].relation",
        "f.json: dependants[0].relation: 'parent' is not one of: spouse, child",
        "f.json：dependants[0].relation：'parent' 不在可选值之列：spouse, child。",
    ),
    (
        {**BASE, "employment": [{"employer": "X", "start": "2019-01-01", "fulltime": True}]},
        "employment[0].fulltime",
        "f.json: employment[0].fulltime: unknown field (check the spelling)",
        "f.json：employment[0].fulltime：未知的字段（请检查拼写）。",
    ),
    (
        {**BASE, "exchange_rates": [RATE, {**RATE, "hkd_per_unit": "7.7"}]},
        "exchange_rates[1].currency",
        "f.json: exchange_rates[1].currency: a second rate for USD",
        "f.json：exchange_rates[1].currency：USD 的汇率重复了。",
    ),
    (
        NO_AMOUNT,
        "extension.assessable_income.amount_hkd",
        "f.json: extension.assessable_income.amount_hkd: is required",
        "f.json：extension.assessable_income.amount_hkd：必须填写。",
    ),
]


def error_of(facts: Any) -> DataError:
    with pytest.raises(DataError) as info:
        parse_facts(facts, "f.json")
    return info.value


def test_the_extension_example_itself_is_fine() -> None:
    assert parse_facts(EXTENSION, "f.json").extension is not None


@pytest.mark.parametrize(
    ("facts", "place", "english", "chinese"), SHAPES, ids=[s[1] or "top" for s in SHAPES]
)
def test_a_wrong_shape_names_its_field_in_the_users_language(
    facts: Any, place: str, english: str, chinese: str
) -> None:
    error = error_of(facts)
    assert error.place == place  # the window points at this field
    assert error.english() == english
    assert Translator(Language.ZH_CN).message(error.context, error.message, error.params) == chinese
    traditional = Translator(Language.ZH_HK).message(error.context, error.message, error.params)
    # Only the file, the field's path, the value as typed and the choices stay as they are.
    left = traditional.replace("f.json", "").replace(place, "")
    left = re.sub(r"'[^']*'|\b(spouse|child|true|false|USD|YYYY-MM-DD)\b", "", left)
    assert not re.search(r"[A-Za-z]{2,}", left), traditional
