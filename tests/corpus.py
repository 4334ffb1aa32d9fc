"""The real-world corpus (tests/data/corpus): its files and what the import must say of each (corpus.json).

For tests of any layer: ``accepted_files()`` are the files an export must take.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import REPO

CORPUS = REPO / "tests" / "data" / "corpus"
MANIFEST: dict[str, Any] = json.loads((CORPUS / "corpus.json").read_text(encoding="utf-8"))
FILES: dict[str, dict[str, Any]] = MANIFEST["files"]
REQUIREMENT: str = MANIFEST["requirement"]  # the checklist item the files are imported for


def accepted_files() -> list[Path]:
    """The corpus files the import accepts, which an export must take."""
    return [CORPUS / name for name, entry in FILES.items() if entry["outcome"] == "accepted"]
