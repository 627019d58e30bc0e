"""How a row's field versions are stored: the version most fields share written once.

Every synced row keeps, per field, the version of the change that last set it
(``{"title": "1795982832275-00000-<device>", "venue": …}``). Most fields of a row share one
version (the row was created, or imported, in one change), so the plain map repeated a
60-character version for every field: two thirds of a participant row. The column stores the
shared version once, under ``"@"``, and a ``0`` for each field that has it::

    {"@": "1795982832275-00000-<device>", "title": 0, "venue": 0, "notes": "1795…-00003-<device>"}

Code reading the column through the tables of :mod:`csc_desktop.store.schema` sees the plain map
again; a row stored as a plain map (written before this form, or by hand) reads as it is. The
shared version is stored explicitly rather than taken from the row's ``version`` column, which
some writes raise without touching every field.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import orjson
from sqlalchemy import JSON, Dialect
from sqlalchemy.types import TypeDecorator

SHARED = "@"
"""The key holding the version shared by the fields marked ``0``."""
SAME = 0


def compact(versions: dict[str, Any]) -> dict[str, Any]:
    """The stored form of a field -> version map (see the module's docstring)."""
    if SHARED in versions:
        return versions  # in the stored form already (rows built from a bundle's changes)
    values = list(versions.values())
    if not values or not all(type(v) is str for v in values):
        return versions  # nothing to share, or not versions as this store writes them
    first = values[0]
    if values.count(first) == len(values):
        shared = first
    else:
        counts = Counter(values)
        shared = max(counts, key=lambda v: (counts[v], v))  # the most common; ties: newest
    return {SHARED: shared} | {k: SAME if v == shared else v for k, v in versions.items()}


def expand(stored: Any) -> Any:
    """The field -> version map of a stored value (plain maps pass unchanged)."""
    if type(stored) is not dict or SHARED not in stored:
        return stored
    shared = stored[SHARED]
    return {
        k: shared if v == SAME and type(v) is int else v for k, v in stored.items() if k != SHARED
    }


class FieldVersions(TypeDecorator[Any]):
    """A JSON column holding field versions in the compact form above (written by orjson: the
    values are plain strings and integers)."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Any:
        def process(value: Any) -> str:
            if type(value) is dict:
                value = compact(value)
            return orjson.dumps(value).decode("utf-8")  # None as JSON null, as JSON() does

        return process

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        def process(value: str | bytes | None) -> Any:
            return None if value is None else expand(orjson.loads(value))

        return process
