"""The reports' marking triggers made again with `ON CONFLICT DO NOTHING` instead of `OR IGNORE`:
every INSERT and UPDATE of the services is now `OR ROLLBACK` (no statement journal; see
``csc_desktop.store.sqlite``), and the outer statement's conflict clause overrides those of its
triggers' statements, so an `OR IGNORE` there would turn an already marked month into a failed
save. An upsert's `DO NOTHING` is kept.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 17:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from csc_desktop.reporting import marks

    conn = op.get_bind()
    marks.drop_triggers(conn)
    marks.create_triggers(conn)


def downgrade() -> None:
    pass
