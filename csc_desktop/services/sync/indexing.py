"""What follows from records new to this store, in bulk: their crime-area filter rows and their
search documents. An import brings tens of thousands of records at once; one statement per
record would take minutes.

The document text is SearchService.document's, built from rows already in memory (a training's
participants included) instead of read back one record at a time. tests/sync_store checks that
both give the same words: change them together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select

from csc_desktop.domain.fields import DATE_FIELD, FIELDS, FieldType, Kind
from csc_desktop.store import sqlite
from csc_desktop.store.schema import record_crime_areas, search_docs
from csc_desktop.text.fold import fold

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
    _add_documents(ws, conn, kind, rows, people)


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


def _add_documents(
    ws: Workspace,
    conn: Connection,
    kind: Kind,
    rows: Sequence[Mapping[str, Any]],
    people: Mapping[str, Sequence[Mapping[str, Any]]],
) -> None:
    live = [row for row in rows if not row["deleted"]]
    if not live:
        return
    first = (conn.execute(select(func.max(search_docs.c.rowid))).scalar() or 0) + 1
    conn.execute(
        insert(search_docs),
        [
            {"rowid": first + n, "record_id": row["id"], "kind": kind.value}
            for n, row in enumerate(live)
        ],
    )
    sqlite.put_search_documents(
        conn,
        (
            (first + n, document(ws, kind, row, people.get(row["id"], ())))
            for n, row in enumerate(live)
        ),
    )


def document(
    ws: Workspace,
    kind: Kind,
    row: Mapping[str, Any],
    people: Sequence[Mapping[str, Any]],
) -> str:
    """SearchService.document for a row and its participants at hand."""
    ref = ws.reference
    parts: list[str] = []
    for spec in FIELDS[kind]:
        value = row.get(spec.name)
        if not value or not spec.searchable:
            continue
        if spec.type == FieldType.INSTITUTION:
            parts.extend(ref.all_names("institution", value))
        elif spec.type == FieldType.INSTITUTIONS:
            for code in value:
                parts.extend(ref.all_names("institution", code))
        else:
            parts.append(str(value))
    for person in people:
        if person["deleted"]:
            continue
        parts.extend(x for x in (person.get("name"), person.get("position")) if x)
        if person.get("institution"):
            parts.extend(ref.all_names("institution", person["institution"]))
    return fold(" \n ".join(parts))
