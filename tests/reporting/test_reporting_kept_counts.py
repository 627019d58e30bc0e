"""The figures from the kept counts (per country and month) equal those counted from the records
after any writes — edits, deletions, status moves, rows moved in or out of a period, a bulk
import with or without its upkeep — and the kept counts brought up to date equal counts made
from scratch."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Table, delete, insert, select, update

from csc_desktop.domain.ids import uuid7
from csc_desktop.reporting.upkeep import after_bulk_write, begin_bulk_write, bring_up_to_date
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import (
    milestones,
    participants,
    pre_investigations,
    report_stale,
    taf_requests,
    trainings,
)
from csc_desktop.store.sqlite import write_transaction
from tests.conftest import PASSPHRASE
from tests.reporting.conftest import build
from tests.reporting.kept_checks import assert_kept_counts_exact, assert_reports_agree

COUNTRIES = ("AL", "BA", "XK", "ME", "MK", "RS")
FIRST = date(2024, 10, 1)


def _day(rng: random.Random) -> date | None:
    return None if rng.random() < 0.1 else FIRST + timedelta(days=rng.randrange(500))


def _changes(rng: random.Random) -> dict[Table, dict[str, Callable[[], Any]]]:
    """Per table, the columns an edit may change and how."""
    areas = ("trafficking_in_human_beings", "migrant_smuggling", "drug_trafficking")
    return {
        pre_investigations: {
            "opened_on": lambda: _day(rng) or FIRST,
            "accepted_by_prosecutor_on": lambda: _day(rng),
            "prosecution_started_on": lambda: _day(rng),
            "jit_established_on": lambda: _day(rng),
            "crime_areas": lambda: rng.sample(areas, rng.randint(1, 2)),
            "country": lambda: rng.choice(COUNTRIES),
            "deleted": lambda: rng.random() < 0.3,
            "title": lambda: f"Renamed {rng.random()}",
        },
        taf_requests: {
            "status": lambda: rng.choice(
                ("draft", "submitted", "approved", "rejected", "delivered", "closed")
            ),
            "submitted_on": lambda: _day(rng),
            "decision_on": lambda: _day(rng),
            "delivered_on": lambda: _day(rng),
            "approved_budget_eur": lambda: rng.choice((None, rng.randint(1, 10**7))),
            "budget_eur": lambda: rng.choice((None, rng.randint(1, 10**7))),
            "expert_days": lambda: rng.choice((None, rng.randint(0, 40))),
            "assistance_type": lambda: rng.choice(("expert_mission", "study_visit")),
            "country": lambda: rng.choice(COUNTRIES),
            "deleted": lambda: rng.random() < 0.3,
        },
        trainings: {
            "status": lambda: rng.choice(("held", "planned", "cancelled")),
            "start_date": lambda: _day(rng) or FIRST,
            "country": lambda: rng.choice(COUNTRIES),
            "deleted": lambda: rng.random() < 0.2,
        },
        participants: {
            "gender": lambda: rng.choice(("female", "male", "undisclosed")),
            "function": lambda: rng.choice(("prosecutor", "judge", None)),
            "evaluation": lambda: rng.choice((None, 1, 2, 3, 4, 5)),
            "deleted": lambda: rng.random() < 0.2,
            "position": lambda: f"Position {rng.random()}",
        },
        milestones: {
            "milestone_kind": lambda: rng.choice(
                ("eurojust_agreement", "draft_law_cross_border", "strategy_adopted")
            ),
            "reached_on": lambda: _day(rng) or FIRST,
            "country": lambda: rng.choice(COUNTRIES),
            "deleted": lambda: rng.random() < 0.2,
        },
    }


def _write(conn: Connection, rng: random.Random, steps: int) -> dict[str, list[str]]:
    """``steps`` random writes straight to the tables (as the sync import or a repair writes):
    edits of a few columns, copies under a new id, deletions. Returns the ids written."""
    written: dict[str, list[str]] = {}
    changes = _changes(rng)
    for _ in range(steps):
        table = rng.choice(list(changes))
        ids = conn.execute(select(table.c.id)).scalars().all()
        if table is participants:
            training_ids = conn.execute(select(trainings.c.id)).scalars().all()
        row_id = rng.choice(ids)
        roll = rng.random()
        if roll < 0.6:
            columns = rng.sample(list(changes[table]), rng.randint(1, 3))
            values = {c: changes[table][c]() for c in columns}
            if table is participants and rng.random() < 0.2:
                values["training_id"] = rng.choice(training_ids)
            conn.execute(update(table).where(table.c.id == row_id).values(**values))
            written.setdefault(table.name, []).append(row_id)
        elif roll < 0.9:
            row = dict(conn.execute(select(table).where(table.c.id == row_id)).mappings().one())
            row["id"] = uuid7()
            for column, make in changes[table].items():
                if rng.random() < 0.5:
                    row[column] = make()
            conn.execute(insert(table).values(**row))
            written.setdefault(table.name, []).append(row["id"])
        elif table in (participants, milestones):  # rows nothing else refers to
            conn.execute(delete(table).where(table.c.id == row_id))
    return written


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder: Path = tmp_path_factory.mktemp("kept") / "hq"
    ws = Workspace.create(folder, PASSPHRASE, role="hq", person="Maria Rossi")
    build(ws)
    yield ws
    ws.close()


def _check(ws: Workspace) -> None:
    with ws.reading() as conn:
        assert_reports_agree(conn, ws.reference)


# The writes go straight to the tables, outside the services (whose transactions bring the kept
# counts up to date as they end): what another writer, or a load cut short, would leave.


def _marked(ws: Workspace) -> int:
    with ws.reading() as conn:
        return len(conn.execute(select(report_stale)).all())


def test_the_services_leave_the_kept_counts_exact(hq: Workspace) -> None:
    with write_transaction(hq.engine) as conn:
        bring_up_to_date(conn)
        assert_kept_counts_exact(conn)
    _check(hq)


@pytest.mark.parametrize("seed", range(6))
def test_after_random_writes_the_figures_agree_marked_then_brought_up_to_date(
    hq: Workspace, seed: int
) -> None:
    rng = random.Random(seed)
    with write_transaction(hq.engine) as conn:
        _write(conn, rng, 12)
    assert _marked(hq), "writes that change figures mark their months"
    _check(hq)  # marked months counted from the records
    with write_transaction(hq.engine) as conn:
        bring_up_to_date(conn)
        assert_kept_counts_exact(conn)
    assert _marked(hq) == 0
    _check(hq)


@pytest.mark.parametrize("seed", range(6))
def test_a_bulk_load_brought_up_to_date_by_its_upkeep(hq: Workspace, seed: int) -> None:
    rng = random.Random(100 + seed)
    with write_transaction(hq.engine) as conn:
        begin_bulk_write(conn)
        written = _write(conn, rng, 30)
        after_bulk_write(conn, written)
        assert_kept_counts_exact(conn)
    _check(hq)


def test_a_bulk_load_committed_without_its_upkeep_is_not_trusted(hq: Workspace) -> None:
    rng = random.Random(7)
    with write_transaction(hq.engine) as conn:
        begin_bulk_write(conn)
        _write(conn, rng, 30)
    _check(hq)  # the loaded tables are counted from the records
    with write_transaction(hq.engine) as conn:
        bring_up_to_date(conn)
        assert_kept_counts_exact(conn)
    _check(hq)


def test_a_bulk_load_without_its_beginning_is_counted_from_its_marks(hq: Workspace) -> None:
    rng = random.Random(8)
    with write_transaction(hq.engine) as conn:
        written = _write(conn, rng, 30)
        after_bulk_write(conn, written)
        assert_kept_counts_exact(conn)
    _check(hq)


def test_a_deletion_during_a_bulk_load_counts_the_table_again(hq: Workspace) -> None:
    with write_transaction(hq.engine) as conn:
        begin_bulk_write(conn)
        last = conn.execute(
            select(milestones.c.id).order_by(milestones.c.id.desc()).limit(1)
        ).scalar_one()
        row = dict(conn.execute(select(milestones).where(milestones.c.id == last)).mappings().one())
        # The newest row deleted, and a new row stored: it may take the deleted row's rowid.
        conn.execute(delete(milestones).where(milestones.c.id == last))
        row.update(id=uuid7(), milestone_kind="eurojust_agreement", reached_on=date(2025, 2, 2))
        conn.execute(insert(milestones).values(**row))
        after_bulk_write(conn, {"milestones": [row["id"]]})
        assert_kept_counts_exact(conn)
    _check(hq)


def test_an_edit_that_changes_no_figure_marks_nothing(hq: Workspace) -> None:
    with write_transaction(hq.engine) as conn:
        bring_up_to_date(conn)
        conn.execute(update(pre_investigations).values(title=pre_investigations.c.title + "!"))
        conn.execute(update(participants).values(position="Seen"))
    assert _marked(hq) == 0


def test_a_bulk_load_begun_again_before_its_upkeep_counts_every_row(hq: Workspace) -> None:
    rng = random.Random(9)
    with write_transaction(hq.engine) as conn:  # committed without its upkeep
        begin_bulk_write(conn)
        _write(conn, rng, 15)
    with write_transaction(hq.engine) as conn:
        begin_bulk_write(conn)
        written = _write(conn, rng, 15)
        begin_bulk_write(conn)  # begun twice in one transaction
        written.update(_write(conn, rng, 15))
        after_bulk_write(conn, written)
        assert_kept_counts_exact(conn)
    _check(hq)
