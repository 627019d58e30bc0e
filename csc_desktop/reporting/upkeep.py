"""Bringing the reports' own tables up to date after a bulk write (the sync import).

The importer calls :func:`after_bulk_write` once per import, inside its write transaction,
after all its rows are written and before it commits, with the ids of the rows it inserted or
updated per table (``{"trainings": [...], "participants": [...], ...}``). Whatever the reports
keep beside the records (per-training participant summaries, counts per period) is made right
here, set-based, for the rows written — instead of row by row in triggers.

A table name the reports do not summarise is ignored; passing ids of rows that did not change is
harmless (their summaries are made again, equal).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, select

from csc_desktop.reporting.participant_summary import refresh_participant_summary
from csc_desktop.store.schema import participants


def after_bulk_write(conn: Connection, written: Mapping[str, Sequence[str]]) -> None:
    """Bring the reports' summaries up to date for the rows ``written`` (table name -> ids
    of rows inserted or updated in this transaction). Call inside the writing transaction."""
    training_ids = set(written.get("trainings", ()))
    participant_ids = list(written.get("participants", ()))
    p = participants.c
    for start in range(0, len(participant_ids), 500):
        chunk = participant_ids[start : start + 500]
        training_ids.update(
            row[0] for row in conn.execute(select(p.training_id).where(p.id.in_(chunk)))
        )
    refresh_participant_summary(conn, training_ids)
