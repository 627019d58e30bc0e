"""What a report read is reused only while the data stay the same, whoever changes them; the
migration that adds the stamp upgrades an existing profile."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text, update

from csc_desktop.reporting.compute import compute
from csc_desktop.reporting.memo import Reuse, data_generation
from csc_desktop.reporting.scope import Scope
from csc_desktop.reporting.service import run_report
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate
from csc_desktop.store.migrations import HEAD
from csc_desktop.store.schema import REPORT_CHANGES_TABLES, participants, trainings
from tests.conftest import PASSPHRASE

YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))


def _training(ws: Workspace, country: str, people: int, day: str = "2025-03-04") -> str:
    record = ws.records.create(
        "training",
        {
            "title": f"Training in {country}",
            "country": country,
            "start_date": day,
            "end_date": day,
            "venue": "Main hall",
            "status": "held",
            "participants": [
                {"name": f"Person {n}", "gender": "female" if n % 2 else "male"}
                for n in range(people)
            ],
        },
    )
    return str(record["id"])


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    yield ws
    ws.close()


def _figures(ws: Workspace, scope: Scope = YEAR) -> dict[str, object]:
    report = run_report(ws, scope).figures
    return {v.key: (v.figure(), v.out_of()) for v in report.values}


def _read_fresh(ws: Workspace, scope: Scope) -> dict[str, object]:
    """The figures read straight from the tables, nothing reused."""
    with ws.reading() as conn:
        reuse = Reuse(conn)
        reuse.generation = None  # as on a database without the stamp
        report = compute(conn, ws.reference, scope, reuse=reuse)
    return {v.key: (v.figure(), v.out_of()) for v in report.values}


def test_another_set_of_countries_reuses_what_was_read(hq: Workspace) -> None:
    _training(hq, "AL", 3)
    _training(hq, "RS", 4)
    assert _figures(hq)["participants"] == (7, None)
    albania = Scope(YEAR.first, YEAR.last, ("AL",))
    with hq.reading() as conn:
        reuse = Reuse(conn)
        report = compute(conn, hq.reference, albania, reuse=reuse)
    assert reuse.read == 0 and reuse.reused > 0, "nothing read again for another country set"
    assert report["participants"].figure() == 3
    assert report["trainings_held"].by_country == _tallies_of(_read_fresh, hq, albania)


def _tallies_of(read: object, ws: Workspace, scope: Scope) -> object:
    with ws.reading() as conn:
        reuse = Reuse(conn)
        reuse.generation = None
        return compute(conn, ws.reference, scope, reuse=reuse)["trainings_held"].by_country


def test_a_change_through_the_services_is_seen(hq: Workspace) -> None:
    training = _training(hq, "AL", 3)
    assert _figures(hq)["participants"] == (3, None)
    hq.records.update(
        training,
        {"participants": [{"name": "Only one", "gender": "female"}]},
    )
    assert _figures(hq)["participants"] == (1, None)
    hq.records.delete(training)
    assert _figures(hq)["trainings_held"] == (0, None)


@pytest.mark.parametrize("table", REPORT_CHANGES_TABLES)
def test_every_write_to_a_table_the_reports_read_renews_the_stamp(
    hq: Workspace, table: str
) -> None:
    _training(hq, "AL", 2)
    with hq.reading() as conn:
        before = data_generation(conn)
    with hq.transaction() as tx:  # a write no service makes (as a sync import or a repair would)
        tx.conn.execute(text(f"UPDATE {table} SET deleted = deleted"))
    with hq.reading() as conn:
        after = data_generation(conn)
    assert before is not None and after is not None
    if table in ("trainings", "participants"):  # the only tables with rows here
        assert after != before
    else:
        assert after == before  # an UPDATE of no row fires no trigger


def test_a_write_no_service_made_is_not_missed(hq: Workspace) -> None:
    """Rows written straight to the tables (as the sync import does) change the figures at once,
    whatever was read before."""
    training = _training(hq, "XK", 4)
    assert _figures(hq)["participants"] == (4, None)
    assert _figures(hq, Scope(YEAR.first, YEAR.last, ("XK",)))["participants"] == (4, None)
    with hq.transaction() as tx:
        first = tx.conn.execute(
            select(participants.c.id).where(participants.c.training_id == training).limit(1)
        ).scalar_one()
        tx.conn.execute(update(participants).where(participants.c.id == first).values(deleted=True))
    assert _figures(hq)["participants"] == (3, None)
    with hq.transaction() as tx:
        tx.conn.execute(update(trainings).values(status="planned"))
    assert _figures(hq)["participants"] == (0, None)
    assert _figures(hq) == _read_fresh(hq, YEAR)


def test_upgrade_adds_the_stamp_and_its_triggers(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    ws = Workspace.create(folder, PASSPHRASE, role="hq", person="Maria Rossi")
    _training(ws, "ME", 2)
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(migrate._config(conn), "0004")
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "report_changes" not in tables
    assert not any(name.startswith("report_changes_") for name in tables)
    ws.engine.dispose()

    again = Workspace.unlock(folder, PASSPHRASE)
    try:
        assert migrate.current_revision(again.engine) == HEAD
        with again.reading() as conn:
            stamp = data_generation(conn)
            triggers = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                )
            }
        assert stamp is not None, "the existing profile has its stamp"
        assert {
            f"report_changes_{t}_{e}"
            for t in REPORT_CHANGES_TABLES
            for e in ("insert", "update", "delete")
        } <= triggers
        assert _figures(again)["participants"] == (2, None)
        _training(again, "ME", 5)
        with again.reading() as conn:
            assert data_generation(conn) != stamp
        assert _figures(again)["participants"] == (7, None)
    finally:
        again.close()
