"""Screenshots of the main states for the README, in English and Simplified Chinese, rendered offscreen with
the app's own font. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ttps_desktop.core.demo import write_demo_project
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.ui.app import create_application, set_language
from ttps_desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["TTPS_DESKTOP_HOME"] = home
        source = write_demo_project(Path(home))
        app = create_application(Language.EN)
        for language in (Language.EN, Language.ZH_CN):
            set_language(app, language)
            with Project.open(source) as project:
                window = MainWindow(project, language)
                window.resize(1180, 720)
                window.show()
                app.processEvents()
                checklist_root = window.checklist.topLevelItem(0)
                first_item = checklist_root.child(0) if checklist_root is not None else None
                if first_item is not None:
                    window.checklist.setCurrentItem(first_item)
                app.processEvents()
                target = OUT / f"main-{language.value}.png"
                window.grab().save(str(target))
                print(target)
                window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
