"""Search, with one meaning everywhere: case-, diacritic- and script-insensitive, prefix matching,
ranked, over every text field of a record and its participants.

Documents are folded with :func:`csc_desktop.text.fold.fold` before indexing and queries are folded
the same way, so ``Beograd`` finds ``Београд`` and ``djukic`` finds ``Đukić``.

Each live record has one search row (``search_docs``: its kind, date, status and country) and
one document in the FTS index under the same rowid. Lists filter and sort a search on the search
rows, ``find`` ranks on the index alone: neither reads a record row for a match it does not show.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, func, insert, select, update

from csc_desktop.domain.fields import DATE_FIELD, FIELDS, FieldType, Kind
from csc_desktop.store import sqlite
from csc_desktop.store.schema import RECORD_TABLES, SEARCH_ROW_FIELDS, participants, search_docs
from csc_desktop.text.fold import fold, fold_query

if TYPE_CHECKING:
    from csc_desktop.domain.reference import ReferenceData
    from csc_desktop.services.workspace import Workspace

_CHUNK = 500  # records read back at a time when many are indexed at once


def _live_people(conn: Connection, training_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The live participants of these trainings, by training: what their documents hold."""
    people: dict[str, list[dict[str, Any]]] = defaultdict(list)
    found = conn.execute(
        select(
            participants.c.training_id,
            participants.c.name,
            participants.c.position,
            participants.c.institution,
        )
        .select_from(sqlite.keyed_by(participants.c.training_id, training_ids))
        .where(participants.c.deleted.is_(False))
    )
    for person in found.mappings():
        people[person["training_id"]].append(dict(person))
    return people


def document_text(
    reference: ReferenceData,
    kind: Kind,
    row: Mapping[str, Any],
    people: Iterable[Mapping[str, Any]] = (),
) -> str:
    """The folded text a record is found by: its searchable fields, the names of its
    institutions in every language, and its live participants' names, positions and
    institutions (a training's ``people``)."""
    parts: list[str] = []
    institutions: list[str] = []  # codes: each named once, below
    for spec in FIELDS[kind]:
        value = row.get(spec.name)
        if not value or not spec.searchable:
            continue
        if spec.type == FieldType.INSTITUTION:
            institutions.append(value)
        elif spec.type == FieldType.INSTITUTIONS:
            institutions.extend(value)
        else:
            parts.append(str(value))
    for person in people:
        if person.get("deleted"):
            continue
        parts.extend(x for x in (person.get("name"), person.get("position")) if x)
        if person.get("institution"):
            institutions.append(person["institution"])
    for code in dict.fromkeys(institutions):
        parts.extend(reference.all_names("institution", code))
    # Each text once: the institution (in every language) and the position that twenty
    # participants share are found as well from one mention, and the document stays small.
    return fold(" \n ".join(dict.fromkeys(parts)))


def search_row(kind: Kind, row: Mapping[str, Any]) -> dict[str, Any]:
    """What the search row of a record holds besides its id."""
    return {
        "kind": kind.value,
        "day": row.get(DATE_FIELD[kind]),
        **{name: row.get(name) for name in SEARCH_ROW_FIELDS},
    }


class SearchService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # -- indexing -----------------------------------------------------------------------------

    def document(self, conn: Connection, kind: Kind, row: dict[str, Any]) -> str:
        people = _live_people(conn, [row["id"]]) if kind == Kind.TRAINING else {}
        return document_text(self.ws.reference, kind, row, people.get(row["id"], ()))

    def index(self, conn: Connection, kind: Kind, record_id: str) -> None:
        """Bring a record's search row and document up to date (after any change to it)."""
        table = RECORD_TABLES[kind]
        row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if row is None or row["deleted"]:
            self.remove(conn, record_id)
            return
        found = conn.execute(select(search_docs).where(search_docs.c.record_id == record_id))
        current = found.mappings().first()
        record = dict(row)
        values = search_row(kind, record)
        body = self.document(conn, kind, record)
        if current is None:
            inserted = conn.execute(insert(search_docs), {"record_id": record_id, **values})
            sqlite.put_search_documents(conn, [(inserted.inserted_primary_key[0], body)])  # type: ignore[index]
            return
        rowid = current["rowid"]
        if any(current[k] != v for k, v in values.items()):
            conn.execute(update(search_docs).where(search_docs.c.rowid == rowid), values)
        if sqlite.search_document(conn, rowid) != body:  # e.g. a status change leaves it
            sqlite.put_search_document(conn, rowid, body)

    def add(self, conn: Connection, kind: Kind, row: dict[str, Any]) -> None:
        """Index a record created in this transaction: it has no document yet, and its row is
        at hand (``index`` reads it back and replaces a document)."""
        inserted = conn.execute(
            insert(search_docs), {"record_id": row["id"], **search_row(kind, row)}
        )
        rowid = inserted.inserted_primary_key[0]  # type: ignore[index]
        sqlite.put_search_documents(conn, [(rowid, self.document(conn, kind, row))])

    def add_many(
        self,
        conn: Connection,
        kind: Kind,
        rows: Sequence[Mapping[str, Any]],
        people: Mapping[str, Sequence[Mapping[str, Any]]],
    ) -> int:
        """Index many records new to the index in two statements (a sync import, a rebuild):
        ``rows`` are the records, ``people`` the participants of each training by its id.
        Deleted records are left out. Returns how many were indexed."""
        live = [row for row in rows if not row["deleted"]]
        if not live:
            return 0
        first = (conn.execute(select(func.max(search_docs.c.rowid))).scalar() or 0) + 1
        conn.execute(
            insert(search_docs),
            [
                {"rowid": first + n, "record_id": row["id"], **search_row(kind, row)}
                for n, row in enumerate(live)
            ],
        )
        reference = self.ws.reference
        sqlite.put_search_documents(
            conn,
            (
                (first + n, document_text(reference, kind, row, people.get(row["id"], ())))
                for n, row in enumerate(live)
            ),
        )
        return len(live)

    def bring_up_to_date(
        self, conn: Connection, due: Mapping[str, tuple[Kind, dict[str, Any] | None]]
    ) -> None:
        """The end of a write transaction (``Txn.index_search``): records created in it are
        indexed together, each other record is brought up to date on its own."""
        new: dict[Kind, list[dict[str, Any]]] = defaultdict(list)
        for record_id, (kind, row) in due.items():
            if row is None:
                self.index(conn, kind, record_id)
            else:
                new[kind].append(row)
        for kind, rows in new.items():
            people: dict[str, list[dict[str, Any]]] = {}
            if kind == Kind.TRAINING:
                ids = [row["id"] for row in rows]
                for start in range(0, len(ids), _CHUNK):
                    people.update(_live_people(conn, ids[start : start + _CHUNK]))
            self.add_many(conn, kind, rows, people)

    def remove(self, conn: Connection, record_id: str) -> None:
        rowid = conn.execute(
            select(search_docs.c.rowid).where(search_docs.c.record_id == record_id)
        ).scalar()
        if rowid is not None:
            sqlite.delete_search_document(conn, rowid)
            conn.execute(search_docs.delete().where(search_docs.c.rowid == rowid))

    def rebuild(self) -> int:
        """Re-index every live record (after a change of the folding rules)."""
        count = 0
        with self.ws.transaction() as tx:
            conn = tx.conn
            sqlite.clear_search_documents(conn)
            conn.execute(search_docs.delete())
            for kind, table in RECORD_TABLES.items():
                ids = conn.execute(select(table.c.id).where(table.c.deleted.is_(False))).scalars()
                id_list = list(ids)
                for start in range(0, len(id_list), _CHUNK):
                    chunk = id_list[start : start + _CHUNK]
                    rows = conn.execute(
                        select(table).where(sqlite.one_of(table.c.id, chunk))
                    ).mappings()
                    people = _live_people(conn, chunk) if kind == Kind.TRAINING else {}
                    count += self.add_many(conn, kind, [dict(r) for r in rows], people)
            sqlite.optimize_search_index(conn)
        return count

    # -- searching ----------------------------------------------------------------------------

    def hits(self, text: str, kind: Kind | None = None) -> Select[Any] | None:
        """The search rows matching ``text`` (a select from ``search_docs`` joined to the
        index, to which a caller adds its filters, order and limit), or None when the text
        holds no word to look for."""
        tokens = fold_query(text)
        if not tokens:
            return None
        stmt = (
            select(search_docs.c.record_id)
            .select_from(
                sqlite.search_fts.join(
                    search_docs, search_docs.c.rowid == sqlite.search_fts.c.rowid
                )
            )
            .where(sqlite.search_match(tokens))
        )
        if kind is not None:
            stmt = stmt.where(search_docs.c.kind == kind.value)
        return stmt

    def find(self, text: str, kind: Kind | None = None, limit: int = 50) -> list[tuple[str, str]]:
        """(record id, kind) of the best matches across kinds."""
        tokens = fold_query(text)
        if not tokens:
            return []
        fts = sqlite.search_fts
        rank = sqlite.search_rank()
        if kind is None:  # ranked on the index alone; the search rows of the best only
            best = (
                select(fts.c.rowid, rank)
                .where(sqlite.search_match(tokens))
                .order_by(rank, fts.c.rowid)
                .limit(sqlite.search_limit(limit))
                .offset(sqlite.search_limit(0))
                .subquery("best")
            )
            stmt = (
                select(search_docs.c.record_id, search_docs.c.kind)
                .join_from(best, search_docs, search_docs.c.rowid == best.c.rowid)
                .order_by(best.c.score, best.c.rowid)
            )
        else:
            stmt = (
                select(search_docs.c.record_id, search_docs.c.kind)
                .join_from(fts, search_docs, search_docs.c.rowid == fts.c.rowid)
                .where(sqlite.search_match(tokens), search_docs.c.kind == kind.value)
                .order_by(rank, search_docs.c.rowid)
                .limit(sqlite.search_limit(limit))
                .offset(sqlite.search_limit(0))
            )
        with self.ws.reading() as conn:
            return [(r[0], r[1]) for r in conn.execute(stmt)]
