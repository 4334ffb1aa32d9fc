"""Fixtures of the intake tests: one worker pool per module, a fresh project per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.facts import parse_facts


@pytest.fixture(scope="module")
def pool() -> Iterator[InspectorPool]:
    with InspectorPool(workers=2) as p:
        yield p


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "p.ttps", parse_facts({"application_date": "2026-11-24"})) as p:
        yield p
