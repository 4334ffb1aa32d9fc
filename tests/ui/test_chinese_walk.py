"""A person who reads only Chinese, from nothing to an exported pack: the window starts as on a first start (the
demo, in English, the system's language), the language is chosen in Settings, then New Project (facts typed as
Chinese names through the pickers, dates typed as people write them in Chinese: no code, no ISO date), Create
Project, the Eligibility tab, the checklist, real files added (a passport JPEG, a degree PDF, a PDF refused by the
photo and converted), a file's details, the findings, Export, and the pack written. On the way every text a user
can see is collected (widgets' texts, placeholders, tooltips, titles, tabs, cells and headers, menus, status-bar
messages, every dialog and message box that appears, the exported PDFs' text and the submission folder's names),
and the test fails on any English word the no-English checker of tests/ui/test_languages.py finds.

Allowed, and only these: what that checker allows (its ALLOWED list: file-type names, codes such as CHN and HK,
the product's name, the demo's names, key names in shortcuts; its NOISE: file names, paths, URLs, numbers;
its CITATIONS: the sources' own titles after 资料来源/資料來源), and in the exported PDFs the same. The user's own
words here are Chinese (the applicant's name, the employer), so they need no exception. Qt's own file dialog is
not opened (the test answers it as a person would, and checks the title and filter the app gives it)."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from tests.ui.test_languages import english_words
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import set_language
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.main_window import MainWindow
from ttps_desktop.ui.panes import DOCUMENT_ID
from ttps_desktop.ui.pictures import Canvas

SOURCE = ("資料來源", "资料来源", "來源", "来源")  # the Dates table's Source column, in either script


def as_shown(rich: str) -> str:
    """A rich text as it reads on screen: line breaks kept, tags gone, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>|</p>|</li>", "\n", rich)))


def widget_texts(top: QWidget) -> Iterator[str]:
    """Every text a user can see in ``top`` and its visible children (menus: all their entries)."""
    yield top.windowTitle()
    for child in [top, *top.findChildren(QWidget)]:
        if child is not top and not child.isVisibleTo(top):
            continue
        yield child.toolTip()
        yield child.accessibleName()
        yield child.accessibleDescription()
        if isinstance(child, Canvas):  # a picture's words (axes, labels, marks) are painted, not widgets
            yield from (t.full or t.text for t in child.scene.texts)
        if (
            isinstance(child, QLabel)
            and child.textFormat() != Qt.TextFormat.PlainText
            and "<" in child.text()
        ):
            yield as_shown(child.text())
        elif isinstance(child, (QLabel, QAbstractButton)):
            yield child.text()
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            yield child.toPlainText()
            yield child.placeholderText()
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
            yield child.placeholderText()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QDockWidget):
            yield child.windowTitle()
        elif isinstance(child, QTabWidget):
            for i in range(child.count()):
                yield child.tabText(i)
                yield child.tabToolTip(i)
        if isinstance(child, QAbstractItemView):
            yield from view_texts(child)


def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        yield action.statusTip()
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_texts(sub)


def view_texts(view: QAbstractItemView) -> Iterator[str]:
    """A table's, tree's or list's cells (every column, tooltips too) and headers."""
    if isinstance(view, QTreeWidget):
        header = view.headerItem()
        yield from (header.text(c) for c in range(view.columnCount()))
        stack = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            for column in range(view.columnCount()):
                yield node.text(column)
                yield node.toolTip(column)
            stack.extend(node.child(i) for i in range(node.childCount()))
    elif isinstance(view, QTableWidget):
        heads = [view.horizontalHeaderItem(c) for c in range(view.columnCount())]
        headers = [head.text() if head is not None else "" for head in heads]
        yield from headers
        for row in range(view.rowCount()):
            for column in range(view.columnCount()):
                item = view.item(row, column)
                if item is not None:
                    # A source's title, in a column that says it is the source: cited as the checker cites.
                    cited = f"{SOURCE[0]}：" if headers[column] in SOURCE else ""
                    yield cited + item.text()
                    yield cited + item.toolTip()
    elif isinstance(view, QListWidget):
        for row in range(view.count()):
            yield view.item(row).text()
            yield view.item(row).toolTip()
    elif not isinstance(view, QHeaderView) and view.model() is not None:
        model = view.model()
        for row in range(min(model.rowCount(), 200)):
            for column in range(model.columnCount()):
                yield str(model.index(row, column).data() or "")


class Collector(QObject):
    """Watches the application: every dialog or message box that is shown, every status-bar message, and the
    texts of whatever the walk looks at; a message box is answered with its default button once read."""

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, set[str]] = {}
        self.dialogs: list[str] = []
        self.full: dict[str, str] = {}
        self.seen = 0  # texts read (not empty): the walk reads what it claims to

    def look(self, where: str, texts: Iterator[str] | list[str]) -> None:
        for text in texts:
            self.seen += bool(text.strip())
            words = english_words(text)
            if words:
                self.found[f"{where}: {text[:100]!r}"] = words
                self.full[f"{where}: {text[:100]!r}"] = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            self.dialogs.append(type(watched).__name__)
            self.look(type(watched).__name__, list(widget_texts(watched)))
            if isinstance(watched, QMessageBox):
                self.look("message box", [watched.informativeText(), watched.detailedText()])
                QTimer.singleShot(0, watched.reject)
        return False


def type_chinese(line: QLineEdit, text: str) -> None:
    """Typed through an input method (QTest has no keys for Chinese): the text is committed to the field."""
    line.setFocus()
    line.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(line, event)
    line.editingFinished.emit()


def pdf_of_blank_pages(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, collector: Collector, path: Path) -> None:
    """Qt's own Save dialog is answered with ``path``; the title and the filter the app gives it are read."""

    def save(
        parent: Any, caption: str = "", directory: str = "", filter: str = "", *_: Any
    ) -> tuple[str, str]:
        collector.look("save dialog", [caption, filter])
        return str(path), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)


def choose_language(qtbot: QtBot, window: MainWindow, collector: Collector, language: Language) -> None:
    """Settings, as a user does it: the language picked by its own name (every choice names itself)."""
    settings = window.show_settings()
    index = settings.language.findData(language.value)
    assert index >= 0
    settings.language.setCurrentIndex(index)
    settings.accept()
    qtbot.waitUntil(lambda: window.language is language, timeout=WAIT_MS)
    # The menus are built again in the language; the previous language's menus are gone, not kept hidden.
    bar = window.menuBar()
    qtbot.waitUntil(
        lambda: (
            len(bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly))
            == len(bar.actions())
        ),
        timeout=WAIT_MS,
    )
    collector.found.clear()  # what was seen in English before the choice is not the test's business
    again = window.show_settings()  # and Settings itself now speaks the language chosen
    collector.look("settings", list(widget_texts(again)))
    again.reject()


def look_at_window(
    window: MainWindow, collector: Collector, where: str, theirs: tuple[str, ...] = ()
) -> None:
    """Each tab in turn, the checklist, the findings, the menus; ``theirs``: the applicant's own words (the
    demo's employers are English names), taken out of what is read as a user's file names are."""
    tabs = window.right_tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        texts = list(widget_texts(window))
        for own in theirs:
            texts = [text.replace(own, " ") for text in texts]
        collector.look(f"{where}, tab {tabs.tabText(index)}", texts)
    for action in window.menuBar().actions():
        collector.look(f"{where}, menu", [action.text()])
        menu = action.menu()
        if isinstance(menu, QMenu):
            collector.look(f"{where}, menu", list(menu_texts(menu)))


def look_at_facts_dialog(dialog: FactsDialog, collector: Collector, where: str) -> None:
    for step in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(step)
        dialog.recheck()
        collector.look(f"{where}, step {dialog.tabs.tabText(step)}", list(widget_texts(dialog)))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def collector(qtbot: QtBot) -> Iterator[Collector]:
    app = create_application(Language.EN)
    watcher = Collector()
    app.installEventFilter(watcher)
    yield watcher
    app.removeEventFilter(watcher)
    set_language(app, Language.EN)


# The export's file names follow one convention in every language, checked here name by name instead of by the
# word checker: "{the user's name or reference}-dossier.pdf", "-checklist.pdf", "-submission" (and .zip); in the
# submission folder manifest.json, checklist.pdf and "NN_{person}_{upload item's id}[_N].{pdf|jpg}", the ids of the catalogue
# (resources/rules/requirements.json) that the command line's --requirement and the manifest use too.
PACKED = re.compile(r"\d{2}_(applicant|[a-z]+_?\d*)_(?P<upload>[a-z_]+?)(_\d+)?\.(pdf|jpg)")

NAMES = {
    Language.ZH_HK: {
        "applicant": "陳大文",
        "country": "英國",
        "university": "清華大學",
        "employer": "海港數據有限公司",
    },
    Language.ZH_CN: {
        "applicant": "陈大文",
        "country": "英国",
        "university": "清华大学",
        "employer": "海港数据有限公司",
    },
}


@pytest.mark.parametrize("language", [Language.ZH_HK, Language.ZH_CN])
def test_an_entry_application_from_nothing_to_the_pack_shows_no_english(
    qtbot: QtBot,
    demo_session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    collector: Collector,
    language: Language,
) -> None:
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    choose_language(qtbot, window, collector, language)
    window.statusBar().messageChanged.connect(lambda text: collector.look("status bar", [text]))
    demo_employers = tuple(job.employer for job in window.session.facts().employment)
    look_at_window(window, collector, "the demo", demo_employers)
    names = NAMES[language]

    # New Project: an entry application, the facts typed in Chinese, dates as people write them.
    dialog = window.new_project()
    assert dialog.kind.currentData() == "entry"
    collector.look("new project", list(widget_texts(dialog)))
    type_chinese(dialog.name, names["applicant"])
    type_chinese(dialog.application_date.line, "2026年13月24日")  # a slip: no 13th month; said in Chinese
    dialog.recheck()
    assert (
        dialog.facts is None and "2025年3月31日" in dialog.problem.text()
    )  # as people write it, not YYYY-MM-DD
    collector.look("a problem", [as_shown(dialog.problem.text())])
    type_chinese(dialog.application_date.line, "2026年11月24日")
    nationality = dialog.nationality.lineEdit()
    assert nationality is not None
    type_chinese(nationality, names["country"])
    assert dialog.nationality.code() == "GBR"
    dialog.birth_date.show_calendar()  # the birth date picked on the calendar: its month, its days' names
    calendar, popup = dialog.birth_date.calendar, dialog.birth_date.popup
    assert calendar is not None and popup is not None
    calendar.setSelectedDate(QDate(1990, 5, 1))
    collector.look("calendar", list(widget_texts(popup)))
    calendar.activated.emit(QDate(1990, 5, 1))
    assert dialog.birth_date.date() == date(1990, 5, 1)
    dialog.degrees.add_row()
    level = dialog.degrees.cellWidget(0, 0)
    assert isinstance(level, QComboBox)
    level.setCurrentIndex(level.findData("master"))
    dialog.degrees.item(0, 1).setText(names["university"])
    dialog.degrees.item(0, 2).setText("2015年7月1日")
    dialog.jobs.add_row()
    dialog.jobs.item(0, 0).setText(names["employer"])
    dialog.jobs.item(0, 1).setText("2015年8月1日")
    dialog.recheck()
    assert dialog.facts is not None, dialog.problem.text()
    dialog.category.setCurrentIndex(dialog.category.findData("C"))  # Apply under: category C
    look_at_facts_dialog(dialog, collector, "new project")
    project = tmp_path / f"{names['applicant']}.ttps"
    answer_save_dialog(monkeypatch, collector, project)
    dialog.accept()
    qtbot.waitUntil(lambda: window.session.path == project, timeout=WAIT_MS)
    assert window.windowTitle().startswith(names["applicant"])

    # The Eligibility tab: verdicts, reasons, the question; the checklist.
    window.right_tabs.setCurrentWidget(window.eligibility)
    assert names["university"] in window.eligibility.verdicts.toPlainText()
    look_at_window(window, collector, "the new project")
    # A right click in a text: Qt's own menu (Undo, Copy, Select All...), in the window's language too.
    for standard in (
        window.eligibility.verdicts.createStandardContextMenu(),
        dialog.name.createStandardContextMenu(),
    ):
        assert standard is not None and standard.actions()
        collector.look("a text's own menu", list(menu_texts(standard)))

    # File > Add Files opens the desktop's own file dialog, else Qt's (a Linux without GTK): Qt's, read unshown.
    folder = tmp_path / "文件"
    folder.mkdir()
    qt_dialog = QFileDialog(window, window.tr("Add files"), str(folder))
    qt_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    theirs = {*folder.parts, Path.home().name}  # folders' own names: the user's, as file names are
    collector.look("Qt's file dialog", [t for t in widget_texts(qt_dialog) if t not in theirs])
    qt_dialog.deleteLater()

    # Files: a passport JPEG, a degree PDF, and a PDF the photo refuses, converted.
    passport = tmp_path / "護照.jpg"
    passport.write_bytes(generate_document("passport_page"))
    degree = tmp_path / "學位證書.pdf"
    degree.write_bytes(generate_document("degree_certificate"))
    for item_id, path in (("travel_document", passport), ("degree_certificate", degree)):
        assert window.import_files(item_id, [path]) is not None
        qtbot.waitUntil(lambda: window.job is None, timeout=WAIT_MS)
    assert len(window.session.documents("travel_document")) == 1
    assert len(window.session.documents("degree_certificate")) == 1
    window.import_files("photo", [pdf_of_blank_pages(tmp_path / "相片.pdf")])
    qtbot.waitUntil(lambda: window.controller.convert_dialog is not None, timeout=WAIT_MS)
    convert = window.controller.convert_dialog
    assert convert is not None
    qtbot.waitUntil(lambda: convert.preview_job is None, timeout=WAIT_MS)
    collector.look("convert", list(widget_texts(convert)))
    convert.convert_button.click()
    qtbot.waitUntil(lambda: window.job is None and window.controller.convert_dialog is None, timeout=WAIT_MS)
    assert [d.media_type for d in window.session.documents("photo")] == ["image/jpeg"]
    qtbot.waitUntil(lambda: not window.controller.zone_reader.busy, timeout=WAIT_MS)

    # A file's details, then the whole window again (checklist with its files, findings, every tab).
    [passport_doc] = window.session.documents("travel_document")
    details = window.edit_document_facts(passport_doc.id)
    collector.look("details", list(widget_texts(details)))
    details.reject()
    checklist = window.checklist
    rows = [checklist.topLevelItem(i) for i in range(checklist.topLevelItemCount())]
    while rows and (row := rows.pop()) is not None and row.data(0, DOCUMENT_ID) != passport_doc.id:
        rows.extend(row.child(i) for i in range(row.childCount()))
    passport_row = row
    assert passport_row is not None and passport_row.data(0, DOCUMENT_ID) == passport_doc.id
    file_menu = checklist.menu_for(passport_row)  # the file's own menu (right click, or the Menu key)
    collector.look("a file's menu", list(menu_texts(file_menu)))
    assert len(file_menu.actions()) == 2
    look_at_window(window, collector, "with files")
    findings = [window.findings.item(i) for i in range(window.findings.count())]
    assert findings and all(f is not None for f in findings)
    collector.look("findings", [f.text() for f in findings] + [f.toolTip() for f in findings])
    for finding in findings:
        if finding.data(DOCUMENT_ID) is not None:
            window.findings.setCurrentItem(finding)
            collector.look("a finding's file", list(widget_texts(window)))
            break

    # File > Print Checklist: the print preview, its tool bar too.
    window.print_checklist()
    qtbot.waitUntil(lambda: getattr(window, "print_dialog", None) is not None, timeout=WAIT_MS)
    collector.look("print preview", list(widget_texts(window.print_dialog)))
    window.print_dialog.close()

    # Export: a draft (documents are missing), the pack written and read back.
    export = window.show_export()
    collector.look("export", list(widget_texts(export)))
    out = tmp_path / "申請"
    out.mkdir()
    export.folder.setText(str(out))
    export.draft.setChecked(True)
    export.start_export()
    qtbot.waitUntil(lambda: export.job is None, timeout=WAIT_MS)
    result = export.export_result
    assert result is not None
    collector.look("export, done", list(widget_texts(export)))
    export.close()
    # The dossier holds the user's own documents: their text (the demo degree certificate is in English) is the
    # user's, not the app's; what the app adds (cover, contents, dividers, stamps) is read line by line.
    theirs = set(pdf_text(degree).splitlines())
    collector.look("dossier", [line for line in pdf_text(result.dossier).splitlines() if line not in theirs])
    collector.look("checklist", [pdf_text(result.checklist)])
    base = names["applicant"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{base}-{kind}" for kind in ("checklist.pdf", "dossier.pdf", "submission", "submission.zip")
    )
    uploads = {u.id for u in catalogue().upload_items}
    packed = sorted(p.name for p in result.pack_folder.iterdir())
    assert "manifest.json" in packed and len(packed) >= 4, packed
    for name in packed:
        if name in ("manifest.json", "checklist.pdf"):
            continue
        match = PACKED.fullmatch(name)
        assert match is not None and match["upload"] in uploads, name

    for shown in (
        "SettingsDialog",
        "FactsDialog",
        "ConvertDialog",
        "DocumentFactsDialog",
        "ChecklistPreview",
        "ExportDialog",
    ):
        assert shown in collector.dialogs
    assert collector.seen > 1000, collector.seen
    assert collector.found == {}, "\n".join(f"{k}: {sorted(v)}" for k, v in collector.found.items())


EXTENSION = {
    Language.ZH_HK: {
        "applicant": "陳小明",
        "country": "英國",
        "employer": "海港數據有限公司",
        "post": "數據工程師",
    },
    Language.ZH_CN: {
        "applicant": "陈小明",
        "country": "英国",
        "employer": "海港数据有限公司",
        "post": "数据工程师",
    },
}


@pytest.mark.parametrize("language", [Language.ZH_HK, Language.ZH_CN])
def test_an_extension_of_stay_from_nothing_to_the_pack_shows_no_english(
    qtbot: QtBot,
    demo_session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    collector: Collector,
    language: Language,
) -> None:
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    choose_language(qtbot, window, collector, language)
    window.statusBar().messageChanged.connect(lambda text: collector.look("status bar", [text]))
    names = EXTENSION[language]

    # New Project: the extension kind, its own step, typed in Chinese.
    dialog = window.new_project()
    dialog.kind.setCurrentIndex(dialog.kind.findData("extension"))
    assert dialog.is_extension
    type_chinese(dialog.name, names["applicant"])
    type_chinese(dialog.application_date.line, "2026年2月1日")
    nationality = dialog.nationality.lineEdit()
    assert nationality is not None
    type_chinese(nationality, names["country"])
    assert dialog.nationality.code() == "GBR"
    dialog.in_hong_kong.setChecked(True)
    page = dialog.extension_page
    page.category.setCurrentIndex(page.category.findData("B"))
    type_chinese(page.granted_on.line, "2024年3月20日")
    type_chinese(page.expires_on.line, "2026年4月15日")
    type_chinese(page.first_entry.line, "2024年4月16日")
    type_chinese(page.employer, names["employer"])
    type_chinese(page.post, names["post"])
    type_chinese(page.monthly_pay, "68000")
    type_chinese(page.contract_start.line, "2024年5月1日")
    page.contract_start.show_calendar()  # the contract's start picked on the calendar instead
    assert page.contract_start.calendar is not None and page.contract_start.popup is not None
    collector.look("calendar", list(widget_texts(page.contract_start.popup)))
    page.contract_start.calendar.activated.emit(QDate(2024, 5, 2))
    assert page.contract_start.date() == date(2024, 5, 2)
    # A slip: the stay's end typed before the grant; the form says so, in Chinese.
    type_chinese(page.expires_on.line, "2024年1月1日")
    dialog.recheck()
    assert dialog.facts is None
    collector.look("a problem", [as_shown(dialog.problem.text())])
    assert page.fields["extension.permission.granted_on"][0] in dialog.problem.text()
    type_chinese(page.expires_on.line, "2026年4月15日")
    dialog.recheck()
    assert dialog.facts is not None and dialog.facts.extension is not None, dialog.problem.text()
    look_at_facts_dialog(dialog, collector, "new extension")
    project = tmp_path / f"{names['applicant']}.ttps"
    answer_save_dialog(monkeypatch, collector, project)
    dialog.accept()
    qtbot.waitUntil(lambda: window.session.path == project, timeout=WAIT_MS)
    assert window.session.facts().extension is not None
    look_at_window(window, collector, "the new extension")

    # The employer's letter, its details, the findings.
    letter = tmp_path / "僱主信.pdf"
    letter.write_bytes(generate_document("employer_letter_first"))
    assert window.import_files("employer_letter", [letter]) is not None
    qtbot.waitUntil(lambda: window.job is None, timeout=WAIT_MS)
    [added] = window.session.documents("employer_letter")
    details = window.edit_document_facts(added.id)
    collector.look("details", list(widget_texts(details)))
    details.reject()
    look_at_window(window, collector, "with a file")
    collector.look("findings", [window.findings.item(i).text() for i in range(window.findings.count())])

    # Export: a draft, read back.
    export = window.show_export()
    collector.look("export", list(widget_texts(export)))
    out = tmp_path / "延期"
    out.mkdir()
    export.folder.setText(str(out))
    export.draft.setChecked(True)
    export.start_export()
    qtbot.waitUntil(lambda: export.job is None, timeout=WAIT_MS)
    result = export.export_result
    assert result is not None
    collector.look("export, done", list(widget_texts(export)))
    export.close()
    theirs = set(pdf_text(letter).splitlines())
    collector.look("dossier", [line for line in pdf_text(result.dossier).splitlines() if line not in theirs])
    collector.look("checklist", [pdf_text(result.checklist)])
    for name in (p.name for p in result.pack_folder.iterdir()):
        match = PACKED.fullmatch(name)
        assert name in ("manifest.json", "checklist.pdf") or match is not None, name

    for shown in ("SettingsDialog", "FactsDialog", "DocumentFactsDialog", "ExportDialog"):
        assert shown in collector.dialogs
    assert collector.seen > 500, collector.seen
    assert collector.found == {}, "\n".join(f"{k}: {sorted(v)}" for k, v in collector.found.items())
