"""The checklist's sign for an item, shared by the window and the command line."""

from __future__ import annotations

import pytest

from ttps_desktop.core.project_check import ItemMark, item_mark


@pytest.mark.parametrize(
    ("needed", "tick_only", "complete", "files", "expected"),
    [
        (True, False, True, 1, ItemMark.DONE),
        (True, False, False, 0, ItemMark.MISSING),
        (True, False, False, 1, ItemMark.MISSING),  # a file with a problem (a PDF for a photo)
        (False, False, True, 0, ItemMark.OPTIONAL_EMPTY),  # optional and empty: never ✓
        (False, False, True, 2, ItemMark.DONE),
        (False, False, False, 1, ItemMark.MISSING),  # optional, but what it holds has a problem
        (False, True, True, 0, ItemMark.DONE),  # a declaration ticked
        (False, True, False, 0, ItemMark.OPTIONAL_EMPTY),
    ],
)
def test_item_mark(needed: bool, tick_only: bool, complete: bool, files: int, expected: ItemMark) -> None:
    assert item_mark(needed=needed, tick_only=tick_only, complete=complete, files=files) is expected
