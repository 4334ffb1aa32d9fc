"""The command line, the window and the export agree for the same facts: the same rule version, the same
university list (an imported one included), the same verdicts and category, the same fees and the same answer
to the conviction question."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from tests.test_cli import run_cli
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.main_window import MainWindow

FACTS = {
    "application_date": "2026-11-24",
    "applicant": {"name": "WONG Ka Yan", "reference": "AGREE-1"},
    "nationality": "GBR",
    "travel_document": {"kind": "passport", "issuing_country": "GBR", "expiry_date": "2032-01-01"},
    "residence": {"country": "GBR"},
    "degrees": [{"level": "bachelor", "institution": "MIT", "awarded": "2023-06-30"}],
    "dependants": [{"relation": "spouse", "name": "WONG Sam", "nationality": "GBR"}],
}


def verdicts(doc: dict[str, object]) -> dict[str, str]:
    categories = doc["categories"]
    assert isinstance(categories, dict)
    return {cid: result["verdict"] for cid, result in categories.items()}


def test_cli_window_and_export_agree(qtbot: QtBot, tmp_path: Path) -> None:
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(FACTS), encoding="utf-8")
    project = tmp_path / "agree.ttps"
    assert run_cli("new", str(project), "--facts", str(facts_file))[0] == 0
    assert run_cli("answer", str(project), "criminal_conviction", "no")[0] == 0
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(generate_document("portrait"))
    assert run_cli("import", str(project), str(photo), "--requirement", "photo")[0] == 0

    # Before any import: MIT is on the shipped list of 2026-01-01, C fits.
    code, out, _ = run_cli("--lang", "en", "eligibility", str(facts_file), "--json")
    before = json.loads(out)
    assert before["university_list"]["date"] == "2026-01-01" and verdicts(before)["C"] == "eligible"

    # A newer official list, dated before the application, without MIT: it applies everywhere.
    newer = tmp_path / "list.csv"
    newer.write_text(
        "en,aliases\nUniversity of Oxford,Oxford\nHarvard University,Harvard\n", encoding="utf-8"
    )
    assert run_cli("universities", "import", str(newer), "--date", "2026-06-01")[0] == 0

    code, out, _ = run_cli("--lang", "en", "eligibility", str(facts_file), "--json")
    cli = json.loads(out)
    code, out, _ = run_cli("--lang", "en", "check", str(project), "--json")
    check = json.loads(out)
    for doc in (cli, check):
        assert doc["rule_version"] == "2026-01"
        assert doc["university_list"]["date"] == "2026-06-01"
        assert verdicts(doc) == {"A": "not_eligible", "B": "not_eligible", "C": "not_eligible"}
        assert doc["recommended"] is None
        assert doc["fees"]["total_hkd"] == "3800" and [p["person"] for p in doc["fees"]["people"]] == [
            "applicant",
            "spouse",
        ]
    removed = [r for r in cli["categories"]["C"]["reasons"] if r["code"] == "degree_removed_from_list"]
    assert removed and removed[0]["params"]["removed_on"] == "2026-06-01"
    assert check["answers"] == {"criminal_conviction": "no"}

    # The window on the same project.
    create_application(Language.EN)
    window = MainWindow(Session.open(project))
    qtbot.addWidget(window)
    report = window.check.report
    assert report.assessment.universities.list_date.isoformat() == "2026-06-01"
    shown = window.eligibility.verdicts.toPlainText()
    for name in (
        "Category A: high income",
        "Category B: experienced graduate",
        "Category C: recent graduate",
    ):
        assert f"{name}: not eligible" in shown
    assert "removed from the eligible-university list on 1 Jun 2026" in shown
    fees = window.eligibility.fees.text()
    assert "Total for 2 people: HK$3,800.00" in fees and "Spouse WONG Sam: HK$1,900.00" in fees
    assert window.eligibility.question_boxes["criminal_conviction"].currentData() == "no"
    assert window.eligibility.category.currentText() == "The app's suggestion (none fits yet)"
    window.close()  # releases the project

    # The export: the dossier cover says the same.
    code, out, err = run_cli(
        "--lang", "en", "export", str(project), "--out", str(tmp_path / "out"), "--allow-incomplete"
    )
    assert code == 0, out + err
    cover = PdfReader(tmp_path / "out" / "AGREE-1-dossier.pdf").pages[0].extract_text()
    assert "Category: not chosen yet" in cover
    assert "Checked against the rules of 2026-01" in cover
    assert "Criminal convictions (declared on the e-form): No" in cover
    assert "Total for 2 people: HK$3,800.00" in cover
    assert "specifiedschemes" in cover  # the fees' source
    sheet = "".join(
        page.extract_text() for page in PdfReader(tmp_path / "out" / "AGREE-1-checklist.pdf").pages
    )
    assert "Criminal convictions (declared on the e-form)" in sheet and "Answer: No" in sheet
