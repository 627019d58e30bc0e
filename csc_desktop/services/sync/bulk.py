"""What makes an import or export of tens of thousands of rows fast: inserts passed to the
driver as plain tuples, and Python's cycle collector paused while the rows are in memory."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """A bundle is 50,000 changes of nested dicts: every few hundred of them the collector
    walked every object alive (a third of the time spent parsing). Nothing here makes cycles
    that must be freed before the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """`INSERT` of many rows holding the same keys, stored exactly as `conn.execute(insert(table),
    rows)` stores them (each column's own conversion: JSON, dates, booleans), without building
    SQLAlchemy's parameters row by row."""
    if not rows:
        return
    names = list(rows[0])
    dialect = conn.dialect
    converters = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    plain = [(index, name) for index, name in enumerate(names) if converters[index] is None]
    converted = [
        (index, name, converter)
        for index, name in enumerate(names)
        if (converter := converters[index]) is not None
    ]
    width = len(names)
    tuples = []
    for row in rows:
        values: list[Any] = [None] * width
        for index, name in plain:
            values[index] = row[name]
        for index, name, converter in converted:
            values[index] = converter(row[name])
        tuples.append(tuple(values))
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    marks = ", ".join("?" * width)
    target = quote(table.name)
    if not _has_trigger(conn, table):
        conn.exec_driver_sql(
            f"{_insert_verb(conn)} INTO {target} ({columns}) VALUES ({marks})", tuples
        )
        return
    # A trigger on the table and its foreign key make SQLite keep a statement journal for each
    # statement, that is for each row of an executemany: five locked allocations per row with
    # memory security on (1.7 s per 30,000 participants). The rows go first into a scratch table
    # in memory, then into the table by one statement per chunk.
    scratch = quote(f"sync_scratch_{table.name}")
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {scratch} ({columns})")
    try:
        for start in range(0, len(tuples), _SCRATCH_ROWS):
            conn.exec_driver_sql(
                f"INSERT INTO temp.{scratch} ({columns}) VALUES ({marks})",
                tuples[start : start + _SCRATCH_ROWS],
            )
            conn.exec_driver_sql(
                f"{_insert_verb(conn)} INTO {target} ({columns}) "
                f"SELECT {columns} FROM temp.{scratch}"
            )
            conn.exec_driver_sql(f"DELETE FROM temp.{scratch}")
    finally:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{scratch}")


_SCRATCH_ROWS = 2_000


def _has_trigger(conn: Connection, table: Table) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? LIMIT 1",
        (table.name,),
    )
    return found.first() is not None


def defer_foreign_keys(conn: Connection) -> None:
    """Foreign keys checked at COMMIT rather than row by row, for this transaction only (SQLite
    resets it at COMMIT or ROLLBACK). With a trigger on the table (reporting has one on
    participants), an immediate check makes SQLite keep a statement journal for every row
    inserted: five locked allocations per row with memory security on."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def _insert_verb(conn: Connection) -> str:
    # A constraint failing rolls back the whole transaction: an import applies a bundle whole or
    # not at all anyway, and SQLite then needs no statement journal per inserted row (see
    # defer_foreign_keys).
    return "INSERT OR ROLLBACK" if conn.dialect.name == "sqlite" else "INSERT"
