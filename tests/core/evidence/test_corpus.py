"""Every file of the real-world corpus (tests/data/corpus: files from the test suites of Pillow, pdf.js, qpdf and
py-pdf) is either accepted or refused with a clear, translated message, as corpus.json says; none crashes or
hangs the import. The export of the accepted files is checked where the export is (they are listed for it)."""

from __future__ import annotations

import pytest

from tests.corpus import CORPUS, FILES, REQUIREMENT, accepted_files
from ttps_desktop.core.evidence.intake import import_files
from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.findings import Finding, FindingCode, Severity
from ttps_desktop.core.language import Language
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.i18n import Translator

NOT_CORPUS = {"corpus.json", "SOURCES.md"}
# What must never reach a user: Python's own words
INTERNALS = (
    "<_io.",
    " object at 0x",
    "Traceback",
    "Error:",
    "Exception",
    "Unexpected error",
    "None",
    "{",
    "}",
)


def test_the_manifest_lists_every_file_and_nothing_else() -> None:
    present = {p.name for p in CORPUS.iterdir()} - NOT_CORPUS
    assert present == set(FILES)
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for name in FILES:
        assert f"`{name}`" in sources, name
    assert 20 <= len(FILES) <= 40
    assert sum((CORPUS / name).stat().st_size for name in FILES) < 5 * 1024 * 1024
    assert {entry["outcome"] for entry in FILES.values()} == {"accepted", "refused"}
    assert all(set(entry["codes"]) <= {c.value for c in FindingCode} for entry in FILES.values())
    assert len(accepted_files()) >= 20


def texts_of(found: Finding) -> list[MessageText]:
    """The message and every translatable text among its parameters."""
    return [found.message.text, *(v for v in found.params.values() if isinstance(v, MessageText))]


def assert_clear_in_every_language(found: Finding) -> None:
    for language in Language:
        text = Translator(language).render(found.message)
        assert text.strip() and not any(bit in text for bit in INTERNALS), (language, text)
    for language in (Language.ZH_HK, Language.ZH_CN):
        translator = Translator(language)
        for message in texts_of(found):
            assert translator.text(message.context, message.source) != message.source, (
                language,
                message.source,
            )


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_file_is_accepted_or_refused_clearly(project: Project, pool: InspectorPool, name: str) -> None:
    expected = FILES[name]
    requirement = REQUIREMENT
    path = CORPUS / name
    before = path.read_bytes()
    # A hang would be stopped by the pool's time limit and come back as TIMED_OUT, failing the checks below.
    [result] = import_files(project, [path], requirement, catalogue().requirement(requirement), pool)
    codes = [found.code.value for found in result.findings]
    assert result.accepted is (expected["outcome"] == "accepted"), codes
    assert set(expected["codes"]) <= set(codes), codes
    for found in result.findings:
        assert_clear_in_every_language(found)
    if not result.accepted:
        assert any(found.severity is Severity.ERROR for found in result.findings)
    if "damage" in expected:
        [corrupt] = [found for found in result.findings if found.code is FindingCode.CORRUPT]
        detail = corrupt.params["detail"]
        assert isinstance(detail, MessageText) and detail.source == expected["damage"]
    if result.accepted:
        assert result.document is not None and result.inspection is not None
        assert result.document.media_type == expected["stored_as"]
        assert result.inspection.pages == expected["pages"]
    assert path.read_bytes() == before
