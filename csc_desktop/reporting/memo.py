"""What was read from the records, kept while the records stay as they are.

Reading the indicators' rows is what a report costs (in the encrypted store every row read
costs system calls); turning them into figures for a set of countries costs little. So the rows
read for a period are kept, and a report on the same data reuses them — another set of
countries, the dashboard shown again, an export after a look at the dashboard.

"The same data" is decided by the database itself, so the kept rows cannot go stale: migration
0005 adds one stamp (``report_changes.generation``) and triggers that set it to a new random
64-bit value on every insert, change and deletion of a row any indicator or the "as of"
information reads, whoever writes it (the record services, the sync import, a repair by hand).
A report reads the stamp in its own read transaction, before the rows, and reuses only what was
read at the same stamp. Random rather than counted: a profile restored from a backup and then
changed cannot arrive at a stamp seen before. A database without the stamp's row (one not made
by the migrations) is read every time.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import OperationalError

from csc_desktop.store.schema import REPORT_CHANGES_ROW, report_changes

T = TypeVar("T")

#: Readings kept per database and state of the data, the least recently used dropped first: a
#: report makes about 20 (one per indicator or group of indicators, and the "as of" one), so the
#: last three or four periods looked at are kept (some megabytes each for years of records).
KEPT = 80


class _Kept:
    def __init__(self) -> None:
        self.generation: int | None = None
        self.readings: OrderedDict[Hashable, Any] = OrderedDict()


_lock = threading.Lock()
_by_engine: weakref.WeakKeyDictionary[Engine, _Kept] = weakref.WeakKeyDictionary()


def data_generation(conn: Connection) -> int | None:
    """The stamp the triggers renew, or None on a database without it."""
    try:
        return conn.execute(
            select(report_changes.c.generation).where(report_changes.c.id == REPORT_CHANGES_ROW)
        ).scalar_one_or_none()
    except OperationalError:  # no such table (a database made without the migrations)
        return None


class Reuse:
    """The readings of one report: each made once per state of the data, or taken from an
    earlier report on the same state. Make one per read transaction, before reading rows."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.generation = data_generation(conn)
        self.reused = 0
        self.read = 0

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        if self.generation is None:
            self.read += 1
            return make()
        engine = self.conn.engine
        with _lock:
            kept = _by_engine.setdefault(engine, _Kept())
            if kept.generation == self.generation and key in kept.readings:
                kept.readings.move_to_end(key)
                self.reused += 1
                return kept.readings[key]  # type: ignore[no-any-return]
        value = make()
        self.read += 1
        with _lock:
            kept = _by_engine.setdefault(engine, _Kept())
            if kept.generation != self.generation:
                # Another state of the data: nothing kept for the other one is of use now.
                kept.generation = self.generation
                kept.readings.clear()
            kept.readings[key] = value
            while len(kept.readings) > KEPT:
                kept.readings.popitem(last=False)
        return value


def forget(engine: Engine) -> None:
    """Drop what is kept for ``engine`` (a profile locked: nothing read stays in memory)."""
    with _lock:
        _by_engine.pop(engine, None)
