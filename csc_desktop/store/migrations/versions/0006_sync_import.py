"""No schema change: a fast HQ import needed none (it binds keys as one JSON array and inserts
through a scratch table in memory). The revision stays so that databases made at it keep a
known revision.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 14:00:00
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
