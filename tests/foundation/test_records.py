"""Records: the three kinds with their real fields, field-level validation, workflow, tombstones."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from csc_desktop.domain.fields import Kind
from csc_desktop.errors import NotAllowed, ValidationError
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import pre_investigations

PRE = {
    "title": "Migrant smuggling route via Preševo",
    "reference": "KTO-12/26",
    "opened_on": "2026-02-01",
    "crime_areas": ["migrant_smuggling", "trafficking_in_human_beings"],
    "lead_institution": "rs-ppooc",
    "partner_countries": ["DE", "IT"],
    "eu_agencies": ["europol"],
    "cross_border": True,
    "support_given": "Analysis of financial flows; drafting of the request for a JIT.",
}


def errors_of(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return exc.value.errors


def test_pre_investigation_milestones_drive_status(team_ws: Workspace) -> None:
    rec = team_ws.records.create("pre-investigation", PRE)
    assert rec["status"] == "supported" and rec["country"] == "RS"
    rec = team_ws.records.update(rec["id"], {"submitted_to_prosecutor_on": "2026-03-01"})
    assert rec["status"] == "submitted"
    rec = team_ws.records.update(
        rec["id"],
        {
            "accepted_by_prosecutor_on": "2026-03-10",
            "jit_established_on": "2026-05-01",
            "jit_partner_states": ["DE"],
            "jit_eurojust": True,
        },
    )
    assert rec["status"] == "accepted" and rec["jit_partner_states"] == ["DE"]
    rec = team_ws.records.update(rec["id"], {"prosecution_started_on": "2026-06-01"})
    assert rec["status"] == "prosecution_started"
    assert rec["crime_areas"] == ["migrant_smuggling", "trafficking_in_human_beings"]


def test_versions_and_field_clocks_advance(team_ws: Workspace) -> None:
    rec = team_ws.records.create("pre-investigation", PRE)
    first = rec["version"]
    rec2 = team_ws.records.update(rec["id"], {"support_given": "More analysis."})
    assert rec2["version"] > first
    assert rec2["origin_device"] == team_ws.identity.device_id
    with team_ws.reading() as conn:
        fv = conn.execute(select(pre_investigations.c.field_versions)).scalar_one()
        stored = conn.exec_driver_sql("SELECT field_versions FROM pre_investigations").scalar()
    assert fv["support_given"] == rec2["version"]
    assert fv["title"] == fv["country"] == first
    # Stored with the version the fields share written once, the edited field's own in full.
    assert stored.count(first) == 1
    assert stored.count(rec2["version"]) == 1


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"accepted_by_prosecutor_on": "2026-03-01"}, "accepted_by_prosecutor_on", "submitted"),
        (
            {"submitted_to_prosecutor_on": "2026-03-05", "accepted_by_prosecutor_on": "2026-03-01"},
            "accepted_by_prosecutor_on",
            "before submission",
        ),
        ({"opened_on": "31.02.2026"}, "opened_on", "not a date"),
        ({"crime_areas": ["organised_property_crime"]}, "crime_areas", "EMPACT cycle"),
        ({"crime_areas": ["no_such_area"]}, "crime_areas", "not a known code"),
        ({"suspect_name": "X"}, "suspect_name", "not a field"),
        ({"title": ""}, "title", "required"),
    ],
)
def test_pre_investigation_field_errors(
    team_ws: Workspace, change: dict, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        team_ws.records.create("pre-investigation", {**PRE, **change})
    assert words in errors_of(exc)[field]
    assert team_ws.records.count(ListQuery(Kind.PRE_INVESTIGATION)) == 0


def test_terrorism_is_valid_in_any_cycle_and_old_priorities_in_their_cycle(
    team_ws: Workspace,
) -> None:
    team_ws.records.create(
        "pre-investigation", {**PRE, "reference": "T-1", "crime_areas": ["terrorism"]}
    )
    old = team_ws.records.create(
        "pre-investigation",
        {
            **PRE,
            "reference": "T-2",
            "opened_on": "2024-05-01",
            "crime_areas": ["organised_property_crime"],
        },
    )
    assert old["crime_areas"] == ["organised_property_crime"]


def test_duplicate_team_reference(team_ws: Workspace) -> None:
    team_ws.records.create("pre-investigation", PRE)
    with pytest.raises(ValidationError) as exc:
        team_ws.records.create("pre-investigation", {**PRE, "title": "Other"})
    assert "already used" in errors_of(exc)["reference"]


def test_team_cannot_set_hq_owned_fields_or_other_countries(team_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as exc:
        team_ws.records.create(
            "taf-request",
            {
                "title": "Expert mission",
                "requesting_institution": "rs-ppooc",
                "assistance_type": "expert_mission",
                "approved_budget_eur": 1000,
            },
        )
    assert "headquarters" in errors_of(exc)["approved_budget_eur"]
    with pytest.raises(ValidationError) as exc:
        team_ws.records.create("pre-investigation", {**PRE, "country": "AL"})
    assert "RS" in errors_of(exc)["country"]


def test_taf_workflow_and_roles(team_ws: Workspace) -> None:
    taf = team_ws.records.create(
        "taf-request",
        {
            "title": "Study visit on JITs",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "study_visit",
            "start_date": "2026-05-10",
            "end_date": "2026-05-14",
            "expert_days": 8,
            "budget_eur": "12500.50",
            "participants_count": 6,
            "criteria": ["joint_proposal"],
        },
    )
    assert taf["status"] == "draft" and taf["budget_eur"] == 12500.5
    assert team_ws.records.allowed_actions(taf) == ["submit"]
    taf = team_ws.records.change_status(taf["id"], "submit")
    assert taf["status"] == "submitted" and taf["submitted_on"]
    with pytest.raises(NotAllowed):
        team_ws.records.change_status(taf["id"], "approve")
    with pytest.raises(ValidationError):
        team_ws.records.change_status(taf["id"], "deliver")
    with pytest.raises(ValidationError) as exc:
        team_ws.records.update(taf["id"], {"end_date": "2026-05-01"})
    assert "before the start" in errors_of(exc)["end_date"]


def test_money_is_exact(team_ws: Workspace) -> None:
    taf = team_ws.records.create(
        "taf-request",
        {
            "title": "W",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "workshop",
            "budget_eur": 0.1,
        },
    )
    assert taf["budget_eur"] == 0.1
    with pytest.raises(ValidationError) as exc:
        team_ws.records.update(taf["id"], {"budget_eur": "10.005"})
    assert "decimals" in errors_of(exc)["budget_eur"]


def test_training_with_participants(team_ws: Workspace) -> None:
    tr = team_ws.records.create(
        "training",
        {
            "title": "Financial investigations",
            "start_date": "2026-03-02",
            "end_date": "2026-03-04",
            "venue": "Hotel Moskva, Београд",
            "trainers": "J. Schmidt",
            "participants": [
                {
                    "name": "Љубиша Ђорђевић",
                    "gender": "male",
                    "institution": "rs-ppooc",
                    "position": "Deputy prosecutor",
                    "function": "prosecutor",
                    "attendance": [True, True, True],
                    "evaluation": 5,
                    "pre_score": 55,
                    "post_score": 80,
                },
                {
                    "name": "Arbër Çela",
                    "gender": "female",
                    "institution": "Akademia e Sigurisë",
                    "evaluation": 4,
                },
                {"name": "Mira Hoxha", "gender": "female", "institution": "Policia e Shtetit"},
            ],
        },
    )
    people = tr["participants"]
    assert [p["name"] for p in people] == ["Љубиша Ђорђевић", "Arbër Çela", "Mira Hoxha"]
    assert people[1]["attendance"] == [False, False, False]
    assert (
        people[1]["institution_name"] == "Akademia e Sigurisë"
    )  # a new institution, added by name
    assert people[2]["institution"] == "al-asp"  # a known one, found by its local name
    with pytest.raises(ValidationError) as exc:
        team_ws.records.update(
            tr["id"], {"participants": [{"name": "X", "gender": "male", "evaluation": 6}]}
        )
    assert "at most 5" in errors_of(exc)["participants[1].evaluation"]
    # replacing the list tombstones the ones left out
    tr = team_ws.records.update(tr["id"], {"participants": [{"id": people[0]["id"]}]})
    assert [p["name"] for p in tr["participants"]] == ["Љубиша Ђорђевић"]


def test_delete_is_a_tombstone_and_leaves_lists(team_ws: Workspace) -> None:
    rec = team_ws.records.create("pre-investigation", PRE)
    team_ws.records.delete(rec["id"])
    assert team_ws.records.count(ListQuery(Kind.PRE_INVESTIGATION)) == 0
    stored = team_ws.records.get(rec["id"], consult=False)
    assert stored["deleted"] is True
    assert team_ws.records.count(ListQuery(Kind.PRE_INVESTIGATION, include_deleted=True)) == 1
    # the reference is free again
    team_ws.records.create("pre-investigation", PRE)


def test_validate_reports_without_saving(team_ws: Workspace) -> None:
    errors = team_ws.records.validate(
        "training", {"title": "T", "start_date": "2026-03-05", "end_date": "2026-03-01"}
    )
    assert set(errors) == {"end_date", "venue"}
    assert team_ws.records.count(ListQuery(Kind.TRAINING)) == 0


def test_hq_cannot_edit_team_fields_but_owns_decisions(hq_ws: Workspace) -> None:
    taf = hq_ws.records.create(
        "taf-request",
        {
            "title": "HQ regional workshop",
            "country": "AL",
            "requesting_institution": "al-spak",
            "assistance_type": "workshop",
            "assessment": "Meets the criteria.",
        },
    )
    assert taf["assessment"] == "Meets the criteria."


def test_list_filters_and_sorting(team_ws: Workspace) -> None:
    for n, day in enumerate(["2026-01-10", "2026-03-10", "2026-02-10"]):
        team_ws.records.create(
            "pre-investigation",
            {
                **PRE,
                "reference": f"R-{n}",
                "opened_on": day,
                "crime_areas": ["drug_trafficking"] if n == 1 else ["migrant_smuggling"],
            },
        )
    rows = team_ws.records.rows(ListQuery(Kind.PRE_INVESTIGATION))
    assert [r["opened_on"] for r in rows] == ["2026-03-10", "2026-02-10", "2026-01-10"]
    rows = team_ws.records.rows(
        ListQuery(Kind.PRE_INVESTIGATION, crime_areas=("drug_trafficking",))
    )
    assert [r["reference"] for r in rows] == ["R-1"]
    from datetime import date

    rows = team_ws.records.rows(
        ListQuery(Kind.PRE_INVESTIGATION, date_from=date(2026, 2, 1), descending=False)
    )
    assert [r["opened_on"] for r in rows] == ["2026-02-10", "2026-03-10"]
    assert team_ws.records.count(ListQuery(Kind.PRE_INVESTIGATION, statuses=("supported",))) == 3


def test_validating_a_new_institution_leaves_nothing_behind(team_ws: Workspace) -> None:
    data = {
        "title": "T",
        "start_date": "2026-03-02",
        "end_date": "2026-03-02",
        "venue": "V",
        "organiser_institution": "Akademia e Re",
    }
    assert team_ws.records.validate("training", data) == {}
    assert team_ws.reference.find_institution("Akademia e Re", "RS") is None
    saved = team_ws.records.create("training", data)
    assert team_ws.reference.name("institution", saved["organiser_institution"]) == "Akademia e Re"
    again = team_ws.records.get(saved["id"], consult=False)
    assert again["organiser_institution"] == saved["organiser_institution"]
