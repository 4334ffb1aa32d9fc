"""The walk of test_text_fits.py finds what it is there to find: each kind of cut or covered text, made on purpose,
is reported, and the same widgets given room are not."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.text_fit import text_problems


def test_every_kind_of_cut_text_is_reported(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(400, 400)
    narrow = QLabel("Select a file to see it here.", root)
    narrow.setGeometry(0, 0, 60, 20)
    covered = QLabel("under", root)
    covered.setGeometry(0, 30, 100, 20)
    over = QLabel("over", root)
    over.setGeometry(50, 40, 100, 20)
    wrapped = QLabel("a wrapped line with a word too long: /home/someone/Documents/TTPS/exports", root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 70, 120, 200)
    chinese = QLabel("中文句子在任何兩個字之間都可以換行，所以不算截斷。", root)
    chinese.setWordWrap(True)
    chinese.setGeometry(200, 70, 80, 200)
    field = QLineEdit(root)
    field.setPlaceholderText("optional: protects the dossier (AES-256)")
    field.setGeometry(0, 280, 80, 24)
    button = QPushButton("Export even if documents are missing", root)
    button.setGeometry(0, 310, 60, 30)
    box = QGroupBox("A title longer than its box", root)
    box.setGeometry(200, 280, 60, 60)
    edge = QLabel("past the edge of its parent", root)
    edge.setGeometry(330, 360, 200, 20)
    tabs = QTabWidget(root)
    tabs.setGeometry(100, 0, 300, 60)
    for _ in range(8):
        tabs.addTab(QWidget(), "Work timeline")
    root.show()
    qtbot.waitExposed(root)
    problems = "\n".join(text_problems(root))
    for expected in (
        "'Select a file to see it here.': needs",
        "'under' and QWidget/QLabel 'over' overlap",
        "the word '/home/someone/Documents/TTPS/exports'",
        "placeholder needs",
        "'Export even if documents are missing': needs",
        "title needs",
        "'past the edge of its parent': only",
    ):
        assert expected in problems, problems
    assert "中文" not in problems  # Chinese wraps between any two characters
    assert "Work timeline" in problems  # tabs squeezed past their text, or out of the bar


def test_texts_with_room_are_not_reported(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(600, 300)
    label = QLabel("Select a file to see it here.", root)
    label.setGeometry(0, 0, 400, 24)
    wrapped = QLabel("a wrapped line " * 8, root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 300, 120)
    field = QLineEdit(root)
    field.setPlaceholderText("optional: protects the dossier (AES-256)")
    field.setGeometry(0, 160, 400, 28)
    button = QPushButton("Export", root)
    button.setGeometry(0, 200, 120, 32)
    root.show()
    qtbot.waitExposed(root)
    assert text_problems(root) == []
