"""Help > About: version, what the app does, and the licences of everything it ships."""

from __future__ import annotations

import html
import json
import platform
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from ttps_desktop import APP_NAME, __version__
from ttps_desktop.core.language import Language
from ttps_desktop.core.resources import resource
from ttps_desktop.core.rules.universities import shipped


def third_party_components() -> list[dict[str, Any]]:
    data = json.loads(resource("third_party.json").read_text(encoding="utf-8"))
    components: list[dict[str, Any]] = data["components"]
    return components


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: Language = Language.EN) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setObjectName("aboutDialog")
        self.resize(560, 440)
        tabs = QTabWidget(self)
        tabs.addTab(self._about_page(), self.tr("About"))
        tabs.addTab(self._universities_page(), self.tr("University lists"))
        tabs.addTab(self._licences_page(), self.tr("Licences"))
        tabs.setAccessibleName(self.windowTitle())
        for index in range(tabs.count()):  # a screen reader names each page as its tab
            page = tabs.widget(index)
            if page is not None:
                page.setAccessibleName(tabs.tabText(index))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _about_page(self) -> QTextBrowser:
        page = QTextBrowser(self)
        page.setObjectName("aboutText")
        page.setOpenExternalLinks(False)
        parts = [
            f"<h2>{html.escape(APP_NAME)} {html.escape(__version__)}</h2>",
            "<p>"
            + html.escape(
                self.tr(
                    "Prepares a complete application for Hong Kong's Top Talent Pass Scheme: which category fits, "
                    "which documents are needed, what is missing or unreadable, and a tidy PDF dossier."
                )
            )
            + "</p>",
            "<p>"
            + html.escape(
                self.tr(
                    "Works entirely offline: nothing you add ever leaves this computer. "
                    "Rules are our reading of public sources; check them against the Immigration Department's pages."
                )
            )
            + "</p>",
            "<p>"
            + html.escape(
                self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
                    qt=qVersion(), pyside=pyside_version, python=platform.python_version()
                )
            )
            + "</p>",
        ]
        page.setHtml("".join(parts))
        return page

    def _universities_page(self) -> QTextBrowser:
        """The shipped eligible-university lists: their dates, counts and how each was made, then the sources
        (SOURCES.md of data/universities, verbatim)."""
        data = shipped()
        page = QTextBrowser(self)
        page.setObjectName("universitiesText")
        page.setOpenExternalLinks(False)
        status = {"derived": self.tr("derived from announced changes"), "transcribed": self.tr("transcribed")}
        lines = [data.note.get(self.language.value, data.note["en"]), ""]
        for unis in data.lists:
            lines.append(
                "- "
                + self.tr("From {date}: %n institution(s) ({status})", "", len(unis.institutions)).format(
                    date=unis.list_date.isoformat(),
                    status=status.get(unis.status, unis.status),
                )
            )
        page.setMarkdown("\n".join(lines) + "\n\n---\n\n" + data.provenance)
        return page

    def _licences_page(self) -> QTextBrowser:
        page = QTextBrowser(self)
        page.setObjectName("licencesText")
        rows = []
        for comp in third_party_components():
            rows.append(
                "<p><b>{name}</b><br/>{licence_label}: {licence}<br/>{use_label}: {use}<br/>{url}</p>".format(
                    name=html.escape(comp["name"]),
                    licence_label=html.escape(self.tr("Licence")),
                    licence=html.escape(comp["licence"]),
                    use_label=html.escape(self.tr("Used for")),
                    use=html.escape(comp["use"].get(self.language.value, comp["use"]["en"])),
                    url=html.escape(comp["url"]),
                )
            )
        page.setHtml("".join(rows))
        return page
