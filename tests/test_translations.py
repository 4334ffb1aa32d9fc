"""Translations are complete in both Chinese scripts and the committed .qm files are fresh."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

TS_DIR = REPO / "translations"


def _is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all(form.text for form in forms)
    return bool(translation.text)


def unfinished(ts: Path, *, numerus_only: bool = False) -> list[str]:
    root = ET.parse(ts).getroot()
    return [
        m.findtext("source") or ""
        for m in root.iter("message")
        if (not numerus_only or m.get("numerus") == "yes") and not _is_finished(m)
    ]


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_every_source_string_has_a_finished_translation(language: str) -> None:
    assert unfinished(TS_DIR / f"ttps_desktop_{language}.ts") == []


def test_every_count_has_its_english_forms() -> None:
    """English needs "%n file" and "%n files" spelled out: the source text "%n file(s)" is never shown."""
    assert unfinished(TS_DIR / "ttps_desktop_en.ts", numerus_only=True) == []


@pytest.mark.parametrize("language", ["en", "zh_HK", "zh_CN"])
def test_committed_qm_is_fresh(language: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease not found next to the interpreter"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [lrelease, "-silent", str(TS_DIR / f"ttps_desktop_{language}.ts"), "-qm", str(fresh)], check=True
    )
    assert fresh.read_bytes() == (TS_DIR / f"ttps_desktop_{language}.qm").read_bytes(), (
        "run: make translations"
    )


def test_ts_files_know_every_string_in_the_sources(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate
    sources = sorted(str(p) for p in (REPO / "ttps_desktop").rglob("*.py"))
    probe = tmp_path / "probe.ts"
    subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", str(probe)], check=True)
    wanted = {m.findtext("source") for m in ET.parse(probe).getroot().iter("message")}
    have = {
        m.findtext("source") for m in ET.parse(TS_DIR / "ttps_desktop_zh_CN.ts").getroot().iter("message")
    }
    assert wanted - have == set(), "run: make translations"


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there is never extracted, so never translated."""
    import ast

    hidden = []
    for path in sorted((REPO / "ttps_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr in ("tr", "translate")
                ):
                    hidden.append(f"{path.relative_to(REPO)}:{call.lineno}")
    assert hidden == []


def test_every_translation_call_names_its_text_literally() -> None:
    """lupdate reads the text from the call itself: tr(variable) or translate(context, variable) is never
    extracted. Only the translator (i18n.py) passes texts marked elsewhere with QT_TRANSLATE_NOOP."""
    import ast

    hidden = []
    for path in sorted((REPO / "ttps_desktop").rglob("*.py")):
        if path.name == "i18n.py":
            continue
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
                continue
            owner = call.func.value
            qt_translate = isinstance(owner, ast.Name) and owner.id in ("QCoreApplication", "QApplication")
            position = (
                0 if call.func.attr == "tr" else 1 if call.func.attr == "translate" and qt_translate else None
            )
            if position is None or len(call.args) <= position:
                continue
            text = call.args[position]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                hidden.append(f"{path.relative_to(REPO)}:{call.lineno}")
    assert hidden == []
