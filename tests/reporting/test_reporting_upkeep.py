"""After a bulk write (as the sync import makes), ``after_bulk_write`` leaves the reports'
summaries right for every row written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from csc_desktop.reporting.upkeep import after_bulk_write
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import participant_summaries, participants, trainings
from tests.conftest import PASSPHRASE
from tests.reporting.test_reporting_participant_summary import _check_against_rows, _training


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    _training(ws, "AL", 7, "2025-02-03")
    _training(ws, "RS", 9, "2025-08-11")
    yield ws
    ws.close()


def _summaries(ws: Workspace) -> int:
    with ws.reading() as conn:
        return int(
            conn.execute(select(func.count()).select_from(participant_summaries)).scalar_one()
        )


def test_participants_written_in_bulk_get_their_trainings_summary_back(hq: Workspace) -> None:
    with hq.reading() as conn:
        rows = conn.execute(
            select(participants.c.id, participants.c.training_id)
            .join(trainings, trainings.c.id == participants.c.training_id)
            .where(trainings.c.country == "RS")
        ).all()
    with hq.transaction() as tx:
        tx.conn.execute(
            update(participants)
            .where(participants.c.id.in_([r[0] for r in rows[:3]]))
            .values(evaluation=5, gender="female")
        )
        after_bulk_write(tx.conn, {"participants": [r[0] for r in rows[:3]]})
    assert _summaries(hq) == 2
    _check_against_rows(hq)
