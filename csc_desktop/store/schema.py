"""Tables, built from the field declarations in :mod:`csc_desktop.domain.fields`.

The SQL stays portable (SQLAlchemy Core types only); what is SQLite-specific (FTS5, PRAGMAs,
SQLCipher) lives in :mod:`csc_desktop.store.sqlite`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

from csc_desktop.domain.fields import (
    DATE_FIELD,
    FIELDS,
    PARTICIPANT_FIELDS,
    Field,
    FieldType,
    Kind,
)
from csc_desktop.store.field_versions import FieldVersions

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

TABLE_NAMES: dict[Kind, str] = {
    Kind.PRE_INVESTIGATION: "pre_investigations",
    Kind.TAF_REQUEST: "taf_requests",
    Kind.TRAINING: "trainings",
    Kind.MILESTONE: "milestones",
    Kind.AUTHORITY_FEEDBACK: "authority_feedback",
}


def column_type(field: Field) -> TypeEngine[Any]:
    types: dict[FieldType, TypeEngine[Any]] = {
        FieldType.TEXT: String(field.max_length or 300),
        FieldType.LONGTEXT: Text(),
        FieldType.DATE: Date(),
        FieldType.INT: Integer(),
        FieldType.NUMBER: Float(),
        FieldType.MONEY: BigInteger(),  # cents: exact, portable
        FieldType.BOOL: Boolean(),
        FieldType.CODE: String(64),
        FieldType.CODES: JSON(),
        FieldType.INSTITUTION: String(64),
        FieldType.INSTITUTIONS: JSON(),
        FieldType.RECORD: String(36),
    }
    return types[field.type]


def sync_columns() -> list[Column]:
    """What every synced row carries: where it was made, its version, its tombstone, who and when."""
    return [
        Column("id", String(36), primary_key=True),
        Column("origin_device", String(36), nullable=False),
        Column("version", String(80), nullable=False),
        Column("field_versions", FieldVersions, nullable=False, default=dict),
        Column("change_seq", Integer, nullable=False, index=True),
        Column("deleted", Boolean, nullable=False, default=False),
        Column("created_at", String(32), nullable=False),
        Column("created_by", String(200), nullable=False),
        Column("updated_at", String(32), nullable=False),
        Column("updated_by", String(200), nullable=False),
    ]


def _record_table(kind: Kind) -> Table:
    name = TABLE_NAMES[kind]
    columns: list[Column] = [*sync_columns(), Column("status", String(32), nullable=False)]
    for field in FIELDS[kind]:
        columns.append(
            Column(field.name, column_type(field), nullable=field.name not in ("title", "country"))
        )
    table = Table(name, metadata, *columns)
    # Lists sorted by date (the default) step through this index alone, the id breaking ties as
    # the list's ORDER BY does (migration 0007 added the id).
    Index(f"ix_{name}_live_date", table.c.deleted, table.c[DATE_FIELD[kind]], table.c.id)
    # Lists sorted by status or country read each code's rows in id order from these (the codes
    # themselves in the order of their labels: csc_desktop.services.records).
    Index(f"ix_{name}_live_status", table.c.deleted, table.c.status, table.c.id)
    Index(f"ix_{name}_live_country", table.c.deleted, table.c.country, table.c.id)
    Index(f"ix_{name}_country", table.c.country)
    Index(f"ix_{name}_status", table.c.status)
    return table


pre_investigations = _record_table(Kind.PRE_INVESTIGATION)
taf_requests = _record_table(Kind.TAF_REQUEST)
trainings = _record_table(Kind.TRAINING)
milestones = _record_table(Kind.MILESTONE)
authority_feedback = _record_table(Kind.AUTHORITY_FEEDBACK)
Index(
    "ix_pre_investigations_reference", pre_investigations.c.country, pre_investigations.c.reference
)

RECORD_TABLES: dict[Kind, Table] = {
    Kind.PRE_INVESTIGATION: pre_investigations,
    Kind.TAF_REQUEST: taf_requests,
    Kind.TRAINING: trainings,
    Kind.MILESTONE: milestones,
    Kind.AUTHORITY_FEEDBACK: authority_feedback,
}

participants = Table(
    "participants",
    metadata,
    *sync_columns(),
    # Deferred (checked at COMMIT; migration 0011): an immediate key check makes every insert
    # of participants, which fires triggers, keep a statement journal (see store.sqlite).
    Column(
        "training_id",
        String(36),
        ForeignKey("trainings.id", deferrable=True, initially="DEFERRED"),
        nullable=False,  # looked up through ix_participants_report, which begins with it
    ),
    Column("position_no", Integer, nullable=False, default=0),
    *[Column(f.name, column_type(f), nullable=not f.required) for f in PARTICIPANT_FIELDS],
    Column("attendance", JSON, nullable=False, default=list),
)


def _reporting_indexes() -> None:
    """What the project's indicators read (``csc_desktop.reporting``). Each index holds, in
    order, every column one indicator needs, so that its figures come from the index alone and
    in group order: no table reads and no sort, both costly in the encrypted store."""
    pi, taf, tr, ms, fb = (
        pre_investigations.c,
        taf_requests.c,
        trainings.c,
        milestones.c,
        authority_feedback.c,
    )
    Index(
        "ix_pre_investigations_report_opened", pi.deleted, pi.opened_on, pi.country, pi.crime_areas
    )
    for day in ("accepted_by_prosecutor_on", "prosecution_started_on", "jit_established_on"):
        Index(f"ix_pre_investigations_report_{day}", pi.deleted, pi[day], pi.country)
    Index(
        "ix_taf_requests_report_submitted",
        *(taf.deleted, taf.submitted_on, taf.country, taf.assistance_type, taf.status),
    )
    Index(
        "ix_taf_requests_report_decided",
        *(taf.deleted, taf.decision_on, taf.country, taf.assistance_type),
        *(taf.approved_budget_eur, taf.budget_eur, taf.status, taf.delivered_on),
    )
    Index(
        "ix_taf_requests_report_delivered",
        *(taf.deleted, taf.delivered_on, taf.country, taf.assistance_type),
        *(taf.expert_days, taf.status),
    )
    Index("ix_trainings_report", tr.deleted, tr.start_date, tr.country, tr.status, tr.id)
    p = participants.c
    Index(
        "ix_participants_report",
        *(p.training_id, p.deleted, p.gender, p.function, p.institution, p.evaluation),
    )
    Index("ix_milestones_report", ms.deleted, ms.reached_on, ms.country, ms.milestone_kind)
    Index(
        "ix_authority_feedback_report",
        *(fb.deleted, fb.given_on, fb.country, fb.institution, fb.confirms_effectiveness, fb.id),
    )
    Index("ix_authority_feedback_institution", fb.institution, fb.deleted, fb.given_on, fb.id)
    # The "as of" information: per device and country, its newest change and live records.
    for table in RECORD_TABLES.values():
        t = table.c
        Index(
            f"ix_{table.name}_report_devices", t.origin_device, t.country, t.deleted, t.updated_at
        )


_reporting_indexes()

# Each training's participants counted once for the reports, as migration 0005 made them
# (csc_desktop.reporting.participant_summary); migration 0009 replaced them by report_counts and
# dropped the table: declared for those two migrations only.
participant_summaries = Table(
    "participant_summaries",
    metadata,
    Column("training_id", String(36), primary_key=True),
    Column("tallies", Text, nullable=False),
)

# The indicators' rows counted per reading, month and country (csc_desktop.reporting.buckets):
# made again by the reports' upkeep for the months marked in report_stale, where triggers
# (migration 0009; 0011) mark the day (its month is what counts) and country of every row written.
report_counts = Table(
    "report_counts",
    metadata,
    Column("reading", String(64), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("country", String(8), primary_key=True),
    Column("key", Text, primary_key=True),
    Column("n", Integer, nullable=False),
    Column("rated", Integer, nullable=False),
    Column("positive", Integer, nullable=False),
    Column("amount", Float, nullable=False),
    sqlite_with_rowid=False,
)
report_stale = Table(
    "report_stale",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("country", String(8), primary_key=True),
    sqlite_with_rowid=False,
)
# While a bulk load runs (reporting.upkeep.begin_bulk_write): per table, the last rowid before it
# (NULL once a row was deleted meanwhile); the rows after it are counted set-based at its end.
report_bulk = Table(
    "report_bulk",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("after_rowid", Integer),
    sqlite_with_rowid=False,
)
NOT_LOADING = "NOT EXISTS (SELECT 1 FROM report_bulk)"
"""SQL true unless a bulk load runs: the condition of the triggers whose work a bulk load does
once for all its inserts (report marks, change counters, list key sets)."""

# How many times each table the reports read has been written (csc_desktop.reporting.
# table_changes): raised by triggers (migration 0005), so that a report after a write reads again
# only the tables written.
report_table_changes = Table(
    "report_table_changes",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("changes", Integer, nullable=False),
)

attachments = Table(
    "attachments",
    metadata,
    *sync_columns(),
    Column("record_id", String(36), nullable=False, index=True),
    Column("record_kind", String(32), nullable=False),
    Column("filename", String(255), nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("attachment_kind", String(32), nullable=False),
    Column("content", LargeBinary, nullable=False),
)

# Crime areas of each record, resolved to the EMPACT cycle in force on the record's date,
# kept apart so that lists and indicators can filter on them with an index.
record_crime_areas = Table(
    "record_crime_areas",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("code", String(64), primary_key=True),
    Column("cycle", String(16), nullable=True),
    Index("ix_record_crime_areas_code", "code"),
)

reference_items = Table(
    "reference_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("list", String(64), nullable=False),
    Column("code", String(64), nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("valid_to", Date, nullable=True),
    Column("sort_order", Integer, nullable=False, default=0),
    Column("names", JSON, nullable=False),
    Column("attrs", JSON, nullable=False, default=dict),
    Column("version", String(80), nullable=False),
    # Set on items added on this device (a new institution typed by a person), so sync sends them.
    Column("origin_device", String(36), nullable=True),
    Column("change_seq", Integer, nullable=True),
    UniqueConstraint("list", "code", "valid_from"),
    Index("ix_reference_items_list_code", "list", "code"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),
    Column("person", String(200), nullable=False),
    Column("device", String(36), nullable=False),
    Column("action", String(32), nullable=False),
    Column("record_kind", String(32), nullable=True),
    Column("record_id", String(36), nullable=True, index=True),
    Column("details", Text, nullable=False),
    Column("recipient", String(300), nullable=True),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# Small key/value facts about this profile: device id, role, clocks, settings.
meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Maps a record to the integer row of its search document (FTS tables are SQLite-specific and
# are created in store.sqlite), with what a list filters and sorts on besides the text (the
# record's kind, date, status and country, copied from the record whenever it is indexed): a
# search in a list is then answered from the search rows alone, the record rows read only for
# the page shown. Only live records have a search row.
search_docs = Table(
    "search_docs",
    metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(36), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("day", Date, nullable=True),  # the record's DATE_FIELD
    Column("status", String(32), nullable=True),
    Column("country", String(64), nullable=True),
)
SEARCH_ROW_FIELDS = ("status", "country")

# Lists sorted by a text column (csc_desktop.services.list_order): each live record's key of
# that column in one language's alphabetical order (csc_desktop.text.collate.sort_key), kept for
# the languages lists were actually sorted in. Triggers (migration 0007) delete a record's keys
# when its text, date, status, country or tombstone changes, whoever writes; ``list_sort_sets`` names the (kind, field,
# language) whose keys are complete, and loses the kind's rows when a record is added or changed.
list_sort_keys = Table(
    "list_sort_keys",
    metadata,
    # The primary key is the order (a table without rowid: each key is stored once, in order).
    Column("language", String(16), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("sort_key", LargeBinary, primary_key=True),
    Column("record_id", String(36), primary_key=True),
    # What list filters test, copied from the record with the key: a filtered list is read in
    # key order from this table alone.
    Column("day", Date, nullable=True),  # the record's DATE_FIELD
    Column("status", String(32), nullable=True),
    Column("country", String(64), nullable=True),
    Index("ix_list_sort_keys_record", "record_id", "field", "language"),
    sqlite_with_rowid=False,
)
list_sort_sets = Table(
    "list_sort_sets",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("language", String(16), primary_key=True),
)  # besides the date: list filters a search row answers
