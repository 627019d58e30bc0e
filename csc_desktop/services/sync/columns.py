"""Values of many dicts taken out column by column: a bundle's changes are checked and turned
into rows a column at a time, each column in one pass made in C rather than a Python call per
value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any


def columns_of(rows: Sequence[Mapping[str, Any]], names: Sequence[str]) -> list[list[Any]]:
    """`[[row.get(name) for row in rows] for name in names]`."""
    if not rows or not names:
        return [[] for _ in names]
    try:
        if len(names) == 1:  # itemgetter of one name gives values, not tuples
            return [list(map(itemgetter(names[0]), rows))]
        return [list(column) for column in zip(*map(itemgetter(*names), rows), strict=True)]
    except KeyError:  # a row lacks one: the slower way, with None for what is missing
        return [[row.get(name) for row in rows] for name in names]
