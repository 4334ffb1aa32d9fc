"""The nationality picker takes the names people type: "UK" is the United Kingdom (not Ukraine), "America" the
United States (not American Samoa), shown by the main name in the window's language once typing is done."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_pickers import _dialog, type_text
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """The window's language is the application's: leave it English for the tests that follow."""
    yield
    create_application(Language.EN)


SHOWN = {
    "GBR": {Language.EN: "United Kingdom", Language.ZH_HK: "英國", Language.ZH_CN: "英国"},
    "USA": {Language.EN: "United States", Language.ZH_HK: "美國", Language.ZH_CN: "美国"},
}


@pytest.mark.parametrize("language", [Language.EN, Language.ZH_HK])
@pytest.mark.parametrize(("typed", "code"), [("UK", "GBR"), ("America", "USA"), ("美國", "USA")])
def test_common_names_in_the_picker(
    qtbot: QtBot, demo_session: Session, language: Language, typed: str, code: str
) -> None:
    dialog = _dialog(qtbot, demo_session, language)
    picker = dialog.nationality
    picker.setFocus()
    line = picker.lineEdit()
    assert line is not None
    line.clear()
    type_text(qtbot, line, typed)
    assert picker.code() == code
    line.editingFinished.emit()
    assert picker.currentText() == SHOWN[code][language]


@pytest.mark.parametrize(
    ("typed", "offered"),
    [("UK", ["United Kingdom"]), ("Ukr", ["Ukraine"]), ("America", ["United States"]), ("Kor", None)],
)
def test_the_suggestions_offer_the_country_meant(
    qtbot: QtBot, demo_session: Session, typed: str, offered: list[str] | None
) -> None:
    """The list under the field offers the United Kingdom for "UK" (its name does not contain the letters); names
    that only contain what is typed are offered as before (both Koreas for "Kor")."""
    dialog = _dialog(qtbot, demo_session, Language.EN)
    picker = dialog.nationality
    picker.setFocus()
    line = picker.lineEdit()
    assert line is not None
    line.clear()
    type_text(qtbot, line, typed)
    completer = picker.completer()
    assert completer is not None and completer.completionPrefix() == typed
    model = completer.completionModel()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == (offered or ["North Korea", "South Korea"])
