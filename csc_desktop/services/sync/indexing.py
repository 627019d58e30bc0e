"""What follows from records new to this store, in bulk: their crime-area filter rows and their
search rows and documents. An import brings tens of thousands of records at once; one statement
per record would take minutes.

The documents are SearchService's (`search.document_text`), built from rows already in memory
(a training's participants included) instead of read back one record at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert

from csc_desktop.domain.fields import DATE_FIELD, Kind
from csc_desktop.store.schema import record_crime_areas

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace


def index_new_records(
    ws: Workspace,
    conn: Connection,
    kind: Kind,
    rows: Sequence[Mapping[str, Any]],
    people: Mapping[str, Sequence[Mapping[str, Any]]],
) -> None:
    """`rows`: records just inserted (no crime-area rows, no search document yet);
    `people`: the participants just inserted with them, by training id."""
    _add_crime_areas(ws, conn, kind, rows)
    ws.search.add_many(conn, kind, rows, people)


def _add_crime_areas(
    ws: Workspace, conn: Connection, kind: Kind, rows: Sequence[Mapping[str, Any]]
) -> None:
    # As RecordService._set_crime_areas: each code with the EMPACT cycle of the record's date.
    date_field = DATE_FIELD[kind]
    entries = [
        {
            "record_id": row["id"],
            "code": code,
            "cycle": ws.reference.crime_area_cycle(code, row.get(date_field))[1],
        }
        for row in rows
        for code in row.get("crime_areas") or []
    ]
    if entries:
        conn.execute(insert(record_crime_areas), entries)
