"""File > Export: profile, language, password and destination; progress with Cancel; a summary with
"Show in folder". The work runs in a worker; the dialog only shows it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ttps_desktop.core.findings import Severity
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.loader import upload_profiles
from ttps_desktop.core.session import Session
from ttps_desktop.drawing import DrawingPool
from ttps_desktop.i18n import Translator
from ttps_desktop.ui.errors import show_error
from ttps_desktop.ui.path_field import PathField
from ttps_desktop.ui.profiles import LANGUAGE_NAMES
from ttps_desktop.ui.workers import CancelToken, Job, run_in_background

if TYPE_CHECKING:
    from ttps_desktop.core.export.run import ExportResult


class _WrappedNote(QLabel):
    """A word-wrapped label that asks for the height its text needs at its width: a dialog's layout does not
    grow a top-level window for a wrapped label's longer text by itself, and the text would be cut off."""

    def fit(self) -> None:
        """The text's height at the label's width, measured (QLabel.heightForWidth would count the minimum height
        set here, and a width before the dialog is laid out would leave the label far too tall)."""
        if not self.isVisible():
            return
        width = self.contentsRect().width() - 2 * self.margin()
        if width <= 0:
            return
        flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment().value)
        text = self.fontMetrics().boundingRect(0, 0, width, 0, flags, self.text()).height()
        need = text + self.height() - self.contentsRect().height() + 2 * self.margin()
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class ExportDialog(QDialog):
    def __init__(
        self,
        project: Session,
        ui_language: Language,
        default_folder: Path,
        parent: QWidget | None = None,
        drawer: DrawingPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.project = project
        self.ui_translator = Translator(ui_language)
        self.job: Job | None = None
        self.export_result: ExportResult | None = None
        # PDF pages as images, for profiles that take images only: the window's drawing processes, or our own.
        self.drawer = drawer or DrawingPool(2)
        if drawer is None:
            self.finished.connect(lambda _result: self.drawer.close())

        self.profile = QComboBox(self)
        for profile in upload_profiles().profiles:
            self.profile.addItem(profile.name.get(ui_language), profile.id)
        self.language = QComboBox(self)
        for language, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language.value)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(ui_language))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional: protects the dossier (AES-256)"))
        # What a password protects, said plainly: the dossier alone, unless the zip is protected too.
        self.protect_pack = QCheckBox(self.tr("Protect the submission zip with this password too"), self)
        self.protection_note = _WrappedNote(self)
        self.protection_note.setObjectName("protectionNote")
        self.protection_note.setWordWrap(True)
        self.password.textChanged.connect(self._show_protection)
        self.protect_pack.toggled.connect(self._show_protection)
        self.folder = PathField(str(default_folder), self)
        self.folder.textChanged.connect(self._fit_folder)
        self._fit_folder(self.folder.text())
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse)
        self.draft = QCheckBox(self.tr("Export even if documents are missing (a draft)"), self)
        for widget, name in (
            (self.profile, self.tr("Upload profile")),
            (self.language, self.tr("Language of the documents")),
            (self.password, self.tr("Password")),
            (self.protect_pack, self.protect_pack.text()),
            (self.folder, self.tr("Folder")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.addRow(self.tr("Upload profile"), self.profile)
        form.addRow(self.tr("Language of the documents"), self.language)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.protect_pack)
        form.addRow("", self.protection_note)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow("", self.draft)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.show_button = self.buttons.addButton(
            self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.setVisible(False)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._cancel)
        self.show_button.clicked.connect(self._show_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._show_protection()

    def _show_protection(self) -> None:
        has_password = bool(self.password.text())
        self.protect_pack.setEnabled(has_password)
        if not has_password:
            text = self.tr(
                "Without a password nothing is protected: the dossier, the checklist, the submission folder and "
                "its zip can be read by anyone who can open the folder."
            )
        elif not self.protect_pack.isChecked():
            text = self.tr(
                "The password protects the dossier only. The submission folder and the zip beside it hold the "
                "same documents unprotected, and the checklist names them. Tick the box above to protect the zip "
                "too."
            )
        else:
            text = self.tr(
                "The dossier and the submission zip open only with the password, and no open submission folder "
                "is written (one left here by an earlier export is removed). The checklist PDF lists the "
                "documents but holds none of them: it is not protected. To upload, extract the zip with the "
                "password in a program that opens AES-encrypted zips (7-Zip, WinZip, Keka, The Unarchiver): the "
                "zip folders built into Windows cannot."
            )
        self.protection_note.setText(text)
        self.protection_note.setAccessibleName(text)

    def pack_protected(self) -> bool:
        """Whether the export will encrypt the zip (the box is ticked and a password given)."""
        return bool(self.password.text()) and self.protect_pack.isChecked()

    def _fit_folder(self, text: str) -> None:
        """The dialog is as wide as the folder's whole path, up to most of the screen; a longer path is shown
        elided in the middle, whole in the field's tooltip and while it is edited."""
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1280
        need = self.folder.fontMetrics().horizontalAdvance(text) + 24  # the field's frame and margins
        self.folder.setMinimumWidth(min(max(need, 320), int(screen * 0.6)))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start_export(self) -> Job:
        language = Language(self.language.currentData())
        folder, profile = Path(self.folder.text()), str(self.profile.currentData())
        password, draft = self.password.text() or None, self.draft.isChecked()
        protect = self.pack_protected()
        translator = Translator(language)

        drawer, session = self.drawer, self.project

        def work(token: CancelToken) -> ExportResult:
            return session.export(
                folder,
                translator,
                profile,
                password,
                draft,
                progress=token,
                draw_page=drawer.draw_pdf_page,
                protect_pack=protect,
            )

        self.export_button.setEnabled(False)
        self.summary.clear()
        self.job = run_in_background(work, self._on_finished, self._on_failed, self.progress)
        return self.job

    def _on_finished(self, result: ExportResult) -> None:
        self.job, self.export_result = None, result
        problems = sum(1 for f in result.findings if f.severity is not Severity.INFO)
        lines = [
            self.tr(
                "Written to {folder}: the dossier, the checklist and the submission pack (%n point(s) to check).",
                "",
                problems,
            ).format(folder=result.dossier.parent)
        ]
        if result.draft:
            lines.append(self.tr("This is a draft: DRAFT is printed on the cover and on every page."))
        if result.pack_protected:
            lines.append(
                self.tr(
                    "The dossier and the submission zip open only with the password; no open folder was written."
                )
            )
        if result.left_out:
            lines.append(
                self.tr(
                    "Written with problems: these documents could not be included (the dossier says so in their place):"
                )
            )
            lines += ["• " + self.ui_translator.render(f.message) for f in result.left_out]
        self.summary.setText("\n".join(lines))
        self.export_button.setEnabled(True)
        self.show_button.setVisible(True)
        self.cancel_button.setText(self.tr("Close"))

    def _on_failed(self, exc: BaseException, details: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        from ttps_desktop.core.progress import CancelledError

        if isinstance(exc, CancelledError):
            self.summary.setText(self.tr("Cancelled. Nothing was written."))
            return
        show_error(self, exc, details, self.ui_translator)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.token.cancel()
        else:
            self.reject()

    def _show_folder(self) -> None:
        if self.export_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.export_result.dossier.parent)))
