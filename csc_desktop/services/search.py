"""Search, with one meaning everywhere: case-, diacritic- and script-insensitive, prefix matching,
ranked, over every text field of a record and its participants.

Documents are folded with :func:`csc_desktop.text.fold.fold` before indexing and queries are folded
the same way, so ``Beograd`` finds ``Београд`` and ``djukic`` finds ``Đukić``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select

from csc_desktop.domain.fields import FIELDS, FieldType, Kind
from csc_desktop.store import sqlite
from csc_desktop.store.schema import RECORD_TABLES, participants, search_docs
from csc_desktop.text.fold import fold, fold_query

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace


class SearchService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def document(self, conn: Connection, kind: Kind, row: dict[str, Any]) -> str:
        ref = self.ws.reference
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
        if kind == Kind.TRAINING:
            for p in conn.execute(
                select(
                    participants.c.name, participants.c.position, participants.c.institution
                ).where(participants.c.training_id == row["id"], participants.c.deleted.is_(False))
            ):
                parts.extend(x for x in (p.name, p.position) if x)
                if p.institution:
                    institutions.append(p.institution)
        for code in dict.fromkeys(institutions):
            parts.extend(ref.all_names("institution", code))
        # Each text once: the institution (in every language) and the position that twenty
        # participants share are found as well from one mention, and the document stays small.
        return fold(" \n ".join(dict.fromkeys(parts)))

    def index(self, conn: Connection, kind: Kind, record_id: str) -> None:
        table = RECORD_TABLES[kind]
        row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if row is None or row["deleted"]:
            self.remove(conn, record_id)
            return
        rowid = conn.execute(
            select(search_docs.c.rowid).where(search_docs.c.record_id == record_id)
        ).scalar()
        body = self.document(conn, kind, dict(row))
        if rowid is None:
            inserted = conn.execute(
                insert(search_docs).values(record_id=record_id, kind=kind.value)
            )
            rowid = inserted.inserted_primary_key[0]  # type: ignore[index]
        elif sqlite.search_document(conn, rowid) == body:
            return  # e.g. a status change: the searchable text is the same
        sqlite.put_search_document(conn, rowid, body)

    def add(self, conn: Connection, kind: Kind, row: dict[str, Any]) -> None:
        """Index a record created in this transaction: it has no document yet, and its row is
        at hand (``index`` reads it back and replaces a document)."""
        inserted = conn.execute(insert(search_docs), {"record_id": row["id"], "kind": kind.value})
        rowid = inserted.inserted_primary_key[0]  # type: ignore[index]
        sqlite.put_search_documents(conn, [(rowid, self.document(conn, kind, row))])

    def remove(self, conn: Connection, record_id: str) -> None:
        rowid = conn.execute(
            select(search_docs.c.rowid).where(search_docs.c.record_id == record_id)
        ).scalar()
        if rowid is not None:
            sqlite.delete_search_document(conn, rowid)
            conn.execute(search_docs.delete().where(search_docs.c.rowid == rowid))

    def matching(self, text: str, kind: Kind | None = None) -> Any:
        return sqlite.search_subquery(fold_query(text), kind.value if kind else None)

    def find(self, text: str, kind: Kind | None = None, limit: int = 50) -> list[tuple[str, str]]:
        """(record id, kind) of the best matches across kinds."""
        matches = self.matching(text, kind)
        stmt = (
            select(matches.c.record_id, search_docs.c.kind)
            .join(search_docs, search_docs.c.record_id == matches.c.record_id)
            .order_by(matches.c.rank)
            .limit(limit)
        )
        with self.ws.reading() as conn:
            return [(r[0], r[1]) for r in conn.execute(stmt)]

    def rebuild(self) -> int:
        """Re-index every live record (after a change of the folding rules)."""
        count = 0
        with self.ws.transaction() as tx:
            tx.conn.exec_driver_sql("DELETE FROM search_fts")
            tx.conn.execute(search_docs.delete())
            for kind, table in RECORD_TABLES.items():
                for record_id in tx.conn.execute(
                    select(table.c.id).where(table.c.deleted.is_(False))
                ).scalars():
                    self.index(tx.conn, kind, record_id)
                    count += 1
        return count
