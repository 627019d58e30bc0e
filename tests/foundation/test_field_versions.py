"""Field versions are stored with the version most fields share written once, and read back as
the plain field -> version map, whatever form a row was stored in."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from csc_desktop.services.sync.outgoing import SAME_VERSION, deleted_version, row_change
from csc_desktop.services.sync.rowspecs import DELETED, ROW_SPECS
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.field_versions import SAME, compact, expand
from csc_desktop.store.schema import trainings

V1 = "1795982832275-00000-01a228eb-3128-70f4-b024-1a1ae041c44a"
V2 = "1795982832299-00003-01a228eb-3128-70f4-b024-1a1ae041c44a"


def test_shared_version_is_written_once() -> None:
    stored = compact({"title": V1, "venue": V1, "notes": V2})
    assert stored == {"@": V1, "title": 0, "venue": 0, "notes": V2}
    assert expand(stored) == {"title": V1, "venue": V1, "notes": V2}
    assert list(expand(stored)) == ["title", "venue", "notes"]  # the order kept


def test_a_bundles_mark_is_the_stored_forms_mark() -> None:
    # Rows new to a store are stored with their bundle's field versions as they come
    # (services.sync.new_rows): a field marked SAME_VERSION has the change's own version.
    assert SAME == SAME_VERSION and type(SAME) is type(SAME_VERSION)


def test_ties_share_the_newest_version() -> None:
    assert compact({"a": V1, "b": V2})["@"] == V2


def test_maps_that_are_not_plain_versions_are_stored_as_they_are() -> None:
    assert compact({}) == {}
    odd = {"seq": 0, "title": V1}  # a number among the versions: nothing replaced
    assert compact(odd) is odd
    assert expand(odd) == odd


@given(
    st.dictionaries(
        st.text(min_size=1).filter(lambda k: k != "@"),
        st.sampled_from([V1, V2, "x", ""]) | st.integers(-2, 2) | st.booleans(),
        max_size=12,
    )
)
def test_every_map_reads_back_as_written(versions: dict[str, object]) -> None:
    assert expand(json.loads(json.dumps(compact(versions)))) == versions


def test_rows_read_the_same_whichever_form_they_were_stored_in(team_ws: Workspace) -> None:
    record = team_ws.records.create(
        "training",
        {
            "title": "Financial investigations",
            "country": "RS",
            "start_date": "2026-03-02",
            "end_date": "2026-03-04",
            "venue": "Belgrade",
        },
    )
    with team_ws.reading() as conn:
        written = conn.execute(select(trainings.c.field_versions)).scalar_one()
        stored = conn.exec_driver_sql("SELECT field_versions FROM trainings").scalar_one()
    assert set(written.values()) == {record["version"]}
    assert json.loads(stored)["@"] == record["version"]
    assert len(stored) < len(json.dumps(written)) / 2
    # A profile written before the compact form holds plain maps: they read unchanged and the
    # record can still be edited.
    with team_ws.transaction() as tx:
        tx.conn.exec_driver_sql("UPDATE trainings SET field_versions = ?", (json.dumps(written),))
    with team_ws.reading() as conn:
        assert conn.execute(select(trainings.c.field_versions)).scalar_one() == written
    edited = team_ws.records.update(record["id"], {"venue": "Tirana"})
    with team_ws.reading() as conn:
        now = conn.execute(select(trainings.c.field_versions)).scalar_one()
    assert now["venue"] == edited["version"]
    assert now["title"] == record["version"]
    # None is written as JSON null, as before (the column refuses SQL NULL).
    with team_ws.transaction() as tx:
        tx.conn.execute(update(trainings).values(field_versions=None))
        stored = tx.conn.exec_driver_sql("SELECT field_versions FROM trainings").scalar_one()
    assert stored == "null"


@pytest.mark.parametrize("tombstone", [None, V1, V2])
@pytest.mark.parametrize("row_version", [V1, V2])
def test_a_change_is_the_same_from_the_plain_map_and_from_the_stored_form(
    row_version: str, tombstone: str | None
) -> None:
    spec = ROW_SPECS["participant"]
    versions = {"name": V1, "gender": V1, "position": V2}
    if tombstone:
        versions[DELETED] = tombstone
    row = {
        "id": "01a2283c-1819-7194-b14a-000000000001",
        "origin_device": "01a228eb-3128-70f4-b024-1a1ae041c44a",
        "version": row_version,
        "deleted": tombstone is not None,
        **dict.fromkeys(spec.names),
        "name": "Jelena Vuković",
        "gender": "female",
        "position": "Inspector",
    }
    plain = row_change(spec, {**row, "field_versions": versions})
    stored = row_change(spec, {**row, "field_versions": compact(versions)})
    assert stored == plain
    assert deleted_version({**row, "field_versions": compact(versions)}) == (tombstone or None)
