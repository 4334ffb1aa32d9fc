"""The fonts every PDF the app writes embeds: one face covering Latin and both Chinese scripts."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from ttps_desktop.core.resources import cjk_font_path

BODY_FONT = "WQYMicroHei"


@cache
def register_fonts() -> str:
    """Register the bundled font with reportlab (once) and return its name."""
    # Binary streams, not ASCII85: ASCII85 makes output 25 % larger and costs most of reportlab's time.
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(BODY_FONT, str(cjk_font_path()), subfontIndex=0))
    return BODY_FONT


def _breakable(char: str) -> bool:
    """Chinese, Japanese and Korean text may break between any two characters; other scripts at spaces."""
    return ord(char) >= 0x2E80


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``: broken at spaces, and between Chinese characters (which have
    no spaces to break at); a single word wider than the line stands alone."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        # Units that stay together: a run of non-Chinese characters up to a space, or one Chinese character.
        units: list[str] = []
        for char in paragraph:
            if _breakable(char) or not units or _breakable(units[-1][-1]) or units[-1].endswith(" "):
                units.append(char)
            else:
                units[-1] += char
        line = ""
        for unit in units:
            candidate = line + unit
            if line and stringWidth(candidate.rstrip(), font, size) > width:
                lines.append(line.rstrip())
                line = unit.lstrip()
            else:
                line = candidate
        lines.append(line.rstrip())
    return lines
