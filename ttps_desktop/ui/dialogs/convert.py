"""A file refused by an item that takes JPEG alone (a photo): the dialog names the item, what it takes and what
was given, shows the page (a spin box picks it when the file has several), and offers "Convert to JPEG" or
Cancel. The picture is drawn in a worker process, off the GUI thread; the conversion itself is the controller's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.evidence.sniff import KIND_NAMES
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.model import FileKind, Requirement
from ttps_desktop.drawing import DrawingPool, PictureRequest
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.workers import CancelToken, Job, run_in_background

PREVIEW_EDGE = 360  # pixels


class ConvertDialog(QDialog):
    """Asks whether to add a refused file as a JPEG, and which page; ``page()`` is 0-based."""

    def __init__(
        self,
        path: Path,
        data: bytes,
        kind: FileKind,
        pages: int,
        requirement: Requirement,
        translator: Translator,
        drawer: DrawingPool,
        parent: QWidget | None = None,
        replaces: bool = False,
    ) -> None:
        """``replaces``: the file is already in the project (the JPEG takes its place), not one being added."""
        super().__init__(parent)
        self.setObjectName("convertDialog")
        self.path, self.data, self.kind, self.drawer = path, data, kind, drawer
        self.preview_job: Job | None = None
        language: Language = translator.language
        item = requirement.title.get(language)
        looks_like = translator.format_value(KIND_NAMES[kind])
        self.setWindowTitle(self.tr("Convert to JPEG?"))
        self.explanation = QLabel(self._explain(item, path.name, looks_like, pages > 1, replaces))
        self.explanation.setWordWrap(True)
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, pages))
        self.page_box.setAccessibleName(self.tr("Page to convert"))
        self.page_box.valueChanged.connect(lambda _value: self._draw())
        self.picture = QLabel()
        self.picture.setObjectName("convertPreview")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(PREVIEW_EDGE // 2, PREVIEW_EDGE // 2)
        self.picture.setAccessibleName(self.tr("The page to convert"))
        self.buttons = QDialogButtonBox()
        self.convert_button = self.buttons.addButton(
            self.tr("Convert to JPEG"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        if pages > 1:
            form = QFormLayout()
            form.addRow(self.tr("Page (of {pages}):").format(pages=pages), self.page_box)
            layout.addLayout(form)
        else:
            self.page_box.setVisible(False)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.buttons)
        self.finished.connect(self._stop_drawing)
        self._draw()

    def _explain(self, item: str, name: str, looks_like: str, several: bool, replaces: bool) -> str:
        if replaces and several:
            text = self.tr(
                "{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG puts a JPEG of the "
                "page shown in its place in the project (Undo takes it back)."
            )
        elif replaces:
            text = self.tr(
                "{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG puts a JPEG of it "
                "in its place in the project (Undo takes it back)."
            )
        elif several:
            text = self.tr(
                "{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG adds a JPEG copy "
                "of the page shown to {item}; {name} itself stays as it is."
            )
        else:
            text = self.tr(
                "{item} takes only JPEG images, but {name} is {looks_like}. Convert to JPEG adds a JPEG copy "
                "of it to {item}; {name} itself stays as it is."
            )
        return text.format(item=item, name=name, looks_like=looks_like)

    def page(self) -> int:
        return self.page_box.value() - 1

    def _draw(self) -> None:
        """The chosen page, drawn in the drawer's worker process by a background job."""
        self._stop_drawing()
        request = PictureRequest(-1, "", self.kind, self.page(), 0, PREVIEW_EDGE)
        drawer, data = self.drawer, self.data

        def work(_token: CancelToken) -> tuple[int, QImage]:
            return request.page, drawer.draw(request, data)

        self.picture.setText(self.tr("Drawing the page…"))
        self.preview_job = run_in_background(work, self._drawn, lambda _exc, _details: None)

    def _drawn(self, result: tuple[int, QImage]) -> None:
        self.preview_job = None
        page, image = result
        if page != self.page():  # the user has moved on to another page meanwhile
            return
        if image.isNull():
            self.picture.setText(self.tr("This page cannot be shown."))
        else:
            self.picture.setPixmap(QPixmap.fromImage(image))

    def _stop_drawing(self) -> None:
        if self.preview_job is not None:
            self.preview_job.token.cancel()
