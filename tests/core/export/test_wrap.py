"""Text on the exported pages wraps within the margins, Chinese included (it has no spaces to break at)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from ttps_desktop.core.export.fonts import register_fonts, wrap

TEXTS = [
    "按2026-01規則的收費：每人申請費港幣600.00元（遞交申請時繳付，不予退還）及簽證費港幣1,300.00元（獲批後繳付）。",
    "This dossier holds personal documents. It was prepared offline: nothing was sent anywhere, ever.",
    "申請人 LIN Xiaoyu 林晓雨 的學歷證明 Academic transcript 2 與工作證明",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_line_fits_and_nothing_is_lost(text: str) -> None:
    font = register_fonts()
    lines = wrap(text, font, 9, 150)
    assert len(lines) > 1
    assert all(stringWidth(line, font, 9) <= 150 for line in lines), lines
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line != line.strip() for line in lines)


def test_a_word_wider_than_the_line_stands_alone() -> None:
    font = register_fonts()
    assert wrap("a Supercalifragilisticexpialidocious b", font, 12, 40) == [
        "a",
        "Supercalifragilisticexpialidocious",
        "b",
    ]
