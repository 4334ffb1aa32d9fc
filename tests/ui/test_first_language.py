"""The first start's language: with no language chosen yet, the window speaks the system's (Traditional Chinese for
Hong Kong, Taiwan and zh-Hant; Simplified for the mainland, Singapore and zh-Hans; English otherwise); a language
chosen before wins over the system's."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from ttps_desktop import i18n
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.app import chosen_language, create_application
from ttps_desktop.ui.main_window import SETTINGS_LANGUAGE, MainWindow

SYSTEMS = [
    ("zh_HK", Language.ZH_HK),
    ("zh_TW", Language.ZH_HK),
    ("zh_Hant", Language.ZH_HK),
    ("zh_CN", Language.ZH_CN),
    ("zh_SG", Language.ZH_CN),
    ("zh_Hans", Language.ZH_CN),
    ("en_GB", Language.EN),
    ("fr_FR", Language.EN),
]
# What the window shows first: its menus and its tabs, as the window's translation file gives them.
MENUS = ["&File", "&Edit", "&View", "&Help"]
TABS = ["Files", "Eligibility", "Work timeline", "Income", "Dates"]


def shown(window: MainWindow) -> list[str]:
    tabs = window.right_tabs
    return [a.text() for a in window.menuBar().actions()] + [tabs.tabText(i) for i in range(tabs.count())]


def expected(language: Language) -> list[str]:
    translator = Translator(language)
    return [translator.text("MainWindow", text) for text in MENUS + TABS]


def first_start(qtbot: QtBot, session: Session) -> MainWindow:
    """What run_app does before the event loop: the language (the one chosen before, else the system's), the
    application's translators, the window in that language."""
    language = chosen_language(None)
    create_application(language)
    window = MainWindow(session, language)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_two_chinese_scripts_show_differently() -> None:
    """The comparison below can tell Traditional from Simplified from English."""
    assert len({tuple(expected(language)) for language in Language}) == 3


@pytest.mark.parametrize(("system", "language"), [*SYSTEMS, ("zh_Hans_HK", Language.ZH_CN)])
def test_a_first_start_shows_the_systems_language(
    qtbot: QtBot, demo_session: Session, monkeypatch: pytest.MonkeyPatch, system: str, language: Language
) -> None:
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale(system))
    assert QSettings().value(SETTINGS_LANGUAGE) is None  # a first start: no language chosen yet
    try:
        window = first_start(qtbot, demo_session)
        assert window.language is language
        assert shown(window) == expected(language)
    finally:
        create_application(Language.EN)


@pytest.mark.parametrize(
    ("saved", "system"), [(Language.ZH_CN, "zh_TW"), (Language.EN, "zh_HK"), (Language.ZH_HK, "fr_FR")]
)
def test_a_language_chosen_before_wins_over_the_systems(
    qtbot: QtBot, demo_session: Session, monkeypatch: pytest.MonkeyPatch, saved: Language, system: str
) -> None:
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale(system))
    QSettings().setValue(SETTINGS_LANGUAGE, saved.value)
    try:
        window = first_start(qtbot, demo_session)
        assert window.language is saved
        assert shown(window) == expected(saved)
    finally:
        create_application(Language.EN)


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        *(({"LC_ALL": f"{system}.UTF-8"}, language) for system, language in SYSTEMS),
        ({"LC_ALL": "C"}, Language.EN),
        ({"LANG": "zh_Hans_HK.UTF-8"}, Language.ZH_CN),  # Simplified script, in Hong Kong
        (
            {"LANG": "en_GB.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"},
            Language.ZH_HK,
        ),  # the messages' language counts
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_GB"}, Language.EN),  # the user's list of languages first
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:zh_TW"}, Language.ZH_HK),  # no French: the next one read
    ],
)
def test_the_system_language_is_read_from_the_environment(
    environment: dict[str, str], language: Language
) -> None:
    """Qt reads the system's locale once per process: each case starts its own, as a first start of the app
    would, with nothing of the test machine's locale left in its environment."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the locale comes from the environment on Linux only")
    env = {k: v for k, v in os.environ.items() if k != "LANGUAGE" and not k.startswith(("LC_", "LANG"))}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from ttps_desktop.i18n import system_language; print(system_language().value)",
        ],
        env=env | environment,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.strip() == language.value
