"""Looking up many rows by key in one statement, with the keys bound as ONE value.

`column IN (?, ?, … 500 times)` binds every key separately, and the statement keeps those values
in the connection's small-allocation pool while it stays in the statement cache. With SQLCipher's
memory security on, every later allocation that finds the pool full goes through a locked,
wiped allocation instead (an `mlock` and an `munlock` each): after a few such lookups an import
spent most of its time inserting rows that way (26 locked allocations per participant row instead
of one every other row). The keys travel instead as one JSON array, read by `json_each`; SQLite
still probes the column's index once per key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Text, bindparam, func, select


def one_of(column: ColumnElement[Any], keys: Iterable[str | int]) -> ColumnElement[bool]:
    """`column IN (the keys)`, whatever their number, as one bound value."""
    listed = func.json_each(bindparam(None, json.dumps(list(keys)), type_=Text)).table_valued(
        "value"
    )
    return column.in_(select(listed.c.value).scalar_subquery())
