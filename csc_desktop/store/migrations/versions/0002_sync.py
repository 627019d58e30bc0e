"""USB sync: trusted devices, bundles sent and received, quarantine, conflicts, team audit logs.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:00:00

The tables are written out here (not taken from store/sync_schema.py) so that this revision
keeps creating what it created when it was written, whatever later revisions change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_devices",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("person_name", sa.String(length=200), nullable=True),
        sa.Column("card", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=True),
        sa.Column("enrolled_by", sa.String(length=200), nullable=True),
        sa.Column("confirmed_how", sa.String(length=32), nullable=True),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.Column("revoked_by", sa.String(length=200), nullable=True),
        sa.Column("version", sa.String(length=80), nullable=True),
        sa.Column("change_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_devices")),
    )
    op.create_table(
        "sync_received_bundles",
        sa.Column("sender", sa.String(length=36), nullable=False),
        sa.Column("receiver", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("bundle_hash", sa.String(length=64), nullable=False),
        sa.Column("previous_bundle_hash", sa.String(length=64), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("ack_confirmed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint(
            "sender", "receiver", "sequence", name=op.f("pk_sync_received_bundles")
        ),
    )
    op.create_table(
        "sync_sent_bundles",
        sa.Column("receiver", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("bundle_hash", sa.String(length=64), nullable=False),
        sa.Column("previous_bundle_hash", sa.String(length=64), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("change_last", sa.Integer(), nullable=False),
        sa.Column("audit_last", sa.Integer(), nullable=False),
        sa.Column("acknowledges", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("acknowledged_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("receiver", "sequence", name=op.f("pk_sync_sent_bundles")),
    )
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("sender", sa.String(length=36), nullable=True),
        sa.Column("failed_check", sa.String(length=32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_quarantine")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("local_value", sa.JSON(), nullable=True),
        sa.Column("local_version", sa.String(length=80), nullable=True),
        sa.Column("remote_value", sa.JSON(), nullable=True),
        sa.Column("remote_version", sa.String(length=80), nullable=False),
        sa.Column("remote_device", sa.String(length=36), nullable=False),
        sa.Column("detected_at", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("resolution", sa.String(length=32), nullable=True),
        sa.Column("resolved_value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflicts_row_id"), ["row_id"], unique=False)
    op.create_table(
        "sync_received_versions",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("row_id", "field", name=op.f("pk_sync_received_versions")),
    )
    op.create_table(
        "sync_parked",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("sender", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("row_id", name=op.f("pk_sync_parked")),
    )
    with op.batch_alter_table("sync_parked", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_parked_parent_id"), ["parent_id"], unique=False)
    op.create_table(
        "team_audit_log",
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=True),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device", "seq", name=op.f("pk_team_audit_log")),
    )
    with op.batch_alter_table("team_audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_team_audit_log_record_id", ["record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("team_audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_team_audit_log_record_id")
    op.drop_table("team_audit_log")
    with op.batch_alter_table("sync_parked", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_parked_parent_id"))
    op.drop_table("sync_parked")
    op.drop_table("sync_received_versions")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_row_id"))
    op.drop_table("sync_conflicts")
    op.drop_table("sync_quarantine")
    op.drop_table("sync_sent_bundles")
    op.drop_table("sync_received_bundles")
    op.drop_table("sync_devices")
