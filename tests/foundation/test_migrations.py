"""Migrations: an older database is backed up, then upgraded in place; the head is what we think."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate
from csc_desktop.store.migrations import HEAD
from tests.conftest import PASSPHRASE


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(migrate._config(None)).get_current_head() == HEAD


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="RS")
    rid = ws.records.create(
        "training",
        {
            "title": "Kept across upgrades",
            "start_date": "2026-03-02",
            "end_date": "2026-03-02",
            "venue": "Niš",
        },
    )["id"]
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(migrate._config(conn), "0001")
    ws.engine.dispose()
    assert not list(folder.glob("backups/*pre-migration*"))
    again = Workspace.unlock(folder, PASSPHRASE)
    assert migrate.current_revision(again.engine) == HEAD
    assert list(folder.glob("backups/*pre-migration*")), (
        "the old database is backed up before upgrading"
    )
    assert again.records.get(rid, consult=False)["title"] == "Kept across upgrades"
    assert again.verify_audit().ok
    again.close()


def test_a_database_at_0012_gets_the_search_index_pending_size(tmp_path: Path) -> None:
    from csc_desktop.store import sqlite

    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="RS")
    pending = "SELECT v FROM search_fts_config WHERE k = 'hashsize'"
    with ws.reading() as conn:
        assert conn.exec_driver_sql(pending).scalar() == sqlite.SEARCH_PENDING_BYTES
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            conn.exec_driver_sql("DELETE FROM search_fts_config WHERE k = 'hashsize'")
            command.downgrade(migrate._config(conn), "0012")
    ws.engine.dispose()
    again = Workspace.unlock(folder, PASSPHRASE)
    assert migrate.current_revision(again.engine) == HEAD
    with again.reading() as conn:
        assert conn.exec_driver_sql(pending).scalar() == sqlite.SEARCH_PENDING_BYTES
    again.close()
