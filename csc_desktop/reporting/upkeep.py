"""Bringing the reports' kept counts (:mod:`csc_desktop.reporting.buckets`) up to date after
writes: the months that triggers marked are counted again from the records, and the rows a bulk
load inserted are added set-based.

For a bulk load (the sync import), in its one write transaction:

1. :func:`begin_bulk_write` first, before any row is written (optional, but it is what makes a
   large load cheap): it notes each watched table's last rowid in ``report_bulk``, and while
   that row exists inserts mark nothing, raise no change counter and forget no list key set
   (the triggers' statements per row are skipped; the counters are raised and the key sets
   forgotten once, here and at step 3);
2. the loader's inserts and updates (updates and deletes still mark their months, one keyed
   statement per row);
3. :func:`after_bulk_write` once, after all rows are written and before commit — also when no
   row was written, if step 1 ran — with the ids of the rows inserted or updated per table
   (``{"trainings": [...], "participants": [...]}``):
   it adds the rows stored after each watermark (outside marked months) to the kept counts,
   counts the marked months again, and clears ``report_bulk`` and the marks.

If the transaction rolls back, so do ``report_bulk`` and the counts. If a loader began and
committed without step 3, the reports do not trust the kept counts of those tables (they read
the records) until the next :func:`bring_up_to_date`. Without step 1, inserts mark their months
and step 3 counts those months again: the same result, slower for a large load.

Every write transaction of the record services ends with :func:`bring_up_to_date`
(``Txn.flush``); any other writer leaves its months marked — counted from the records, month by
month, until the next call.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, bindparam, func, literal_column, select, text

from csc_desktop.reporting import table_changes
from csc_desktop.reporting.buckets import (
    EARLIEST,
    LATEST,
    Bucket,
    Sums,
    count_new_rows,
    count_participants,
    counter,
    kept_indicators,
    month_first,
    month_last,
    read_marks,
    reading_of,
    runs_of,
    tables_of,
)
from csc_desktop.reporting.indicators import Indicator
from csc_desktop.reporting.marks import bulk_tables
from csc_desktop.services import list_order
from csc_desktop.store.schema import report_bulk, report_counts, report_stale

_ADD = text(
    "INSERT INTO report_counts (reading, month, country, key, n, rated, positive, amount) "
    "VALUES (:reading, :month, :country, :key, :n, :rated, :positive, :amount) "
    "ON CONFLICT (reading, month, country, key) DO UPDATE SET n = n + excluded.n, "
    "rated = rated + excluded.rated, positive = positive + excluded.positive, "
    "amount = amount + excluded.amount"
)


def begin_bulk_write(conn: Connection) -> None:
    """Start a bulk load in ``conn``'s write transaction, before its first row (see above).

    A watermark already noted stays: the rows after it (a load begun again before its upkeep,
    or one committed without it) are all counted by the next upkeep."""
    _inserts_without_triggers(conn)
    if conn.execute(select(report_bulk.c.table_name)).first() is not None:
        return
    conn.execute(
        report_bulk.insert(),
        [
            {
                "table_name": table,
                "after_rowid": conn.execute(
                    select(func.coalesce(func.max(literal_column("rowid")), 0)).select_from(
                        text(table)
                    )
                ).scalar_one(),
            }
            for table in bulk_tables()
        ],
    )


def after_bulk_write(conn: Connection, written: Mapping[str, Sequence[str]]) -> None:
    """Bring the kept counts up to date after a bulk load (table name -> ids of the rows inserted
    or updated in this transaction). Call inside the writing transaction, once, before commit.

    The ids are not needed to be right: the rows inserted are found by their rowids (after the
    watermarks :func:`begin_bulk_write` noted), the rows updated by the months they marked."""
    del written
    bring_up_to_date(conn)


def bring_up_to_date(conn: Connection) -> int:
    """Add a bulk load's rows, count every marked month again, clear the marks (in the caller's
    write transaction, after its writes). Returns how many (reading, month, country) buckets were
    counted again."""
    marks = read_marks(conn)
    watermarks: dict[str, int | None] = {t: w for t, w in conn.execute(select(report_bulk))}
    if not marks and not watermarks:
        return 0
    done = 0
    if watermarks:
        _inserts_without_triggers(conn)  # also for what was inserted since a load began
    added = _bulk_rows(conn, watermarks)
    for indicator in readings():
        tables = tables_of(indicator)
        # A table without a watermark (a row deleted during the load): all its months again.
        if any(t in watermarks and watermarks[t] is None for t in tables):
            _store(conn, indicator, _recount_all(conn, indicator))
            done += 1
            continue
        marked = {b for t in tables for b in marks.get(t, ()) if b[0] and b[1]}
        new = added.get(reading_of(indicator))
        if new:
            _store(
                conn,
                indicator,
                {k: v for k, v in new.items() if (k[1], k[0]) not in marked},
                add=True,
            )
        if marked:
            _recount(conn, indicator, marked)
            done += len(marked)
    conn.execute(report_stale.delete())
    conn.execute(report_bulk.delete())
    return done


def _inserts_without_triggers(conn: Connection) -> None:
    """While ``report_bulk`` has rows, inserts raise no change counter and forget no list key
    set (migration 0012: once per row, they cost an import more than the rows): done here,
    once, when a load begins and when its upkeep ends it."""
    table_changes.raise_counters(conn)
    list_order.forget_key_sets(conn)


def _bulk_rows(conn: Connection, watermarks: Mapping[str, int | None]) -> dict[str, Sums]:
    """Reading -> what it counts among the rows a bulk load inserted (after the watermarks):
    one pass over each table's new rows."""
    by_table: dict[str, list[Indicator]] = {}
    for indicator in kept_indicators():
        by_table.setdefault(tables_of(indicator)[0], []).append(indicator)
    added: dict[str, Sums] = {}
    for table, indicators in by_table.items():
        after = watermarks.get(table)
        if after is not None:
            added.update(count_new_rows(conn, indicators, after))
    after = watermarks.get("participants")
    if after is not None:
        added[reading_of(None)] = count_participants(conn, after_rowid=after)
    return added


def rebuild_all(conn: Connection) -> None:
    """Every reading counted again from the records (a database upgraded to keep them)."""
    if conn.execute(select(report_bulk.c.table_name)).first() is not None:
        _inserts_without_triggers(conn)
    conn.execute(report_counts.delete())
    for indicator in readings():
        _store(conn, indicator, counter(indicator)(conn, EARLIEST, LATEST))
    conn.execute(report_stale.delete())
    conn.execute(report_bulk.delete())


def readings() -> list[Indicator | None]:
    """Every kept reading: the indicators', then the participants' (None)."""
    return [*kept_indicators(), None]


def _recount_all(conn: Connection, indicator: Indicator | None) -> Sums:
    conn.execute(report_counts.delete().where(report_counts.c.reading == reading_of(indicator)))
    return counter(indicator)(conn, EARLIEST, LATEST)


def _recount(conn: Connection, indicator: Indicator | None, marked: set[Bucket]) -> None:
    """The ``marked`` (month, country) buckets of one reading counted again from the records."""
    c = report_counts.c
    conn.execute(
        report_counts.delete().where(
            c.reading == reading_of(indicator),
            c.month == bindparam("month"),
            c.country == bindparam("country"),
        ),
        [{"month": month, "country": country} for month, country in sorted(marked)],
    )
    countries = sorted({country for _, country in marked})
    fresh: Sums = {}
    for first, last in runs_of(month for month, _ in marked):
        counted = counter(indicator)(conn, month_first(first), month_last(last), countries)
        fresh.update((k, v) for k, v in counted.items() if (k[1], k[0]) in marked)
    _store(conn, indicator, fresh)


def _store(
    conn: Connection,
    indicator: Indicator | None,
    sums: Sums,
    *,
    add: bool = False,
) -> None:
    """Write ``sums`` as kept counts: new rows, or (``add``) added to the rows there."""
    reading = reading_of(indicator)
    rows = []
    for (country, month, *values), (n, second, positive) in sums.items():
        if not country or not month:  # a row no report can count (no country or no date)
            continue
        rated, amount = (second, 0) if indicator is None else (0, second)
        rows.append(
            {
                "reading": reading,
                "month": month,
                "country": country,
                "key": json.dumps(values, separators=(",", ":")),
                "n": n,
                "rated": rated,
                "positive": positive,
                "amount": amount,
            }
        )
    if rows:
        conn.execute(_ADD if add else report_counts.insert(), rows)
