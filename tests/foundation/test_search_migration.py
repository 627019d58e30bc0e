"""Migration 0004: a database of the previous schema gets its search rows filled and its index
rebuilt, and finds what it found before."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select

from csc_desktop.domain.fields import DATE_FIELD, Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate, sqlite
from csc_desktop.store.migrations import HEAD
from csc_desktop.store.schema import RECORD_TABLES, search_docs
from tests.conftest import PASSPHRASE

QUERIES = ("beograd", "djukic", "skopje", "tirane", "obuka", "ekspert")


def _fill(ws: Workspace) -> None:
    ws.records.create(
        "training",
        {
            "title": "Обука у Београду",
            "start_date": "2026-03-02",
            "end_date": "2026-03-03",
            "venue": "Палата правде",
            "participants": [{"name": "Đorđe Đukić", "gender": "male"}],
        },
    )
    held = ws.records.create(
        "training",
        {
            "title": "Obuka u Skopju",
            "start_date": "2026-04-02",
            "end_date": "2026-04-02",
            "venue": "Скопје",
        },
    )
    ws.records.change_status(held["id"], "mark_held")
    ws.records.create(
        "taf-request",
        {
            "title": "Ekspertizë për Tiranë",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "workshop",
        },
    )
    gone = ws.records.create(
        "training",
        {
            "title": "Obuka obrisana",
            "start_date": "2026-05-02",
            "end_date": "2026-05-02",
            "venue": "Niš",
        },
    )
    ws.records.delete(gone["id"])


def _as_at_0003(ws: Workspace) -> None:
    """Downgrade to 0003, with the index as 0003 built it (no 4-letter prefix index)."""
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            documents = conn.exec_driver_sql("SELECT rowid, body FROM search_fts").all()
            command.downgrade(migrate._config(conn), "0003")
            conn.exec_driver_sql("DROP TABLE search_fts")
            conn.exec_driver_sql(
                "CREATE VIRTUAL TABLE search_fts USING fts5("
                "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
            )
            sqlite.put_search_documents(conn, [(r[0], r[1]) for r in documents])
            assert not sqlite.search_index_is_current(conn)
    ws.engine.dispose()


def test_a_database_at_0003_is_upgraded_and_finds_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="RS")
    _fill(ws)
    found = {q: ws.search.find(q) for q in QUERIES}
    listed = ws.records.rows(ListQuery(Kind.TRAINING, search="obuka", order_by="start_date"))
    assert [r["title"] for r in listed] == ["Obuka u Skopju", "Обука у Београду"]
    _as_at_0003(ws)

    again = Workspace.unlock(folder, PASSPHRASE)
    assert migrate.current_revision(again.engine) == HEAD
    assert {q: again.search.find(q) for q in QUERIES} == found
    assert again.records.rows(ListQuery(Kind.TRAINING, search="obuka", order_by="start_date")) == (
        listed
    )
    held = ListQuery(Kind.TRAINING, search="obuka", statuses=("held",))
    assert [r["title"] for r in again.records.rows(held)] == ["Obuka u Skopju"]
    assert again.records.count(held) == 1
    with again.reading() as conn:
        assert sqlite.search_index_is_current(conn)
        rows = {r.record_id: r for r in conn.execute(select(search_docs))}
        records = 0
        for kind, table in RECORD_TABLES.items():
            for record in conn.execute(select(table).where(table.c.deleted.is_(False))).mappings():
                row = rows[record["id"]]
                assert (row.kind, row.day, row.status, row.country) == (
                    kind.value,
                    record[DATE_FIELD[kind]],
                    record["status"],
                    record["country"],
                )
                records += 1
        assert records == len(rows) == 3
    again.close()
