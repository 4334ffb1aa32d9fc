"""Errors as the user sees them: one clear sentence in their language, details behind an expander, and every
unexpected error written to a local log file (nothing is sent anywhere)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ttps_desktop import APP_NAME
from ttps_desktop.core.applog import log_file_path, route_library_messages
from ttps_desktop.core.errors import TtpsError
from ttps_desktop.i18n import Translator

_log = logging.getLogger("ttps_desktop")


def log_file() -> str:
    return log_file_path()


def _log_unexpected(details: str) -> None:
    route_library_messages()  # the app's one log handler (core/applog.py), whoever started the window
    _log.error("unexpected error\n%s", details)


def message_for(exc: BaseException, translator: Translator) -> str:
    if isinstance(exc, TtpsError):
        return translator.message(exc.context, exc.message, exc.params)
    return ""


def show_error(
    parent: QWidget | None, exc: BaseException, details: str, translator: Translator
) -> QMessageBox:
    """A friendly dialog; unexpected errors are logged and say where."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    text = message_for(exc, translator)
    if not text:
        _log_unexpected(details)
        text = QCoreApplication.translate(
            "ErrorDialog",
            "Something went wrong that the app did not expect. Your project is safe. The details were written to {log}.",
        ).format(log=log_file())
        box.setDetailedText(details)
    box.setText(text)
    box.open()
    return box
