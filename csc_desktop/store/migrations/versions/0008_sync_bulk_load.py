"""No schema change: the HQ import's bulk load needed none of its own (it signals the reports'
triggers through ``report_bulk``, migration 0009, and raises the page cache for the load's
length). The revision stays so that databases made at it keep a known revision.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 17:00:00
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
