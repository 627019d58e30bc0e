"""Reporting: a stamp that changes with every write to a table the indicators read, so that a
report can reuse what it read while the data stay the same (``csc_desktop.reporting.memo``).

One row in ``report_changes``; for each table the reports read, triggers after INSERT, UPDATE
and DELETE set its ``generation`` to a new random value. Triggers, not the code that writes, so
that no writer (record services, sync import, participant import, a repair by hand) can leave
the stamp behind. The row is inserted here: an existing database gets it on upgrade.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# As declared in csc_desktop.store.schema (REPORT_CHANGES_TABLES), written out: a migration
# keeps what it did even if the declaration changes later.
_TABLES = (
    "pre_investigations",
    "taf_requests",
    "trainings",
    "participants",
    "milestones",
    "authority_feedback",
)
_EVENTS = ("insert", "update", "delete")


def _trigger(table: str, event: str) -> str:
    return f"report_changes_{table}_{event}"


def upgrade() -> None:
    op.create_table(
        "report_changes",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_changes")),
    )
    op.execute("INSERT INTO report_changes (id, generation) VALUES (1, random())")
    for table in _TABLES:
        for event in _EVENTS:
            op.execute(
                f"CREATE TRIGGER {_trigger(table, event)} AFTER {event.upper()} ON {table} "
                "BEGIN UPDATE report_changes SET generation = random() WHERE id = 1; END"
            )


def downgrade() -> None:
    for table in _TABLES:
        for event in _EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table, event)}")
    op.drop_table("report_changes")
