"""What record lists need to scroll and sort quickly at any size.

* Each record table's date index gains the id (``deleted, <date>, id``): a list sorted by date,
  ties broken by id, steps through the index alone, also past the rows an OFFSET skips.
  ``deleted, status, id`` and ``deleted, country, id`` do the same for each code of a list
  sorted by status or country (the codes taken in the order of their labels).
* ``list_sort_keys`` / ``list_sort_sets`` and their triggers: stored alphabetical keys of the
  text columns (csc_desktop.services.list_order). An existing database gets every live
  record's title key in the profile's language here (the language its lists are sorted in);
  other columns' and languages' keys are made the first time a list is sorted by them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 15:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, its date column), as declared in csc_desktop.store.schema at this revision
_DATES = (
    ("pre_investigations", "opened_on"),
    ("taf_requests", "start_date"),
    ("trainings", "start_date"),
    ("milestones", "reached_on"),
    ("authority_feedback", "given_on"),
)


def upgrade() -> None:
    from csc_desktop.domain.fields import Kind
    from csc_desktop.services import list_order

    for table, day in _DATES:
        op.drop_index(f"ix_{table}_live_date", table_name=table)
        op.create_index(f"ix_{table}_live_date", table, ["deleted", day, "id"], unique=False)
        for code in ("status", "country"):
            op.create_index(f"ix_{table}_live_{code}", table, ["deleted", code, "id"], unique=False)
    op.create_table(
        "list_sort_keys",
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("sort_key", sa.LargeBinary(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("country", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint(
            "language", "kind", "field", "sort_key", "record_id", name=op.f("pk_list_sort_keys")
        ),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_list_sort_keys_record",
        "list_sort_keys",
        ["record_id", "field", "language"],
        unique=False,
    )
    op.create_table(
        "list_sort_sets",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("kind", "field", "language", name=op.f("pk_list_sort_sets")),
    )
    for kind in Kind:
        for _, statement in list_order.trigger_statements(kind, bulk_aware=False):
            op.execute(statement)  # report_bulk comes with 0009
    conn = op.get_bind()
    language = conn.execute(sa.text("SELECT value FROM meta WHERE key = 'language'")).scalar()
    if language is None:  # a new profile: its language is written after the migrations
        return
    for kind in Kind:  # the titles, every list's first text column; others when first sorted
        list_order.complete_keys(conn, kind, "title", language)


def downgrade() -> None:
    from csc_desktop.domain.fields import Kind
    from csc_desktop.services import list_order

    for kind in Kind:
        for name, _ in list_order.trigger_statements(kind):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_list_sort_keys_record", table_name="list_sort_keys")
    op.drop_table("list_sort_sets")
    op.drop_table("list_sort_keys")
    for table, day in _DATES:
        for code in ("status", "country"):
            op.drop_index(f"ix_{table}_live_{code}", table_name=table)
        op.drop_index(f"ix_{table}_live_date", table_name=table)
        op.create_index(f"ix_{table}_live_date", table, ["deleted", day], unique=False)
