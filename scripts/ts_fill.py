"""Fill translations into translations/*.ts from a JSON file, for adding many at once.

The JSON maps a source text to its translations: {"Quit": {"zh_HK": "結束", "zh_CN": "退出"}}.
Only messages whose translation is unfinished or differs are touched; the .ts files stay the source of truth.
Usage: python scripts/ts_fill.py pending.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def fill(ts_path: Path, language: str, table: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts_path)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or source not in table:
            continue
        wanted = table[source].get(language)
        if wanted and (translation.text != wanted or translation.get("type")):
            translation.text = wanted
            translation.attrib.pop("type", None)
            changed += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return changed


def main(argv: list[str]) -> int:
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    for language in ("zh_HK", "zh_CN"):
        count = fill(TRANSLATIONS / f"ttps_desktop_{language}.ts", language, table)
        print(f"{language}: {count} translations filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
