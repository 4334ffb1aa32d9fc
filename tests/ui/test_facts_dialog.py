from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.eligibility import assess_facts
from ttps_desktop.core.rules.model import CategoryId
from ttps_desktop.core.rules.reasons import ReasonCode
from ttps_desktop.core.session import Session
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dialogs.facts import FactsDialog
from ttps_desktop.ui.main_window import MainWindow


def test_facts_are_checked_as_they_are_typed(qtbot: QtBot, demo_session: Session) -> None:
    create_application(Language.EN)
    dialog = FactsDialog(demo_session.facts(), Language.EN)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert "Category B: experienced graduate: eligible" in dialog.preview.toPlainText()
    dialog.application_date.setText("11/24/2026")  # month first: not guessed
    dialog.recheck()
    assert "Application date" in dialog.problem.text() and not ok.isEnabled()
    dialog.application_date.setText("2026年11月24日")  # as people write it: read, and shown as ISO when done
    dialog.application_date.editingFinished.emit()
    assert dialog.application_date.text() == "2026-11-24"
    dialog.application_date.setText("24/11/2026")
    dialog.nationality.setText("afg")  # excluded (Vietnam no longer is)
    dialog.recheck()
    assert ok.isEnabled() and dialog.problem.text() == ""
    assert "Category B: experienced graduate: not eligible" in dialog.preview.toPlainText()
    dialog.jobs.add_row({"employer": "Typo Ltd", "start": "2025-01-01", "end": "2024-01-01"})
    dialog.nationality.setText("CHN")
    dialog.recheck()
    assert dialog.facts is not None and len(dialog.facts.employment) == 3


def test_editing_facts_is_undoable(qtbot: QtBot, demo_session: Session) -> None:
    create_application(Language.EN)
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    dialog = window.edit_facts()
    dialog.reference.setText("CASE-42")
    dialog.recheck()
    dialog.accept()
    qtbot.waitUntil(lambda: demo_session.facts().applicant.reference == "CASE-42")
    window.undo_action.trigger()
    assert demo_session.facts().applicant.reference == "DEMO-0001"


def test_new_project_from_the_dialog(qtbot: QtBot, demo_session: Session, tmp_path: Path) -> None:
    create_application(Language.EN)
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    dialog = window.new_project()
    dialog.name.setText("CHAN Tai Man")
    dialog.application_date.setText("2026-11-24")
    dialog.nationality.setText("GBR")
    dialog.recheck()
    assert dialog.facts is not None
    assert not dialog.category.isHidden()  # a new project also asks which category to apply under
    dialog.category.setCurrentIndex(dialog.category.findData("C"))
    assert "[1]" in dialog.preview.toPlainText()  # verdicts cite their sources here too
    assert window.create_project(tmp_path / "chan.ttps", dialog.facts, dialog.chosen_category())
    assert window.windowTitle().startswith("CHAN Tai Man")
    assert window.session.chosen_category() is CategoryId.C
    assert window.eligibility.category.currentText() == "Category C"
    dialog.close()
    assert window.edit_facts().category.isHidden()  # editing: the Eligibility tab chooses


def test_tables_offer_choices_and_boxes_not_codes_to_type(qtbot: QtBot, demo_session: Session) -> None:
    create_application(Language.EN)
    dialog = FactsDialog(demo_session.facts(), Language.EN)
    qtbot.addWidget(dialog)
    level = dialog.degrees.cellWidget(0, 0)
    assert isinstance(level, QComboBox) and level.currentText() == "Bachelor's"
    assert [level.itemText(i) for i in range(level.count())] == [
        "Bachelor's",
        "Master's",
        "Doctorate",
        "Other",
    ]
    level.setCurrentIndex(level.findData("master"))
    local = dialog.degrees.item(0, 3)
    assert local is not None and local.checkState() == Qt.CheckState.Unchecked
    local.setCheckState(Qt.CheckState.Checked)
    dialog.dependants.add_row()  # a row added under Dependants is a dependant, even before a name is typed
    child = dialog.dependants.cellWidget(dialog.dependants.rowCount() - 1, 0)
    assert isinstance(child, QComboBox)
    child.setCurrentIndex(child.findData("child"))
    dialog.recheck()
    assert dialog.facts is not None
    degree = dialog.facts.degrees[0]
    assert degree.level.value == "master" and degree.hk_full_time_locally_accredited
    assert len(dialog.facts.dependants) == len(demo_session.facts().dependants) + 1
    dialog.jobs.add_row()  # an empty job row is not a job
    dialog.recheck()
    assert dialog.facts is not None and len(dialog.facts.employment) == len(demo_session.facts().employment)


def test_a_new_project_walks_the_steps(qtbot: QtBot, demo_session: Session) -> None:
    create_application(Language.EN)
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    wizard = window.new_project()
    assert wizard.windowTitle() == "New project: step 1 of 6, Applicant"
    assert not wizard.back_button.isEnabled() and wizard.next_button.isEnabled()
    assert wizard.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Create Project"
    wizard.next_button.click()
    assert wizard.windowTitle() == "New project: step 2 of 6, Degrees" and wizard.back_button.isEnabled()
    for _ in range(4):
        wizard.next_button.click()
    assert (
        wizard.windowTitle() == "New project: step 6 of 6, Dependants" and not wizard.next_button.isEnabled()
    )
    wizard.back_button.click()
    assert wizard.tabs.currentIndex() == 4
    wizard.close()
    editing = window.edit_facts()
    assert editing.back_button.isHidden() and editing.next_button.isHidden()
    assert editing.windowTitle() == "Applicant's facts"


def test_dates_in_tables_are_read_as_people_write_them(qtbot: QtBot, demo_session: Session) -> None:
    create_application(Language.EN)
    dialog = FactsDialog(demo_session.facts(), Language.EN)
    qtbot.addWidget(dialog)
    dialog.jobs.add_row({"employer": "Harbour Ltd", "start": "2020年1月1日", "end": "31/12/2020"})
    dialog.recheck()
    assert dialog.facts is not None
    job = next(j for j in dialog.facts.employment if j.employer == "Harbour Ltd")
    assert (job.start, job.end) == (date(2020, 1, 1), date(2020, 12, 31))


def test_the_dialog_offers_the_fields_of_2026(qtbot: QtBot, demo_session: Session) -> None:
    create_application(Language.EN)
    dialog = FactsDialog(demo_session.facts(), Language.EN)
    qtbot.addWidget(dialog)
    dialog.residence_kind.setCurrentIndex(dialog.residence_kind.findData("mainland"))
    dialog.in_hong_kong.setChecked(True)
    dialog.degrees.add_row(
        {"level": "bachelor", "institution": "MIT", "awarded": "2021-06-30", "honorary": True}
    )
    dialog.degrees.add_row(
        {"level": "bachelor", "institution": "UCL", "awarded": "2021-06-30", "continuing_education": True}
    )
    dialog.income.add_row(
        {
            "kind": "business_profit",
            "amount": "3000000",
            "currency": "HKD",
            "period_start": "2025-11-01",
            "period_end": "2026-10-31",
            "shares_held_whole_year": "no",
        }
    )
    dialog.dependants.add_row(
        {"relation": "spouse", "name": "Sam", "nationality": "afg", "in_hong_kong": True}
    )
    dialog.recheck()
    facts = dialog.facts
    assert facts is not None, dialog.problem.text()
    assert (
        facts.residence_kind is not None and facts.residence_kind.value == "mainland" and facts.in_hong_kong
    )
    assert [(d.honorary, d.continuing_education) for d in facts.degrees[-2:]] == [
        (True, False),
        (False, True),
    ]
    assert facts.income[-1].shares_held_whole_year is False
    assert (facts.dependants[-1].nationality, facts.dependants[-1].in_hong_kong) == ("AFG", True)
    codes = {r.code for r in assess_facts(facts).results[CategoryId.A].reasons}
    assert ReasonCode.INCOME_BUSINESS_SHARES_NOT_HELD in codes  # the engine judges what the dialog wrote
    again = FactsDialog(facts, Language.EN)  # and shown back as they were
    qtbot.addWidget(again)
    assert again.residence_kind.currentData() == "mainland" and again.in_hong_kong.isChecked()
    assert again.facts == facts


def test_the_form_offers_exactly_the_values_the_core_defines(qtbot: QtBot, demo_session: Session) -> None:
    """The form used to re-type the core's enums as strings; now its choices come from them."""
    from ttps_desktop.core.rules.facts import (
        DegreeLevel,
        IncomeKind,
        Relation,
        ResidenceKind,
        TravelDocumentKind,
    )
    from ttps_desktop.ui.dialogs.facts import choices

    dialog = FactsDialog(demo_session.facts(), Language.EN)
    qtbot.addWidget(dialog)

    def offered(combo: QComboBox) -> list[str]:
        return [combo.itemData(i) for i in range(combo.count())]

    def column(table: object, key: str) -> list[str]:
        return [code for code, _label in next(c for c in table.columns if c.key == key).choices]  # type: ignore[attr-defined]

    assert offered(dialog.document_kind) == [k.value for k in TravelDocumentKind]
    assert offered(dialog.residence_kind) == ["", *(k.value for k in ResidenceKind)]
    assert column(dialog.degrees, "level") == [k.value for k in DegreeLevel]
    assert column(dialog.income, "kind") == [k.value for k in IncomeKind]
    assert column(dialog.dependants, "relation") == [k.value for k in Relation]
    with pytest.raises(KeyError):  # a value the core adds cannot go unoffered
        choices(Relation, {Relation.SPOUSE: "Spouse"})
