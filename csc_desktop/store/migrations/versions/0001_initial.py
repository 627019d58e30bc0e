"""Initial schema, the search index and the first reference data.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 10:51:46.615281
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

from csc_desktop.domain.seed import load_reference_seed
from csc_desktop.store import sqlite

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachments",
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
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("attachment_kind", sa.String(length=32), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_record_id"), ["record_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=True),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_record_id"), ["record_id"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "pre_investigations",
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
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("crime_areas", sa.JSON(), nullable=True),
        sa.Column("lead_institution", sa.String(length=64), nullable=True),
        sa.Column("institutions", sa.JSON(), nullable=True),
        sa.Column("partner_countries", sa.JSON(), nullable=True),
        sa.Column("eu_agencies", sa.JSON(), nullable=True),
        sa.Column("cross_border", sa.Boolean(), nullable=True),
        sa.Column("support_given", sa.Text(), nullable=True),
        sa.Column("submitted_to_prosecutor_on", sa.Date(), nullable=True),
        sa.Column("accepted_by_prosecutor_on", sa.Date(), nullable=True),
        sa.Column("prosecution_started_on", sa.Date(), nullable=True),
        sa.Column("jit_established_on", sa.Date(), nullable=True),
        sa.Column("jit_partner_states", sa.JSON(), nullable=True),
        sa.Column("jit_eurojust", sa.Boolean(), nullable=True),
        sa.Column("jit_europol", sa.Boolean(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pre_investigations")),
    )
    with op.batch_alter_table("pre_investigations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pre_investigations_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index("ix_pre_investigations_country", ["country"], unique=False)
        batch_op.create_index(
            "ix_pre_investigations_live_date", ["deleted", "opened_on"], unique=False
        )
        batch_op.create_index(
            "ix_pre_investigations_reference", ["country", "reference"], unique=False
        )
        batch_op.create_index("ix_pre_investigations_status", ["status"], unique=False)

    op.create_table(
        "record_crime_areas",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("cycle", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("record_id", "code", name=op.f("pk_record_crime_areas")),
    )
    with op.batch_alter_table("record_crime_areas", schema=None) as batch_op:
        batch_op.create_index("ix_record_crime_areas_code", ["code"], unique=False)

    op.create_table(
        "reference_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("list", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("attrs", sa.JSON(), nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=True),
        sa.Column("change_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_items")),
        sa.UniqueConstraint(
            "list", "code", "valid_from", name=op.f("uq_reference_items_list_code_valid_from")
        ),
    )
    with op.batch_alter_table("reference_items", schema=None) as batch_op:
        batch_op.create_index("ix_reference_items_list_code", ["list", "code"], unique=False)

    op.create_table(
        "search_docs",
        sa.Column("rowid", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("rowid", name=op.f("pk_search_docs")),
        sa.UniqueConstraint("record_id", name=op.f("uq_search_docs_record_id")),
    )
    op.create_table(
        "taf_requests",
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
        sa.Column("requesting_institution", sa.String(length=64), nullable=True),
        sa.Column("partner_institutions", sa.JSON(), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=True),
        sa.Column("crime_areas", sa.JSON(), nullable=True),
        sa.Column("assistance_type", sa.String(length=64), nullable=True),
        sa.Column("expertise_profile", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("expert_days", sa.Float(), nullable=True),
        sa.Column("participants_count", sa.Integer(), nullable=True),
        sa.Column("budget_eur", sa.BigInteger(), nullable=True),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("criteria", sa.JSON(), nullable=True),
        sa.Column("linked_record", sa.String(length=36), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("assessment", sa.Text(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("decision_notes", sa.Text(), nullable=True),
        sa.Column("approved_budget_eur", sa.BigInteger(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taf_requests")),
    )
    with op.batch_alter_table("taf_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_taf_requests_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index("ix_taf_requests_country", ["country"], unique=False)
        batch_op.create_index("ix_taf_requests_live_date", ["deleted", "start_date"], unique=False)
        batch_op.create_index("ix_taf_requests_status", ["status"], unique=False)

    op.create_table(
        "trainings",
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
        sa.Column("topic", sa.String(length=300), nullable=True),
        sa.Column("crime_areas", sa.JSON(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=True),
        sa.Column("trainers", sa.String(length=300), nullable=True),
        sa.Column("organiser_institution", sa.String(length=64), nullable=True),
        sa.Column("beneficiary_institutions", sa.JSON(), nullable=True),
        sa.Column("linked_taf_request", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainings")),
    )
    with op.batch_alter_table("trainings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trainings_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index("ix_trainings_country", ["country"], unique=False)
        batch_op.create_index("ix_trainings_live_date", ["deleted", "start_date"], unique=False)
        batch_op.create_index("ix_trainings_status", ["status"], unique=False)

    op.create_table(
        "participants",
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
        sa.Column("training_id", sa.String(length=36), nullable=False),
        sa.Column("position_no", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("gender", sa.String(length=64), nullable=False),
        sa.Column("institution", sa.String(length=64), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("function", sa.String(length=64), nullable=True),
        sa.Column("evaluation", sa.Integer(), nullable=True),
        sa.Column("pre_score", sa.Float(), nullable=True),
        sa.Column("post_score", sa.Float(), nullable=True),
        sa.Column("attendance", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["trainings.id"], name=op.f("fk_participants_training_id_trainings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participants_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participants_training_id"), ["training_id"], unique=False
        )

    conn = op.get_bind()
    sqlite.create_search_index(conn)
    _insert_reference_seed(conn)


_SEED_VERSION = "0000000000000-00000-seed"


def _insert_reference_seed(conn: sa.Connection) -> None:
    items = sa.table(
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
    rows = []
    for n, item in enumerate(load_reference_seed()["items"]):
        rows.append(
            {
                "list": item["list"],
                "code": item["code"],
                "valid_from": date.fromisoformat(item["valid_from"] or "1900-01-01"),
                "valid_to": date.fromisoformat(item["valid_to"]) if item.get("valid_to") else None,
                "sort_order": item.get("sort", n),
                "names": item["names"],
                "attrs": item.get("attrs") or {},
                "version": _SEED_VERSION,
            }
        )
    op.bulk_insert(items, rows)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_training_id"))
        batch_op.drop_index(batch_op.f("ix_participants_change_seq"))

    op.drop_table("participants")
    with op.batch_alter_table("trainings", schema=None) as batch_op:
        batch_op.drop_index("ix_trainings_status")
        batch_op.drop_index("ix_trainings_live_date")
        batch_op.drop_index("ix_trainings_country")
        batch_op.drop_index(batch_op.f("ix_trainings_change_seq"))

    op.drop_table("trainings")
    with op.batch_alter_table("taf_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_taf_requests_status")
        batch_op.drop_index("ix_taf_requests_live_date")
        batch_op.drop_index("ix_taf_requests_country")
        batch_op.drop_index(batch_op.f("ix_taf_requests_change_seq"))

    op.drop_table("taf_requests")
    op.drop_table("search_docs")
    with op.batch_alter_table("reference_items", schema=None) as batch_op:
        batch_op.drop_index("ix_reference_items_list_code")

    op.drop_table("reference_items")
    with op.batch_alter_table("record_crime_areas", schema=None) as batch_op:
        batch_op.drop_index("ix_record_crime_areas_code")

    op.drop_table("record_crime_areas")
    with op.batch_alter_table("pre_investigations", schema=None) as batch_op:
        batch_op.drop_index("ix_pre_investigations_status")
        batch_op.drop_index("ix_pre_investigations_reference")
        batch_op.drop_index("ix_pre_investigations_live_date")
        batch_op.drop_index("ix_pre_investigations_country")
        batch_op.drop_index(batch_op.f("ix_pre_investigations_change_seq"))

    op.drop_table("pre_investigations")
    op.drop_table("meta")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_record_id"))

    op.drop_table("audit_log")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_record_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_change_seq"))

    op.drop_table("attachments")
