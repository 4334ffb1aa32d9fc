"""What the window needs at start from the settings and export dialogs, without importing them: the upload profile
chosen in Settings and the names of the languages (start-up time: the dialogs are imported when first opened)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.loader import upload_profiles

SETTINGS_PROFILE = "export/profile"
LANGUAGE_NAMES = {Language.EN: "English", Language.ZH_HK: "繁體中文（香港）", Language.ZH_CN: "简体中文"}


def default_profile() -> str:
    """The profile chosen in Settings, if it still exists; else the rules' default."""
    stored = QSettings().value(SETTINGS_PROFILE)
    known = {p.id for p in upload_profiles().profiles}
    return str(stored) if stored in known else upload_profiles().get().id
