"""A walk over every visible widget that shows text: does the text fit the rectangle it is drawn in, and is it drawn
where nothing else covers it? Used by test_text_fits.py on the main window and the main dialogs."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics, QFontMetricsF, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)

from ttps_desktop.ui.pictures import Canvas

_WORDS = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef]+")  # runs of text no line may break inside
SLACK = 1  # a pixel of rounding between a text's measure and the rectangle the style gives it


def _name(widget: QWidget) -> str:
    names: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _label_need(label: QLabel) -> tuple[int, int] | None:
    """The width and height a label's text needs (None for a picture or no text)."""
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    if label.buddy() is not None:  # "&Search:" shows as "Search:" with S underlined
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = QFontMetrics(label.font())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(document.idealWidth() + 0.999), int(document.size().height() + 0.999)
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    return width, metrics.lineSpacing() * (len(lines) - 1) + metrics.height()


def _label_problem(label: QLabel) -> str | None:
    need = _label_need(label)
    if need is None:
        return None
    room = label.contentsRect()
    margin = label.margin() * 2
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + SLACK:
            return f"needs {label.heightForWidth(label.width())} px of height, has {label.height()}"
        # a word longer than the line is cut, not wrapped (Chinese text breaks between any two characters)
        metrics = QFontMetrics(label.font())
        for word in _WORDS.findall(label.text() if need is not None and "<" not in label.text() else ""):
            if metrics.horizontalAdvance(word) > room.width() - margin + SLACK:
                return f"the word {word!r} needs {metrics.horizontalAdvance(word)} px, has {room.width() - margin}"
        return None
    width, height = need
    if width > room.width() - margin + SLACK:
        return f"needs {width} px, has {room.width() - margin}"
    if height > room.height() - margin + SLACK:
        return f"needs {height} px of height, has {room.height() - margin}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"needs {hint.width()} px, has {button.width()}"
    metrics = QFontMetrics(button.font())
    if metrics.height() > button.height():
        return f"needs {metrics.height()} px of height, has {button.height()}"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    shown = edit.text() if edit.text() else edit.placeholderText()
    shown_text = getattr(edit, "shown_text", None)  # a path field shows a long path elided in the middle
    if edit.text() and callable(shown_text):
        shown = shown_text()
    if not shown or (edit.echoMode() != QLineEdit.EchoMode.Normal and edit.text()):
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    available = room.width() - margins.left() - margins.right() - 2 * 2  # QLineEdit's own 2 px each side
    for action in edit.actions():  # the clear button and other actions inside the field take their room
        if action.isVisible():
            available -= edit.height()
    need = QFontMetrics(edit.font()).horizontalAdvance(shown)
    if need > available + SLACK:
        what = "text" if edit.text() else "placeholder"
        return f"{what} needs {need} px, has {available}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else combo.iconSize().width() + 4
    need = QFontMetrics(combo.font()).horizontalAdvance(text) + icon
    if need > room.width() + SLACK:
        return f"needs {need} px, has {room.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, hint = bar.tabRect(index), bar.tabSizeHint(index)
        if rect.width() + SLACK < hint.width():
            problems.append(f"tab {bar.tabText(index)!r} needs {hint.width()} px, has {rect.width()}")
        elif not bar.rect().contains(rect):
            problems.append(f"tab {bar.tabText(index)!r} lies outside the tab bar")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    problems = []
    model = header.model()
    if model is None:
        return problems
    metrics = QFontMetrics(header.font())
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = str(model.headerData(logical, header.orientation()) or "")
        if not text or header.orientation() == Qt.Orientation.Vertical:
            continue
        need = metrics.horizontalAdvance(text) + 2 * header.style().pixelMetric(
            QStyle.PixelMetric.PM_HeaderMargin, None, header
        )
        if need > header.sectionSize(logical) + SLACK:
            problems.append(f"header {text!r} needs {need} px, has {header.sectionSize(logical)}")
    return problems


def _group_problem(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    need = QFontMetrics(box.font()).horizontalAdvance(box.title().replace("&", "")) + 16
    if need > box.width() + SLACK:
        return f"title needs {need} px, has {box.width()}"
    return None


def _picture_problems(canvas: Canvas) -> list[str]:
    """A picture's painted texts (ui/pictures.py): each whole in its box and inside the picture, none over another."""
    metrics = QFontMetricsF(canvas.font())
    texts = canvas.scene.texts
    problems = [
        f"{t.text!r} needs {metrics.horizontalAdvance(t.text):.0f} px, has {t.rect.width():.0f}"
        for t in texts
        if metrics.horizontalAdvance(t.text) > t.rect.width() + SLACK
    ]
    problems += [
        f"{t.text!r} lies outside the picture"
        for t in texts
        if t.rect.left() < 0 or t.rect.right() > canvas.width() or t.rect.bottom() > canvas.height() + SLACK
    ]
    problems += [
        f"{one.text!r} and {other.text!r} overlap"
        for number, one in enumerate(texts)
        for other in texts[number + 1 :]
        if one.rect.intersects(other.rect)
    ]
    return problems


def _scrolled(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie partly out of sight, for the user to scroll to."""
    current = widget.parentWidget()
    while current is not None and current is not root:
        parent = current.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is current:
            return True
        current = parent
    return False


def _shows_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _overlaps(shown: list[QWidget], root: QWidget) -> list[str]:
    """Texts drawn over each other: two text widgets, neither inside the other, whose rectangles meet."""
    placed = [(w, QRect(w.mapTo(root, QPoint(0, 0)), w.size())) for w in shown]
    problems = []
    for number, (one, one_rect) in enumerate(placed):
        for other, other_rect in placed[number + 1 :]:
            if one.isAncestorOf(other) or other.isAncestorOf(one) or not one_rect.intersects(other_rect):
                continue
            problems.append(
                f"{_name(one)} {_shows_text(one)!r} and {_name(other)} {_shows_text(other)!r} overlap"
                f" at {one_rect.intersected(other_rect)}"
            )
    return problems


def text_problems(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit its rectangle, is cut by a parent too small for it, or
    lies over another text."""
    problems: list[str] = []
    shown_texts: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            found.append(_label_problem(widget) or "")
        elif isinstance(widget, QAbstractButton):
            found.append(_button_problem(widget) or "")
        elif isinstance(widget, QLineEdit):
            found.append(_line_edit_problem(widget) or "")
        elif isinstance(widget, QComboBox):
            found.append(_combo_problem(widget) or "")
        elif isinstance(widget, QGroupBox):
            found.append(_group_problem(widget) or "")
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget)
        elif isinstance(widget, QHeaderView):
            found += _header_problems(widget)
        elif isinstance(widget, Canvas):
            found += _picture_problems(widget)
        text = _shows_text(widget)
        if text:
            shown_texts.append(widget)
        if text and not isinstance(widget, QGroupBox) and not _scrolled(widget, root):
            # cut by a parent that is too small, or covered by a sibling drawn over it
            shown = widget.visibleRegion().boundingRect()
            if shown != QRect(0, 0, widget.width(), widget.height()) and not shown.isEmpty():
                found.append(
                    f"only {shown.width()}x{shown.height()} of {widget.width()}x{widget.height()} shown"
                )
        for problem in found:
            if problem:
                problems.append(f"{_name(widget)} {text!r}: {problem}")
    return problems + _overlaps(shown_texts, root)
