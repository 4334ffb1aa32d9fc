from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from tests.conftest import REPO
from tests.test_cli import run_cli
from ttps_desktop.core.demo import generate_document

DATA = REPO / "tests" / "data"


def new_project(tmp_path: Path) -> Path:
    code, out, err = run_cli(
        "--lang",
        "en",
        "new",
        str(tmp_path / "applicant"),
        "--facts",
        str(DATA / "b-experienced-graduate.json"),
    )
    assert code == 0, err
    assert out.strip() == f"Created {tmp_path / 'applicant.ttps'}"
    return tmp_path / "applicant.ttps"


def test_import_then_check(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    good = tmp_path / "degree.pdf"
    good.write_bytes(generate_document("degree_certificate"))
    bad = tmp_path / "notes.txt"
    bad.write_text("not a document")
    code, out, _ = run_cli(
        "--lang", "en", "import", str(project), str(good), str(bad), "--requirement", "degree_certificate"
    )
    assert code == 1  # some refused
    assert "Added degree.pdf to Bachelor's degree certificate." in out
    assert "Not added: notes.txt" in out and "looks like a text file" in out
    code, out, _ = run_cli(
        "--lang", "en", "import", str(project), str(good), "--requirement", "degree_certificate"
    )
    assert code == 0
    assert out.splitlines() == [
        "Nothing added: degree.pdf is already in Bachelor's degree certificate.",
        "0 of 1 file added.",
    ]
    code, out, _ = run_cli("--lang", "en", "check", str(project), "--json")
    assert code == 1
    doc = json.loads(out)
    assert doc["complete"] is False
    status = {i["id"]: i for i in doc["items"]}
    assert status["degree_certificate"] == {
        "id": "degree_certificate",
        "complete": True,
        "files": ["degree.pdf"],
        "note": "",
    }
    assert status["transcript"]["complete"] is False
    assert any(f["code"] == "item_missing" and f["subject"] == "transcript" for f in doc["findings"])


def test_import_to_an_unknown_item_is_an_error(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    code, _, err = run_cli("--lang", "en", "import", str(project), str(project), "--requirement", "selfie")
    assert code == 2
    assert err.startswith("selfie is not a checklist item of this project.")


def test_check_a_damaged_project_is_one_sentence(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttps"
    broken.write_bytes(b"%PDF-1.4 not a project")
    code, out, err = run_cli("--lang", "zh_HK", "check", str(broken))
    assert code == 2 and out == ""
    assert err.strip() == "broken.ttps 不是 TTPS Desktop 專案（看來是 PDF 文件）。"


def test_restore_lists_and_restores(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    run_cli(
        "import", str(project), str(DATA / "b-experienced-graduate.json"), "--requirement", "photo"
    )  # refused, no change
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(generate_document("portrait"))
    assert run_cli("import", str(project), str(photo), "--requirement", "photo")[0] == 0
    code, out, _ = run_cli("--lang", "en", "restore", str(project))
    assert code == 0 and out.startswith("1. ")
    shutil.copyfile(project, tmp_path / "before.ttps")
    project.write_bytes(b"garbage")
    code, out, _ = run_cli("--lang", "en", "restore", str(project), "--backup", "1")
    assert code == 0 and out.startswith("Restored applicant.ttps from backup-1.ttps.")
    code, out, _ = run_cli("check", str(project), "--json")
    assert json.loads(out)["items"][0]["files"] == ["photo.jpg"]


def test_check_and_the_checklist_show_the_users_notes(tmp_path: Path) -> None:
    """Notes were stored but never shown anywhere."""
    from pypdf import PdfReader

    from ttps_desktop.core.language import Language
    from ttps_desktop.core.session import Session
    from ttps_desktop.i18n import Translator

    project = new_project(tmp_path)
    with Session.open(project) as session:
        session.set_note("degree_certificate", "Original sent by post on 3 March")
        pdf = session.checklist_pdf(Translator(Language.EN))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Original sent by post on 3 March" in text
    _code, out, _ = run_cli("--lang", "en", "check", str(project))
    assert "    Note: Original sent by post on 3 March" in out
    _code, out, _ = run_cli("--lang", "en", "check", str(project), "--json")
    items = {i["id"]: i for i in json.loads(out)["items"]}
    assert items["degree_certificate"]["note"] == "Original sent by post on 3 March"


def test_answering_the_conviction_question_completes_a_cli_project(tmp_path: Path) -> None:
    facts = json.loads((DATA / "b-experienced-graduate.json").read_text(encoding="utf-8"))
    facts["residence"] = {"country": "GBR"}  # no Mainland letter of consent to gather
    facts["nationality"] = "GBR"
    facts["travel_document"] = {"kind": "passport", "issuing_country": "GBR", "expiry_date": "2032-03-01"}
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(facts), encoding="utf-8")
    project = tmp_path / "cli.ttps"
    assert run_cli("new", str(project), "--facts", str(facts_file))[0] == 0
    files = {
        "photo": ("portrait", "photo.jpg"),
        "travel_document": ("passport_page", "passport.jpg"),
        "degree_certificate": ("degree_certificate", "degree.pdf"),
        "transcript": ("transcript", "transcript.pdf"),
        "degree_verification": ("transcript", "verification.pdf"),
        "work_experience": ("employer_letter_first", "letter.pdf"),
    }
    for item, (kind, name) in files.items():
        path = tmp_path / name
        path.write_bytes(generate_document(kind))
        code, out, err = run_cli("--lang", "en", "import", str(project), str(path), "--requirement", item)
        assert code == 0, out + err
    code, out, _ = run_cli("--lang", "en", "check", str(project))
    assert code == 1
    assert (
        "✗ Criminal convictions (declared on the e-form) [criminal_conviction_declaration]: not answered yet"
        in out
    )
    code, out, err = run_cli("--lang", "en", "answer", str(project), "criminal_conviction", "no")
    assert code == 0, err
    assert out.strip() == "Recorded in cli.ttps: criminal_conviction = No."
    code, out, _ = run_cli("--lang", "en", "check", str(project), "--json")
    doc = json.loads(out)
    assert code == 0 and doc["complete"] is True and doc["answers"] == {"criminal_conviction": "no"}
    code, out, _ = run_cli("--lang", "zh_HK", "check", str(project))
    assert code == 0 and "✓ 刑事定罪紀錄（在電子表格申報） [criminal_conviction_declaration]：否" in out
    code, _, err = run_cli(
        "--lang",
        "en",
        "import",
        str(project),
        str(tmp_path / "letter.pdf"),
        "--requirement",
        "criminal_conviction_declaration",
    )
    assert code == 2 and err.startswith(
        "criminal_conviction_declaration is a question of the e-form, not an upload"
    )
    code, _, err = run_cli("--lang", "en", "answer", str(project), "criminal_record", "no")
    assert code == 2 and err.startswith("criminal_record is not a question the app asks")
