"""How the services write: every INSERT and UPDATE rolls back the whole transaction on a failed
constraint (no statement journal to keep), and search documents are written when the
transaction ends."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import event, insert, select, text

from csc_desktop.domain.fields import Kind
from csc_desktop.errors import CscError
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate
from csc_desktop.store.migrations import HEAD
from csc_desktop.store.schema import meta
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
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
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
