"""The participant indicators from each training's summary are those counted participant by
participant, whoever wrote the participants; an upgraded profile gets every summary."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, update

from csc_desktop.reporting.compute import compute, compute_row_by_row
from csc_desktop.reporting.indicators import BY_KEY
from csc_desktop.reporting.memo import Reuse
from csc_desktop.reporting.participant_summary import refresh_participant_summary
from csc_desktop.reporting.scope import Scope
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate
from csc_desktop.store.migrations import HEAD
from csc_desktop.store.schema import participant_summaries, participants, trainings
from tests.conftest import PASSPHRASE

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


def _summary_count(ws: Workspace) -> int:
    with ws.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(participant_summaries)).scalar())


def test_every_training_saved_has_a_summary_and_the_figures_agree(hq: Workspace) -> None:
    assert _summary_count(hq) == 5
    _check_against_rows(hq)
    _check_against_rows(hq, Scope(YEAR.first, YEAR.last, ("AL",)))
    with hq.reading() as conn:
        report = compute(conn, hq.reference, YEAR, [BY_KEY[k] for k in KEYS])
    assert report["participants"].figure() == 21
    assert report["participants"].by_country["AL"].count == 12


def test_a_participant_written_by_another_path_drops_its_trainings_summary(
    hq: Workspace,
) -> None:
    with hq.reading() as conn:
        training, person = conn.execute(
            select(participants.c.training_id, participants.c.id)
            .join(trainings, trainings.c.id == participants.c.training_id)
            .where(trainings.c.country == "RS")
            .limit(1)
        ).one()
    with hq.transaction() as tx:  # as the sync import writes: straight to the table
        tx.conn.execute(
            update(participants).where(participants.c.id == person).values(evaluation=5)
        )
    with hq.reading() as conn:
        left = conn.execute(select(participant_summaries.c.training_id)).scalars().all()
    assert training not in left and len(left) == 4, "the trigger dropped that summary only"
    _check_against_rows(hq)  # counted from its participants meanwhile
    with hq.transaction() as tx:
        tx.conn.execute(
            update(participants).where(participants.c.id == person).values(deleted=True)
        )
        refresh_participant_summary(tx.conn, [training])
    assert _summary_count(hq) == 5
    _check_against_rows(hq)
    with hq.reading() as conn:
        report = compute(conn, hq.reference, YEAR, [BY_KEY["participants"]])
    assert report["participants"].by_country["RS"].count == 8


def test_a_training_edited_through_the_services_keeps_a_right_summary(hq: Workspace) -> None:
    training = _training(hq, "MK", 3, "2025-04-04")
    record = hq.records.get(training, consult=False)
    people = [{"id": p["id"]} for p in record["participants"]][:2]
    people[0]["gender"] = "female"
    hq.records.update(training, {"participants": [*people, {"name": "New", "gender": "male"}]})
    with hq.reading() as conn:
        text = conn.execute(
            select(participant_summaries.c.tallies).where(
                participant_summaries.c.training_id == training
            )
        ).scalar_one()
    assert sum(n for n, _, _ in json.loads(text)["gender"].values()) == 3
    _check_against_rows(hq)


def test_upgrade_counts_every_trainings_participants(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    ws = Workspace.create(folder, PASSPHRASE, role="hq", person="Maria Rossi")
    _training(ws, "AL", 6, "2025-03-03")
    _training(ws, "BA", 8, "2025-06-06")
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(migrate._config(conn), "0004")
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "participant_summaries" not in names
    ws.engine.dispose()
    again = Workspace.unlock(folder, PASSPHRASE)
    try:
        assert migrate.current_revision(again.engine) == HEAD
        assert _summary_count(again) == 2
        _check_against_rows(again)
        with again.reading() as conn:
            triggers = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                )
            }
        assert {
            "participant_summaries_insert",
            "participant_summaries_update",
            "participant_summaries_delete",
        } <= triggers
    finally:
        again.close()
