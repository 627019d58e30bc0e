"""How record lists are ordered quickly at any size.

* **Text columns** (title, venue, trainers, reference…) sort in the alphabetical order of the
  list's language (:func:`csc_desktop.text.collate.sort_key`). Sorting 100,000 titles by calling
  that function in SQLite on every read took seconds, so each live record's key is stored in
  ``list_sort_keys``, whose index gives the order directly. Keys differ per language (Serbian and
  Macedonian put Cyrillic first, the Latin alphabets differ: ``č`` is a letter of its own in
  Serbian, an accented ``c`` in English), so they are kept per language, made the first time a
  list is sorted in that language (:func:`complete_keys`) and kept up to date after that.
* **Who writes**: the record services refresh the keys of the record they write
  (:func:`sets_of` before the write, :func:`store_keys` after it). Any other writer (sync import,
  a repair) is covered by the triggers of migration 0007: they delete the keys of a record whose
  text or tombstone changed, and mark the kind's key sets incomplete when a record is added or
  changed; the next sorted read makes the keys that are missing.
* **Code columns** (status, country, …) sort by the label the person sees in the list's
  language, with the same collation (:func:`label_order`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, case, delete, insert, select, text
from sqlalchemy.sql.elements import ColumnElement

from csc_desktop.domain.fields import DATE_FIELD, FIELDS, FieldType, Kind
from csc_desktop.domain.reference import ReferenceData
from csc_desktop.store.schema import (
    NOT_LOADING,
    RECORD_TABLES,
    TABLE_NAMES,
    list_sort_keys,
    list_sort_sets,
)
from csc_desktop.text.collate import sort_key

KEYED_TYPES = (FieldType.TEXT,)  # long texts (notes) are no list columns


def keyed_fields(kind: Kind) -> tuple[str, ...]:
    """The text fields whose order lists read from stored keys."""
    return tuple(f.name for f in FIELDS[kind] if f.type in KEYED_TYPES)


def copied_fields(kind: Kind) -> tuple[str, str, str]:
    """The record's fields each key row carries for list filters (as ``day``, ``status``,
    ``country``)."""
    return (DATE_FIELD[kind], "status", "country")


def key_of(text: str | None, language: str) -> bytes:
    """The one function that makes a stored key (NULL sorts first, as an empty key)."""
    return sort_key(text, language) if text is not None else b""


def sets_of(conn: Connection, kind: Kind) -> list[tuple[str, str]]:
    """The (field, language) key sets of ``kind`` complete now; read before writing a record,
    whose write marks them incomplete (triggers) until :func:`store_keys` restores them."""
    s = list_sort_sets.c
    return [
        (f, lang)
        for f, lang in conn.execute(select(s.field, s.language).where(s.kind == kind.value))
    ]


def store_keys(
    conn: Connection,
    kind: Kind,
    record_id: str,
    values: Mapping[str, Any],
    sets: Iterable[tuple[str, str]],
    *,
    live: bool = True,
) -> None:
    """The record's keys for every set that was complete before its write, and those sets
    complete again (the record was the only change)."""
    sets = list(sets)
    if not sets:
        return
    k = list_sort_keys.c
    conn.execute(delete(list_sort_keys).where(k.record_id == record_id))
    if live:
        conn.execute(
            insert(list_sort_keys),
            [
                {
                    "record_id": record_id,
                    "field": field,
                    "language": language,
                    "kind": kind.value,
                    "sort_key": key_of(values.get(field), language),
                    "day": values.get(DATE_FIELD[kind]),
                    "status": values.get("status"),
                    "country": values.get("country"),
                }
                for field, language in sets
            ],
        )
    s = list_sort_sets.c
    conn.execute(delete(list_sort_sets).where(s.kind == kind.value))
    conn.execute(
        insert(list_sort_sets),
        [{"kind": kind.value, "field": f, "language": lang} for f, lang in sets],
    )


_INSERT_KEY = (
    "INSERT INTO list_sort_keys (language, kind, field, sort_key, record_id, day, status, country)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _iso(day: date | None) -> str | None:
    """A date as SQLAlchemy's SQLite Date type stores it (the insert above bypasses it)."""
    return day.isoformat() if day is not None else None


def is_complete(conn: Connection, kind: Kind, field: str, language: str) -> bool:
    s = list_sort_sets.c
    return (
        conn.execute(
            select(s.kind).where(s.kind == kind.value, s.field == field, s.language == language)
        ).first()
        is not None
    )


def complete_keys(conn: Connection, kind: Kind, field: str, language: str) -> int:
    """Make the keys missing for ``field`` in ``language`` (every live record's the first time;
    after a sync import, those of the records it wrote) and mark the set complete. Returns how
    many keys were made. Runs in a write transaction."""
    if is_complete(conn, kind, field, language):
        return 0
    table = RECORD_TABLES[kind]
    # The records that have a key, read from the key rows' own range: a NOT EXISTS per record
    # was planned on the primary key's language prefix (every key of the language, per record).
    have = set(conn.execute(ordered_ids(kind, field, language)).scalars())
    live = select(
        table.c.id, table.c[field], table.c[DATE_FIELD[kind]], table.c.status, table.c.country
    ).where(table.c.deleted.is_(False))
    rows = sorted(
        (language, kind.value, field, key_of(text, language), record_id, _iso(day), status, land)
        for record_id, text, day, status, land in conn.execute(live)
        if record_id not in have
    )
    if rows:
        # In key order, as plain tuples: each insert then lands next to the one before (random
        # order cost ten times more, page splits in an encrypted file), and SQLAlchemy does not
        # build a parameter dict per row.
        conn.exec_driver_sql(_INSERT_KEY, rows)
    conn.execute(insert(list_sort_sets), {"kind": kind.value, "field": field, "language": language})
    return len(rows)


def ordered_ids(kind: Kind, field: str, language: str) -> Any:
    """Every live record's id of ``kind`` in the order of ``field`` (ascending), from the key
    index alone."""
    k = list_sort_keys.c
    return select(k.record_id).where(k.language == language, k.kind == kind.value, k.field == field)


def label_order(
    column: Any, reference: ReferenceData, list_name: str, language: str
) -> ColumnElement[Any]:
    """A rank for ``column``'s codes in the alphabetical order of their labels in ``language``
    (no code first; codes the reference data does not know after every known one)."""
    ranked = codes_in_label_order(
        (i.code for i in reference.items(list_name)), reference, list_name, language
    )
    return case(
        (column.is_(None), -1),
        *((column == code, n) for n, code in enumerate(ranked)),
        else_=len(ranked),
    )


def codes_in_label_order(
    codes: Iterable[str | None], reference: ReferenceData, list_name: str, language: str
) -> list[str | None]:
    """``codes`` in the order of their labels in ``language`` (as :func:`label_order` ranks
    them): no code first, then the known codes, then codes the reference data does not know."""
    codes = list(codes)
    rank = {
        code: n
        for n, code in enumerate(
            i.code
            for i in sorted(
                reference.items(list_name),
                key=lambda i: (key_of(i.name(language), language), i.code),
            )
        )
    }
    return sorted(codes, key=lambda c: (c is not None, rank.get(c, len(rank)) if c else 0, c or ""))


# -- triggers (migration 0007) ------------------------------------------------------------------


def trigger_statements(kind: Kind, *, bulk_aware: bool = True) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) for one record table: whoever writes the table, a stored
    key is either right or absent, and a key set marked complete is complete.

    ``bulk_aware`` (migration 0012): an INSERT during a bulk load (a row in ``report_bulk``)
    leaves the key sets to the load, which forgets them all once (:func:`forget_key_sets`,
    from :mod:`csc_desktop.reporting.upkeep`) instead of once per row inserted."""
    table = TABLE_NAMES[kind]
    inserted = "NEW.deleted = 0" + (f" AND {NOT_LOADING}" if bulk_aware else "")
    fields = keyed_fields(kind)
    forget_sets = f"DELETE FROM list_sort_sets WHERE kind = '{kind.value}'"
    copied = copied_fields(kind)
    changed = " OR ".join(f"OLD.{f} IS NOT NEW.{f}" for f in (*fields, *copied, "deleted"))
    return [
        (
            f"{table}_sort_keys_insert",
            f"CREATE TRIGGER {table}_sort_keys_insert AFTER INSERT ON {table} "
            f"WHEN {inserted} BEGIN {forget_sets}; END",
        ),
        (
            f"{table}_sort_keys_update",
            f"CREATE TRIGGER {table}_sort_keys_update AFTER UPDATE ON {table} WHEN {changed} "
            f"BEGIN DELETE FROM list_sort_keys WHERE record_id = OLD.id; "
            f"{forget_sets} AND NEW.deleted = 0; END",
        ),
        (
            f"{table}_sort_keys_delete",
            f"CREATE TRIGGER {table}_sort_keys_delete AFTER DELETE ON {table} "
            f"BEGIN DELETE FROM list_sort_keys WHERE record_id = OLD.id; END",
        ),
    ]


def insert_triggers_bulk_aware(conn: Connection) -> None:
    """Every record table's insert trigger made ``bulk_aware`` (migration 0012)."""
    for kind in Kind:
        name, statement = trigger_statements(kind)[0]
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text(statement))


def forget_key_sets(conn: Connection) -> None:
    """No key set is complete any more: rows were inserted without their keys (a bulk load)."""
    conn.execute(delete(list_sort_sets))
