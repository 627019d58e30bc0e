"""Milestones and authority feedback: two small record kinds for the project's institutional
indicators (agreements with Eurojust, draft laws, authorities confirming increased effectiveness),
the reference items they need (their status, the answers to the feedback question), and the
indexes the indicators read (each holds every column one indicator needs, in group order).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 12:00:00
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SEED_VERSION = "0000000000000-00000-seed"

# (list, code, sort, names): names in every language the reference seed carries.
_REFERENCE_ITEMS: tuple[tuple[str, str, int, dict[str, str]], ...] = (
    (
        "status.milestone",
        "recorded",
        1,
        {
            "en": "Recorded",
            "sq": "Regjistruar",
            "sr": "Евидентирано",
            "mk": "Евидентирано",
            "bs": "Evidentirano",
            "cnr": "Evidentirano",
        },
    ),
    (
        "status.authority_feedback",
        "recorded",
        1,
        {
            "en": "Recorded",
            "sq": "Regjistruar",
            "sr": "Евидентирано",
            "mk": "Евидентирано",
            "bs": "Evidentirano",
            "cnr": "Evidentirano",
        },
    ),
    (
        "feedback_answer",
        "yes",
        1,
        {"en": "Yes", "sq": "Po", "sr": "Да", "mk": "Да", "bs": "Da", "cnr": "Da"},
    ),
    (
        "feedback_answer",
        "partly",
        2,
        {
            "en": "Partly",
            "sq": "Pjesërisht",
            "sr": "Делимично",
            "mk": "Делумно",
            "bs": "Djelimično",
            "cnr": "Djelimično",
        },
    ),
    (
        "feedback_answer",
        "no",
        3,
        {"en": "No", "sq": "Jo", "sr": "Не", "mk": "Не", "bs": "Ne", "cnr": "Ne"},
    ),
)


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("field_versions", sa.JSON(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("country", sa.String(length=64), nullable=False),
    ]


def _indexes(table: str, date_column: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(f"ix_{table}_country", ["country"], unique=False)
        batch_op.create_index(f"ix_{table}_live_date", ["deleted", date_column], unique=False)
        batch_op.create_index(f"ix_{table}_status", ["status"], unique=False)


# (table, index name, columns): what csc_desktop.reporting reads, without table reads or sorts.
_REPORTING_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "pre_investigations",
        "ix_pre_investigations_report_opened",
        ("deleted", "opened_on", "country", "crime_areas"),
    ),
    *(
        ("pre_investigations", f"ix_pre_investigations_report_{day}", ("deleted", day, "country"))
        for day in ("accepted_by_prosecutor_on", "prosecution_started_on", "jit_established_on")
    ),
    (
        "taf_requests",
        "ix_taf_requests_report_submitted",
        ("deleted", "submitted_on", "country", "assistance_type", "status"),
    ),
    (
        "taf_requests",
        "ix_taf_requests_report_decided",
        (
            *("deleted", "decision_on", "country", "assistance_type"),
            *("approved_budget_eur", "budget_eur", "status", "delivered_on"),
        ),
    ),
    (
        "taf_requests",
        "ix_taf_requests_report_delivered",
        ("deleted", "delivered_on", "country", "assistance_type", "expert_days", "status"),
    ),
    ("trainings", "ix_trainings_report", ("deleted", "start_date", "country", "status", "id")),
    (
        "participants",
        "ix_participants_report",
        ("training_id", "deleted", "gender", "function", "institution", "evaluation"),
    ),
    ("milestones", "ix_milestones_report", ("deleted", "reached_on", "country", "milestone_kind")),
    (
        "authority_feedback",
        "ix_authority_feedback_report",
        ("deleted", "given_on", "country", "institution", "confirms_effectiveness", "id"),
    ),
    (
        "authority_feedback",
        "ix_authority_feedback_institution",
        ("institution", "deleted", "given_on", "id"),
    ),
)


def upgrade() -> None:
    op.create_table(
        "milestones",
        *_sync_columns(),
        sa.Column("milestone_kind", sa.String(length=64), nullable=True),
        sa.Column("institution", sa.String(length=64), nullable=True),
        sa.Column("reached_on", sa.Date(), nullable=True),
        sa.Column("document_reference", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
    )
    _indexes("milestones", "reached_on")
    op.create_table(
        "authority_feedback",
        *_sync_columns(),
        sa.Column("institution", sa.String(length=64), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("confirms_effectiveness", sa.String(length=64), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("document_reference", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authority_feedback")),
    )
    _indexes("authority_feedback", "given_on")
    for table, name, columns in _REPORTING_INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, list(columns), unique=False)
    op.bulk_insert(
        _reference_table(),
        [
            {
                "list": list_name,
                "code": code,
                "valid_from": date(1900, 1, 1),
                "valid_to": None,
                "sort_order": sort,
                "names": names,
                "attrs": {},
                "version": _SEED_VERSION,
            }
            for list_name, code, sort, names in _REFERENCE_ITEMS
        ],
    )


def _reference_table() -> sa.TableClause:
    return sa.table(
        "reference_items",
        sa.column("list", sa.String),
        sa.column("code", sa.String),
        sa.column("valid_from", sa.Date),
        sa.column("valid_to", sa.Date),
        sa.column("sort_order", sa.Integer),
        sa.column("names", sa.JSON),
        sa.column("attrs", sa.JSON),
        sa.column("version", sa.String),
    )


def downgrade() -> None:
    items = _reference_table()
    for list_name in {item[0] for item in _REFERENCE_ITEMS}:
        op.execute(items.delete().where(items.c.list == list_name))
    for table, name, _ in reversed(_REPORTING_INDEXES):
        if table not in ("milestones", "authority_feedback"):
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.drop_index(name)
    for table in ("authority_feedback", "milestones"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_status")
            batch_op.drop_index(f"ix_{table}_live_date")
            batch_op.drop_index(f"ix_{table}_country")
            batch_op.drop_index(batch_op.f(f"ix_{table}_change_seq"))
        op.drop_table(table)
