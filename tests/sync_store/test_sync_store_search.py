"""Records new to HQ are indexed in bulk: their search documents and crime-area rows must be
exactly what the record services give the same record."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sync_store_parties import PRE_INVESTIGATION, TAF, TRAINING

from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import RECORD_TABLES, record_crime_areas, search_docs


def words_of_documents(ws: Workspace) -> dict[str, tuple[set[str], set[str]]]:
    """Per record: (words stored in the index, words SearchService.document gives now)."""
    found = {}
    with ws.reading() as conn:
        for kind, table in RECORD_TABLES.items():
            for row in conn.execute(select(table).where(table.c.deleted.is_(False))).mappings():
                rowid = conn.execute(
                    select(search_docs.c.rowid).where(search_docs.c.record_id == row["id"])
                ).scalar_one()
                stored = conn.exec_driver_sql(
                    "SELECT body FROM search_fts WHERE rowid = ?", (rowid,)
                ).scalar_one()
                fresh = ws.search.document(conn, kind, dict(row))
                found[row["id"]] = (set(stored.split()), set(fresh.split()))
    return found


def crime_areas(ws: Workspace) -> set[tuple[str, str, str | None]]:
    with ws.reading() as conn:
        return {tuple(r) for r in conn.execute(select(record_crime_areas))}  # type: ignore[misc]


def test_bulk_indexing_matches_the_record_services(
    team: Workspace, hq: Workspace, stick: Path
) -> None:
    team.records.create(
        "training",
        {
            **TRAINING,
            "crime_areas": ["drug_trafficking"],
            "organiser_institution": "rs-ppooc",
            "participants": [
                {"name": "Љубиша Ђорђевић", "gender": "male", "institution": "rs-ppooc"},
                {"name": "Mira Hoxha", "gender": "female", "position": "Analyst"},
                {"name": "Nova Osoba", "gender": "female", "institution": "Novi institut"},
            ],
        },
    )
    team.records.create(
        "pre-investigation",
        {**PRE_INVESTIGATION, "lead_institution": "rs-ppooc", "institutions": ["Treći organ"]},
    )
    team.records.create("taf-request", {**TAF, "topic": "Joint investigation teams"})
    [out] = team.sync.export_bundle(stick)
    assert out.path is not None
    [result] = hq.sync.import_bundles([out.path])
    assert result.status == "applied"

    documents = words_of_documents(hq)
    assert len(documents) == 3
    for record_id, (stored, fresh) in documents.items():
        assert stored == fresh, record_id
        assert stored  # something to find
    assert crime_areas(hq) == crime_areas(team)
    assert hq.search.find("djordjevic") and hq.search.find("novi institut")
