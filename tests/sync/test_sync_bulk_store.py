"""The store helpers a large import relies on: a lookup by any number of keys (more than SQLite
lets a statement bind), rows inserted as plain tuples stored as SQLAlchemy stores them, and rows
built column by column as they are built one by one."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, insert, select

from csc_desktop.domain.ids import uuid7
from csc_desktop.reporting.indicators import HELD
from csc_desktop.reporting.sources import live
from csc_desktop.services.sync.bulk import insert_rows, page_cache_for_bulk
from csc_desktop.services.sync.merge import Merger, expanded
from csc_desktop.services.sync.new_rows import can_build, new_rows
from csc_desktop.services.sync.rowspecs import RECORD_SPECS
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.field_versions import expand
from csc_desktop.store.schema import participants, trainings
from csc_desktop.store.sqlite import keyed_by, one_of
from csc_desktop.store.sync_schema import sync_conflicts, team_audit_log

PASSPHRASE = "correct horse battery staple, twice"


def _training(title: str, number: int) -> dict[str, object]:
    return {
        "id": uuid7(),
        "origin_device": "d",
        "version": f"{number:013d}-00000-d",
        "field_versions": {"title": f"{number:013d}-00000-d"},
        "change_seq": number,
        "deleted": number % 2 == 0,
        "created_at": "2026-11-29T10:00:00Z",
        "created_by": "Ana",
        "updated_at": "2026-11-29T10:00:00Z",
        "updated_by": "Ana",
        "status": "held",
        "title": title,
        "country": "RS",
        "crime_areas": None,
        "beneficiary_institutions": ["i1", "i2"],
        "start_date": date(2026, 3, number % 28 + 1),
        "notes": None,
    }


def _two_hundred_trainings(tmp_path: Path) -> tuple[Workspace, list[dict[str, object]]]:
    ws = Workspace.create(tmp_path / "p", PASSPHRASE, role="team", person="Ana", country="RS")
    rows = [_training(f"T{n}", n) for n in range(1, 201)]
    with ws.transaction() as tx:
        tx.conn.execute(insert(trainings), rows)
    return ws, rows


def test_lookup_by_more_keys_than_a_statement_may_bind(tmp_path: Path) -> None:
    ws, rows = _two_hundred_trainings(tmp_path)
    wanted = [str(r["id"]) for r in rows[::3]]
    keys = [*wanted, *(uuid7() for _ in range(40_000))]  # SQLite binds at most 32,766
    with ws.reading() as conn:
        found = conn.execute(select(trainings.c.id).where(one_of(trainings.c.id, keys))).scalars()
        assert sorted(found) == sorted(wanted)
        assert conn.execute(select(trainings.c.id).where(one_of(trainings.c.id, []))).all() == []


def test_a_keyed_read_gives_each_row_of_the_keys_once(tmp_path: Path) -> None:
    ws, rows = _two_hundred_trainings(tmp_path)
    wanted = [str(r["id"]) for r in rows[::3]]
    keys = [*wanted, *wanted[:10], *(uuid7() for _ in range(40_000))]  # repeated and absent
    with ws.reading() as conn:
        keyed = select(trainings.c.id, trainings.c.title).select_from(
            keyed_by(trainings.c.id, keys)
        )
        found = conn.execute(keyed.where(trainings.c.deleted.is_(False))).all()
        assert sorted(found) == sorted(
            (str(r["id"]), r["title"]) for r in rows[::3] if not r["deleted"]
        )
        nothing = select(trainings.c.id).select_from(keyed_by(trainings.c.id, []))
        assert conn.execute(nothing).all() == []


def _plan(conn: Connection, statement: Any) -> tuple[list[str], set[str]]:
    sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
    steps = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    return steps, {row[1] for row in conn.exec_driver_sql(f"EXPLAIN {sql}")}


def test_a_keyed_read_starts_from_the_keys_and_copies_none(tmp_path: Path) -> None:
    """Tens of thousands of keys: SQLite reads them as given and probes the key column's index
    for each. An `IN (SELECT …)` copies them into a temporary b-tree first; a join left to the
    planner may start from the table's rows of one device and read every key for each. Each
    read of the import and export by `keyed_by` is here."""
    ws = Workspace.create(tmp_path / "p", PASSPHRASE, role="hq", person="Ana")
    keys = ["a", "b"]
    reads = {
        "(device=? AND seq=?)": select(team_audit_log.c.seq, team_audit_log.c.hash)
        .select_from(keyed_by(team_audit_log.c.seq, [1, 2]))
        .where(team_audit_log.c.device == "d"),
        "(id=?)": select(trainings).select_from(keyed_by(trainings.c.id, keys)),
        # the reports' upkeep: a training's state read, not required (see buckets.py)
        "(id=?) ": select(
            trainings.c.id, trainings.c.country, trainings.c.start_date, live(trainings), HELD
        ).select_from(keyed_by(trainings.c.id, keys)),
        "(training_id=? AND deleted=?)": select(participants.c.name)
        .select_from(keyed_by(participants.c.training_id, keys))
        .where(participants.c.deleted.is_(False)),
        "(row_id=?)": select(sync_conflicts.c.row_id, sync_conflicts.c.field)
        .select_from(keyed_by(sync_conflicts.c.row_id, keys))
        .where(sync_conflicts.c.state == "open"),
    }
    with ws.reading() as conn:
        for probe, read in reads.items():
            steps, opcodes = _plan(conn, read)
            assert steps[0].startswith("SCAN") and "VIRTUAL TABLE" in steps[0], steps
            assert steps[1].startswith("SEARCH") and steps[1].endswith(probe.strip()), steps
            assert "OpenEphemeral" not in opcodes
        _, opcodes = _plan(conn, select(trainings.c.id).where(one_of(trainings.c.id, keys)))
        assert "OpenEphemeral" in opcodes  # what the join avoids


def test_rows_inserted_as_tuples_read_back_as_sqlalchemy_would_store_them(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "p", PASSPHRASE, role="team", person="Ana", country="RS")
    ours, theirs = [_training("Ours", 1), _training("Ours", 2)], [_training("Theirs", 1)]
    theirs[0]["start_date"], theirs[0]["deleted"] = ours[0]["start_date"], ours[0]["deleted"]
    with ws.transaction() as tx:
        insert_rows(tx.conn, trainings, ours)
        tx.conn.execute(insert(trainings), theirs)
    columns = [c for c in trainings.c if c.name not in ("id", "title", "version", "change_seq")]
    with ws.reading() as conn:
        stored = {
            f"{row[0]}{row[1]}": dict(zip([c.name for c in columns], row[2:], strict=True))
            for row in conn.execute(select(trainings.c.title, trainings.c.change_seq, *columns))
        }
        raw = {
            title: text
            for title, text in conn.exec_driver_sql(
                "SELECT title || change_seq, quote(crime_areas) || quote(start_date) FROM trainings"
            )
        }
    assert stored["Ours1"] == stored["Theirs1"]  # JSON, dates, booleans alike
    assert stored["Ours2"]["deleted"] is True and stored["Ours2"]["start_date"] == date(2026, 3, 3)
    assert raw["Ours1"] == raw["Theirs1"]  # the same text in the file (JSON null, ISO date)


def test_lists_dumped_once_per_distinct_value_are_stored_as_each_would_be(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "p", PASSPHRASE, role="team", person="Ana", country="RS")
    lists: list[object] = [[True], [1], [1.0], ["a"], [], None, ["a"], [True, 1], [[1]], [True]]
    rows = [_training(f"T{n}", n) for n in range(1, len(lists) + 1)]
    for row, value in zip(rows, lists, strict=True):
        row["beneficiary_institutions"] = value
    theirs = [{**row, "id": uuid7(), "title": "Theirs"} for row in rows]
    with ws.transaction() as tx:
        insert_rows(tx.conn, trainings, rows)
        tx.conn.execute(insert(trainings), theirs)
    with ws.reading() as conn:
        stored = conn.exec_driver_sql(
            "SELECT title, change_seq, quote(beneficiary_institutions) FROM trainings"
        ).all()
    ours = {seq: text for title, seq, text in stored if title != "Theirs"}
    assert ours == {seq: text for title, seq, text in stored if title == "Theirs"}
    assert ours[1] == "'[true]'" and ours[2] == "'[1]'" and ours[3] == "'[1.0]'"


def test_rows_built_column_by_column_are_the_rows_built_one_by_one(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "p", PASSPHRASE, role="hq", person="Ana")
    team = "01a2283c-15c4-714f-995e-1641a26ef35f"
    version = f"1795971356697-00000-{team}"
    other = f"1795971356600-00004-{team}"
    changes = [
        {
            "kind": "training",
            "id": uuid7(),
            "fields": {
                "title": "Обука",
                "country": "RS",
                "status": "held",
                "start_date": "2026-01-05" if n else None,
                "crime_areas": ["THB"],
            },
            "field_versions": {"title": other, "country": 0, "status": version},
            "version": version,
            "origin_device": team,
            "deleted": n == 2,
            "created_at": "2026-11-29T16:55:56.695Z" if n else None,
            "created_by": "T RS",
        }
        for n in range(3)
    ]
    spec = RECORD_SPECS["training"]
    assert can_build(spec)
    with ws.transaction() as tx:
        merger = Merger(tx, team, "team")
        one_by_one = [
            merger._new_row(spec, expanded(copy.deepcopy(change)), {}, set()) for change in changes
        ]
        built = new_rows(spec, changes, tx.now).dicts()
    # The versions as a bundle carries them, in the stored form: the same once read.
    assert [{**row, "field_versions": expand(row["field_versions"])} for row in built] == one_by_one
    assert one_by_one[0]["field_versions"] == {
        "title": other,
        "country": version,
        "status": version,
    }


def test_a_bulk_load_raises_the_page_cache_and_gives_it_back(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "p", PASSPHRASE, role="team", person="Ana", country="RS")

    def cache_size(conn: Connection) -> int:
        return int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())

    with ws.transaction() as tx:
        usual = cache_size(tx.conn)
        with page_cache_for_bulk(tx.conn):
            assert cache_size(tx.conn) < usual < 0  # negative: KiB, more of them
        assert cache_size(tx.conn) == usual
        with pytest.raises(ZeroDivisionError), page_cache_for_bulk(tx.conn):
            1 / 0  # noqa: B018
        assert cache_size(tx.conn) == usual
