"""The files of the selected checklist item: thumbnails to reorder, rotate and remove, and a preview with page
navigation and zoom. The pane only asks; the main window turns each request into an undoable core edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.ui.panes import DOCUMENT_MIME
from ttps_desktop.ui.preview import (
    THUMBNAIL,
    PreviewPane,
    ShownDocument,
    action_button,
    label_action,
    thumbnail_edge,
)
from ttps_desktop.ui.rendering import PictureCache, PictureRequest


def _placeholder(size: int, ratio: float) -> QIcon:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor(170, 170, 170))
    painter.setBrush(QColor(245, 245, 245))
    painter.drawRect(size // 2 - 35, 12, 70, size - 24)
    painter.end()
    return QIcon(pixmap)


class ThumbnailList(QListWidget):
    """Files in their export order. Drag one to a new place to reorder; drop files from outside to add them."""

    files_dropped = Signal(list)  # paths
    moved = Signal(int, int)  # document id, new position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbnailList")
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setGridSize(QSize(THUMBNAIL + 28, THUMBNAIL + 48))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragDrop)

    def row_height(self) -> int:
        """The height one whole row of thumbnails takes, their names under them included."""
        return self.gridSize().height() + 2 * self.frameWidth() + 2 * self.spacing() + 4

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        """Dragged thumbnails are only ever copied as far as Qt knows: the project moves the file, and the list
        is rebuilt from it (a Qt move would delete the row on its own)."""
        super().startDrag(Qt.DropAction.CopyAction)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(DOCUMENT_MIME, QByteArray(str(items[0].data(Qt.ItemDataRole.UserRole)).encode()))
        return data

    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_MIME, "text/uri-list"]

    def _acceptable(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(DOCUMENT_MIME) or mime.hasUrls()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._acceptable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._acceptable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop_position(self, event: QDropEvent) -> int:
        row = self.indexAt(event.position().toPoint()).row()
        return self.count() - 1 if row < 0 else row

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(DOCUMENT_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)  # never let Qt remove the dragged row itself
            event.accept()
            self.moved.emit(int(bytes(mime.data(DOCUMENT_MIME).data()).decode()), self.drop_position(event))
            return
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)


class DocumentsPane(QWidget):
    """Header (the item and what it needs), the thumbnails with their actions, and the preview."""

    files_dropped = Signal(str, list)  # item id, paths
    move_requested = Signal(int, int)  # document id, new position
    rotate_requested = Signal(int, int)  # document id, clockwise degrees to add
    remove_requested = Signal(int)
    details_requested = Signal(int)

    def __init__(self, cache: PictureCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPane")
        self.cache = cache
        self.item_id: str | None = None
        self.shown: list[ShownDocument] = []
        self.title = QLabel(self)
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thumbnails = ThumbnailList(self)
        self.thumbnails.files_dropped.connect(self._files_dropped)
        self.thumbnails.moved.connect(self.move_requested)
        self.thumbnails.currentRowChanged.connect(self._current_changed)
        self.thumbnails.itemActivated.connect(lambda _row: self._emit_for_current(self.details_requested))
        self.rotate_left = action_button(self, "object-rotate-left", lambda: self._rotate(-90))
        self.rotate_right = action_button(self, "object-rotate-right", lambda: self._rotate(90))
        self.move_earlier = action_button(self, "go-previous", lambda: self._move(-1))
        self.move_later = action_button(self, "go-next", lambda: self._move(1))
        self.remove = action_button(
            self, "edit-delete", lambda: self._emit_for_current(self.remove_requested)
        )
        self.details = action_button(
            self, "document-properties", lambda: self._emit_for_current(self.details_requested)
        )
        self.preview = PreviewPane(cache, self)
        actions = QHBoxLayout()
        for button in (
            self.rotate_left,
            self.rotate_right,
            self.move_earlier,
            self.move_later,
            self.remove,
            self.details,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.top = top = QWidget(self)
        self.top_layout = top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.help)
        top_layout.addWidget(self.thumbnails, 1)
        top_layout.addLayout(actions)
        self.actions_row = actions
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.preview)
        splitter.setSizes([360, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        cache.ready.connect(self._ready)
        self.retranslate()
        self.show_item(None, "", "", [])

    def retranslate(self) -> None:
        for button, text, keys in (
            (self.rotate_left, self.tr("Rotate left"), "Ctrl+Shift+R"),
            (self.rotate_right, self.tr("Rotate right"), "Ctrl+R"),
            (self.move_earlier, self.tr("Move earlier"), "Ctrl+Shift+Left"),
            (self.move_later, self.tr("Move later"), "Ctrl+Shift+Right"),
            (self.remove, self.tr("Remove"), "Del"),
            (self.details, self.tr("Details…"), "Ctrl+D"),
        ):
            label_action(button, text, QKeySequence(keys))
        self.thumbnails.setAccessibleName(self.tr("Files of the selected item"))
        self.preview.retranslate()

    def show_item(self, item_id: str | None, title: str, help_text: str, shown: list[ShownDocument]) -> None:
        """Show an item's files; the selected file stays selected when it is still there."""
        keep = self.current_document_id()
        self.item_id = item_id
        self.shown = shown
        self.title.setText(f"<b>{title}</b>" if title else self.tr("Select an item of the checklist."))
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        self.cache.forget_waiting()
        self.thumbnails.blockSignals(True)
        self.thumbnails.clear()
        ratio = self.devicePixelRatioF()
        placeholder = _placeholder(THUMBNAIL, ratio)
        current = 0
        for row, entry in enumerate(shown):
            doc = entry.document
            label = doc.display_name if entry.pages <= 1 else f"{doc.display_name} ({entry.pages})"
            widget_item = QListWidgetItem(placeholder, label)
            widget_item.setData(Qt.ItemDataRole.UserRole, doc.id)
            widget_item.setToolTip(doc.display_name)
            self.thumbnails.addItem(widget_item)
            if doc.id == keep:
                current = row
            request = self.thumbnail_request(entry)
            if self.cache.request(request):
                self._set_icon(widget_item, request)
        self.thumbnails.blockSignals(False)
        if shown:
            self.thumbnails.setCurrentRow(current)
        self._current_changed(self.thumbnails.currentRow())
        if item_id is None:
            self.thumbnails.setEnabled(False)
        else:
            self.thumbnails.setEnabled(True)
        self.room_for_thumbnails()

    def room_for_thumbnails(self) -> None:
        """Give the part above the preview the height of one whole row of thumbnails with their names, under the
        item's title and help, where the pane has it: a long help text or a small window must not hide the names
        below the strip. The preview keeps what it needs; the top part is never made smaller here."""
        width = self.top.width()
        spacing = max(0, self.top_layout.spacing())
        need = self.title.heightForWidth(width) + spacing + self.thumbnails.row_height()
        if not self.help.isHidden():
            need += self.help.heightForWidth(width) + spacing
        need += spacing + self.actions_row.sizeHint().height()
        top, below = self.splitter.sizes()
        spare = below - self.preview.minimumSizeHint().height()
        if top < need and spare > 0:
            grow = min(need - top, spare)
            self.splitter.setSizes([top + grow, below - grow])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.room_for_thumbnails()

    def thumbnail_request(self, entry: ShownDocument) -> PictureRequest:
        doc = entry.document
        return PictureRequest(
            doc.id, doc.sha256, entry.kind, 0, doc.rotation, thumbnail_edge(self.devicePixelRatioF())
        )

    def _set_icon(self, widget_item: QListWidgetItem, request: PictureRequest) -> None:
        image = self.cache.get(request)
        if image is None:
            return
        if image.isNull():
            widget_item.setIcon(QIcon.fromTheme("image-missing"))
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        widget_item.setIcon(QIcon(pixmap))

    def _ready(self, request: PictureRequest) -> None:
        for row, entry in enumerate(self.shown):
            if self.thumbnail_request(entry).key == request.key:
                widget_item = self.thumbnails.item(row)
                if widget_item is not None:
                    self._set_icon(widget_item, request)

    def current_document_id(self) -> int | None:
        row = self.thumbnails.currentItem()
        return None if row is None else int(row.data(Qt.ItemDataRole.UserRole))

    def select_document(self, doc_id: int) -> None:
        for row in range(self.thumbnails.count()):
            widget_item = self.thumbnails.item(row)
            if widget_item is not None and widget_item.data(Qt.ItemDataRole.UserRole) == doc_id:
                self.thumbnails.setCurrentRow(row)
                return

    def _current_changed(self, row: int) -> None:
        entry = self.shown[row] if 0 <= row < len(self.shown) else None
        self.preview.show_document(entry)
        for button in (self.rotate_left, self.rotate_right, self.remove, self.details):
            button.defaultAction().setEnabled(entry is not None)
        self.move_earlier.defaultAction().setEnabled(entry is not None and row > 0)
        self.move_later.defaultAction().setEnabled(entry is not None and row + 1 < len(self.shown))

    def _emit_for_current(self, signal: SignalInstance) -> None:
        doc_id = self.current_document_id()
        if doc_id is not None:
            signal.emit(doc_id)

    def _rotate(self, degrees: int) -> None:
        doc_id = self.current_document_id()
        if doc_id is not None:
            self.rotate_requested.emit(doc_id, degrees)

    def _move(self, step: int) -> None:
        doc_id, row = self.current_document_id(), self.thumbnails.currentRow()
        if doc_id is not None and 0 <= row + step < len(self.shown):
            self.move_requested.emit(doc_id, row + step)

    def _files_dropped(self, paths: list[Path]) -> None:
        if self.item_id is not None:
            self.files_dropped.emit(self.item_id, paths)
