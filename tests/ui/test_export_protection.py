"""The export dialog says plainly what a password protects, and protects the submission zip too when asked."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pyzipper
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from ttps_desktop.ui.main_window import MainWindow


def test_the_dialog_states_what_is_protected(window: MainWindow) -> None:
    dialog = window.show_export()
    note, box = dialog.protection_note, dialog.protect_pack
    assert not box.isEnabled() and "nothing is protected" in note.text()
    dialog.password.setText("s3cret")
    assert box.isEnabled() and not box.isChecked()
    said = note.text()
    assert (
        "protects the dossier only" in said
        and "the zip beside it hold the same documents unprotected" in said
    )
    box.setChecked(True)
    said = note.text()
    assert "The dossier and the submission zip open only with the password" in said
    assert "no open submission folder is written" in said and "The checklist PDF" in said
    assert "it is not protected" in said and "7-Zip" in said
    assert note.accessibleName() == said
    dialog.password.clear()  # the box means nothing without a password
    assert not box.isEnabled() and not dialog.pack_protected()
    dialog.close()


def test_export_with_the_zip_protected(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "out"
    dialog = window.show_export()
    dialog.folder.setText(str(out))
    dialog.draft.setChecked(True)
    dialog.password.setText("s3cret")
    dialog.protect_pack.setChecked(True)
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.export_result is not None and dialog.export_result.pack_protected
    assert "open only with the password" in dialog.summary.text()
    assert sorted(p.name for p in out.iterdir()) == [
        "DEMO-0001-checklist.pdf",
        "DEMO-0001-dossier.pdf",
        "DEMO-0001-submission.zip",
    ]
    zip_path = out / "DEMO-0001-submission.zip"
    with zipfile.ZipFile(zip_path) as archive:
        assert all(info.flag_bits & 0x1 for info in archive.infolist())
    with pyzipper.AESZipFile(zip_path) as archive:
        archive.setpassword(b"s3cret")
        assert archive.read("DEMO-0001-submission/manifest.json").startswith(b"{")
    dialog.close()
