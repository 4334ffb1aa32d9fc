"""The fonts every PDF the app writes embeds: one face covering Latin and both Chinese scripts."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
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
