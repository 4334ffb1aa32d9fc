"""``ttps-desktop mrz``: the demo passport page reads, files without a zone say so, and ``check`` shows what the
zone disagrees with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import run_cli
from tests.test_cli_project import DATA
from ttps_desktop.core.demo import generate_document


@pytest.fixture(scope="module")
def passport(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mrz") / "passport_data_page.jpg"
    path.write_bytes(generate_document("passport_page"))
    return path


def test_the_demo_passport_page_reads_with_every_field(passport: Path) -> None:
    code, out, err = run_cli("--lang", "en", "mrz", str(passport))
    assert code == 0, err
    assert f"{passport}: TD3 document P issued by CHN, every check digit valid" in out
    for line in ("surname: LIN", "given names: XIAOYU", "document number: E12345678", "nationality: CHN"):
        assert line in out
    assert "date of birth: 1996-01-01" in out and "date of expiry: 2032-03-01" in out and "sex: F" in out


def test_json_gives_every_field_and_whether_the_check_digits_hold(passport: Path, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(generate_document("portrait"))
    code, out, _ = run_cli("--lang", "en", "mrz", str(passport), str(photo), "--json")
    assert code == 1  # the photo has no zone
    first, second = json.loads(out)
    assert first["status"] == "read" and first["check_digits_valid"] is True
    assert (first["document_type"], first["issuing_state"], first["surname"], first["given_names"]) == (
        "P",
        "CHN",
        "LIN",
        "XIAOYU",
    )
    assert (first["document_number"], first["birth_date"], first["sex"], first["expiry_date"]) == (
        "E12345678",
        "1996-01-01",
        "F",
        "2032-03-01",
    )
    assert second["status"] == "not_found" and second["check_digits_valid"] is False


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    code, _, err = run_cli("--lang", "en", "mrz", str(tmp_path / "nowhere.jpg"))
    assert code == 2 and "Cannot read" in err


def test_an_ocr_runtime_that_cannot_load_is_said_once(
    monkeypatch: pytest.MonkeyPatch, passport: Path
) -> None:
    from ttps_desktop.core.mrz import ocr

    def unavailable(self: ocr.MrzPool) -> ocr.MrzReading:
        return ocr.MrzReading(ocr.ReadStatus.OCR_UNAVAILABLE, detail="ImportError: onnxruntime")

    monkeypatch.setattr(ocr.MrzPool, "warm_up", unavailable)
    code, out, err = run_cli("--lang", "zh_CN", "mrz", str(passport))
    assert code == 2 and out == ""
    assert err.count("onnxruntime") == 1 and "护照读取功能" in err


def test_check_shows_where_the_zone_disagrees_with_the_facts(tmp_path: Path, passport: Path) -> None:
    facts = json.loads((DATA / "b-experienced-graduate.json").read_text(encoding="utf-8"))
    facts["applicant"] = {"name": "CHAN Tai Man"}  # not LIN Xiaoyu, whose passport is added
    facts["travel_document"]["expiry_date"] = "2031-03-01"
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(facts), encoding="utf-8")
    project = tmp_path / "applicant.ttps"
    code, _, err = run_cli("--lang", "en", "new", str(project), "--facts", str(facts_file))
    assert code == 0, err
    code, out, err = run_cli(
        "--lang", "en", "import", str(project), str(passport), "--requirement", "travel_document"
    )
    assert code == 0, err
    assert "passport_data_page.jpg: TD3 document P" in out  # read as it is imported, and kept
    code, out, _ = run_cli("--lang", "en", "check", str(project), "--json")
    found = {f["code"] for f in json.loads(out)["findings"]}
    assert {"mrz_name_differs", "mrz_expiry_differs"} <= found
    code, out, _ = run_cli("--lang", "zh_HK", "check", str(project))
    assert "LIN, XIAOYU" in out
    # read once: mrz --project has nothing left to read, unless asked to read again
    code, out, _ = run_cli("--lang", "en", "mrz", "--project", str(project))
    assert code == 0 and out == ""
    code, out, _ = run_cli("--lang", "en", "mrz", "--project", str(project), "--again")
    assert code == 0 and "passport_data_page.jpg: TD3 document P" in out


def test_a_scanned_pdf_page_reads_too(passport: Path, tmp_path: Path) -> None:
    import img2pdf

    pdf = tmp_path / "passport.pdf"
    pdf.write_bytes(img2pdf.convert(passport.read_bytes()))
    code, out, _ = run_cli("--lang", "en", "mrz", str(pdf), "--json")
    assert code == 0
    (entry,) = json.loads(out)
    assert entry["check_digits_valid"] is True and entry["document_number"] == "E12345678"
