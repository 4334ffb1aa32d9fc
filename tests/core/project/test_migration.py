"""A project made before the rules of 2026-01 (schema 1, written by the code at main 4707382) opens and migrates:
declarations become answers, the Macao or Taiwan residence documents follow the applicant's residence, and
a read-only look (``check``, ``export``) sees the same without writing a byte."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import REPO
from ttps_desktop.core.project.store import SCHEMA_VERSION, Project
from ttps_desktop.core.project_check import check_project
from ttps_desktop.core.rules.facts import load_facts
from ttps_desktop.core.rules.model import CategoryId

OLD = REPO / "tests" / "data" / "old-projects"


@pytest.fixture
def old_project(tmp_path: Path) -> Path:
    target = tmp_path / "old.ttps"
    shutil.copyfile(OLD / "schema1-main-4707382.ttps", target)
    return target


def schema(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        conn.close()


def test_the_old_file_is_schema_1() -> None:
    assert schema(OLD / "schema1-main-4707382.ttps") == 1 < SCHEMA_VERSION


def test_opening_migrates_and_keeps_everything(old_project: Path) -> None:
    with Project.open(old_project) as project:
        assert project.chosen_category is CategoryId.B
        assert project.facts().nationality == "VNM"
        [doc] = project.documents()
        assert (
            doc.item_id == "macao_identity_card"
        )  # was other_residence_documents; the applicant lives in MAC
        assert doc.display_name == "residence.png"
        assert project.answers() == {}  # the old tick said nothing about yes or no
        assert project.confirmations() == {"criminal_conviction_declaration"}
        project.set_answer("criminal_conviction", "no")
        assert project.verify() == []
    assert schema(old_project) == SCHEMA_VERSION
    backup = old_project.parent / ".ttps-backups" / old_project.name
    assert any("before-migration" in p.name for p in backup.iterdir())
    with Project.open(old_project) as project:
        assert project.answers() == {"criminal_conviction": "no"}


def test_a_read_only_look_sees_the_migrated_project_and_writes_nothing(old_project: Path) -> None:
    before = hashlib.sha256(old_project.read_bytes()).hexdigest()
    with Project.open(old_project, read_only=True) as project:
        [doc] = project.documents()
        assert doc.item_id == "macao_identity_card"
        assert project.answers() == {}
        check = check_project(project)
        status = {s.item_id: s for s in check.statuses}
        assert status["macao_identity_card"].complete
        assert not status["criminal_conviction_declaration"].complete  # asked, not answered yet
    assert hashlib.sha256(old_project.read_bytes()).hexdigest() == before
    assert schema(old_project) == 1


def test_the_old_facts_file_still_loads() -> None:
    facts = load_facts(OLD / "schema1-facts.json")
    assert facts.residence_kind is None and facts.lives_in is not None and facts.lives_in.value == "macao"
    assert not facts.in_hong_kong
    assert [d.honorary for d in facts.degrees] == [False, False]
    assert [d.continuing_education for d in facts.degrees] == [False, False]
    assert facts.income[0].shares_held_whole_year is None
    raw = json.loads((OLD / "schema1-facts.json").read_text(encoding="utf-8"))
    assert "residence_kind" not in raw and "in_hong_kong" not in raw
