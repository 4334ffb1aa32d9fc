"""Settings: the window's language and the upload profile used for checks and exports. Colours follow the
system's theme; there is nothing to set for that."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.loader import upload_profiles
from ttps_desktop.ui.profiles import LANGUAGE_NAMES, SETTINGS_PROFILE, default_profile

__all__ = ["SETTINGS_PROFILE", "SettingsDialog", "default_profile"]


class SettingsDialog(QDialog):
    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        for choice, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, choice.value)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(language))
        self.profile = QComboBox(self)
        for profile in upload_profiles().profiles:
            self.profile.addItem(profile.name.get(language), profile.id)
        self.profile.setCurrentIndex(max(0, self.profile.findData(default_profile())))
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.profile.setAccessibleName(self.tr("Upload profile"))
        form = QFormLayout()
        form.addRow(self.tr("Language of the window"), self.language)
        form.addRow(self.tr("Upload profile"), self.profile)
        note = QLabel(
            self.tr(
                "The upload profile sets the file sizes and types the checks and the submission pack follow. "
                "Colours follow your system's light or dark theme."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> Language:
        return Language(self.language.currentData())

    def _save(self) -> None:
        QSettings().setValue(SETTINGS_PROFILE, str(self.profile.currentData()))
        self.accept()
