"""Help > User Guide (F1) and Help > What Changed in the Rules: opened from the menu in each language, in that
language, with every picture and every link of the guide resolving, and both following a change of language."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.ui.test_languages import english_words
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.changes import rule_changes
from ttps_desktop.core.rules.loader import ruleset_for, rulesets
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import Translator, set_language
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.help import RuleChangesWindow, UserGuideWindow, guide_path, guide_sections
from ttps_desktop.ui.main_window import MainWindow

LANGUAGES = [Language.EN, Language.ZH_HK, Language.ZH_CN]
FIRST_SECTION = {Language.EN: "Before you start", Language.ZH_HK: "開始之前", Language.ZH_CN: "开始之前"}
# Characters written one way in Traditional and another in Simplified Chinese: each guide keeps to its own script.
TRADITIONAL = "這個們檔證請類會為說選點開關與資幣號嗎麼實際載匯網門書產學歷經驗費"
SIMPLIFIED = "这个们档证请类会为说选点开关与资币号吗么实际载汇网门书产学历经验费"
# Lines that cite a source under its own (English) title, and the addresses of official pages: citations.
CITED = re.compile(r"^(Source:|來源：|来源：).*$", re.MULTILINE)


@pytest.fixture(params=LANGUAGES, ids=lambda language: language.value)
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo_session: Session) -> Iterator[MainWindow]:
    """The main window on the demo, in each of the three languages."""
    language: Language = request.param
    app = create_application(language)
    set_language(app, language)
    main = MainWindow(demo_session, language)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    set_language(app, Language.EN)


def help_action(window: MainWindow, text: str) -> QAction:
    """The Help menu's action with this (English) text, found in the menu as shown."""
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert menu is not None
    wanted = Translator(window.language).text("MainWindow", text)
    return next(action for action in menu.actions() if action.text() == wanted)


# What the guide names as it is in every language: programs that open AES zips, the systems, and keys.
PROPER_NAMES = re.compile(r"\b(WinZip|Keka|The Unarchiver|Windows|Mac|Ctrl|Shift|Alt|Tab|PgUp|PgDown|Esc)\b")


def untranslated(text: str) -> set[str]:
    return english_words(PROPER_NAMES.sub(" ", CITED.sub(" ", text)))


def test_the_guide_opens_from_the_menu_in_the_window_language(qtbot: QtBot, window: MainWindow) -> None:
    help_action(window, "&User Guide").trigger()
    guide = window.help_windows["guide"]
    assert isinstance(guide, UserGuideWindow)
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    assert FIRST_SECTION[window.language] in text
    assert guide.contents.item(0).text().endswith(FIRST_SECTION[window.language])
    if window.language is Language.EN:
        assert guide.windowTitle() == "User Guide"
    else:
        assert untranslated(text) == set()
        assert untranslated(guide.windowTitle() + guide.search.placeholderText()) == set()
        other_script = SIMPLIFIED if window.language is Language.ZH_HK else TRADITIONAL
        assert {c for c in text if c in other_script} == set()
    # asked again, the same window comes to the front
    help_action(window, "&User Guide").trigger()
    assert window.help_windows["guide"] is guide


def test_f1_opens_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: "guide" in window.help_windows and window.help_windows["guide"].isVisible())


def test_the_rule_changes_open_from_the_menu_in_the_window_language(qtbot: QtBot, window: MainWindow) -> None:
    help_action(window, "&What Changed in the Rules").trigger()
    shown = window.help_windows["rule_changes"]
    assert isinstance(shown, RuleChangesWindow)
    qtbot.waitExposed(shown)
    text = shown.browser.toPlainText()
    for ruleset in rulesets():
        assert f"{ruleset.title.get(window.language)}" in text
        assert ruleset.version in text
    for change in rule_changes():
        assert change.text.get(window.language) in text
        assert change.source.title in text  # cited as the source calls itself
    if window.language is not Language.EN:
        assert untranslated(text + "\n" + shown.note.text() + shown.windowTitle()) == set()
    # newest first, the version in force today marked
    versions = [r.version for r in rulesets()]
    assert text.index(versions[-1]) < text.index(versions[0])
    today = Translator(window.language).text("RuleChangesWindow", "{heading}: in force today")
    marked = [line for line in text.splitlines() if line.endswith(today.replace("{heading}", ""))]
    in_force = ruleset_for(date.today())
    assert in_force is not None
    assert len(marked) == 1 and in_force.version in marked[0]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_every_picture_and_link_of_the_guide_resolves(qtbot: QtBot, language: Language) -> None:
    path = guide_path(language)
    source = path.read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', source)
    assert len(pictures) >= 5
    guide = UserGuideWindow(language)
    qtbot.addWidget(guide)
    for picture in pictures:
        assert picture.endswith(f"-{language.value}.png"), picture  # the screenshots of the guide's language
        assert not QImage(str(path.parent / picture)).isNull(), picture
        loaded = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(picture))
        assert loaded is not None and not loaded.isNull(), picture
    anchors = set(re.findall(r'<a name="([\w-]+)"></a>', source))
    links = re.findall(r'<a href="([^"]*)"', source)
    assert links
    for link in links:
        assert link.startswith("#") and link[1:] in anchors, link
    # and the document Qt made of it has those anchors too
    document_anchors: set[str] = set()
    block = guide.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            document_anchors.update(it.fragment().charFormat().anchorNames())
            it += 1
        block = block.next()
    assert {link[1:] for link in links} <= document_anchors
    # following a link moves to its section and selects it in the contents
    guide.follow(QUrl("#upload"))
    assert guide.contents.currentItem().data(Qt.ItemDataRole.UserRole) == "upload"
    guide.follow(QUrl("https://www.gov.hk/"))  # never opened: nothing changes
    assert guide.contents.currentItem().data(Qt.ItemDataRole.UserRole) == "upload"


def test_the_three_guides_have_the_same_sections_and_pictures() -> None:
    def shape(language: Language) -> tuple[list[str], list[str]]:
        text = guide_path(language).read_text(encoding="utf-8")
        pictures = [p.replace(f"-{language.value}.png", "") for p in re.findall(r'<img src="([^"]+)"', text)]
        return [anchor for anchor, _title in guide_sections(text)], pictures

    assert shape(Language.ZH_HK) == shape(Language.EN) == shape(Language.ZH_CN)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_the_guide_names_the_menus_as_the_window_shows_them(language: Language) -> None:
    text = guide_path(language).read_text(encoding="utf-8").replace("&gt;", ">")
    translator = Translator(language)
    for source in (
        "&File",
        "&New Project…",
        "&Add Files to Selected Item…",
        "&Export…",
        "&Edit",
        "Applicant's &Facts…",
        "&Note for the Selected Item…",
        "&Undo",
        "&View",
        "&Language",
        "&Help",
    ):
        shown = re.sub(r"\(&\w\)|&", "", translator.text("MainWindow", source))
        assert shown in text, shown
    rule_changes_menu = re.sub(r"\(&\w\)|&", "", translator.text("MainWindow", "&What Changed in the Rules"))
    assert rule_changes_menu in text


# The buttons, boxes, tabs and menu entries the guide quotes, by the context their text is translated in.
QUOTED = {
    "FactsDialog": (
        "< &Back",
        "&Next >",
        "Create Project",
        "Go to the field",
        "Fill in from a passport or identity card…",
    ),
    "DateField": ("Calendar",),
    "MainWindow": (
        "Eligibility",
        "Files",
        "Work timeline",
        "Income",
        "Dates",
    ),
    "EligibilityPane": ("Apply under",),
    "DocumentsPane": ("Move earlier", "Move later", "Rotate left", "Rotate right", "Remove", "Details…"),
    "ChecklistTree": ("&File under",),
    "ConvertDialog": ("Convert to JPEG",),
    "FindingsPane": ("Findings", "Problems only"),
    "ExportDialog": (
        "Export",
        "Show in folder",
        "Protect the submission zip with this password too",
        "Export even if documents are missing (a draft)",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_the_guide_names_the_buttons_as_the_window_shows_them(language: Language) -> None:
    text = guide_path(language).read_text(encoding="utf-8").replace("&gt;", ">").replace("&lt;", "<")
    translator = Translator(language)
    for context, sources in QUOTED.items():
        for source in sources:
            shown = re.sub(r"\(&\w\)|&", "", translator.text(context, source))
            if context == "DocumentsPane":  # tool buttons: Qt shows their action's text without the "…"
                shown = shown.removesuffix("…")
            assert f"<b>{shown}</b>" in text, (context, source, shown)


def test_searching_the_guide(qtbot: QtBot) -> None:
    create_application(Language.EN)
    guide = UserGuideWindow(Language.EN)
    qtbot.addWidget(guide)
    guide.search.setText("password")
    assert guide.browser.textCursor().selectedText().lower() == "password"
    first = guide.browser.textCursor().position()
    assert guide.find_next()
    assert guide.browser.textCursor().position() > first
    assert guide.search_result.text() == ""
    guide.search.setText("no such words anywhere")
    assert guide.search_result.text() == "Not found"


def test_open_help_windows_follow_a_change_of_language(qtbot: QtBot, demo_session: Session) -> None:
    app = create_application(Language.EN)
    main = MainWindow(demo_session, Language.EN)
    qtbot.addWidget(main)
    guide = main.show_user_guide()
    changes = main.show_rule_changes()
    try:
        main.switch_language(Language.ZH_CN)
        assert isinstance(guide, UserGuideWindow) and isinstance(changes, RuleChangesWindow)
        assert FIRST_SECTION[Language.ZH_CN] in guide.browser.toPlainText()
        assert guide.windowTitle() == "使用指南"
        assert changes.windowTitle() == "规则有何变化"
        assert rule_changes()[0].text.zh_CN in changes.browser.toPlainText()
    finally:
        set_language(app, Language.EN)


def test_the_window_starts_without_the_help_module() -> None:
    """The help windows are made when first asked for: starting the window does not import them."""
    code = (
        "import sys\n"
        "import ttps_desktop.ui.main_window\n"
        "assert 'ttps_desktop.ui.dialogs.help' not in sys.modules\n"
        "assert 'ttps_desktop.core.rules.changes' not in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def test_guide_pictures_stay_small() -> None:
    folder = Path(guide_path(Language.EN)).parent / "images"
    total = sum(p.stat().st_size for p in folder.glob("*.png"))
    assert total < 2 * 1024 * 1024


def test_the_readme_shows_every_screenshot_in_three_languages() -> None:
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    linked = re.findall(r"\((resources/guide/images/[^)]+\.png)\)", readme)
    for path in linked:
        assert (root / path).is_file(), path
    shots = {p.name for p in (root / "resources" / "guide" / "images").glob("*.png")}
    assert {Path(p).name for p in linked} == shots
    names = {name.rsplit("-", 1)[0] for name in shots}
    assert shots == {f"{name}-{language.value}.png" for name in names for language in LANGUAGES}
