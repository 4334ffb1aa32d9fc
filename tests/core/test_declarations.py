"""The e-form's questions are answered in the project (never uploaded), and a degree verification asks for its
online verification code as a detail of the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.findings import FindingCode, Severity
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.project_check import check_project
from ttps_desktop.core.rules.facts import parse_facts
from ttps_desktop.core.rules.model import CategoryId


@pytest.fixture
def project(tmp_path: Path) -> Project:
    facts = parse_facts(
        {
            "application_date": "2026-11-24",
            "nationality": "GBR",
            "residence": {"country": "GBR"},
            "degrees": [{"level": "bachelor", "institution": "MIT", "awarded": "2022-06-30"}],
        }
    )
    p = Project.create(tmp_path / "p.ttps", facts)
    p.set_chosen_category(CategoryId.C)
    return p


def findings(project: Project, code: FindingCode) -> list[Severity]:
    return [f.severity for f in check_project(project).findings if f.code is code]


@pytest.mark.parametrize(
    ("answer", "not_answered", "answered"),
    [(None, [Severity.WARNING], []), ("no", [], [Severity.INFO]), ("yes", [], [Severity.INFO])],
)
def test_an_answer_is_recorded_and_stops_blocking(
    project: Project, answer: str | None, not_answered: list[Severity], answered: list[Severity]
) -> None:
    project.set_answer("criminal_conviction", answer)
    assert findings(project, FindingCode.QUESTION_NOT_ANSWERED) == not_answered
    assert findings(project, FindingCode.QUESTION_ANSWERED) == answered
    status = {s.item_id: s.complete for s in check_project(project).statuses}
    assert status["criminal_conviction_declaration"] is (answer is not None)
    project.close()


def test_taking_an_answer_back(project: Project) -> None:
    project.set_answer("criminal_conviction", "yes")
    project.set_answer("criminal_conviction", None)
    assert project.answers() == {}
    project.close()


def test_degree_verification_asks_for_its_online_code(project: Project) -> None:
    doc, _ = project.add_document(
        "degree_verification", generate_document("transcript"), "chsi.pdf", "application/pdf"
    )
    assert findings(project, FindingCode.VERIFICATION_CODE_MISSING) == [Severity.INFO]
    project.set_document_facts(doc.id, {"verification_code": "A1B2C3D4E5F6G7H8"})
    assert findings(project, FindingCode.VERIFICATION_CODE_MISSING) == []
    project.close()
