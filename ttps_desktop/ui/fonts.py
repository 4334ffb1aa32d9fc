"""Make Chinese render on machines with no Chinese fonts: register the bundled face as a fallback."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ttps_desktop.core.resources import cjk_font_path


def install_bundled_font(app: QApplication) -> list[str]:
    """Register the bundled CJK font and put it behind the system font; return its family names."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([font.family(), *families])
        app.setFont(font)
    return families
