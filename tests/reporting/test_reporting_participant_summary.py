"""The participant indicators from the kept counts are those counted participant by participant,
whoever wrote the participants or their trainings; an upgraded profile gets every count."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, update

from csc_desktop.reporting.compute import compute, compute_row_by_row
from csc_desktop.reporting.indicators import BY_KEY
from csc_desktop.reporting.marks import trigger_statements
from csc_desktop.reporting.memo import Reuse
from csc_desktop.reporting.participant_summary import refresh_participant_summary
from csc_desktop.reporting.scope import Scope
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate
from csc_desktop.store.migrations import HEAD
from csc_desktop.store.schema import participants, report_stale, trainings
from csc_desktop.store.sqlite import write_transaction
from tests.conftest import PASSPHRASE
from tests.reporting.kept_checks import assert_kept_counts_exact

YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))
KEYS = ("participants", "positive_assessment_share")
GENDERS = ("female", "male", "undisclosed")
FUNCTIONS = ("prosecutor", "judge", None)


def _training(ws: Workspace, country: str, people: int, day: str, status: str = "held") -> str:
    institutions = [
        i.code for i in ws.reference.items("institution") if i.attrs.get("country") == country
    ]
    record = ws.records.create(
        "training",
        {
            "title": f"Training in {country} on {day}",
            "country": country,
            "start_date": day,
            "end_date": day,
            "venue": "Main hall",
            "status": status,
            "participants": [
                {
                    "name": f"Person {n}",
                    "gender": GENDERS[n % 3],
                    "function": FUNCTIONS[n % 3],
                    "institution": institutions[n % len(institutions)] if n % 4 else None,
                    "evaluation": (None, 2, 4, 5, 3)[n % 5],
                }
                for n in range(people)
            ],
        },
    )
    return str(record["id"])


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    _training(ws, "AL", 7, "2025-02-03")
    _training(ws, "AL", 5, "2025-05-20")
    _training(ws, "RS", 9, "2025-08-11")
    _training(ws, "XK", 4, "2025-11-30", status="planned")  # not held: does not count
    _training(ws, "ME", 6, "2024-12-31")  # outside the period
    yield ws
    ws.close()


def _values(value: object) -> tuple[object, ...]:
    v = value  # IndicatorValue
    return (v.total, v.by_country, v.by_quarter, v.by_part)  # type: ignore[attr-defined]


def _check_against_rows(ws: Workspace, scope: Scope = YEAR) -> None:
    """Figures from the summaries == figures counted participant by participant."""
    with ws.reading() as conn:
        reuse = Reuse(conn)
        reuse.epoch = None  # read, not reused
        report = compute(conn, ws.reference, scope, [BY_KEY[k] for k in KEYS], reuse=reuse)
        by_rows = compute_row_by_row(conn, ws.reference, [BY_KEY[k] for k in KEYS], scope)
    for mine, theirs in zip(report.values, by_rows, strict=True):
        assert _values(mine) == _values(theirs), mine.key


def _marked(ws: Workspace) -> set[tuple[str, str, str]]:
    with ws.reading() as conn:
        # A mark holds the row's day; what is marked is its month.
        return {(t, day[:7], c) for t, day, c in conn.execute(select(report_stale))}


def _exact(ws: Workspace) -> None:
    with ws.transaction() as tx:
        assert_kept_counts_exact(tx.conn)


def test_trainings_saved_leave_exact_kept_counts_and_the_figures_agree(hq: Workspace) -> None:
    assert not _marked(hq), "the services bring the kept counts up to date"
    _exact(hq)
    _check_against_rows(hq)
    _check_against_rows(hq, Scope(YEAR.first, YEAR.last, ("AL",)))
    with hq.reading() as conn:
        report = compute(conn, hq.reference, YEAR, [BY_KEY[k] for k in KEYS])
    assert report["participants"].figure() == 21
    assert report["participants"].by_country["AL"].count == 12


def test_a_participant_written_by_another_path_marks_its_trainings_month(
    hq: Workspace,
) -> None:
    with hq.reading() as conn:
        training, person = conn.execute(
            select(participants.c.training_id, participants.c.id)
            .join(trainings, trainings.c.id == participants.c.training_id)
            .where(trainings.c.country == "RS")
            .limit(1)
        ).one()
    # Straight to the table, outside the services (whose transactions end with the upkeep).
    with write_transaction(hq.engine) as conn:
        conn.execute(update(participants).where(participants.c.id == person).values(evaluation=5))
    assert _marked(hq) == {("participants", "2025-08", "RS")}
    _check_against_rows(hq)  # that month counted from its participants meanwhile
    with hq.transaction() as tx:
        tx.conn.execute(
            update(participants).where(participants.c.id == person).values(deleted=True)
        )
        refresh_participant_summary(tx.conn, [training])
    assert not _marked(hq)
    _exact(hq)
    _check_against_rows(hq)
    with hq.reading() as conn:
        report = compute(conn, hq.reference, YEAR, [BY_KEY["participants"]])
    assert report["participants"].by_country["RS"].count == 8


def test_a_training_moved_to_another_month_moves_its_participants(hq: Workspace) -> None:
    with hq.reading() as conn:
        training = conn.execute(
            select(trainings.c.id).where(trainings.c.country == "AL").limit(1)
        ).scalar_one()
    with hq.transaction() as tx:
        tx.conn.execute(
            update(trainings)
            .where(trainings.c.id == training)
            .values(start_date=date(2025, 10, 1), country="MK")
        )
    _check_against_rows(hq)
    with hq.transaction() as tx:
        refresh_participant_summary(tx.conn, [training])
    _exact(hq)
    _check_against_rows(hq)


def test_a_training_edited_through_the_services_keeps_exact_counts(hq: Workspace) -> None:
    training = _training(hq, "MK", 3, "2025-04-04")
    record = hq.records.get(training, consult=False)
    people = [{"id": p["id"]} for p in record["participants"]][:2]
    people[0]["gender"] = "female"
    hq.records.update(training, {"participants": [*people, {"name": "New", "gender": "male"}]})
    assert not _marked(hq)
    _exact(hq)
    _check_against_rows(hq)
    with hq.reading() as conn:
        report = compute(conn, hq.reference, YEAR, [BY_KEY["participants"]])
    assert report["participants"].by_country["MK"].count == 3


def _downgrade(ws: Workspace, revision: str) -> set[str]:
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(migrate._config(conn), revision)
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    ws.engine.dispose()
    return names


@pytest.mark.parametrize("revision", ["0004", "0008"])
def test_upgrade_counts_every_record_and_participant(tmp_path: Path, revision: str) -> None:
    folder = tmp_path / "old"
    ws = Workspace.create(folder, PASSPHRASE, role="hq", person="Maria Rossi")
    _training(ws, "AL", 6, "2025-03-03")
    _training(ws, "BA", 8, "2025-06-06")
    names = _downgrade(ws, revision)
    assert "report_counts" not in names and "report_stale_participants_insert" not in names
    assert ("participant_summaries" in names) == (revision == "0008")
    again = Workspace.unlock(folder, PASSPHRASE)
    try:
        assert migrate.current_revision(again.engine) == HEAD
        assert not _marked(again)
        _exact(again)
        _check_against_rows(again)
        with again.reading() as conn:
            found = {
                r[0]: r[1]
                for r in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                )
            }
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "participant_summaries" not in tables
        assert not any(name.startswith("participant_summaries") for name in found)
        # The triggers are the ones the indicators' declarations call for today.
        for name, statement in trigger_statements().items():
            assert found[name] == statement.replace("IF NOT EXISTS ", ""), name
    finally:
        again.close()
