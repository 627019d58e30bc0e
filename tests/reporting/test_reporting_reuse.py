"""What a report read is reused only while the database stays the same, whoever changes it:
the record services, a write no service makes (as the sync import's), another process."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from csc_desktop.reporting.compute import compute
from csc_desktop.reporting.memo import Reuse
from csc_desktop.reporting.scope import Scope
from csc_desktop.reporting.service import run_report
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import participants, trainings
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
    return {v.key: (v.figure(), v.out_of(), v.by_quarter) for v in report.values}


def _read_fresh(ws: Workspace, scope: Scope = YEAR) -> dict[str, object]:
    """The figures read straight from the tables, nothing reused."""
    with ws.reading() as conn:
        reuse = Reuse(conn)
        reuse.epoch = None  # as on a database that cannot tell whether it changed
        report = compute(conn, ws.reference, scope, reuse=reuse)
    return {v.key: (v.figure(), v.out_of(), v.by_quarter) for v in report.values}


def _reading(ws: Workspace, scope: Scope) -> Reuse:
    with ws.reading() as conn:
        reuse = Reuse(conn)
        compute(conn, ws.reference, scope, reuse=reuse)
    return reuse


def test_unchanged_data_is_read_once_for_any_set_of_countries(hq: Workspace) -> None:
    _training(hq, "AL", 3)
    _training(hq, "RS", 4)
    for _ in range(6):  # every pooled connection has looked at least once
        _reading(hq, YEAR)
    albania = Scope(YEAR.first, YEAR.last, ("AL",))
    reuse = _reading(hq, albania)
    assert reuse.read == 0 and reuse.reused > 0, "nothing read again for another country set"
    assert _figures(hq, albania) == _read_fresh(hq, albania)
    assert _figures(hq, albania)["participants"][0] == 3
    assert _figures(hq) == _read_fresh(hq)


def test_a_change_through_the_services_is_seen(hq: Workspace) -> None:
    training = _training(hq, "AL", 3)
    assert _figures(hq)["participants"][0] == 3
    hq.records.update(training, {"participants": [{"name": "Only one", "gender": "female"}]})
    assert _figures(hq)["participants"][0] == 1
    hq.records.delete(training)
    assert _figures(hq)["trainings_held"][0] == 0
    assert _figures(hq) == _read_fresh(hq)


def test_a_write_no_service_made_is_not_missed(hq: Workspace) -> None:
    """Rows written straight to the tables (as the sync import does) change the figures at once,
    whatever was read before, on whichever connection."""
    training = _training(hq, "XK", 4)
    for _ in range(6):
        assert _figures(hq)["participants"][0] == 4
    with hq.transaction() as tx:
        first = tx.conn.execute(
            select(participants.c.id).where(participants.c.training_id == training).limit(1)
        ).scalar_one()
        tx.conn.execute(update(participants).where(participants.c.id == first).values(deleted=True))
    for _ in range(6):
        assert _figures(hq)["participants"][0] == 3
    with hq.transaction() as tx:
        tx.conn.execute(update(trainings).values(status="planned"))
    for _ in range(6):
        assert _figures(hq)["participants"][0] == 0
    assert _figures(hq) == _read_fresh(hq)


def test_a_change_by_another_process_is_seen(hq: Workspace, tmp_path: Path) -> None:
    _training(hq, "ME", 2)
    for _ in range(6):
        assert _figures(hq)["participants"][0] == 2
    other = Workspace.unlock(tmp_path / "hq", PASSPHRASE)  # its own engine, as `csc` would have
    try:
        _training(other, "ME", 5)
    finally:
        other.close()
    for _ in range(6):
        assert _figures(hq)["participants"][0] == 7


def test_locking_drops_what_reports_kept(tmp_path: Path) -> None:
    from csc_desktop.reporting import memo

    ws = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    _training(ws, "AL", 3)
    _figures(ws)
    engine = ws.engine
    assert engine in memo._by_engine, "a report keeps what it read while unlocked"
    ws.close()
    assert engine not in memo._by_engine, "locking leaves no figures behind in memory"
