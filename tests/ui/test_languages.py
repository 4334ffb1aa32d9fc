"""Every window and dialog, in both Chinese scripts, shows no untranslated English (proper nouns allowed)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QMenu, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import set_language
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.main_window import MainWindow
from ttps_desktop.ui.panes import ITEM_ID

ALLOWED = {
    # input formats and ISO codes shown as examples in the facts form
    "YYYY",
    "MM",
    "DD",
    "USA",
    "GBR",
    # names, codes and proper nouns that stay as they are in every language
    "TTPS",
    "Desktop",
    "PDF",
    "PDFs",
    "JPEG",
    "PNG",
    "TIF",
    "TIFF",
    "GIF",
    "HEIC",
    "WebP",
    "AES",
    "CHN",
    "HK",
    "Qt",
    "PySide",
    "Python",
    "WenQuanYi",
    "Micro",
    "Hei",
    "LIN",
    "Xiaoyu",
    "ZHOU",
    "Min",
    "Le",
    "DEMO",
    "Tsinghua",
    "University",
    "GovHK",
    "ImmD",
    "MB",
    "KB",
    "dpi",
    "Apache",
    "GPL",
    "LGPL",
    "BSD",
    "MIT",
    "CMU",
    "HPND",
    "PSF",
    "bootloader",
    "pypdf",
    "Pillow",
    "ReportLab",
    "platformdirs",
    "pillow",
    "heif",
    "libheif",
    "libde",
    "cryptography",
    "PyInstaller",
    "English",
    "GPS",
    # a travel document's format in its machine-readable zone, as ICAO names it (TD1, TD2, TD3)
    "TD",
    # the demo applicant's given name as the demo passport's machine-readable zone writes it
    "XIAOYU",
}
# File names, paths, URLs, numbers, and licence names (legal identifiers: they stay in English) to the end of line.
NOISE = re.compile(
    r"\S+\.(jpg|jpeg|pdf|png|ttps|log)\b|https?://\S+|/\S+|\b[0-9][\w.\-]*|\(\*\.\w+\)"
    r"|\b(Apache|GPL|LGPL|BSD|MIT|PSF)-[^\n]*"
    r"|\((Ctrl|Shift|Alt|Meta|PgUp|PgDown|Del|F\d+)\b[^)]*\)"  # shortcuts in tooltips: key names, as Qt writes them
    r"|\t(Ctrl|Shift|Alt|Meta|Del|F\d+)\b[^\n]*"  # a menu entry's shortcut after its tab: key names too
    r"|(?<![A-Za-z])ID\s*(\([A-Z]\))?\s*\d+[A-Z]?(?![A-Za-z0-9])",  # the Immigration Department's form numbers: ID(C)1026, ID 481A
    re.IGNORECASE,
)


def texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget) and not isinstance(child, QMenu):
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            yield child.text()
        elif isinstance(child, QTextBrowser):
            yield child.toPlainText()
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QMenu):
            yield child.title()
            yield from (a.text() for a in child.actions())
        yield child.toolTip()
        yield child.accessibleName()


# Verdicts end with the sources they cite, each under its own (English) title: a citation, not a text of ours.
# A single source is cited on its line after "资料来源：" / "資料來源：" (the fees, the dossier's cover).
CITATIONS = re.compile(r"(资料来源|資料來源)\n.*|(资料来源|資料來源)[：:][^\n]*", re.DOTALL)


def english_words(text: str) -> set[str]:
    cleaned = NOISE.sub(" ", CITATIONS.sub(" ", text).replace("&", ""))
    return {w for w in re.findall(r"[A-Za-z]{2,}", cleaned) if w not in ALLOWED}


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.ZH_HK])
def test_no_untranslated_english(qtbot: QtBot, demo_session: Session, language: Language) -> None:
    app = create_application(language)
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    window.show()
    try:
        found: dict[str, set[str]] = {}
        branch = window.checklist.topLevelItem(0)
        work = next(
            branch.child(i)
            for i in range(branch.childCount())
            if branch.child(i).data(0, ITEM_ID) == "work_experience"
        )
        assert work is not None
        window.checklist.setCurrentItem(work)
        qtbot.waitUntil(lambda: window.documents.thumbnails.count() == 3)
        doc_id = window.documents.current_document_id()
        assert doc_id is not None
        windows = [
            window,
            window.show_about(),
            window.show_export(),
            window.edit_facts(),
            window.new_project(),
            window.show_settings(),
            window.edit_document_facts(doc_id),
        ]
        for shown in windows:
            for text in texts(shown):
                words = english_words(text)
                if words:
                    found[text[:80]] = words
            tree = window.checklist
            for top in range(tree.topLevelItemCount()):
                branch = tree.topLevelItem(top)
                for words in (
                    english_words(branch.text(0)),
                    *(english_words(branch.child(i).text(0)) for i in range(branch.childCount())),
                ):
                    if words:
                        found[branch.text(0)] = words
        for row in range(window.findings.count()):
            words = english_words(window.findings.item(row).text())
            if words:
                found[window.findings.item(row).text()[:80]] = words
        assert found == {}
        for shown in windows[1:]:
            shown.close()
    finally:
        set_language(app, Language.EN)
