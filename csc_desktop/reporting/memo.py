"""What was read from the records, kept while the database stays as it is.

Reading the indicators' rows is what a report costs (in the encrypted store every row read
costs system calls); turning them into figures for a set of countries costs little. So the rows
read for a period are kept, and a report on the same data reuses them — another set of
countries, the dashboard shown again, an export after a look at the dashboard.

"The same data" is decided by the database itself, so what is kept cannot go stale whoever
writes (the record services, the sync import, another process such as ``csc`` while the
application is open): each connection tells what changed since it last looked — SQLite's
``PRAGMA data_version`` changes when any *other* connection has committed, the connection's own
``total_changes`` when it has written itself. A report looks first thing in its read
transaction (the pragma starts the transaction's snapshot, so what it tells and what is read
agree). When a connection sees a change, or looks for the first time (it cannot vouch for what
happened before), what was kept for that database is dropped — except the readings of tables
not written since: each table a report reads has a counter raised by triggers on every write to
it (:mod:`csc_desktop.reporting.table_changes`), and a reading made when the counters of its
tables stood at some values is kept, and reused, while they stand there. An edit of one record
thus costs the next report one table read again, not all of them. On a database where the
pragma is unknown nothing is reused; on one without the counters nothing is kept after a change.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

from csc_desktop.reporting.table_changes import Stamps, read_stamps
from csc_desktop.store import sqlite

T = TypeVar("T")

#: Readings kept per database, the least recently used dropped first: a report makes about 20
#: (one per indicator or group of indicators, and the "as of" one), so the last three or four
#: periods looked at are kept (some megabytes each for years of records).
KEPT = 80
#: Connections remembered per database (a pool holds a few; those made for a moment come and go).
CONNECTIONS = 16


class _Kept:
    def __init__(self) -> None:
        self.epoch = 0  # raised each time a connection sees the data changed
        #: key -> (epoch it was read in, its tables' counters then or None, the reading)
        self.readings: OrderedDict[Hashable, tuple[int, tuple[int, ...] | None, Any]] = (
            OrderedDict()
        )
        self.tables: dict[Hashable, tuple[str, ...]] = {}  # key -> the tables of its reading
        #: id of a DB-API connection -> it, and its (data_version, total_changes) when it last
        #: looked. The connection is held so that its id cannot be another's; the oldest are
        #: let go (a connection not found here counts as one that has never looked).
        self.seen: OrderedDict[int, tuple[Any, tuple[int, int]]] = OrderedDict()

    def looked(self, raw: Any, now: tuple[int, int]) -> bool:
        """Record what ``raw`` sees now; whether it saw the same last time."""
        before = self.seen.pop(id(raw), None)
        self.seen[id(raw)] = (raw, now)
        while len(self.seen) > CONNECTIONS:
            self.seen.popitem(last=False)
        return before is not None and before[0] is raw and before[1] == now

    def changed(self, stamps: Stamps | None) -> None:
        """Another connection's commit or this one's write seen: keep only the readings of tables
        whose counters stand where they stood when read."""
        self.epoch += 1
        for key, (_, read_at, _) in list(self.readings.items()):
            if read_at is None or stamps is None or read_at != _stamps_of(stamps, self.tables[key]):
                del self.readings[key]
                self.tables.pop(key, None)


def _stamps_of(stamps: Stamps | None, tables: tuple[str, ...] | None) -> tuple[int, ...] | None:
    """The counters of ``tables`` in ``stamps``; None where one is not counted."""
    if stamps is None or not tables or any(t not in stamps for t in tables):
        return None
    return tuple(stamps[t] for t in tables)


_lock = threading.Lock()
_by_engine: weakref.WeakKeyDictionary[Engine, _Kept] = weakref.WeakKeyDictionary()


class Reuse:
    """The readings of one report: each made once while the database stays the same, or taken
    from an earlier report. Make one per read transaction, before anything else is read."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.reused = 0
        self.read = 0
        self.epoch: int | None = None
        self.stamps: Stamps | None = None
        state = sqlite.change_marks(conn)
        if state is None:
            return
        raw, now = state
        self.stamps = read_stamps(conn)  # in the same snapshot as everything read after
        with _lock:
            kept = _by_engine.setdefault(conn.engine, _Kept())
            if not kept.looked(raw, now):
                kept.changed(self.stamps)
            self.epoch = kept.epoch

    @property
    def active(self) -> bool:
        return self.epoch is not None

    def get(self, key: Hashable, make: Callable[[], T], tables: tuple[str, ...] | None = None) -> T:
        """The reading ``key``, made by ``make`` unless kept. ``tables``: every table ``make``
        reads (then the reading outlives writes to other tables); None: any write drops it."""
        if self.epoch is None:
            self.read += 1
            return make()
        engine = self.conn.engine
        read_at = _stamps_of(self.stamps, tables)
        with _lock:
            kept = _by_engine.setdefault(engine, _Kept())
            found = kept.readings.get(key)
            if found is not None and (
                found[1] == read_at if read_at is not None else found[0] == self.epoch
            ):
                kept.readings.move_to_end(key)
                self.reused += 1
                return found[2]  # type: ignore[no-any-return]
        value = make()
        self.read += 1
        with _lock:
            kept = _by_engine.setdefault(engine, _Kept())
            # A reading stamped with its tables' counters is right for any snapshot where they
            # stand the same; one without only while no change has been seen meanwhile.
            if read_at is not None or kept.epoch == self.epoch:
                kept.readings[key] = (self.epoch, read_at, value)
                kept.tables[key] = tables or ()
                while len(kept.readings) > KEPT:
                    dropped, _ = kept.readings.popitem(last=False)
                    kept.tables.pop(dropped, None)
        return value


def forget(engine: Engine) -> None:
    """Drop what is kept for ``engine``."""
    with _lock:
        _by_engine.pop(engine, None)
