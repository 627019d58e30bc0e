"""Inserts during a bulk load (a sync import) leave to the load what the triggers did once per
row: the reports' change counters are raised, and the lists' key sets forgotten, once per load
(``csc_desktop.reporting.upkeep``). The participants' index on their training alone goes: the
reports' index on the participants begins with the training and serves every lookup it served
(the key check included), one index fewer to write per participant.

The search index writes its blocks to fit a page (``store.sqlite.SEARCH_BLOCK_BYTES``): FTS5's
default made each block a page and an overflow page in the encrypted store.

Field versions are stored in a compact form from now on (``csc_desktop.store.field_versions``);
rows stored before read as they are, so nothing is rewritten.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29 22:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from csc_desktop.reporting import table_changes
    from csc_desktop.services import list_order
    from csc_desktop.store import sqlite

    conn = op.get_bind()
    table_changes.count_bulk_inserts_once(conn)
    list_order.insert_triggers_bulk_aware(conn)
    op.execute("DROP INDEX IF EXISTS ix_participants_training_id")
    sqlite.set_search_block_size(conn)


def downgrade() -> None:
    pass
