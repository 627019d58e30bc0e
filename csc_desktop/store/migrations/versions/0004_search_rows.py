"""Search rows that carry what a list filters on; the search index with 4-letter prefixes.

Each search row (``search_docs``) gains the record's date, status and country, filled here from
the records, so that a search in a list is filtered and sorted without reading the records.
The FTS index is rebuilt with a prefix index for 4 letters as well (the documents are copied,
not folded again) and merged into one segment.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from csc_desktop.store import sqlite

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Each record table and its date field, as in csc_desktop.domain.fields at this revision,
# written out: a migration keeps what it did even if the declarations change later.
_DATES = {
    "pre_investigations": "opened_on",
    "taf_requests": "start_date",
    "trainings": "start_date",
    "milestones": "reached_on",
    "authority_feedback": "given_on",
}


def upgrade() -> None:
    op.add_column("search_docs", sa.Column("day", sa.Date(), nullable=True))
    op.add_column("search_docs", sa.Column("status", sa.String(length=32), nullable=True))
    op.add_column("search_docs", sa.Column("country", sa.String(length=64), nullable=True))
    for table, day in _DATES.items():
        op.execute(
            f"UPDATE search_docs SET day = r.{day}, status = r.status, country = r.country "
            f"FROM {table} AS r WHERE r.id = search_docs.record_id"
        )
    conn = op.get_bind()
    if not sqlite.search_index_is_current(conn):
        sqlite.recreate_search_index(conn)


def downgrade() -> None:
    with op.batch_alter_table("search_docs") as batch:
        batch.drop_column("country")
        batch.drop_column("status")
        batch.drop_column("day")
