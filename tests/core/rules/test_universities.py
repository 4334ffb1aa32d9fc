from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.rules.universities import import_list, list_for, normalize, shipped_list


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("MIT", "Massachusetts Institute of Technology"),
        ("massachusetts  institute of technology", "Massachusetts Institute of Technology"),
        ("Massachusetts Institute Of Technology.", "Massachusetts Institute of Technology"),
        ("UCL", "University College London"),
        ("LSE", "London School of Economics and Political Science"),
        ("HKU", "The University of Hong Kong"),
        ("University of Hong Kong", "The University of Hong Kong"),
        ("清華大學", "Tsinghua University"),
        ("清华大学", "Tsinghua University"),
        ("清華", "Tsinghua University"),
        ("清华", "Tsinghua University"),
        ("北京師範大學", "Beijing Normal University"),
        ("ＵＣＬ", "University College London"),  # full-width
        ("Ecole Polytechnique Federale de Lausanne", "École Polytechnique Fédérale de Lausanne"),
        ("EPFL", "École Polytechnique Fédérale de Lausanne"),
        ("ETH Zürich", "ETH Zurich - Swiss Federal Institute of Technology"),
        ("Institute of Science Tokyo", "Tokyo Institute of Technology (Tokyo Tech)"),
        ("Universität Wien", "University of Vienna"),
        ("Tsinghua Univ.", "Tsinghua University"),
        ("Wageningen University and Research", "Wageningen University & Research"),
        ("Stanford", "Stanford University"),
        ("斯坦福大學", "Stanford University"),
    ],
)
def test_match(name: str, expected: str) -> None:
    match = shipped_list().match(name)
    assert match is not None and match.en == expected


@pytest.mark.parametrize("name", ["西北大学", "Oxford Brookes University", "University of Nowhere", ""])
def test_no_match(name: str) -> None:
    assert shipped_list().match(name) is None


def test_suggestions_for_near_misses() -> None:
    assert [s.en for s in shipped_list().suggest("Tsinghua Universty")][:1] == ["Tsinghua University"]


def test_normalize_folds_traditional_onto_simplified() -> None:
    assert normalize("香港中文大學") == normalize("香港中文大学")


def test_import_csv_and_use_it_from_its_date(tmp_path: Path) -> None:
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(
        "en,zh_hant,zh_hans,country,aliases\nOxford Brookes University,牛津布魯克斯大學,牛津布鲁克斯大学,GBR,OBU;Brookes\n",
        encoding="utf-8",
    )
    folder = tmp_path / "lists"
    path, imported = import_list(csv_file, date(2027, 1, 1), "IMMD", folder)
    assert path.is_file() and imported.complete
    assert list_for(date(2026, 12, 31), folder).match("OBU") is None
    newer = list_for(date(2027, 1, 1), folder)
    assert newer.list_date == date(2027, 1, 1)
    match = newer.match("牛津布鲁克斯大学")
    assert match is not None and match.en == "Oxford Brookes University"


def test_import_plain_text(tmp_path: Path) -> None:
    text = tmp_path / "list.txt"
    text.write_text("Harvard University\n\nYale University\n", encoding="utf-8")
    _, imported = import_list(text, date(2027, 1, 1), "IMMD", tmp_path / "lists")
    assert [i.en for i in imported.institutions] == ["Harvard University", "Yale University"]


@pytest.mark.parametrize("content", ["", "\n\n", "country,rank\nGBR,1\n"])
def test_import_refuses_lists_without_names(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(BadInputError):
        import_list(bad, date(2027, 1, 1), "IMMD", tmp_path / "lists")
