"""Sheet inputs built from records as stored: names in the sheet's language, days, trainers,
facts and signature blocks; and the content hash HQ recomputes from the same record."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from csc_desktop.services.sheets.training_inputs import split_trainers
from csc_desktop.services.workspace import Workspace
from csc_desktop.sheets import (
    ActivitySheet,
    AttendanceSheet,
    Gender,
    SheetKind,
    TrainingReportSheet,
)
from csc_desktop.sheets.labels import PROJECT_NAME
from tests.sheets.sheet_pdf_tools import pdf_text


def _build(ws: Workspace, record_id: str, kind: str, language: str) -> Any:
    from csc_desktop.services.sheets.inputs import build_sheet, sheet_kind_for

    record = ws.records.get(record_id, consult=False)
    context = ws.sheets._context(record, language, None)
    signer = ws.sheets.ensure_signing_identity().signer_name
    return build_sheet(
        record, sheet_kind_for(record["kind"], kind), context, ws.reference, adviser=signer
    )


def test_attendance_input_holds_the_stored_training(
    team_ws: Workspace, training: dict[str, Any]
) -> None:
    sheet = _build(team_ws, training["id"], "attendance", "sr")
    assert isinstance(sheet, AttendanceSheet)
    assert sheet.training.days == (date(2025, 3, 17), date(2025, 3, 18), date(2025, 3, 19))
    assert sheet.training.trainers == ("Dr. Maria Rossi (EU expert, Rome)", "Stefan Becker (BKA)")
    assert sheet.training.country.name == "Србија"
    first, second, third = sheet.participants[:3]
    assert (first.number, first.name, first.gender) == (1, "Љубиша Ђорђевић", Gender.MALE)
    assert first.institution == team_ws.reference.name("institution", "rs-ppooc", "sr")
    assert second.name == "Arbër Çela"
    assert third.institution == ""  # none stored: the cell stays blank


def test_serbian_latin_sheet_transliterates_reference_names(
    team_ws: Workspace, training: dict[str, Any]
) -> None:
    cyrillic = _build(team_ws, training["id"], "attendance", "sr")
    latin = _build(team_ws, training["id"], "attendance", "sr_Latn")
    assert latin.training.country.name == "Srbija"
    assert cyrillic.participants[0].institution != latin.participants[0].institution
    assert all(not ("\u0400" <= c <= "\u04ff") for c in latin.participants[0].institution)
    # people's names print as they were stored, in whatever script
    assert latin.participants[0].name == "Љубиша Ђорђевић"


def test_report_counts_and_evaluation_come_from_participants(
    team_ws: Workspace, training: dict[str, Any]
) -> None:
    sheet = _build(team_ws, training["id"], "report", "en")
    assert isinstance(sheet, TrainingReportSheet)
    assert sheet.evaluation.score_counts == (0, 0, 0, 2, 3)
    labels = [fact.label for fact in sheet.facts]
    assert labels[:1] == ["Topic"] and "Status" in labels


@pytest.mark.parametrize(
    ("text", "trainers"),
    [
        ("Maria Rossi; Stefan Becker", ("Maria Rossi", "Stefan Becker")),
        ("Rossi, Maria", ("Rossi, Maria",)),
        ("Maria Rossi (EU, Rome), Stefan Becker", ("Maria Rossi (EU, Rome)", "Stefan Becker")),
        ("Maria Rossi\nStefan Becker / Ana Kovač", ("Maria Rossi", "Stefan Becker", "Ana Kovač")),
        ("", ()),
    ],
)
def test_trainers_are_split_sensibly(text: str, trainers: tuple[str, ...]) -> None:
    assert split_trainers(text) == trainers


def test_pre_investigation_sheet_facts_and_signatories(team_ws: Workspace) -> None:
    record = team_ws.records.create(
        "pre-investigation",
        {
            "title": "Financial flows in a migrant smuggling case",
            "reference": "KTO-12/25",
            "opened_on": "2025-02-01",
            "crime_areas": ["migrant_smuggling"],
            "lead_institution": "rs-ppooc",
            "partner_countries": ["BA", "XK"],
            "eu_agencies": ["eurojust"],
            "cross_border": True,
            "submitted_to_prosecutor_on": "2025-03-01",
            "jit_established_on": "2025-04-10",
            "jit_partner_states": ["BA"],
            "jit_eurojust": True,
            "support_given": "Analysis of bank records.",
        },
    )
    sheet = _build(team_ws, record["id"], "activity", "en")
    assert isinstance(sheet, ActivitySheet) and sheet.kind is SheetKind.PRE_INVESTIGATION
    facts = {fact.label: fact.value for fact in sheet.facts}
    assert facts["Case reference"] == "KTO-12/25"
    assert facts["Support started on"] == date(2025, 2, 1)
    assert facts["Partner countries"] == "Bosnia and Herzegovina; Kosovo*"
    assert facts["Cross-border case"] == "Yes"
    assert facts["Eurojust participates in the JIT"] == "Yes"
    assert facts["Europol participates in the JIT"] == "No"
    assert "Closed on" not in facts  # not reached: not printed
    assert sheet.support_given == "Analysis of bank records."
    assert (sheet.adviser.name, sheet.adviser.institution) == ("Ana Petrović", PROJECT_NAME)
    lead = team_ws.reference.name("institution", "rs-ppooc", "en")
    assert sheet.beneficiary.institution == lead and sheet.beneficiary.name == ""


def test_taf_mission_sheet_in_albanian(team_ws: Workspace) -> None:
    record = team_ws.records.create(
        "taf-request",
        {
            "title": "Expert mission on crypto-asset tracing",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "expert_mission",
            "start_date": "2025-05-12",
            "end_date": "2025-05-16",
            "expert_days": 7.5,
            "budget_eur": "12500.50",
            "expertise_profile": "Blockchain analyst with court experience.",
        },
    )
    sheet = _build(team_ws, record["id"], "activity", "sq")
    assert sheet.kind is SheetKind.TAF_MISSION
    facts = {fact.label: fact.value for fact in sheet.facts}
    assert facts["Buxheti i parashikuar"].replace("\u00a0", " ") == "12 500,50 €"
    assert str(facts["Ditë eksperti"]) == "7.5"
    assert "Datat" in facts
    assert sheet.support_given == "Blockchain analyst with court experience."
    text = " ".join(pdf_text(team_ws.sheets.prepare(record["id"], language="sq").pdf).split())
    assert "Fleta e misionit TAF" in text and "7,5" in text


def test_hq_rebuilds_the_same_content_hash_as_the_printing_team(
    team_ws: Workspace, training: dict[str, Any]
) -> None:
    printed = team_ws.sheets.prepare(training["id"], "report", language="mk")
    again = team_ws.sheets.prepare(training["id"], "report", language="mk", second_language="en")
    assert printed.content_hash == again.content_hash  # print time and second language aside
    other = team_ws.sheets.prepare(training["id"], "report", language="sq")
    assert other.content_hash != printed.content_hash
