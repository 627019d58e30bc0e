"""Reporting summaries: the indicators' rows counted per country and month (``report_counts``),
the months to count again (``report_stale``), marked by triggers on every table the indicators
count from, one statement per row written (``csc_desktop.reporting.marks``), and a bulk load's
watermarks (``report_bulk``, ``csc_desktop.reporting.upkeep``).
An existing database gets every count here.

They replace each training's participant summary (``participant_summaries``, migration 0005):
its table and triggers go; the participants are kept per country and month like the rest.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 17:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_OLD_TRIGGERS = (
    "participant_summaries_insert",
    "participant_summaries_update",
    "participant_summaries_delete",
)


def upgrade() -> None:
    from csc_desktop.reporting import marks, table_changes, upkeep

    conn = op.get_bind()
    for name in _OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    table_changes.stop_counting(conn, "participant_summaries")
    op.execute("DROP TABLE IF EXISTS participant_summaries")
    marks.create(conn)
    upkeep.rebuild_all(conn)


def downgrade() -> None:
    from csc_desktop.reporting import marks, participant_summary, table_changes

    conn = op.get_bind()
    marks.drop(conn)
    participant_summary.create(conn)
    table_changes.create_counters(conn, ("participant_summaries",), bulk_aware=False)
