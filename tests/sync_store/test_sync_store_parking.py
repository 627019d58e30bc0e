"""A participant that arrives before its training waits for it instead of being lost."""

from __future__ import annotations

from sqlalchemy import func, select
from sync_store_parties import TRAINING, people

from csc_desktop.services.sync.export import team_outgoing
from csc_desktop.services.sync.merge import Merger
from csc_desktop.services.sync.outgoing import expand_versions
from csc_desktop.services.sync.rowspecs import PARTICIPANT_SPEC, RECORD_SPECS
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.sync_schema import sync_parked


def test_a_participant_before_its_training(team: Workspace, hq: Workspace) -> None:
    training = team.records.create("training", {**TRAINING, "participants": people("Lea Kovač")})
    with team.transaction() as tx:
        changes = team_outgoing(tx, hq.identity.device_id, with_content=False).changes
    for change in changes:
        expand_versions(change)
    [person] = [c for c in changes if c["kind"] == "participant"]
    [record] = [c for c in changes if c["kind"] == "training"]

    with hq.transaction() as tx:
        merger = Merger(tx, team.identity.device_id, "team")
        merger.apply_rows(PARTICIPANT_SPEC, [person], {})
        merger.apply_rows(PARTICIPANT_SPEC, [person], {})  # again: still one waiting
        assert merger.counts["parked"] == 1
    with hq.reading() as conn:
        assert conn.execute(select(func.count()).select_from(sync_parked)).scalar_one() == 1

    with hq.transaction() as tx:
        merger = Merger(tx, team.identity.device_id, "team")
        merger.apply_rows(RECORD_SPECS["training"], [record], {})
        merger.unpark()
        merger.rederive()
    with hq.reading() as conn:
        assert conn.execute(select(func.count()).select_from(sync_parked)).scalar_one() == 0
    arrived = hq.records.get(training["id"], consult=False)
    assert [p["name"] for p in arrived["participants"]] == ["Lea Kovač"]
    assert (training["id"], "training") in hq.search.find("lea kovac")
