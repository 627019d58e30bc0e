"""The service calls the demo's bulk path relies on: many records in one transaction, and
workflow actions dated when they happened."""

from __future__ import annotations

from datetime import date

import pytest

from csc_desktop.domain.fields import Kind
from csc_desktop.errors import ValidationError
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace

PRE = {
    "title": "Кријумчарење миграната",
    "opened_on": "2025-04-01",
    "crime_areas": ["migrant_smuggling"],
}


def test_create_many_is_all_or_nothing_and_names_the_bad_item(team_ws: Workspace) -> None:
    items = [
        {**PRE, "reference": "КТО-1/25"},
        {**PRE, "reference": "КТО-2/25"},
        {**PRE, "reference": "КТО-1/25"},  # the same reference twice
    ]
    entries = team_ws.verify_audit().entries
    with pytest.raises(ValidationError) as exc:
        team_ws.records.create_many(Kind.PRE_INVESTIGATION, items)
    assert list(exc.value.errors) == ["[3].reference"]
    assert team_ws.records.count(ListQuery(Kind.PRE_INVESTIGATION)) == 0
    assert team_ws.verify_audit().entries == entries


def test_create_many_gives_what_create_gives(team_ws: Workspace) -> None:
    seen: list[int] = []
    ids = team_ws.records.create_many(
        Kind.PRE_INVESTIGATION,
        ({**PRE, "reference": f"КТО-{n}/25"} for n in range(1, 4)),
        progress=seen.append,
    )
    single = team_ws.records.create(Kind.PRE_INVESTIGATION, {**PRE, "reference": "КТО-9/25"})
    assert seen == [1, 2, 3] and len(set(ids)) == 3
    for record_id in ids:
        record = team_ws.records.get(record_id, consult=False)
        assert record["status"] == single["status"] == "supported"
        assert record["country"] == "RS" and record["crime_areas"] == ["migrant_smuggling"]
    found = {
        r["id"]
        for r in team_ws.records.rows(ListQuery(Kind.PRE_INVESTIGATION, search="krijumcarenje"))
    }
    assert found == {*ids, single["id"]}


def test_workflow_actions_entered_afterwards_keep_their_day(team_ws: Workspace) -> None:
    taf = team_ws.records.create(
        Kind.TAF_REQUEST,
        {
            "title": "Expert mission",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "workshop",
        },
    )
    submitted = team_ws.records.change_status(taf["id"], "submit", on=date(2025, 3, 4))
    assert submitted["submitted_on"] == "2025-03-04" and submitted["status"] == "submitted"
    with team_ws.transaction() as tx:
        team_ws.records.change_status_in(tx, taf["id"], "withdraw")
    assert team_ws.records.get(taf["id"], consult=False)["status"] == "draft"
    today = team_ws.records.change_status(taf["id"], "submit")
    assert today["submitted_on"] == date.today().isoformat()
