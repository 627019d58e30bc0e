"""How the services write: every INSERT and UPDATE rolls back the whole transaction on a failed
constraint (no statement journal to keep), and search documents are written when the
transaction ends."""

from __future__ import annotations

import ctypes
import re
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import event, insert, select, text

from csc_desktop.domain.fields import Kind
from csc_desktop.domain.ids import uuid7
from csc_desktop.errors import CscError
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate, sqlite
from csc_desktop.store.migrations import HEAD
from csc_desktop.store.schema import meta, participants
from csc_desktop.store.sqlite import replace_table_definition, write_transaction
from tests.conftest import PASSPHRASE

TRAINING = {
    "title": "Обука за финансиске истраги",
    "start_date": "2026-03-02",
    "end_date": "2026-03-03",
    "venue": "Скопје",
    "participants": [{"name": "Ѓорѓи Ќосевски", "gender": "male"}],
}


def test_triggers_use_upserts_not_conflict_clauses(team_ws: Workspace) -> None:
    """An `OR IGNORE` in a trigger would be overridden by the `OR ROLLBACK` of the statement
    that fires it: a harmless duplicate would then roll back the user's save."""
    with team_ws.reading() as conn:
        triggers = conn.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        ).all()
    assert triggers, "the schema has triggers"
    clause = re.compile(r"\b(INSERT|UPDATE|REPLACE)\s+OR\s+(IGNORE|REPLACE|ABORT|FAIL)\b", re.I)
    offending = [name for name, sql in triggers if clause.search(sql)]
    assert offending == [], f"use INSERT … ON CONFLICT DO NOTHING in {offending}"


def test_writes_to_tables_with_triggers_roll_back_on_conflict(team_ws: Workspace) -> None:
    """A write that fires a trigger and may fail on a constraint makes SQLite keep a statement
    journal (every page touched, copied in locked memory): such writes say `OR ROLLBACK`."""
    with team_ws.reading() as conn:
        watched = set(
            conn.execute(
                text("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
    assert {"trainings", "participants"} <= watched
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(team_ws.engine, "before_cursor_execute", record)
    try:
        record_id = team_ws.records.create("training", dict(TRAINING))["id"]
        team_ws.records.update(record_id, {"venue": "Охрид", "participants": []})
        team_ws.records.change_status(record_id, "cancel")
    finally:
        event.remove(team_ws.engine, "before_cursor_execute", record)
    target = re.compile(r"\s*(?:INSERT|UPDATE)(?: OR \w+)?(?: INTO)? (?:main\.)?(\w+)")
    writes = [(m.group(1), s) for s in seen if (m := target.match(s)) and m.group(1) in watched]
    assert {"trainings", "participants"} <= {table for table, _ in writes}
    assert [s for _, s in writes if not re.match(r"\s*(INSERT|UPDATE) OR ROLLBACK ", s)] == []


def test_a_failed_statement_leaves_nothing_of_the_transaction(team_ws: Workspace) -> None:
    """The second INSERT of the same key fails; the record created before it in the same
    transaction is gone too, and the profile takes new writes afterwards."""
    with pytest.raises(CscError), team_ws.transaction() as tx:
        team_ws.records._create(tx, Kind.TRAINING, dict(TRAINING))
        tx.conn.execute(insert(meta), {"key": "device_id", "value": "twice"})
    assert team_ws.records.rows(ListQuery("training")) == []
    assert team_ws.search.find("cosevski") == []
    team_ws.records.create("training", dict(TRAINING))
    assert len(team_ws.records.rows(ListQuery("training"))) == 1


def test_search_documents_follow_the_last_write_of_a_transaction(team_ws: Workspace) -> None:
    ws = team_ws
    with ws.transaction() as tx:
        renamed = ws.records._create(tx, Kind.TRAINING, dict(TRAINING))
        ws.records.update_in(tx, renamed, {"title": "Радионица за заеднички истражни тимови"})
        kept = ws.records._create(tx, Kind.TRAINING, {**TRAINING, "title": "Обука во Охрид"})
    assert ws.search.find("zaednicki istrazni") == [(renamed, "training")]
    assert ws.search.find("finansiski") == []  # the title it was created with
    assert ws.search.find("ohrid") == [(kept, "training")]
    assert {found for found, _ in ws.search.find("cosevski")} == {renamed, kept}
    ws.records.delete(kept)
    assert ws.search.find("ohrid") == []


def test_many_records_created_at_once_are_all_found(team_ws: Workspace) -> None:
    ids = team_ws.records.create_many(
        "training", [{**TRAINING, "title": f"Обука број {n}"} for n in range(40)]
    )
    found = {record_id for record_id, _ in team_ws.search.find("obuka", limit=100)}
    assert found == set(ids)


def test_upgrade_makes_the_marking_triggers_again(tmp_path: Path) -> None:
    """A database whose reports' triggers said `OR IGNORE` (revision 0009) gets them again
    with `ON CONFLICT DO NOTHING`, and an edit that marks an already marked month saves."""
    folder = tmp_path / "old"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana Petrović", country="MK")
    record_id = ws.records.create("training", dict(TRAINING))["id"]
    with write_transaction(ws.engine) as conn:
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'report_stale_%'"
        ).all():
            old = sql.replace("INSERT INTO", "INSERT OR IGNORE INTO").replace(
                " ON CONFLICT DO NOTHING", ""
            )
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
            conn.exec_driver_sql(old)
        command.stamp(migrate._config(conn), "0009")
    ws.engine.dispose()
    again = Workspace.unlock(folder, PASSPHRASE)
    try:
        assert migrate.current_revision(again.engine) == HEAD
        test_triggers_use_upserts_not_conflict_clauses(again)
        again.records.update(record_id, {"venue": "Битола"})
        again.records.update(record_id, {"venue": "Охрид"})
        assert again.records.get(record_id, consult=False)["venue"] == "Охрид"
    finally:
        again.engine.dispose()


def test_a_save_leaves_the_reports_kept_counts_exact(team_ws: Workspace) -> None:
    """Each write transaction of the services ends by counting again the months it marked."""
    from csc_desktop.reporting.upkeep import bring_up_to_date
    from csc_desktop.store.schema import report_stale
    from tests.reporting.kept_checks import assert_kept_counts_exact

    record_id = team_ws.records.create("training", dict(TRAINING))["id"]
    team_ws.records.update(record_id, {"start_date": "2025-12-01", "end_date": "2025-12-02"})
    with team_ws.reading() as conn:
        assert conn.execute(select(report_stale)).all() == []
    with team_ws.transaction() as tx:
        assert bring_up_to_date(tx.conn) == 0
        assert_kept_counts_exact(tx.conn)


# Inline in SQLite's code generator: no call, so no statement journal for the writes that fire
# the trigger. Any other function (substr, json_extract…) might fail, and SQLite then keeps one.
_INLINE = {"coalesce", "ifnull"}
_NOT_CALLS = {"exists", "in", "values", "and", "or", "not", "when", "select"}


def _calls(sql: str) -> set[str]:
    body = sql[sql.upper().index(" BEGIN ") :]
    body = re.sub(r"\bINTO\s+\w+\s*\(", "INTO x ", body, flags=re.I)  # a column list
    return {name.lower() for name in re.findall(r"\b(\w+)\s*\(", body)} - _NOT_CALLS


def test_triggers_call_no_sql_function(team_ws: Workspace) -> None:
    with team_ws.reading() as conn:
        triggers = conn.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        ).all()
    assert any("coalesce" in _calls(sql) for _, sql in triggers), "the reading sees the calls"
    called = {name: _calls(sql) - _INLINE for name, sql in triggers}
    assert {name: calls for name, calls in called.items() if calls} == {}


def test_foreign_keys_are_checked_at_commit(team_ws: Workspace) -> None:
    """Every key is DEFERRABLE INITIALLY DEFERRED (an immediate one makes every insert into a
    table with triggers keep a statement journal); a participant of no training still fails the
    whole save, and the profile saves normally afterwards."""
    with team_ws.reading() as conn:
        tables = conn.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%REFERENCES%'"
            )
        ).all()
    assert [name for name, _ in tables] == ["participants"]
    for name, sql in tables:
        assert sql.count("REFERENCES") == sql.count("DEFERRABLE INITIALLY DEFERRED"), name
    ws = team_ws
    with pytest.raises(CscError), ws.transaction() as tx:
        created = ws.records._create(tx, Kind.TRAINING, dict(TRAINING))
        assert created
        tx.conn.execute(
            text("UPDATE participants SET training_id = 'no such training' WHERE training_id = :t"),
            {"t": created},
        )
    assert ws.records.rows(ListQuery("training")) == []
    with ws.reading() as conn:
        assert conn.execute(text("SELECT count(*) FROM participants")).scalar() == 0
    record_id = ws.records.create("training", dict(TRAINING))["id"]
    assert len(ws.records.get(record_id, consult=False)["participants"]) == 1


def _as_at_0010(conn: Any) -> None:
    """What revision 0010 made: marks by month through `substr`, an immediate key."""
    from csc_desktop.reporting import marks

    for name, sql in marks.trigger_statements().items():
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
        old = re.sub(
            r"coalesce\((\w+\.)?(\w+_(?:on|date)), ''\)", r"coalesce(substr(\1\2, 1, 7), '')", sql
        )
        conn.exec_driver_sql(
            old.replace("(table_name, day, country)", "(table_name, month, country)")
        )
    conn.exec_driver_sql("DROP TABLE report_stale")
    conn.exec_driver_sql(
        "CREATE TABLE report_stale (table_name VARCHAR(64) NOT NULL, month VARCHAR(7) NOT NULL, "
        "country VARCHAR(8) NOT NULL, PRIMARY KEY (table_name, month, country)) WITHOUT ROWID"
    )
    conn.exec_driver_sql("INSERT INTO report_stale VALUES ('trainings', '2026-03', 'MK')")
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'participants'").scalar()
    immediate = sql.replace(" DEFERRABLE INITIALLY DEFERRED", "")
    replace_table_definition(conn, "participants", immediate)


def test_upgrade_from_0010_keeps_the_marks_and_defers_the_key(tmp_path: Path) -> None:
    from csc_desktop.reporting.buckets import read_marks

    folder = tmp_path / "old"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana Petrović", country="MK")
    record_id = ws.records.create("training", dict(TRAINING))["id"]
    with write_transaction(ws.engine) as conn:
        _as_at_0010(conn)
        command.stamp(migrate._config(conn), "0010")
    with ws.reading() as conn:
        assert "substr" in _calls(
            conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'report_stale_trainings_update'"
            ).scalar()
        )
    ws.engine.dispose()
    again = Workspace.unlock(folder, PASSPHRASE)
    try:
        assert migrate.current_revision(again.engine) == HEAD
        with again.reading() as conn:
            assert read_marks(conn) == {"trainings": {("2026-03", "MK")}}, "the mark is kept"
        test_triggers_call_no_sql_function(again)
        with again.reading() as conn:
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'participants'"
            ).scalar()
            assert "DEFERRABLE INITIALLY DEFERRED" in sql
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        again.records.update(record_id, {"start_date": "2025-12-01", "end_date": "2025-12-02"})
        with again.reading() as conn:
            assert read_marks(conn) == {}, "the save counted the marked months again"
        assert again.records.get(record_id, consult=False)["start_date"] == "2025-12-01"
    finally:
        again.engine.dispose()


def test_defer_foreign_keys_changes_the_definition_in_place(tmp_path: Path) -> None:
    """Each key gets its deferral last (after any ON DELETE action, as SQLite's grammar wants);
    the rows stay; a broken key then fails at COMMIT instead of at the INSERT; a second call
    changes nothing."""
    from sqlalchemy import create_engine

    from csc_desktop.store.sqlite import defer_foreign_keys

    engine = create_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.exec_driver_sql("CREATE TABLE parent (id TEXT PRIMARY KEY)")
        conn.exec_driver_sql(
            "CREATE TABLE child (id TEXT PRIMARY KEY, "
            "a TEXT REFERENCES parent (id) ON DELETE CASCADE, "
            "b TEXT, FOREIGN KEY(b) REFERENCES parent (id))"
        )
        conn.exec_driver_sql("INSERT INTO parent VALUES ('p')")
        conn.exec_driver_sql("INSERT INTO child VALUES ('c', 'p', 'p')")
    with engine.begin() as conn:
        assert defer_foreign_keys(conn, "child") is True
    with engine.begin() as conn:
        assert defer_foreign_keys(conn, "child") is False
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'child'").scalar()
        assert "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED" in sql
        assert sql.count("DEFERRABLE INITIALLY DEFERRED") == 2
        assert conn.exec_driver_sql("SELECT a, b FROM child").one() == ("p", "p")
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    raw = engine.raw_connection()
    try:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("BEGIN")
        raw.execute("INSERT INTO child VALUES ('d', 'nobody', NULL)")  # not refused here
        with pytest.raises(Exception, match="FOREIGN KEY"):
            raw.execute("COMMIT")
        raw.execute("ROLLBACK")
        assert raw.execute("SELECT count(*) FROM child").fetchone()[0] == 1
    finally:
        raw.close()


def test_inserting_participants_takes_no_block_outside_the_lookaside(team_ws: Workspace) -> None:
    """With memory security on, a block SQLite takes outside the connection's lookaside costs
    two system calls and a wipe: the frame in which a participant's insert triggers run must fit
    a lookaside slot (it once cost a locked block per participant imported)."""
    training = team_ws.records.create("training", TRAINING)
    lib = sqlite._library()
    lib.sqlite3_db_status.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_int,
    ]
    current, highest = ctypes.c_int(), ctypes.c_int()

    def misses(handle: int) -> int:  # SQLITE_DBSTATUS_LOOKASIDE_MISS_SIZE, then reset
        lib.sqlite3_db_status(handle, 5, ctypes.byref(current), ctypes.byref(highest), 1)
        return highest.value

    with write_transaction(team_ws.engine) as conn:
        dbapi = conn.connection.dbapi_connection
        handle = sqlite._handle(dbapi, team_ws.profile.db_path)  # type: ignore[arg-type]
        assert handle is not None
        rows = [
            {
                "id": uuid7(),
                "origin_device": "d",
                "version": "v",
                "field_versions": {},
                "change_seq": 0,
                "deleted": False,
                "created_at": "2026-11-29T20:00:00.000Z",
                "created_by": "T",
                "updated_at": "2026-11-29T20:00:00.000Z",
                "updated_by": "T",
                "training_id": training["id"],
                "position_no": n,
                "name": f"Person {n}",
                "gender": "female",
                "attendance": [],
            }
            for n in range(101)
        ]
        conn.execute(insert(participants), rows[:1])  # the statement prepared
        misses(handle)
        conn.execute(insert(participants), rows[1:])
        assert misses(handle) == 0
