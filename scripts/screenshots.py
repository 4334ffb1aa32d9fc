"""Screenshots of the main states for the README and the user guide, in English, Traditional Chinese (Hong Kong)
and Simplified Chinese, rendered offscreen with the app's own font: the Files tab, eligibility, the work timeline,
the facts form, a file's details, Convert to JPEG offered for a PDF dropped on the photo, and the export dialog
with a password (the zip protected too) and after an export. They go to resources/guide/images/ (the
guide ships with the app and shows them; the README links the same files), reduced to 256 colours to stay small.
Run: make screenshots (or QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py)"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QApplication, QWidget

from ttps_desktop.core.demo_project import ensure_demo_project
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import set_language
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "resources" / "guide" / "images"
LANGUAGES = (Language.EN, Language.ZH_HK, Language.ZH_CN)


def settle(app: QApplication, done: Callable[[], bool] = lambda: True, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if done():
            break
        time.sleep(0.01)
    app.processEvents()


def save(widget: QWidget, name: str, language: Language) -> None:
    """The widget as a PNG of at most 256 colours (a window's flat colours survive; a third of the size)."""
    target = OUT / f"{name}-{language.value}.png"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    with Image.open(io.BytesIO(bytes(buffer.data().data()))) as shot:
        shot.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)
    print(target, target.stat().st_size // 1024, "KB")


def shoot(app: QApplication, source: Path, language: Language, out_dir: Path) -> None:
    with Session.open(source) as project:
        window = MainWindow(project, language)
        window.resize(1280, 780)
        window.show()
        settle(app)
        window.checklist.select_item("work_experience")
        settle(app, lambda: window.documents.item_id == "work_experience")
        window.documents.thumbnails.setCurrentRow(1)  # the phone photo of a letter, stored sideways
        settle(app, lambda: window.pictures.pending() == 0)
        save(window, "main", language)
        for tab, name in ((1, "eligibility"), (2, "timeline")):
            window.right_tabs.setCurrentIndex(tab)
            settle(app)
            save(window, name, language)
        facts = window.edit_facts()
        facts.resize(1100, 640)
        settle(app)
        save(facts, "facts", language)
        facts.close()
        doc_id = window.documents.current_document_id()
        if doc_id is not None:
            details = window.edit_document_facts(doc_id)
            settle(app)
            save(details, "file-details", language)
            details.close()
        shoot_conversion(app, window, project, language, out_dir)
        export = window.show_export()
        export.folder.setText(str(out_dir))
        export.draft.setChecked(True)
        export.password.setText("demo-password")  # shown as dots
        export.protect_pack.setChecked(True)
        export.adjustSize()
        settle(app)
        save(export, "export-password", language)
        export.protect_pack.setChecked(False)
        export.password.clear()  # the export below writes the open pack, as most applicants do
        settle(app)
        export.adjustSize()
        export.start_export()
        settle(app, lambda: export.job is None and export.export_result is not None, 60)
        export.adjustSize()
        settle(app)
        save(export, "export", language)
        export.close()
        window.close()


def shoot_conversion(
    app: QApplication, window: MainWindow, project: Session, language: Language, out_dir: Path
) -> None:
    """The demo's photo scanned into a two-page PDF and dropped on the photo item: Convert to JPEG is offered
    (and cancelled: nothing is added)."""
    [photo] = [d for d in project.documents("photo") if d.media_type == "image/jpeg"][:1]
    with Image.open(io.BytesIO(project.read_document(photo.id))) as picture:
        page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi, the photo near the top as on a scan
        shown = picture.convert("RGB")
        shown.thumbnail((600, 800))
        page.paste(shown, (120, 120))
        back = Image.new("RGB", (1240, 1754), "white")
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = out_dir / "photo-scan.pdf"
    page.save(pdf, "PDF", resolution=150, save_all=True, append_images=[back])
    window.controller.import_files("photo", [pdf])
    settle(app, lambda: window.controller.convert_dialog is not None, 60)
    dialog = window.controller.convert_dialog
    if dialog is None:
        raise SystemExit("Convert to JPEG was not offered for a PDF dropped on the photo")
    settle(app, lambda: dialog.preview_job is None and not dialog.picture.pixmap().isNull(), 60)
    save(dialog, "convert", language)
    dialog.reject()
    settle(app, lambda: window.controller.convert_dialog is None)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["TTPS_DESKTOP_HOME"] = home
        source = ensure_demo_project()  # the app's own demo, as a new user first sees it
        app = create_application(Language.EN)
        for language in LANGUAGES:
            set_language(app, language)
            shoot(app, source, language, Path(home) / f"export-{language.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
