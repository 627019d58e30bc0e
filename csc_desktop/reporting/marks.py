"""The triggers that keep the reports' kept counts honest (:mod:`csc_desktop.reporting.buckets`):
each row written marks its (table, day, country) in ``report_stale`` — for each date an
indicator reads, before and after an update — so that the day's month is counted from the
records until it is counted again. One statement per row: an insert of a few short rows (``ON
CONFLICT DO NOTHING``: an ``OR IGNORE`` would be overridden by the ``OR ROLLBACK`` of the
statement that fires the trigger, see ``csc_desktop.store.sqlite``), or for a participant one
lookup of its training by key.

A mark holds the day as stored, not its month: the triggers call no SQL function (``coalesce``
is compiled inline, ``substr`` is a call). A function called in a trigger could fail, so SQLite
would make every statement that fires it keep a statement journal, a copy of each page it
touches (migration 0011; ``tests/foundation/test_write_statements.py`` reads the triggers).

An update that changes no column an indicator reads marks nothing (a title, a note). During a
bulk load (a row in ``report_bulk``, :func:`csc_desktop.reporting.upkeep.begin_bulk_write`)
inserts mark nothing: the loader's rows are counted set-based at its end; a delete then also
drops the table's watermark (a deleted last row's rowid may be given again).

Made by migration 0009 from the indicators' declarations: an indicator that comes to read
another column or date needs a migration that makes the triggers again (a test compares them).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

from csc_desktop.reporting.buckets import columns_in, conditions_of, kept_indicators
from csc_desktop.reporting.indicators import PARTICIPANTS
from csc_desktop.reporting.participant_summary import COLUMNS
from csc_desktop.store.schema import (
    NOT_LOADING,
    report_bulk,
    report_counts,
    report_stale,
    trainings,
)

#: What a participant's bucket depends on (its training's: date, country, status, deleted).
PARTICIPANT_COLUMNS: tuple[str, ...] = ("training_id", "deleted", *COLUMNS, "evaluation")


def watched() -> dict[str, tuple[list[str], list[str]]]:
    """Table -> (the date columns that place its rows in a month, every column a reading takes
    from it), for the record tables the kept readings count from."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for indicator in kept_indicators():
        source = indicator.source
        table = source.from_
        days, columns = found.setdefault(table.name, ([], []))  # type: ignore[attr-defined]
        if source.day.name not in days:  # type: ignore[attr-defined]
            days.append(source.day.name)  # type: ignore[attr-defined]
        parts = [column for p in map(source.part, indicator.parts) for column in p.columns]
        expressions = [source.country, source.day, *conditions_of(indicator), *parts]
        expressions += [e for e in (indicator.amount, indicator.positive) if e is not None]
        for column in columns_in(expressions):
            if column.table is table and column.name not in columns:
                columns.append(column.name)
    # The participants' reading depends on its trainings' date, country and conditions too.
    days, columns = found.setdefault(trainings.name, ([], []))
    if PARTICIPANTS.day.name not in days:  # type: ignore[attr-defined]
        days.append(PARTICIPANTS.day.name)  # type: ignore[attr-defined]
    for column in columns_in([PARTICIPANTS.country, PARTICIPANTS.day, *PARTICIPANTS.where]):
        if column.table is trainings and column.name not in columns:
            columns.append(column.name)
    return found


def _mark(table: str, days: Sequence[str], rows: Sequence[str]) -> str:
    values = ", ".join(
        f"('{table}', coalesce({row}.{day}, ''), coalesce({row}.country, ''))"
        for row in rows
        for day in days
    )
    return (
        f"INSERT INTO report_stale (table_name, day, country) VALUES {values} "
        "ON CONFLICT DO NOTHING;"
    )


def _mark_training_of(row: str, event: str) -> str:
    """A participant's bucket: its training's month and country, looked up by key (``id IN
    (…)`` would cost an ephemeral table per row)."""
    moved = " AND OLD.training_id IS NOT NEW.training_id" if row == "OLD" and event else ""
    return (
        "INSERT INTO report_stale (table_name, day, country) "
        "SELECT 'participants', coalesce(start_date, ''), coalesce(country, '') "
        f"FROM trainings WHERE id = {row}.training_id{moved} ON CONFLICT DO NOTHING;"
    )


def _watermark_dropped(table: str) -> str:
    return f"UPDATE report_bulk SET after_rowid = NULL WHERE table_name = '{table}';"


def trigger_statements() -> dict[str, str]:
    """Trigger name -> its CREATE statement."""
    found: dict[str, str] = {}
    tables = {name: (days, columns) for name, (days, columns) in watched().items()}
    for table, (days, columns) in [
        *tables.items(),
        ("participants", ([], list(PARTICIPANT_COLUMNS))),
    ]:
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        if table == "participants":
            inserted = _mark_training_of("NEW", "")
            updated = _mark_training_of("NEW", "") + " " + _mark_training_of("OLD", "UPDATE")
            deleted = _mark_training_of("OLD", "")
        else:
            inserted = _mark(table, days, ("NEW",))
            updated = _mark(table, days, ("OLD", "NEW"))
            deleted = _mark(table, days, ("OLD",))
        for event, when, body in (
            ("insert", NOT_LOADING, inserted),
            ("update", changed, updated),
            ("delete", "", deleted + " " + _watermark_dropped(table)),
        ):
            name = f"report_stale_{table}_{event}"
            condition = f" WHEN {when}" if when else ""
            found[name] = (
                f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event.upper()} ON {table}"
                f"{condition} BEGIN {body} END"
            )
    return found


def bulk_tables() -> tuple[str, ...]:
    """The tables a bulk load's inserts are counted from at its end."""
    return (*watched(), "participants")


def create(conn: Connection) -> None:
    """The kept counts' tables and the triggers that mark (migration 0009; counted by
    :func:`csc_desktop.reporting.upkeep.rebuild_all`)."""
    for table in (report_counts, report_stale, report_bulk):
        table.create(conn, checkfirst=True)
    create_triggers(conn)


def drop_triggers(conn: Connection) -> None:
    for name in trigger_statements():
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def create_triggers(conn: Connection) -> None:
    for statement in trigger_statements().values():
        conn.execute(text(statement))


def drop(conn: Connection) -> None:
    drop_triggers(conn)
    for table in (report_bulk, report_stale, report_counts):
        table.drop(conn, checkfirst=True)
