"""Help > User Guide and Help > What Changed in the Rules: both offline, both in the window's language.

The guide is one HTML file per language under ``resources/guide/`` (with its screenshots in ``images/``), shown
in a QTextBrowser beside its contents, with a search field. Links inside the guide move within it; the addresses
of the official pages it cites are shown, never opened (the app makes no connection). The rule changes come from
``resources/rules/changes.json`` (see core/rules/changes.py). The main window imports this module only when one
of the two is first asked for.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.language import Language
from ttps_desktop.core.resources import resource
from ttps_desktop.core.rules.changes import changes_by_version
from ttps_desktop.core.rules.loader import ruleset_for
from ttps_desktop.i18n import Translator

ANCHOR = Qt.ItemDataRole.UserRole
# A section of the guide: <h2><a name="anchor"></a>Title</h2>
_SECTION = re.compile(r'<h2><a name="([\w-]+)"></a>(.*?)</h2>', re.DOTALL)


def guide_path(language: Language) -> Path:
    """The guide in ``language``: resources/guide/<language>.html."""
    return resource("guide", f"{language.value}.html")


def guide_sections(text: str) -> list[tuple[str, str]]:
    """(anchor, title) of each section of a guide's HTML, in order."""
    return [
        (anchor, html.unescape(re.sub(r"<[^>]+>", "", title)).strip())
        for anchor, title in _SECTION.findall(text)
    ]


class HelpWindow(QDialog):
    """A window of the Help menu: it follows the main window's language."""

    def set_language(self, language: Language) -> None:
        raise NotImplementedError


class UserGuideWindow(HelpWindow):
    """The user guide: contents on the left, the text on the right, a search field above."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 720)
        self.search = QLineEdit(self)
        self.search.setObjectName("guideSearch")
        self.search.setClearButtonEnabled(True)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.search_result = QLabel(self)
        self.search_result.setObjectName("guideSearchResult")
        self.contents = QListWidget(self)
        self.contents.setObjectName("guideContents")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)  # links are followed here: inside the guide only
        self.browser.anchorClicked.connect(self.follow)
        self.contents.currentItemChanged.connect(self._show_section)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(lambda _text: self.find_words(from_start=True))
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(lambda: self.find_words(backward=True))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, lambda: self.find_words(backward=True))
        search_row = QHBoxLayout()
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        for widget in (self.search_label, self.search, self.previous_button, self.next_button):
            search_row.addWidget(widget)
        search_row.addWidget(self.search_result, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.language = language
        self.set_language(language)

    def set_language(self, language: Language) -> None:
        """Show the guide (and this window's own texts) in ``language``."""
        self.language = language
        self.setWindowTitle(self.tr("User Guide"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words to find in the guide"))
        # the hint whole, beside the room the clear button keeps (the text walk of test_text_fits.py found it cut)
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(hint + 2 * self.search.sizeHint().height())
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.search_result.clear()
        path = guide_path(language)
        text = path.read_text(encoding="utf-8")
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setHtml(text)
        self.contents.blockSignals(True)
        self.contents.clear()
        for anchor, title in guide_sections(text):
            item = QListWidgetItem(title, self.contents)
            item.setData(ANCHOR, anchor)
        self.contents.blockSignals(False)

    def sections(self) -> list[str]:
        """The anchors of the sections listed in the contents."""
        return [self.contents.item(i).data(ANCHOR) for i in range(self.contents.count())]

    def show_section(self, anchor: str) -> None:
        """Scroll to a section and select it in the contents."""
        for i in range(self.contents.count()):
            if self.contents.item(i).data(ANCHOR) == anchor:
                self.contents.setCurrentRow(i)
                return
        self.browser.scrollToAnchor(anchor)

    def _show_section(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.browser.scrollToAnchor(str(current.data(ANCHOR)))

    def follow(self, url: QUrl) -> None:
        """A link in the guide: one to a section moves there; any other is not opened (the app stays offline)."""
        if url.hasFragment() and (url.isRelative() or url.isLocalFile()):
            self.show_section(url.fragment())

    def find_next(self) -> bool:
        return self.find_words()

    def find_words(self, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next (or previous) place the search words appear, wrapping around at the end."""
        words = self.search.text().strip()
        if not words:
            self.search_result.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        found = self.browser.find(words, flags)
        if not found:  # wrap around
            self.browser.moveCursor(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = self.browser.find(words, flags)
        self.search_result.setText("" if found else self.tr("Not found"))
        return found


class RuleChangesWindow(HelpWindow):
    """Every rule version, newest first: its title, the day it came into force, what changed and the source."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleChanges")
        self.resize(760, 620)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("ruleChangesText")
        self.browser.setOpenLinks(False)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.language = language
        self.set_language(language)

    def set_language(self, language: Language) -> None:
        self.language = language
        translator = Translator(language)
        self.setWindowTitle(self.tr("What Changed in the Rules"))
        self.browser.setAccessibleName(self.tr("Changes of the rules, newest first"))
        self.note.setText(
            self.tr(
                "The rules the app checks against, version by version, newest first: what changed, from when, "
                "and the source. The version in force on the application date decides."
            )
        )
        source_label = html.escape(self.tr("Source:"))
        today = ruleset_for(date.today())
        parts = []
        for listed in changes_by_version():
            ruleset = listed.ruleset
            heading = self.tr("{title} (version {version}, in force from {date})").format(
                title=ruleset.title.get(language),
                version=ruleset.version,
                date=translator.format_value(ruleset.effective),
            )
            if today is not None and ruleset.version == today.version:
                heading = self.tr("{heading}: in force today").format(heading=heading)
            parts.append(f'<h3><a name="{html.escape(ruleset.version)}"></a>{html.escape(heading)}</h3><ul>')
            for change in listed.changes:
                when = self.tr("From {date}:").format(date=translator.format_value(change.applies_from))
                source = change.source.title + (f" — {change.source.url}" if change.source.url else "")
                parts.append(
                    f"<li><p><b>{html.escape(when)}</b> {html.escape(change.text.get(language))}</p>"
                    f"<p><i>{source_label}</i> {html.escape(source)}</p></li>"
                )
            parts.append("</ul>")
        self.browser.setHtml("".join(parts))
