"""Start the desktop app: QApplication, fonts, translators, and the main window on a project."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ttps_desktop import APP_NAME, __version__
from ttps_desktop.core.demo_project import ensure_demo_project
from ttps_desktop.core.errors import TtpsError
from ttps_desktop.core.language import QT_TRANSLATE_NOOP, Language
from ttps_desktop.core.project.errors import ProjectNotFoundError
from ttps_desktop.core.project.recent import forget, recent_projects, remember
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import Translator, set_language, system_language
from ttps_desktop.ui.focus_ring import install_focus_ring
from ttps_desktop.ui.fonts import install_bundled_font
from ttps_desktop.ui.main_window import SETTINGS_LANGUAGE, MainWindow
from ttps_desktop.ui.quit_signals import QuitOnSignals

MSG_NO_DISPLAY = QT_TRANSLATE_NOOP(
    "App",
    "No display found, so the window cannot open. Start the app from a desktop session, "
    "or run it with QT_QPA_PLATFORM=offscreen for a headless check.",
)


def has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def identify_app() -> None:
    """Name the app for Qt (QSettings needs it, even before a QApplication exists)."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


def create_application(language: Language | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    identify_app()
    install_bundled_font(app)
    install_focus_ring(app)  # the focused control marked plainly, in light and dark themes
    set_language(app, language or system_language())
    return app


def chosen_language(requested: Language | None) -> Language:
    """The --lang option, else the language chosen last time, else the system's."""
    if requested is not None:
        return requested
    stored = QSettings().value(SETTINGS_LANGUAGE)
    try:
        return Language.parse(str(stored)) if stored else system_language()
    except ValueError:
        return system_language()


def project_to_open(requested: Path | None, demo: bool) -> Path:
    """The project named, else the one opened last (if it is still there), else the demo."""
    if requested is not None:
        return requested
    if not demo:
        for recent in recent_projects():
            if recent.is_file():
                return recent
            if not recent.exists():
                forget(recent)  # moved or deleted since: it leaves Open Recent
    return ensure_demo_project()


def _open_or_say_why(path: Path, language: Language) -> Session | None:
    try:
        return Session.open(path)
    except TtpsError as exc:
        if isinstance(exc, ProjectNotFoundError):
            forget(path)
        QMessageBox.critical(
            None, APP_NAME, Translator(language).message(exc.context, exc.message, exc.params)
        )
        return None


def run_app(
    project: Path | None = None,
    demo: bool = False,
    language: Language | None = None,
    exit_after_ms: int | None = None,
) -> int:
    identify_app()
    lang = chosen_language(language)
    if not has_display():
        print(Translator(lang).message("App", MSG_NO_DISPLAY), file=sys.stderr)
        return 2
    app = create_application(lang)
    # Installed before the project is opened: a signal from now on waits for the event loop, then quits cleanly.
    quit_on_signals = QuitOnSignals(lambda: quit_cleanly(app), app)
    quit_on_signals.install()
    try:
        return _run_window(app, project, demo, lang, exit_after_ms, quit_on_signals)
    finally:
        quit_on_signals.uninstall()


def quit_cleanly(app: QApplication) -> None:
    """As File > Quit: every window closes (the main window saves its state and closes the project, which
    releases its lock), then the event loop ends with exit code 0."""
    app.closeAllWindows()
    app.quit()


def _run_window(
    app: QApplication,
    project: Path | None,
    demo: bool,
    lang: Language,
    exit_after_ms: int | None,
    signals: QuitOnSignals,
) -> int:
    path = project_to_open(project, demo)
    opened = _open_or_say_why(path, lang)
    if opened is None and project is None and not demo:
        # The project opened last cannot be opened now (damaged, open elsewhere...): the user was told why,
        # and starts on the demo rather than on nothing, with File > Open at hand.
        path = ensure_demo_project()
        opened = _open_or_say_why(path, lang)
    if opened is None:
        return 2
    remember(path)
    window = MainWindow(opened, lang)
    window.show()
    if (
        signals.quitting
    ):  # a signal came while a message box had its own event loop: quit() had nothing to end
        window.close()
        return 0
    if exit_after_ms is not None:
        QTimer.singleShot(exit_after_ms, window.close)
    return app.exec()
