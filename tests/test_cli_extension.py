"""An extension project from ``new --kind extension`` to export on the command line; ``dates`` and ``check`` agree
with the .ics file."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date
from pathlib import Path

import icalendar
from pypdf import PdfReader

from tests.conftest import REPO
from tests.test_cli import run_cli
from ttps_desktop.core.demo import generate_document

DATA = REPO / "tests" / "data"
EXTENSION = DATA / "extension-employment.json"


def _new(tmp_path: Path, facts: Path = EXTENSION, *kind: str) -> tuple[int, str, str]:
    return run_cli("--lang", "en", "new", str(tmp_path / "ext"), "--facts", str(facts), *kind)


def test_kind_must_match_the_facts(tmp_path: Path) -> None:
    code, _, err = _new(tmp_path)  # default: entry
    assert code == 2 and "create it with --kind extension" in err
    code, _, err = _new(tmp_path, DATA / "b-experienced-graduate.json", "--kind", "extension")
    assert code == 2 and "has no extension section" in err
    assert not (tmp_path / "ext.ttps").exists()
    code, _, err = run_cli(
        "--lang", "zh_CN", "new", str(tmp_path / "x"), "--facts", str(EXTENSION), "--kind", "entry"
    )
    assert code == 2 and "--kind extension" in err and "create it with" not in err  # translated


def test_extension_project_from_new_to_export(tmp_path: Path) -> None:
    code, out, err = _new(tmp_path, EXTENSION, "--kind", "extension")
    assert code == 0, err
    project = tmp_path / "ext.ttps"
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(generate_document("employer_letter_first"))
    code, out, _ = run_cli(
        "--lang", "en", "import", str(project), str(letter), "--requirement", "employer_letter"
    )
    assert code == 0 and "Added letter.pdf to Employer's supporting letter." in out
    code, out, _ = run_cli("--lang", "en", "import", str(project), str(letter), "--requirement", "photo")
    assert code == 2 and "not a checklist item of this project" in _  # the entry's items are not here

    code, out, _ = run_cli("--lang", "en", "check", str(project))
    assert code == 1
    assert "Extension of stay: Chan Tai Man 陳大文, admitted under category B" in out
    assert "On 1 Feb 2026 you can apply:" in out and "Route, employment: supported by the facts" in out
    assert re.search(r"✗ Form ID 481A \(declaration of sponsor\) \[[a-z_0-9.]+\]: no files", out)
    assert "15 Jan 2026  Extension: application window opens" in out

    code, out, _ = run_cli("--lang", "en", "check", str(project), "--json")
    doc = json.loads(out)
    assert doc["kind"] == "extension" and doc["extension"]["can_apply"] == "eligible"
    assert doc["extension"]["length"] == {**doc["extension"]["length"], "years": 3, "until": "2028-04-30"}
    items = {i["id"]: i for i in doc["items"]}
    assert items["employer_letter"]["files"] == ["letter.pdf"]
    checked = {(k["kind"], k["date"]) for k in doc["key_dates"]}

    ics = tmp_path / "dates.ics"
    code, out, _ = run_cli("--lang", "en", "dates", str(project), "--ics", str(ics))
    assert code == 0 and f"Calendar written: {ics} (7 events, reminders 4 weeks before)" in out
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    exported = {
        (str(e["uid"]).split("-", 1)[1].split("@")[0], e.decoded("dtstart").isoformat()) for e in events
    }
    assert exported == checked  # the calendar and check say the same dates
    again = tmp_path / "again.ics"
    run_cli("--lang", "en", "dates", str(project), "--ics", str(again))
    assert [e["uid"] for e in icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")] == [
        e["uid"] for e in events
    ]

    code, out, err = run_cli(
        "--lang", "en", "export", str(project), "--out", str(tmp_path / "out"), "--allow-incomplete"
    )
    assert code == 0, err
    dossier = PdfReader(tmp_path / "out" / "EXT-0001-dossier.pdf")
    assert dossier.metadata is not None
    assert dossier.metadata.title == "Chan Tai Man 陳大文: TTPS extension of stay, supporting documents"
    cover = dossier.pages[0].extract_text()
    assert "Top Talent Pass Scheme: extension of stay" in cover and "Admitted under: Category B" in cover
    sheet = PdfReader(tmp_path / "out" / "EXT-0001-checklist.pdf").pages[0].extract_text()
    assert "Extension of stay, document checklist: Chan Tai Man" in sheet and "ID 481A" in sheet
    with zipfile.ZipFile(tmp_path / "out" / "EXT-0001-submission.zip") as pack:
        manifest = json.loads(pack.read("EXT-0001-submission/manifest.json"))
    assert manifest["kind"] == "extension"
    assert [f["upload_item"] for f in manifest["files"]] == ["ext_employment"]


def test_entry_project_dates(tmp_path: Path) -> None:
    code, _, err = run_cli(
        "--lang", "en", "new", str(tmp_path / "b"), "--facts", str(DATA / "b-experienced-graduate.json")
    )
    assert code == 0, err
    code, out, _ = run_cli("--lang", "en", "dates", str(tmp_path / "b.ttps"))
    assert code == 0 and "Key dates (today is" in out and "Passport expires" in out
    assert date.today().strftime("%Y") in out


def test_eligibility_of_extension_facts() -> None:
    code, out, _ = run_cli("--lang", "en", "eligibility", str(EXTENSION), "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["kind"] == "extension" and doc["extension"]["window_opens"] == "2026-01-15"
    assert {"id": "spouse.id_481b", "person": "spouse", "mandatory": True} in doc["requirements"]
    assert doc["key_dates"][0]["kind"] == "window_opens"
    code, out, _ = run_cli("--lang", "zh_CN", "eligibility", str(EXTENSION))
    assert code == 0 and "表格 ID 481A（保证人声明书）" in out and "你可于 2026年2月1日 申请" in out
