"""How many times each table the reports read has been written, kept by the database itself.

After any write SQLite drops every connection's page cache, so a report reading all its rows
again pays for every page (decrypted and checked, in the encrypted store). Most writes touch one
table — an edit, a training's participants — so a reading whose tables have not been written
since can be kept (:mod:`csc_desktop.reporting.memo`). ``report_table_changes`` holds one
counter per table, raised by triggers after every INSERT, UPDATE and DELETE on it, whoever
writes (record services, sync import, ``csc`` in another process, a repair by hand): a reading
made when its tables' counters stood at some values is right as long as they stand there.

Made by migration 0005 (:func:`create_counters`); a database without them reuses nothing after
a change (the whole-database check in :mod:`csc_desktop.reporting.memo`).
"""

from __future__ import annotations

from sqlalchemy import Connection, text, update
from sqlalchemy.exc import OperationalError

from csc_desktop.store.schema import (
    NOT_LOADING,
    RECORD_TABLES,
    participants,
    record_crime_areas,
    report_table_changes,
)

#: The tables whose writes are counted: every table an indicator or the "as of" reads.
WATCHED: tuple[str, ...] = (
    *(t.name for t in RECORD_TABLES.values()),
    participants.name,
    record_crime_areas.name,
)

Stamps = dict[str, int]


def create_counters(
    conn: Connection, tables: tuple[str, ...] = WATCHED, *, bulk_aware: bool = True
) -> None:
    """The counters of ``tables`` and their triggers (migration 0005); they start at 0.

    ``bulk_aware`` (migration 0012): an INSERT during a bulk load (a row in ``report_bulk``)
    raises nothing; the load raises each counter once instead (:func:`raise_counters`, from
    :mod:`csc_desktop.reporting.upkeep`), where an import raised them once per row."""
    report_table_changes.create(conn, checkfirst=True)
    for table in tables:
        conn.execute(
            text("INSERT OR IGNORE INTO report_table_changes (table_name, changes) VALUES (:t, 0)"),
            {"t": table},
        )
        for event in ("INSERT", "UPDATE", "DELETE"):
            conn.execute(text(counter_trigger(table, event, bulk_aware=bulk_aware)))


def counter_trigger(table: str, event: str, *, bulk_aware: bool = True) -> str:
    """The CREATE TRIGGER statement raising ``table``'s counter after each ``event``."""
    when = f" WHEN {NOT_LOADING}" if bulk_aware and event == "INSERT" else ""
    return (
        f"CREATE TRIGGER IF NOT EXISTS report_changes_{table}_{event.lower()} "
        f"AFTER {event} ON {table}{when} BEGIN UPDATE report_table_changes "
        f"SET changes = changes + 1 WHERE table_name = '{table}'; END"
    )


def count_bulk_inserts_once(conn: Connection) -> None:
    """The watched tables' insert triggers made ``bulk_aware`` (migration 0012)."""
    for table in WATCHED:
        conn.execute(text(f"DROP TRIGGER IF EXISTS report_changes_{table}_insert"))
        conn.execute(text(counter_trigger(table, "INSERT")))


def raise_counters(conn: Connection, tables: tuple[str, ...] = WATCHED) -> None:
    """Raise the counters of ``tables`` by one: a bulk load's inserts, all at once."""
    counters = report_table_changes.c
    conn.execute(
        update(report_table_changes)
        .where(counters.table_name.in_(tables))
        .values(changes=counters.changes + 1)
    )


def stop_counting(conn: Connection, table: str) -> None:
    """No counter for ``table`` any more (its triggers go with the table)."""
    for event in ("insert", "update", "delete"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS report_changes_{table}_{event}"))
    conn.execute(text("DELETE FROM report_table_changes WHERE table_name = :t"), {"t": table})


def drop_counters(conn: Connection) -> None:
    for table in WATCHED:
        for event in ("insert", "update", "delete"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS report_changes_{table}_{event}"))
    report_table_changes.drop(conn, checkfirst=True)


def read_stamps(conn: Connection) -> Stamps | None:
    """Each watched table's counter as this transaction sees it; None on a database without
    them."""
    try:
        rows = conn.exec_driver_sql(
            "SELECT table_name, changes FROM report_table_changes"
        ).fetchall()
    except OperationalError:
        return None
    return {name: int(changes) for name, changes in rows} or None
