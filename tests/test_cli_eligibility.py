from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_cli import run_cli

DATA = REPO / "tests" / "data"


def test_json_output_follows_the_spec() -> None:
    code, out, err = run_cli(
        "--lang", "en", "eligibility", str(DATA / "b-experienced-graduate.json"), "--json"
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["rule_version"] == "2026-01"
    assert doc["application_date"] == "2026-11-24"
    assert {k: v["verdict"] for k, v in doc["categories"].items()} == {
        "A": "not_eligible",
        "B": "eligible",
        "C": "not_eligible",
    }
    assert doc["recommended"] == "B"
    reason = doc["categories"]["A"]["reasons"][-1]
    assert reason["code"] == "income_none_entered"  # no income given: not "totals HK$0.00"
    assert reason["params"] == {"threshold_hkd": "2500000"}
    assert reason["message"] == "No income entered for that year: HK$2,500,000.00 is required."
    assert doc["categories"]["B"]["citation"]["source"] == "IMMD-2026"
    first = doc["requirements"][0]
    assert set(first) >= {"id", "applies", "mandatory", "reason"}
    assert doc["windows"]["income"] == {"start": "2025-11-24", "end": "2026-11-23"}


def test_high_income_example_is_category_a() -> None:
    code, out, _ = run_cli("eligibility", str(DATA / "a-high-income-usd.json"), "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["recommended"] == "A"
    assert doc["categories"]["A"]["reasons"][-1]["params"]["total_hkd"] == "2645200.00"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Recommended: Category B: experienced graduate"),
        ("zh_HK", "建議：B類：具工作經驗的大學畢業生"),
        ("zh_CN", "建议：B类：具工作经验的大学毕业生"),
    ],
)
def test_text_output_in_each_language(lang: str, expected: str) -> None:
    code, out, _ = run_cli("--lang", lang, "eligibility", str(DATA / "b-experienced-graduate.json"))
    assert code == 0
    assert expected in out


def test_bad_facts_exit_2_with_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "facts.json"
    bad.write_text('{"application_date": "2026-11-24", "nationallity": "CHN"}', encoding="utf-8")
    code, out, err = run_cli("--lang", "zh_CN", "eligibility", str(bad))
    assert code == 2 and out == ""
    assert err.strip() == f"{bad}：nationallity：未知的字段（请检查拼写）。"


def test_universities_match_and_import(tmp_path: Path) -> None:
    code, out, _ = run_cli(
        "--lang", "en", "universities", "match", "MIT", "Tsinghua Universty", "--on", "2026-11-24"
    )
    assert code == 1
    assert "MIT: on the list dated 1 Jan 2026 as Massachusetts Institute of Technology (USA)." in out
    assert "Did you mean: Tsinghua University" in out
    listing = tmp_path / "list.txt"
    listing.write_text("Oxford Brookes University\n", encoding="utf-8")
    code, out, _ = run_cli("--lang", "en", "universities", "import", str(listing), "--date", "2027-01-01")
    assert code == 0 and "Imported 1 institution as the list" in out  # one, not "1 institutions"
    code, out, _ = run_cli(
        "--lang", "en", "universities", "match", "oxford brookes university", "--on", "2027-02-01"
    )
    assert code == 0


def test_universities_match_names_a_removal() -> None:
    code, out, _ = run_cli(
        "--lang", "en", "universities", "match", "Ecole Polytechnique", "--on", "2025-12-31"
    )
    assert code == 0 and "on the list dated 1 Jan 2025" in out
    code, out, _ = run_cli(
        "--lang", "en", "universities", "match", "Ecole Polytechnique", "--on", "2026-01-01"
    )
    assert code == 1
    assert out.strip() == (
        "Ecole Polytechnique: Ecole Polytechnique was removed from the list on 1 Jan 2026; "
        "the list dated 1 Jan 2026 no longer holds it."
    )


@pytest.mark.parametrize(
    ("lang", "name"),
    [("en", "Nationality China "), ("zh_HK", "中國"), ("zh_CN", "中国")],
)
def test_reasons_name_the_country_in_the_language_and_json_keeps_the_code(lang: str, name: str) -> None:
    code, out, _ = run_cli("--lang", lang, "eligibility", str(DATA / "b-experienced-graduate.json"))
    assert code == 0 and name in out and "CHN" not in out, out
    code, out, _ = run_cli("--lang", lang, "eligibility", str(DATA / "b-experienced-graduate.json"), "--json")
    reasons = json.loads(out)["categories"]["B"]["reasons"]
    assert {"nationality": "CHN"} in [r["params"] for r in reasons]


@pytest.mark.parametrize(("lang", "name"), [("zh_HK", "清華大學"), ("zh_CN", "清华大学")])
def test_reasons_name_a_listed_university_in_chinese_with_the_lists_own_name(lang: str, name: str) -> None:
    code, out, _ = run_cli("--lang", lang, "eligibility", str(DATA / "b-experienced-graduate.json"))
    assert code == 0 and f"{name} " in out and "Tsinghua University）" in out, out
    assert "Tsinghua University 列" not in out and "Tsinghua University 列" not in out
    code, out, _ = run_cli("--lang", lang, "eligibility", str(DATA / "b-experienced-graduate.json"), "--json")
    params = [r["params"] for r in json.loads(out)["categories"]["B"]["reasons"]]
    assert {
        "institution": "Tsinghua University",
        "awarded": "2019-07-01",
        "list_date": "2026-01-01",
        "listed_name": "Tsinghua University",
    } in params, params
