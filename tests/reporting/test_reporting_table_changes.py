"""After a write, a report reads again only the tables written (each table's counter, raised by
triggers whoever writes); an upgraded profile has the counters and the "as of" indexes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import update

from csc_desktop.reporting.compute import compute
from csc_desktop.reporting.memo import Reuse
from csc_desktop.reporting.scope import Scope
from csc_desktop.reporting.service import run_report
from csc_desktop.reporting.table_changes import WATCHED, read_stamps
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate
from csc_desktop.store.migrations import HEAD
from csc_desktop.store.schema import RECORD_TABLES, participants, trainings
from tests.conftest import PASSPHRASE

YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))


def _training(ws: Workspace, country: str, people: int) -> str:
    record = ws.records.create(
        "training",
        {
            "title": f"Training in {country}",
            "country": country,
            "start_date": "2025-03-04",
            "end_date": "2025-03-04",
            "venue": "Main hall",
            "status": "held",
            "participants": [{"name": f"Person {n}", "gender": "male"} for n in range(people)],
        },
    )
    return str(record["id"])


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    yield ws
    ws.close()


def _reading(ws: Workspace) -> tuple[Reuse, dict[str, object]]:
    with ws.reading() as conn:
        reuse = Reuse(conn)
        report = compute(conn, ws.reference, YEAR, reuse=reuse)
    return reuse, {v.key: (v.figure(), v.out_of(), v.by_quarter) for v in report.values}


def _fresh(ws: Workspace) -> dict[str, object]:
    with ws.reading() as conn:
        reuse = Reuse(conn)
        reuse.epoch = None  # nothing reused
        report = compute(conn, ws.reference, YEAR, reuse=reuse)
    return {v.key: (v.figure(), v.out_of(), v.by_quarter) for v in report.values}


def test_a_write_to_one_table_reads_only_that_table_again(hq: Workspace) -> None:
    _training(hq, "AL", 3)
    for _ in range(6):  # every pooled connection has looked
        _reading(hq)
    with hq.transaction() as tx:  # straight to the table, as no service writes
        tx.conn.execute(update(trainings).values(status="planned"))
    reuse, figures = _reading(hq)
    # trainings held, and the participants' two (one reading): nothing else read again
    assert reuse.read == 2 and reuse.reused > 0
    assert figures["participants"][0] == 0  # type: ignore[index]
    assert figures == _fresh(hq)
    for _ in range(6):  # on whichever connection, the change is seen and nothing stale kept
        assert _reading(hq)[1] == figures


def test_every_kind_of_write_raises_the_tables_counter(hq: Workspace) -> None:
    training = _training(hq, "XK", 2)
    with hq.reading() as conn:
        before = read_stamps(conn)
    assert before is not None and set(before) == set(WATCHED)
    hq.records.update(training, {"participants": [{"name": "Only one", "gender": "female"}]})
    with hq.transaction() as tx:
        tx.conn.execute(update(participants).values(gender="male"))
    with hq.reading() as conn:
        after = read_stamps(conn)
    assert after is not None
    assert after[trainings.name] > before[trainings.name]
    assert after[participants.name] >= before[participants.name] + 2  # insert/delete, update
    untouched = set(WATCHED) - {trainings.name, participants.name, "participant_summaries"}
    assert all(after[t] == before[t] for t in untouched)
    assert run_report(hq, YEAR).figures["participants"].figure() == 1


def test_upgrade_adds_the_counters_and_the_as_of_indexes(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    ws = Workspace.create(folder, PASSPHRASE, role="hq", person="Maria Rossi")
    _training(ws, "AL", 4)
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(migrate._config(conn), "0004")
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "report_table_changes" not in names
    assert not any(n.endswith("_report_devices") for n in names)
    ws.engine.dispose()
    again = Workspace.unlock(folder, PASSPHRASE)
    try:
        assert migrate.current_revision(again.engine) == HEAD
        with again.reading() as conn:
            stamps = read_stamps(conn)
            plans = [
                conn.exec_driver_sql(
                    f"EXPLAIN QUERY PLAN SELECT origin_device, country, max(updated_at), "
                    f"sum(deleted = 0) FROM {t.name} GROUP BY origin_device, country"
                ).fetchall()
                for t in RECORD_TABLES.values()
            ]
        assert stamps == dict.fromkeys(WATCHED, 0)
        assert all("USING COVERING INDEX" in str(plan) for plan in plans), plans
        _, figures = _reading(again)
        assert figures["participants"][0] == 4  # type: ignore[index]
        with again.transaction() as tx:
            tx.conn.execute(update(trainings).values(status="planned"))
        _, figures = _reading(again)
        assert figures["participants"][0] == 0  # type: ignore[index]
    finally:
        again.close()
