from __future__ import annotations

import copy
from typing import Any

import pytest

BASE: dict[str, Any] = {
    "application_date": "2026-11-24",
    "nationality": "GBR",
    "travel_document": {"kind": "passport", "issuing_country": "GBR", "expiry_date": "2032-01-01"},
    "residence": {"country": "GBR"},
    "degrees": [],
    "employment": [],
    "income": [],
    "exchange_rates": [],
    "dependants": [],
}


@pytest.fixture
def facts_data() -> dict[str, Any]:
    return copy.deepcopy(BASE)
