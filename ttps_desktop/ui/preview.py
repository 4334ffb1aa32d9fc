"""The preview: one document, one page at a time, fitted to the pane or zoomed, drawn by the picture cache (in
worker processes). Shared by the Files tab; knows nothing of checklist items."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ttps_desktop.core.project.store import StoredDocument
from ttps_desktop.core.rules.model import FileKind
from ttps_desktop.ui.rendering import PictureCache, PictureRequest

THUMBNAIL = 132  # logical pixels
ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)  # relative to "fit"
_RENDER_BUCKET = 256  # preview renders are rounded up to this many pixels, so nearby zooms share a picture
_MAX_RENDER = 4096


@dataclass(frozen=True)
class ShownDocument:
    document: StoredDocument
    kind: FileKind
    pages: int


def thumbnail_edge(ratio: float) -> int:
    return round(THUMBNAIL * ratio)


def action_button(owner: QWidget, icon: str, slot: Callable[[], None]) -> QToolButton:
    """A tool button showing an action whose shortcut works while the focus is inside ``owner`` only (Del in
    the checklist must not remove a file here)."""
    action = QAction(QIcon.fromTheme(icon), "", owner)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    button = QToolButton(owner)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setDefaultAction(action)
    return button


def label_action(button: QToolButton, text: str, keys: QKeySequence) -> None:
    action = button.defaultAction()
    action.setText(text)
    action.setShortcut(keys)
    shortcut = keys.toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
    button.setAccessibleName(text)


class PreviewPane(QWidget):
    """One document, one page at a time, fitted to the pane or zoomed; drawn off the GUI thread."""

    def __init__(self, cache: PictureCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.cache = cache
        self.shown: ShownDocument | None = None
        self.page = 0
        self.zoom = 1.0
        self.request: PictureRequest | None = None
        self.previous_page = action_button(self, "go-previous", self.show_previous_page)
        self.next_page = action_button(self, "go-next", self.show_next_page)
        self.page_label = QLabel(self)
        self.zoom_out_button = action_button(self, "zoom-out", self.zoom_out)
        self.zoom_in_button = action_button(self, "zoom-in", self.zoom_in)
        self.fit_button = action_button(self, "zoom-fit-best", self.zoom_fit)
        self.zoom_label = QLabel(self)
        self.picture = QLabel(self)
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroller = QScrollArea(self)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(False)
        bar = QHBoxLayout()
        for widget in (self.previous_page, self.page_label, self.next_page):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroller, 1)
        cache.ready.connect(self._ready)
        self.scroller.viewport().installEventFilter(self)
        self.retranslate()
        self.show_document(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl + mouse wheel (or a pinch on a touchpad that sends it) zooms, as in every viewer. A text shown in
        place of a picture ("Select a file...") fills the viewport whenever its size changes (the first layout
        included), so it is never cut to the size the pane had before it was shown."""
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.scroller.viewport()
            and self._showing_text()
        ):
            self.picture.resize(self.scroller.viewport().size())
        if (
            isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.shown is not None
        ):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    def _showing_text(self) -> bool:
        pixmap = self.picture.pixmap()
        return pixmap is None or pixmap.isNull()

    def retranslate(self) -> None:
        for button, text, tip in (
            (self.previous_page, self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage),
            (self.next_page, self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage),
            (self.zoom_out_button, self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut),
            (self.zoom_in_button, self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn),
        ):
            label_action(button, text, QKeySequence(tip))
        label_action(self.fit_button, self.tr("Fit"), QKeySequence("Ctrl+0"))
        self.fit_button.setAccessibleName(self.tr("Fit the page to the pane"))
        self.scroller.setAccessibleName(self.tr("Preview"))
        self._update_labels()

    def _update_labels(self) -> None:
        pages = self.shown.pages if self.shown else 0
        page_text = self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=pages) if pages else ""
        self.page_label.setText(page_text)
        self.picture.setAccessibleName(
            f"{self.shown.document.display_name}, {page_text}" if self.shown else self.tr("Preview")
        )
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.zoom * 100)))
        self.previous_page.defaultAction().setEnabled(self.page > 0)
        self.next_page.defaultAction().setEnabled(self.page + 1 < pages)
        self.fit_button.defaultAction().setEnabled(self.shown is not None)
        self.zoom_in_button.defaultAction().setEnabled(self.shown is not None and self.zoom < ZOOM_STEPS[-1])
        self.zoom_out_button.defaultAction().setEnabled(self.shown is not None and self.zoom > ZOOM_STEPS[0])

    def show_document(self, shown: ShownDocument | None, page: int = 0) -> None:
        same = (
            shown is not None
            and self.shown is not None
            and shown.document.id == self.shown.document.id
            and shown.document.rotation == self.shown.document.rotation
        )
        self.shown = shown
        self.page = min(page, shown.pages - 1) if shown else 0
        if not same:
            self.zoom = 1.0
        if shown is None:
            self.request = None
            self.picture.clear()
            self.picture.setText(self.tr("Select a file to see it here."))
            self.picture.resize(self.scroller.viewport().size())
        self._update_labels()
        self._draw()

    def show_previous_page(self) -> None:
        if self.shown and self.page > 0:
            self.page -= 1
            self._update_labels()
            self._draw()

    def show_next_page(self) -> None:
        if self.shown and self.page + 1 < self.shown.pages:
            self.page += 1
            self._update_labels()
            self._draw()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._update_labels()
        self._draw()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    def zoom_fit(self) -> None:
        self.set_zoom(1.0)

    def _fit_size(self) -> QSize:
        viewport = self.scroller.viewport().size()
        return QSize(max(40, viewport.width() - 8), max(40, viewport.height() - 8))

    def _draw(self) -> None:
        if self.shown is None:
            return
        ratio = self.devicePixelRatioF()
        fit = self._fit_size()
        wanted = max(fit.width(), fit.height()) * self.zoom * ratio
        edge = min(_MAX_RENDER, -(-round(wanted) // _RENDER_BUCKET) * _RENDER_BUCKET)
        doc = self.shown.document
        self.request = PictureRequest(doc.id, doc.sha256, self.shown.kind, self.page, doc.rotation, edge)
        image = self.cache.get(self.request)
        if image is None:
            self.cache.request(self.request)
            image = self.cache.get(
                PictureRequest(
                    doc.id, doc.sha256, self.shown.kind, self.page, doc.rotation, thumbnail_edge(ratio)
                )
            )
        self._show_image(image)

    def _show_image(self, image: QImage | None) -> None:
        if image is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("Drawing…"))
            self.picture.resize(self.scroller.viewport().size())
            return
        if image.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("This file cannot be shown. It is kept and exported as it is."))
            self.picture.resize(self.scroller.viewport().size())
            return
        ratio = self.devicePixelRatioF()
        shown = image.size().scaled(self._fit_size() * self.zoom, Qt.AspectRatioMode.KeepAspectRatio)
        pixmap = QPixmap.fromImage(
            image.scaled(
                shown * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self.picture.resize(shown)

    def _ready(self, request: PictureRequest) -> None:
        if self.request is not None and request.key == self.request.key:
            self._show_image(self.cache.get(request))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw()
