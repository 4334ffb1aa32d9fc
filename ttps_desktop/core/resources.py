"""Where the data the app ships with lives: rules, fonts, demo inputs, translations.

In a source checkout (and an editable install) they are the top-level ``resources/`` and
``translations/`` folders; an installed wheel or a bundle carries them inside the package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"none of these data folders exists: {', '.join(map(str, candidates))}")


def _bundle_dir() -> Path | None:
    # PyInstaller unpacks data next to the executable and records the place in sys._MEIPASS.
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) / "ttps_desktop" if meipass else None


@cache
def resources_dir() -> Path:
    bundle = _bundle_dir()
    candidates = [_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"]
    if bundle:
        candidates.insert(0, bundle / "_resources")
    return _first_existing(*candidates)


@cache
def translations_dir() -> Path:
    bundle = _bundle_dir()
    candidates = [_PACKAGE_DIR / "_translations", _PACKAGE_DIR.parent / "translations"]
    if bundle:
        candidates.insert(0, bundle / "_translations")
    return _first_existing(*candidates)


def resource(*parts: str) -> Path:
    """The path of a shipped data file, e.g. ``resource("rules", "requirements.json")``."""
    return resources_dir().joinpath(*parts)


def cjk_font_path() -> Path:
    """The bundled font that covers Latin, Traditional and Simplified Chinese in one face."""
    return resource("fonts", "wqy-microhei.ttc")
