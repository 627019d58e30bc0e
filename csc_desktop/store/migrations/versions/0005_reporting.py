"""Reporting: each training's participants counted once (``participant_summaries``), so that the
participant indicators read one row per training instead of one per participant.

Triggers after INSERT, UPDATE and DELETE on ``participants`` delete the summary of the
training(s) concerned, whoever writes (record services, sync import, participant import, a
repair by hand): a summary present is always right; a training without one is counted from its
participants (``csc_desktop.reporting.participant_summary``). An existing database gets every
training's summary here.

Also one counter per table the reports read (``report_table_changes``), raised by triggers on
every write to it (``csc_desktop.reporting.table_changes``), so that a report after a write
reads again only the tables written; and the indexes the "as of" information reads
(``ix_*_report_devices``: per device and country, the newest change and the live records).

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

_RECORD_TABLES = (
    "pre_investigations",
    "taf_requests",
    "trainings",
    "milestones",
    "authority_feedback",
)

# (trigger, event, the row(s) whose training's summary goes)
_TRIGGERS = (
    ("participant_summaries_insert", "INSERT", ("NEW",)),
    ("participant_summaries_update", "UPDATE", ("OLD", "NEW")),
    ("participant_summaries_delete", "DELETE", ("OLD",)),
)


def upgrade() -> None:
    op.create_table(
        "participant_summaries",
        sa.Column("training_id", sa.String(length=36), nullable=False),
        sa.Column("tallies", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("training_id", name=op.f("pk_participant_summaries")),
    )
    for name, event, rows in _TRIGGERS:
        body = " ".join(
            f"DELETE FROM participant_summaries WHERE training_id = {row}.training_id;"
            for row in rows
        )
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON participants BEGIN {body} END")
    from csc_desktop.reporting.participant_summary import refresh_all

    refresh_all(op.get_bind())
    from csc_desktop.reporting.table_changes import create_counters

    create_counters(op.get_bind(), bulk_aware=False)  # report_bulk comes with 0009
    for table in _RECORD_TABLES:
        op.create_index(
            f"ix_{table}_report_devices",
            table,
            ["origin_device", "country", "deleted", "updated_at"],
        )


def downgrade() -> None:
    from csc_desktop.reporting.table_changes import drop_counters

    drop_counters(op.get_bind())
    for table in _RECORD_TABLES:
        op.drop_index(f"ix_{table}_report_devices", table_name=table)
    for name, _, _ in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("participant_summaries")
