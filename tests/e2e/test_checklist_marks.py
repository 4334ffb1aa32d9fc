"""The printed checklist judges an item as the window and the command line do (project_check.item_mark): an
optional item with no file is "if any" with an empty box, never "complete" with a tick."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import Translator

LABELS = {
    Language.EN: ("Mainland Resident Identity Card", "if any", "complete"),
    Language.ZH_CN: ("内地居民身份证", "如有", "已齐备"),
}


@pytest.mark.parametrize("language", list(LABELS))
def test_an_optional_item_without_a_file_is_not_complete_on_paper(
    demo_session: Session, language: Language
) -> None:
    title, optional, complete = LABELS[language]
    pdf = demo_session.checklist_pdf(Translator(language))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    line = next(line for line in text.splitlines() if line.startswith(title))
    assert re.search(rf"\(\s*{optional}\s*\)", line), line
    assert complete not in line
