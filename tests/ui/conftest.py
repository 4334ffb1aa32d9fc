from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(isolated_home: Path) -> Iterator[None]:
    """Qt settings go to the test's own folder, never to the real user's configuration."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_home / "settings"))
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot: QtBot, demo_session: Session) -> MainWindow:
    """The main window on a fresh copy of the demo project, shown offscreen, in English."""
    create_application(Language.EN)
    main = MainWindow(demo_session)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def rows(window: MainWindow, person: int = 0) -> dict[str, QTreeWidgetItem]:
    """The checklist rows of one person, by title (without the status mark)."""
    branch = window.checklist.topLevelItem(person)
    assert branch is not None
    return {row.text(0)[2:]: row for i in range(branch.childCount()) if (row := branch.child(i)) is not None}


def drop(qtbot: QtBot, window: MainWindow, item_title: str, paths: list[Path]) -> None:
    """Drop files from the file manager onto a checklist item (a real drop event), and wait for the import."""
    target = rows(window)[item_title]
    rect = window.checklist.visualItemRect(target)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.checklist.dropEvent(event)
    qtbot.waitUntil(lambda: window.job is None, timeout=WAIT_MS)
