"""What makes an import or export of tens of thousands of rows fast: inserts passed to the
driver as plain tuples, and Python's cycle collector paused while the rows are in memory."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, Table


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


@contextlib.contextmanager
def page_cache_for_bulk(conn: Connection) -> Iterator[None]:
    """The connection's page cache raised for a bulk load, back to its size at the end (inside
    the transaction: the pages written stay until COMMIT writes them). A bundle of 10,000
    trainings dirties more pages than the usual cache holds: SQLite then wrote pages out in the
    middle of the load and read some back (participants' inserts took twice as long). Pages are
    only allocated as needed, each locked in memory and wiped when freed, like the rest."""
    if conn.dialect.name != "sqlite":
        yield
        return
    usual = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {usual}")


_BULK_CACHE_KIB = 256 * 1024


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """`INSERT` of many rows holding the same keys, stored exactly as `conn.execute(insert(table),
    rows)` stores them (each column's own conversion: JSON, dates, booleans), without building
    SQLAlchemy's parameters row by row."""
    if not rows:
        return
    names = list(rows[0])
    insert_columns(conn, table, names, [[row[name] for row in rows] for name in names])


def insert_columns(
    conn: Connection, table: Table, names: Sequence[str], columns: Sequence[Sequence[Any]]
) -> None:
    """`insert_rows` for rows given column by column (`columns[i]` holds the values of
    `names[i]`, one per row): each column converted in one pass, the rows zipped in C."""
    if not columns or not columns[0]:
        return
    dialect = conn.dialect
    stored = []
    for name, values in zip(names, columns, strict=True):
        column_type = table.c[name].type
        converter = column_type.dialect_impl(dialect).bind_processor(dialect)
        stored.append(values if converter is None else _converted(converter, column_type, values))
    tuples = list(zip(*stored, strict=True))
    width = len(names)
    quote = dialect.identifier_preparer.quote
    column_list = ", ".join(quote(name) for name in names)
    marks = ", ".join("?" * width)
    target = quote(table.name)
    # One statement per row: no row keeps a statement journal (the triggers call no function
    # and the foreign key is checked at COMMIT, see store.sqlite; an INSERT … SELECT through a
    # scratch table, which this did before, is slower now).
    conn.exec_driver_sql(
        f"{_insert_verb(conn)} INTO {target} ({column_list}) VALUES ({marks})", tuples
    )


def _converted(converter: Any, column_type: Any, values: Sequence[Any]) -> list[Any]:
    """`[converter(v) for v in values]`, each distinct value converted once where values repeat
    (dates, flags, short lists: a JSON dump costs microseconds, 40,000 per bundle)."""
    if isinstance(column_type, JSON):
        done: dict[Any, Any] = {}
        result = []
        for value in values:
            key = _list_key(value)
            if key is None:
                result.append(converter(value))
            elif key in done:
                result.append(done[key])
            else:
                result.append(done.setdefault(key, converter(value)))
        return result
    if isinstance(column_type, Date | Boolean):
        lookup = {value: converter(value) for value in set(values)}
        return [lookup[value] for value in values]
    return [converter(value) for value in values]


def _list_key(value: Any) -> tuple[Any, ...] | None:
    """A key shared only by lists that are dumped alike: lists of strings, lists of booleans
    (anything else, where 1 == 1.0 == True would merge keys, has none)."""
    if type(value) is not list:
        return None
    kinds = set(map(type, value))
    if len(kinds) > 1 or not kinds <= {str, bool}:
        return None
    return (*kinds, *value)


def _insert_verb(conn: Connection) -> str:
    # A constraint failing rolls back the whole transaction: an import applies a bundle whole or
    # not at all anyway, and SQLite then needs no statement journal per inserted row.
    return "INSERT OR ROLLBACK" if conn.dialect.name == "sqlite" else "INSERT"
