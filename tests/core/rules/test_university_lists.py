"""The four dated eligible-university lists: they load, count 185/198/199/200, differ exactly as
data/universities/SOURCES.md says, and the list in force on the application date decides, removals included."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ttps_desktop.core.rules.eligibility import assess_facts
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.rules.reasons import ReasonCode, Verdict
from ttps_desktop.core.rules.report import build_report
from ttps_desktop.core.rules.universities import all_lists, import_list, resolve, shipped, universities_folder

REPO = Path(__file__).resolve().parents[3]
C = CategoryId.C


def names(day: str) -> set[str]:
    return {i.en for i in resolve(date.fromisoformat(day)).institutions}


def test_four_lists_with_their_dates_and_counts() -> None:
    lists = shipped().lists
    assert [(str(u.list_date), len(u.institutions)) for u in lists] == [
        ("2024-01-01", 185),
        ("2024-11-01", 198),
        ("2025-01-01", 199),
        ("2026-01-01", 200),
    ]
    assert [u.status for u in lists] == ["derived", "derived", "derived", "transcribed"]
    assert all(u.complete and u.verify and u.origin == "shipped" for u in lists)


def test_the_lists_differ_exactly_as_the_sources_say() -> None:
    l2401, l2411, l2501, l2601 = (names(d) for d in ("2024-01-01", "2024-11-01", "2025-01-01", "2026-01-01"))
    assert l2411 - l2401 == {
        "Sichuan University",
        "Beihang University",
        "Southeast University",
        "Beijing Institute of Technology",
        "Tongji University",
        "Renmin University of China",
        "Beijing Normal University",
        "Nankai University",
        "Tianjin University",
        "Royal College of Art",
        "University of the Arts London",
        "Parsons School of Design, the New School",
        "Rhode Island School of Design",
    }
    assert l2401 - l2411 == set()
    assert len(l2501 - l2411) == 5 and len(l2411 - l2501) == 4
    assert l2411 - l2501 == {
        "University of Paris-Sud (Paris 11)",
        "Ecole Normale Superieure - Paris",
        "Radboud University",
        "London School of Hygiene and Tropical Medicine",
    }
    added_2025 = " ".join(sorted(l2501 - l2411))
    for part in (
        "Massachusetts",
        "Cesar Ritz",
        "Pontificia Universidad",
        "King Saud",
        "Chinese Academy of Sciences",
    ):
        assert part in added_2025
    assert l2501 - l2601 == {
        "Ecole Polytechnique",
        "Université Grenoble Alpes",
        "Universite Sorbonne Paris Cite-USPC",
        "University of Freiburg",
    }
    assert l2601 - l2501 == {
        "Adelaide University",
        "University of Vienna",
        "Karlsruhe Institute of Technology (KIT)",
        "Politecnico di Milano",
        "King Fahd University of Petroleum & Minerals",
    }
    mainland = [
        sum(1 for i in resolve(date.fromisoformat(d)).institutions if i.country == "CHN")
        for d in ("2024-01-01", "2024-11-01", "2025-01-01", "2026-01-01")
    ]
    assert mainland == [13, 22, 23, 23]


def test_the_shipped_file_is_generated_from_the_data_folder() -> None:
    script = REPO / "scripts" / "universities_from_csv.py"
    assert subprocess.run([sys.executable, str(script), "--check"], check=False).returncode == 0


def test_provenance_and_the_chinese_names_note_are_shipped() -> None:
    data = shipped()
    assert data.provenance.startswith(
        '# TTPS "Aggregate list of eligible universities": sources and provenance'
    )
    assert "SherlockRobo/hk-talent-visa-checker" in data.provenance
    assert "search aids, not the official names" in data.note["en"]
    assert "並非正式名稱" in data.note["zh_HK"] and "并非正式名称" in data.note["zh_CN"]


@pytest.mark.parametrize(
    ("institution", "application", "verdict", "code"),
    [
        # removed on 1 Jan 2026
        ("Ecole Polytechnique", "2025-12-31", Verdict.ELIGIBLE, ReasonCode.DEGREE_LISTED),
        ("Ecole Polytechnique", "2026-01-01", Verdict.NOT_ELIGIBLE, ReasonCode.DEGREE_REMOVED_FROM_LIST),
        ("University of Freiburg", "2026-01-01", Verdict.NOT_ELIGIBLE, ReasonCode.DEGREE_REMOVED_FROM_LIST),
        # removed on 1 Jan 2025: still removed later
        ("Radboud University", "2024-12-31", Verdict.ELIGIBLE, ReasonCode.DEGREE_LISTED),
        ("Radboud University", "2025-01-01", Verdict.NOT_ELIGIBLE, ReasonCode.DEGREE_REMOVED_FROM_LIST),
        ("Radboud University", "2026-06-01", Verdict.NOT_ELIGIBLE, ReasonCode.DEGREE_REMOVED_FROM_LIST),
        # added on 1 Jan 2026
        ("University of Vienna", "2025-12-31", Verdict.UNDETERMINED, ReasonCode.DEGREE_NOT_FOUND),
        ("University of Vienna", "2026-01-01", Verdict.ELIGIBLE, ReasonCode.DEGREE_LISTED),
        # added on 1 Nov 2024
        ("Royal College of Art", "2024-10-31", Verdict.UNDETERMINED, ReasonCode.DEGREE_NOT_FOUND),
        ("Royal College of Art", "2024-11-01", Verdict.ELIGIBLE, ReasonCode.DEGREE_LISTED),
    ],
)
def test_the_list_in_force_decides(
    facts_data: dict[str, Any], institution: str, application: str, verdict: Verdict, code: ReasonCode
) -> None:
    facts_data["application_date"] = application
    facts_data["degrees"] = [{"level": "bachelor", "institution": institution, "awarded": "2022-06-30"}]
    result = assess_facts(parse_facts(facts_data))
    assert result.results[C].verdict is verdict
    reason = next(r for r in result.results[C].reasons if r.code is code)
    if code is ReasonCode.DEGREE_REMOVED_FROM_LIST:
        assert reason.params["removed_on"] in (date(2025, 1, 1), date(2026, 1, 1))


def test_the_report_names_the_removal_for_this_applicant(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2025-12-31"
    facts_data["degrees"] = [
        {"level": "bachelor", "institution": "Ecole Polytechnique", "awarded": "2022-06-30"}
    ]
    report = build_report(parse_facts(facts_data))
    removed = [r for r in report.newer_rules if r.code is ReasonCode.RULES_UNIVERSITY_REMOVED]
    assert [r.params for r in removed] == [{"institution": "Ecole Polytechnique", "date": date(2026, 1, 1)}]
    assert "was removed from the eligible-university list on 2026-01-01" in removed[0].message.english()
    changes = {(r.code, r.params.get("category")) for r in report.newer_rules}
    assert (ReasonCode.RULES_VERDICT_CHANGES, "C") in changes


def test_the_report_names_an_addition(facts_data: dict[str, Any]) -> None:
    facts_data["application_date"] = "2025-12-31"
    facts_data["degrees"] = [
        {"level": "bachelor", "institution": "Universität Wien", "awarded": "2022-06-30"}
    ]
    added = [
        r
        for r in build_report(parse_facts(facts_data)).newer_rules
        if r.code is ReasonCode.RULES_UNIVERSITY_ADDED
    ]
    assert [r.params["date"] for r in added] == [date(2026, 1, 1)]


def test_an_imported_list_takes_part_in_the_resolution(tmp_path: Path, facts_data: dict[str, Any]) -> None:
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(
        "en,aliases\nHarvard University,Harvard\nUniversity of Oxford,Oxford\n", encoding="utf-8"
    )
    import_list(csv_file, date(2027, 1, 1), "IMMD", universities_folder())
    assert [str(u.list_date) for u in all_lists()][-2:] == ["2026-01-01", "2027-01-01"]
    assert resolve(date(2026, 12, 31)).list_date == date(2026, 1, 1)
    assert resolve(date(2027, 1, 1)).origin.endswith("universities-2027-01-01.json")
    facts_data["application_date"] = "2027-01-01"
    facts_data["degrees"] = [{"level": "bachelor", "institution": "MIT", "awarded": "2024-06-30"}]
    result = assess_facts(parse_facts(facts_data))
    reason = next(r for r in result.results[C].reasons if r.code is ReasonCode.DEGREE_REMOVED_FROM_LIST)
    assert reason.params["removed_on"] == date(2027, 1, 1)
    facts_data["application_date"] = "2026-12-31"
    newer = build_report(parse_facts(facts_data)).newer_rules
    assert [r.params["date"] for r in newer if r.code is ReasonCode.RULES_UNIVERSITY_REMOVED] == [
        date(2027, 1, 1)
    ]
