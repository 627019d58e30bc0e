"""Rows new to this store, built column by column from the changes that bring them: a bundle
holds tens of thousands; one dict per row, converted and then taken apart again for the driver,
cost more than inserting them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from csc_desktop.services.sync.bulk import insert_columns
from csc_desktop.services.sync.columns import columns_of
from csc_desktop.services.sync.rowspecs import ROW_META, RowSpec
from csc_desktop.store.field_versions import SHARED


@dataclass(frozen=True)
class NewRows:
    """Rows as the store holds them in Python (dates as dates), column by column."""

    names: list[str]
    columns: list[list[Any]]

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def column(self, name: str) -> list[Any]:
        return self.columns[self.names.index(name)]

    def dicts(self) -> list[dict[str, Any]]:
        names = self.names
        return [dict(zip(names, values, strict=True)) for values in zip(*self.columns, strict=True)]

    def insert(self, conn: Connection, spec: RowSpec) -> None:
        insert_columns(conn, spec.table, self.names, self.columns)


def can_build(spec: RowSpec) -> bool:
    """Whether `new_rows` applies: no field owned by one side (a value the receiver owns is
    dropped row by row) nor shared, and no file content."""
    return not spec.owners and "content" not in spec.table.c


def new_rows(spec: RowSpec, changes: Sequence[dict[str, Any]], now: str) -> NewRows:
    """The rows `changes` insert, each as `Merger._new_row` makes it for a kind `can_build`
    (the field versions in their stored form, whether or not the changes' were expanded)."""
    fields = [change["fields"] for change in changes]
    ids, devices, versions, field_versions, deleted, *stamps = columns_of(
        changes, ("id", "origin_device", "version", "field_versions", "deleted", *ROW_META)
    )
    created_at, created_by, updated_at, updated_by = stamps
    columns: list[list[Any]] = [
        ids,
        devices,
        versions,
        # Stored as the column stores them (store.field_versions): the change's version
        # shared by the fields marked SAME_VERSION, which is the stored form's mark too
        # (tests/foundation/test_field_versions.py holds them equal).
        [
            {SHARED: version} | v if v else {}
            for version, v in zip(versions, field_versions, strict=True)
        ],
        [0] * len(changes),  # not a change made here: nothing to send back
        deleted,
        [v or now for v in created_at],
        [v or "" for v in created_by],
        [v or now for v in updated_at],
        [v or "" for v in updated_by],
    ]
    converters = spec.db_converters
    for name, values in zip(spec.names, columns_of(fields, spec.names), strict=True):
        to_db = converters.get(name)
        if to_db is not None:
            # Dates: few distinct days among thousands of rows. A field left out of a change
            # stays None, as in a row made from it.
            done = {v: to_db(v) for v in set(values) if v is not None}
            values = [None if v is None else done[v] for v in values]
        columns.append(values)
    return NewRows([*_META, *spec.names], columns)


_META = (
    "id",
    "origin_device",
    "version",
    "field_versions",
    "change_seq",
    "deleted",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
)
