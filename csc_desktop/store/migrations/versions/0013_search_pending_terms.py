"""The search index holds the terms of a transaction's documents in memory up to 16 MiB before
it writes them as a segment (``store.sqlite.SEARCH_PENDING_BYTES``): an import's documents make
one segment instead of one per megabyte of terms, each to be merged again later.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 03:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from csc_desktop.store import sqlite

    sqlite.set_search_pending_size(op.get_bind())


def downgrade() -> None:
    pass
