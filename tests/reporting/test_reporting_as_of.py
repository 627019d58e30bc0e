""" "As of": which bundles from which teams the figures include, and how old each team's data is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, insert

from csc_desktop.reporting.asof import as_of
from csc_desktop.reporting.scope import Scope
from csc_desktop.reporting.service import run_report
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import RECORD_TABLES, metadata, milestones
from csc_desktop.sync import fingerprint
from tests.conftest import PASSPHRASE

SCOPE = Scope(date(2025, 1, 1), date(2025, 12, 31), ("RS", "XK"))


def test_hq_sees_the_bundles_each_team_sent(tmp_path: Path) -> None:
    hq = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    team = Workspace.create(
        tmp_path / "rs", PASSPHRASE, role="team", person="Ana Petrović", country="RS"
    )
    hq_card, team_card = hq.sync.card(), team.sync.card()
    team.sync.enrol(hq_card.to_json(), fingerprint(hq_card))
    hq.sync.enrol(team_card.to_json(), fingerprint(team_card))
    team.records.create(
        "milestone",
        {
            "title": "Draft law on international cooperation in criminal matters",
            "milestone_kind": "draft_law_cross_border",
            "institution": "rs-moj",
            "reached_on": "2025-05-20",
        },
    )
    usb = tmp_path / "usb"
    usb.mkdir()
    (bundle,) = team.sync.export_bundle(usb)
    assert bundle.path is not None
    hq.sync.import_bundles([bundle.path])

    report = run_report(hq, SCOPE)
    assert report.figures["draft_laws_cross_border"].figure() == 1
    freshness = report.as_of
    assert freshness.from_bundles
    (serbia,) = freshness.teams
    assert (serbia.device_id, serbia.country, serbia.person) == (
        team.identity.device_id,
        "RS",
        "Ana Petrović",
    )
    assert [b.sequence for b in serbia.bundles] == [1]
    assert serbia.records == 1 and not serbia.is_this_device
    assert serbia.age_days(freshness.now) is not None and serbia.age_days(freshness.now) < 1
    assert freshness.countries_without_data == ("XK",)

    # Every reported country has an enrolled team: read from the sync tables and indexes only.
    only_serbia = run_report(hq, Scope(SCOPE.first, SCOPE.last, ("RS",))).as_of
    (serbia,) = only_serbia.teams
    assert (serbia.device_id, serbia.records, [b.sequence for b in serbia.bundles]) == (
        team.identity.device_id,
        1,
        [1],
    )
    assert serbia.latest_data_at == serbia.bundles[0].created_at
    assert only_serbia.countries_without_data == ()

    # The team sees its own figures, on its own data, with the same definitions.
    own = run_report(team, Scope(SCOPE.first, SCOPE.last, ("RS",)))
    assert own.figures["draft_laws_cross_border"].figure() == 1
    assert [(t.is_this_device, t.records) for t in own.as_of.teams] == [(True, 1)]
    assert own.as_of.teams[0].latest_change_at is not None
    hq.engine.dispose()
    team.engine.dispose()


def test_a_profile_without_sync_tables_still_says_how_old_the_data_is() -> None:
    engine = create_engine("sqlite://")
    tables = [*RECORD_TABLES.values()]
    metadata.create_all(engine, tables=[t for t in metadata.sorted_tables if t in tables])
    row = {
        "origin_device": "team-device",
        "version": "1",
        "field_versions": {},
        "change_seq": 1,
        "deleted": False,
        "created_by": "Ana",
        "updated_by": "Ana",
        "status": "recorded",
        "country": "XK",
        "milestone_kind": "eurojust_agreement",
        "institution": "xk-moj",
        "reached_on": date(2025, 3, 1),
    }
    with engine.begin() as conn:
        conn.execute(
            insert(milestones),
            [
                {
                    **row,
                    "id": "a",
                    "title": "A",
                    "created_at": "2025-03-01T10:00:00.000Z",
                    "updated_at": "2025-03-01T10:00:00.000Z",
                },
                {
                    **row,
                    "id": "b",
                    "title": "B",
                    "created_at": "2025-03-05T10:00:00.000Z",
                    "updated_at": "2025-03-09T10:00:00.000Z",
                },
            ],
        )
        freshness = as_of(
            conn,
            this_device="hq-device",
            this_country=None,
            this_person="Maria",
            countries=("XK", "AL"),
            now="2025-03-19T10:00:00Z",
        )
    assert not freshness.from_bundles
    (kosovo,) = freshness.teams
    assert (kosovo.country, kosovo.records, kosovo.latest_change_at) == (
        "XK",
        2,
        "2025-03-09T10:00:00.000Z",
    )
    assert kosovo.age_days(freshness.now) == 10.0
    assert freshness.countries_without_data == ("AL",)
