"""An unexpected error in the window is written to the app's one log, once, and the dialog says where."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ttps_desktop.core.applog import LOG_FILE_NAME, route_library_messages
from ttps_desktop.core.language import Language
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.errors import show_error


def test_an_unexpected_error_is_logged_once(qtbot: QtBot, isolated_home: Path) -> None:
    route_library_messages()  # as the app does at start; the dialog must not add a second handler
    box = show_error(None, RuntimeError("boom"), "Traceback: the details", Translator(Language.EN))
    qtbot.addWidget(box)
    log = (isolated_home / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert log.count("Traceback: the details") == 1
    assert str(isolated_home / "logs" / LOG_FILE_NAME) in box.text()
