from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from ttps_desktop.core.demo import demo_documents, generate_document, write_demo_sources


def test_demo_is_reproducible(tmp_path: Path, demo_folder: Path) -> None:
    again = write_demo_sources(tmp_path)
    for doc in demo_documents():
        assert (again / "documents" / doc.file).read_bytes() == (
            demo_folder / "documents" / doc.file
        ).read_bytes()


def test_phone_photo_carries_orientation_and_gps_for_privacy_tests() -> None:
    image = Image.open(io.BytesIO(generate_document("employer_letter_phone_photo")))
    exif = image.getexif()
    assert exif[0x0112] == 6
    gps = exif.get_ifd(0x8825)
    assert gps[1] == "N"
    assert gps[2] == (22.0, 16.0, 48.0)
    assert image.width > image.height  # stored sideways, as a phone does


def test_pdfs_open_and_carry_chinese_text(demo_folder: Path) -> None:
    reader = PdfReader(demo_folder / "documents" / "degree_certificate.pdf")
    assert len(reader.pages) == 1
    assert "学士学位证书" in reader.pages[0].extract_text()
    assert len(PdfReader(demo_folder / "documents" / "transcript.pdf").pages) == 2


def test_demo_facts_name_an_invented_applicant(demo_folder: Path) -> None:
    facts = json.loads((demo_folder / "facts.json").read_text(encoding="utf-8"))
    assert facts["applicant"]["reference"].startswith("DEMO-")
