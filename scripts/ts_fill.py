"""Fill translations into translations/*.ts from a JSON file, for adding many at once.

The JSON maps a source text to its translations: {"Quit": {"zh_HK": "結束", "zh_CN": "退出"}}.
A message with a count (`tr("%n file(s)", "", n)`, a "numerus" message) takes a list of forms per language, and
English needs its own forms too: {"%n file(s)": {"en": ["%n file", "%n files"], "zh_HK": ["%n 個檔案"],
"zh_CN": ["%n 个文件"]}}. Only messages whose translation is unfinished or differs are touched; the .ts files stay
the source of truth.
Usage: python scripts/ts_fill.py pending.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
Wanted = str | list[str]


def _fill_plain(translation: ET.Element, wanted: str) -> bool:
    if translation.text == wanted and not translation.get("type"):
        return False
    translation.text = wanted
    translation.attrib.pop("type", None)
    return True


def _fill_numerus(translation: ET.Element, wanted: list[str]) -> bool:
    forms = [form.text or "" for form in translation.findall("numerusform")]
    if forms == wanted and not translation.get("type"):
        return False
    for form in translation.findall("numerusform"):
        translation.remove(form)
    for text in wanted:
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
    return True


def fill(ts_path: Path, language: str, table: dict[str, dict[str, Wanted]]) -> int:
    tree = ET.parse(ts_path)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or source not in table:
            continue
        wanted = table[source].get(language)
        if not wanted:
            continue
        if message.get("numerus") == "yes":
            forms = [wanted] if isinstance(wanted, str) else list(wanted)
            changed += _fill_numerus(translation, forms)
        elif isinstance(wanted, str):
            changed += _fill_plain(translation, wanted)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return changed


def main(argv: list[str]) -> int:
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    for language in ("en", "zh_HK", "zh_CN"):
        count = fill(TRANSLATIONS / f"ttps_desktop_{language}.ts", language, table)
        print(f"{language}: {count} translations filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
