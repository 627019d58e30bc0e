"""Writes that keep no statement journal: the participants' key to their training is checked
at COMMIT (DEFERRABLE INITIALLY DEFERRED), and the reports' marking triggers call no SQL
function: a mark holds the row's day (``report_stale.day``; the upkeep reads its month) instead
of ``substr(day, 1, 7)``. Either an immediate key or a function call in a trigger made SQLite
copy every page an INSERT or UPDATE of a record touched into a statement journal, in 1 KiB
locked allocations (see ``csc_desktop.store.sqlite``). The marks not yet counted are kept.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 20:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sqlalchemy import insert, inspect, text

    from csc_desktop.reporting import marks
    from csc_desktop.store import sqlite
    from csc_desktop.store.schema import report_stale

    conn = op.get_bind()
    marks.drop_triggers(conn)
    if "month" in {c["name"] for c in inspect(conn).get_columns(report_stale.name)}:
        kept = conn.execute(text("SELECT table_name, month, country FROM report_stale")).all()
        op.drop_table(report_stale.name)
        report_stale.create(conn)
        if kept:
            conn.execute(
                insert(report_stale),
                [{"table_name": t, "day": month, "country": c} for t, month, c in kept],
            )
    marks.create_triggers(conn)
    sqlite.defer_foreign_keys(conn, "participants")


def downgrade() -> None:
    pass
