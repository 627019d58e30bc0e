"""Named operations on records: create, update, delete, consult, list, and workflow actions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    and_,
    delete,
    exists,
    false,
    func,
    insert,
    select,
    update,
)

from csc_desktop.domain.fields import (
    DATE_FIELD,
    FIELDS,
    PARTICIPANT_FIELDS,
    STATUS_LIST,
    FieldType,
    Kind,
    Owner,
    field_map,
)
from csc_desktop.domain.ids import is_uuid, uuid7
from csc_desktop.domain.validation import (
    check_required,
    check_rules,
    derived_pre_investigation_status,
    normalize,
)
from csc_desktop.errors import NotAllowed, NotFound, ValidationError
from csc_desktop.services import list_order
from csc_desktop.services.serialize import participant_to_json, record_to_json
from csc_desktop.services.workspace import Change, Txn, Workspace
from csc_desktop.store import sqlite
from csc_desktop.store.schema import (
    RECORD_TABLES,
    attachments,
    list_sort_keys,
    participants,
    record_crime_areas,
    search_docs,
)
from csc_desktop.store.sqlite import search_limit, search_rank

# Workflow actions: (statuses it may start from, status it leads to, who may do it).
WORKFLOW: dict[Kind, dict[str, tuple[tuple[str, ...], str, str]]] = {
    Kind.TAF_REQUEST: {
        "submit": (("draft",), "submitted", "team"),
        "withdraw": (("submitted",), "draft", "team"),
        "assess": (("submitted",), "assessed", "hq"),
        "approve": (("submitted", "assessed"), "approved", "hq"),
        "reject": (("submitted", "assessed"), "rejected", "hq"),
        "deliver": (("approved",), "delivered", "team"),
        "close": (("delivered", "rejected"), "closed", "team"),
    },
    Kind.TRAINING: {
        "mark_held": (("planned",), "held", "team"),
        "cancel": (("planned",), "cancelled", "team"),
        "reopen": (("held", "cancelled"), "planned", "team"),
    },
    Kind.PRE_INVESTIGATION: {},
    Kind.MILESTONE: {},
    Kind.AUTHORITY_FEEDBACK: {},
}
INITIAL_STATUS = {
    Kind.TAF_REQUEST: "draft",
    Kind.TRAINING: "planned",
    Kind.PRE_INVESTIGATION: "supported",
    # Facts with a date: no workflow, one status.
    Kind.MILESTONE: "recorded",
    Kind.AUTHORITY_FEEDBACK: "recorded",
}
PARTICIPANT_FIELD_MAP = {f.name: f for f in PARTICIPANT_FIELDS}
# List columns a search row holds (search_docs), by the name of the record field: a search in a
# list sorted by one of these (or by the kind's date) is sorted on the search rows.
_SEARCH_ROW_ORDER = {"status": "status", "country": "country"}


#: A list read given up because the one who asked for it no longer needs it.
ReadCancelled = sqlite.ReadCancelled


@dataclass(frozen=True)
class ListQuery:
    kind: Kind
    search: str = ""
    statuses: tuple[str, ...] = ()
    crime_areas: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    order_by: str | None = None  # a field name; None = by date, or by relevance when searching
    descending: bool = True
    include_deleted: bool = False
    language: str | None = None  # text columns sort in this language's alphabetical order


class RecordService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self._pending_errors: dict[str, str] = {}

    # -- reading ------------------------------------------------------------------------------

    def kind_of(self, conn: Connection, record_id: str) -> Kind:
        if not is_uuid(record_id):
            raise NotFound(f"“{record_id}” is not a record id.")
        for kind, table in RECORD_TABLES.items():
            if conn.execute(select(table.c.id).where(table.c.id == record_id)).first():
                return kind
        raise NotFound(f"No record with id {record_id}.")

    def _row(self, conn: Connection, kind: Kind, record_id: str) -> dict[str, Any]:
        row = (
            conn.execute(select(RECORD_TABLES[kind]).where(RECORD_TABLES[kind].c.id == record_id))
            .mappings()
            .first()
        )
        if row is None:
            raise NotFound(f"No record with id {record_id}.")
        return dict(row)

    def _participants(self, conn: Connection, training_id: str) -> list[dict[str, Any]]:
        rows = conn.execute(
            select(participants)
            .where(participants.c.training_id == training_id, participants.c.deleted.is_(False))
            .order_by(participants.c.position_no, participants.c.id)
        ).mappings()
        return [dict(r) for r in rows]

    def _to_json(self, conn: Connection, kind: Kind, row: dict[str, Any]) -> dict[str, Any]:
        out = record_to_json(kind, row)
        if kind == Kind.TRAINING:
            days = _days(row)
            people = []
            for p in self._participants(conn, row["id"]):
                item = participant_to_json(p)
                item["attendance"] = _fit(item["attendance"], days)
                item["institution_name"] = self.ws.reference.name(
                    "institution", p["institution"], self.ws.identity.language
                )
                people.append(item)
            out["participants"] = people
        out["attachments"] = [
            {
                "id": a["id"],
                "filename": a["filename"],
                "size": a["size"],
                "kind": a["attachment_kind"],
                "sha256": a["sha256"],
            }
            for a in conn.execute(
                select(
                    attachments.c.id,
                    attachments.c.filename,
                    attachments.c.size,
                    attachments.c.attachment_kind,
                    attachments.c.sha256,
                ).where(attachments.c.record_id == row["id"], attachments.c.deleted.is_(False))
            ).mappings()
        ]
        return out

    def get(self, record_id: str, *, consult: bool = True) -> dict[str, Any]:
        """The whole record as JSON. ``consult`` writes the audit entry for opening a record."""
        if consult:
            with self.ws.transaction() as tx:
                kind = self.kind_of(tx.conn, record_id)
                row = self._row(tx.conn, kind, record_id)
                tx.audit.append("consult", tx.now, record_kind=kind.value, record_id=record_id)
                return self._to_json(tx.conn, kind, row)
        with self.ws.reading() as conn:
            kind = self.kind_of(conn, record_id)
            return self._to_json(conn, kind, self._row(conn, kind, record_id))

    def rows(
        self,
        query: ListQuery,
        *,
        offset: int = 0,
        limit: int | None = None,
        columns: tuple[str, ...] | None = None,
    ) -> list[dict[str, Any]]:
        table = RECORD_TABLES[query.kind]
        cols = [table.c[c] for c in (columns or _summary_columns(query.kind))]
        hits = self._search_rows(query)
        if hits is not None:
            rows = self._rows_of_hits(hits, table, cols, query, offset, limit)
        else:
            rows = self._rows(table, cols, query, offset, limit)
        for r in rows:
            for key, value in r.items():
                if isinstance(value, date):
                    r[key] = value.isoformat()
        return rows

    def _rows(
        self, table: Table, cols: list[Any], query: ListQuery, offset: int, limit: int | None
    ) -> list[dict[str, Any]]:
        order_col = query.order_by or DATE_FIELD[query.kind]
        if self._keyed(query):
            rows = self._rows_by_key(table, cols, query, order_col, offset, limit)
            if rows is not None:
                return rows
        ref_list = self._label_list(query.kind, order_col)
        if query.language and ref_list:
            return self._rows_by_label(table, cols, query, order_col, ref_list, offset, limit)
        stmt = self._filtered(select(*cols), table, query)
        col: Any = table.c[order_col]
        spec = field_map(query.kind).get(order_col)
        if query.language and spec and spec.type in (FieldType.TEXT, FieldType.LONGTEXT):
            col = func.csc_sortkey(col, query.language)
        stmt = stmt.order_by(*self._order(col, table.c.id, query, order_col))
        if offset:
            stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.ws.reading() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def _order(self, col: Any, ident: Any, query: ListQuery, field: str) -> list[Any]:
        """ORDER BY terms: the column (a code column by its label in the query's language), then
        the id, both in the query's direction."""
        terms = [col, ident]
        ref_list = self._label_list(query.kind, field)
        if query.language and ref_list:
            labels = list_order.label_order(col, self.ws.reference, ref_list, query.language)
            terms = [labels, col, ident]
        return [t.desc() if query.descending else t.asc() for t in terms]

    def _rows_by_label(
        self,
        table: Table,
        cols: list[Any],
        query: ListQuery,
        field: str,
        ref_list: str,
        offset: int,
        limit: int | None,
    ) -> list[dict[str, Any]]:
        """A page of a list sorted by a code column, by the codes' labels in the query's
        language: each code's rows counted, then the page read code by code, each code's rows in
        id order from the (deleted, code, id) index (a sort of every row by a CASE of labels took
        seconds at 100,000 records)."""
        assert query.language is not None
        col = table.c[field]
        ident = table.c.id.desc() if query.descending else table.c.id.asc()
        rows: list[dict[str, Any]] = []
        with self.ws.reading() as conn:
            counted = self._filtered(select(col, func.count()).select_from(table), table, query)
            counts: dict[Any, int] = {c: n for c, n in conn.execute(counted.group_by(col))}
            groups = list_order.codes_in_label_order(
                counts, self.ws.reference, ref_list, query.language
            )
            if query.descending:
                groups.reverse()
            skip, wanted = offset, limit
            for code in groups:
                if skip >= counts[code]:
                    skip -= counts[code]
                    continue
                stmt = self._filtered(select(*cols), table, query).where(
                    col.is_(None) if code is None else col == code
                )
                stmt = stmt.order_by(ident).offset(skip or None).limit(wanted)
                got = [dict(r) for r in conn.execute(stmt).mappings()]
                rows.extend(got)
                skip = 0
                if wanted is not None:
                    wanted -= len(got)
                    if wanted <= 0:
                        break
        return rows

    @staticmethod
    def _label_list(kind: Kind, field: str) -> str | None:
        """The reference list whose labels a code column shows (None: not a code column)."""
        if field == "status":
            return STATUS_LIST[kind]
        spec = field_map(kind).get(field)
        if spec and spec.type in (FieldType.CODE, FieldType.INSTITUTION):
            return spec.ref_list
        return None

    @staticmethod
    def _keyed(query: ListQuery) -> bool:
        """A list sorted by a text column whose keys the store keeps (live records only)."""
        return (
            query.language is not None
            and not query.include_deleted
            and query.order_by in list_order.keyed_fields(query.kind)
        )

    def _rows_by_key(
        self,
        table: Table,
        cols: list[Any],
        query: ListQuery,
        field: str,
        offset: int,
        limit: int | None,
    ) -> list[dict[str, Any]] | None:
        """A page of a list sorted by a text column, in the order of the stored keys: with no
        filter, the page's ids from the key index alone, then their rows; with filters, the
        records joined to their keys. None if the keys could not be completed (always busy)."""
        kind, language = query.kind, query.language
        assert language is not None
        for _ in range(3):
            with self.ws.reading() as conn:
                if list_order.is_complete(conn, kind, field, language):
                    return self._read_by_key(conn, table, cols, query, field, offset, limit)
            # Keys missing (the first sort in this language, or records written by sync since):
            # made once, then read in a snapshot where they are complete.
            with sqlite.write_transaction(self.ws.engine) as conn:
                list_order.complete_keys(conn, kind, field, language)
        return None

    def _read_by_key(
        self,
        conn: Connection,
        table: Table,
        cols: list[Any],
        query: ListQuery,
        field: str,
        offset: int,
        limit: int | None,
    ) -> list[dict[str, Any]]:
        kind, language = query.kind, query.language
        assert language is not None
        desc = query.descending
        # Every live record has its key, with the record's date, status and country: the page's
        # ids come from the key rows alone, in key order, filters tested on the way.
        k = list_sort_keys.c
        ids_stmt = self._key_filtered(list_order.ordered_ids(kind, field, language), query)
        ids_stmt = ids_stmt.order_by(
            k.sort_key.desc() if desc else k.sort_key.asc(),
            k.record_id.desc() if desc else k.record_id.asc(),
        )
        if offset:
            ids_stmt = ids_stmt.offset(offset)
        if limit is not None:
            ids_stmt = ids_stmt.limit(limit)
        ids = list(conn.execute(ids_stmt).scalars())
        found = {
            r["_id"]: dict(r)
            for r in conn.execute(
                select(*cols, table.c.id.label("_id")).where(table.c.id.in_(ids))
            ).mappings()
        }
        rows = [found[i] for i in ids if i in found]
        for r in rows:
            del r["_id"]
        return rows

    def _key_filtered(self, stmt: Any, query: ListQuery) -> Any:
        """The list's filters on the key rows (``_filtered`` for the records themselves)."""
        k = list_sort_keys.c
        conds: list[Any] = []
        if query.statuses:
            conds.append(k.status.in_(query.statuses))
        if query.countries:
            conds.append(k.country.in_(query.countries))
        if query.date_from:
            conds.append(k.day >= query.date_from)
        if query.date_to:
            conds.append(k.day <= query.date_to)
        if query.crime_areas:
            conds.append(
                exists().where(
                    record_crime_areas.c.record_id == k.record_id,
                    record_crime_areas.c.code.in_(query.crime_areas),
                )
            )
        if query.search.strip():
            hits = self.ws.search.hits(query.search, query.kind)
            conds.append(false() if hits is None else k.record_id.in_(hits))
        return stmt.where(and_(*conds)) if conds else stmt

    def _rows_of_hits(
        self,
        hits: Any,
        table: Table,
        cols: list[Any],
        query: ListQuery,
        offset: int,
        limit: int | None,
    ) -> list[dict[str, Any]]:
        """A page of a search answered from the search rows (filtered, sorted, cut to the
        page), then the page's record rows read by id."""
        order_col = query.order_by
        if order_col is None:  # by relevance
            hits = hits.order_by(search_rank(), search_docs.c.rowid)
        else:
            key = search_docs.c[
                "day" if order_col == DATE_FIELD[query.kind] else _SEARCH_ROW_ORDER[order_col]
            ]
            hits = hits.order_by(*self._order(key, search_docs.c.record_id, query, order_col))
        hits = hits.offset(search_limit(offset))
        if limit is not None:
            hits = hits.limit(search_limit(limit))
        with self.ws.reading() as conn:
            ids = list(conn.execute(hits).scalars())
            found = {
                r["id"]: dict(r)
                for r in conn.execute(
                    select(*cols, table.c.id.label("_id")).where(table.c.id.in_(ids))
                ).mappings()
            }
        rows = [found[i] for i in ids if i in found]
        for r in rows:
            del r["_id"]
        return rows

    def count(self, query: ListQuery, *, cancelled: Callable[[], bool] | None = None) -> int:
        """How many records the list holds. ``cancelled``: asked while SQLite counts; once it
        answers True the count stops and raises :class:`ReadCancelled` (a count of a query the
        person has already replaced)."""
        table = RECORD_TABLES[query.kind]
        hits = self._search_rows(query)
        if hits is not None:
            stmt = select(func.count()).select_from(hits.subquery())
        else:
            stmt = self._filtered(select(func.count()).select_from(table), table, query)
        with self.ws.reading() as conn, sqlite.interruptible(conn, cancelled):
            return int(conn.execute(stmt).scalar_one())

    def _search_rows(self, query: ListQuery) -> Any:
        """A search whose filters and order the search rows hold (the common case: a search
        typed in a list sorted by date, relevance, status or country), as a select of the
        matching record ids with those filters; None for any other list."""
        if not query.search.strip():
            return None
        order = query.order_by
        if order is not None and order not in (DATE_FIELD[query.kind], *_SEARCH_ROW_ORDER):
            return None
        hits = self.ws.search.hits(query.search, query.kind)
        if hits is None:  # nothing to look for: every row of the list, as without a search
            return None
        # Only live records have search rows: include_deleted changes nothing here.
        if query.statuses:
            hits = hits.where(search_docs.c.status.in_(query.statuses))
        if query.countries:
            hits = hits.where(search_docs.c.country.in_(query.countries))
        if query.date_from:
            hits = hits.where(search_docs.c.day >= query.date_from)
        if query.date_to:
            hits = hits.where(search_docs.c.day <= query.date_to)
        if query.crime_areas:
            hits = hits.where(
                exists().where(
                    record_crime_areas.c.record_id == search_docs.c.record_id,
                    record_crime_areas.c.code.in_(query.crime_areas),
                )
            )
        return hits

    def _filtered(self, stmt: Any, table: Table, query: ListQuery) -> Any:
        conds: list[Any] = []
        if not query.include_deleted:
            conds.append(table.c.deleted.is_(False))
        if query.statuses:
            conds.append(table.c.status.in_(query.statuses))
        if query.countries:
            conds.append(table.c.country.in_(query.countries))
        date_col = table.c[DATE_FIELD[query.kind]]
        if query.date_from:
            conds.append(date_col >= query.date_from)
        if query.date_to:
            conds.append(date_col <= query.date_to)
        if query.crime_areas:
            conds.append(
                exists().where(
                    and_(
                        record_crime_areas.c.record_id == table.c.id,
                        record_crime_areas.c.code.in_(query.crime_areas),
                    )
                )
            )
        if query.search.strip():
            hits = self.ws.search.hits(query.search, query.kind)
            if hits is None:  # no word in it (punctuation only): nothing matches
                conds.append(false())
            else:
                conds.append(table.c.id.in_(hits))
        if conds:
            stmt = stmt.where(and_(*conds))
        return stmt

    # -- writing ------------------------------------------------------------------------------

    def create(self, kind: Kind | str, data: dict[str, Any]) -> dict[str, Any]:
        kind = Kind(kind)
        data = dict(data)
        with self.ws.transaction() as tx:
            record_id = self._create(tx, kind, data)
            return self._to_json(tx.conn, kind, self._row(tx.conn, kind, record_id))

    def create_many(
        self,
        kind: Kind | str,
        items: Iterable[dict[str, Any]],
        *,
        progress: Callable[[int], None] | None = None,
    ) -> list[str]:
        """Create many records in one transaction, all or nothing (imports, demo data): each goes
        through the same checks and gets the same row, version, audit entry and search document
        as with ``create``. Errors name the item (``[3].title``). Returns the new ids."""
        kind = Kind(kind)
        ids: list[str] = []
        with self.ws.transaction() as tx:
            for n, data in enumerate(items, start=1):
                try:
                    ids.append(self._create(tx, kind, dict(data)))
                except ValidationError as exc:
                    raise ValidationError(
                        {f"[{n}].{key}": message for key, message in exc.errors.items()}
                    ) from exc
                if progress is not None:
                    progress(n)
        return ids

    def update(self, record_id: str, data: dict[str, Any]) -> dict[str, Any]:
        with self.ws.transaction() as tx:
            kind = self.kind_of(tx.conn, record_id)
            self._update(tx, kind, record_id, dict(data))
            return self._to_json(tx.conn, kind, self._row(tx.conn, kind, record_id))

    def delete(self, record_id: str) -> None:
        with self.ws.transaction() as tx:
            kind = self.kind_of(tx.conn, record_id)
            row = self._row(tx.conn, kind, record_id)
            if row["deleted"]:
                raise NotFound(f"The record {record_id} is already deleted.")
            self._check_owner_may_edit(row)
            version, seq = tx.next_version()
            tx.conn.execute(
                update(RECORD_TABLES[kind])
                .where(RECORD_TABLES[kind].c.id == record_id)
                .values(
                    deleted=True,
                    version=version,
                    change_seq=seq,
                    updated_at=tx.now,
                    updated_by=tx.audit.person,
                )
            )
            for child in (participants, attachments):
                parent = child.c.training_id if child is participants else child.c.record_id
                for cid in (
                    tx.conn.execute(
                        select(child.c.id).where(parent == record_id, child.c.deleted.is_(False))
                    )
                    .scalars()
                    .all()
                ):
                    v, s = tx.next_version()
                    tx.conn.execute(
                        update(child)
                        .where(child.c.id == cid)
                        .values(
                            deleted=True,
                            version=v,
                            change_seq=s,
                            updated_at=tx.now,
                            updated_by=tx.audit.person,
                        )
                    )
            tx.index_search(kind, record_id)
            tx.audit.append(
                "delete",
                tx.now,
                record_kind=kind.value,
                record_id=record_id,
                details={"title": row["title"]},
            )
            tx.changes.append(Change("delete", kind.value, record_id, {}))

    def change_status(
        self, record_id: str, action: str, *, on: date | None = None
    ) -> dict[str, Any]:
        """Take a workflow action. ``on`` is the day it was taken when it is entered afterwards
        (default today): it dates the action's own field (``submitted_on``, ``decision_on``…)."""
        with self.ws.transaction() as tx:
            kind = self.change_status_in(tx, record_id, action, on=on)
            return self._to_json(tx.conn, kind, self._row(tx.conn, kind, record_id))

    def change_status_in(
        self, tx: Txn, record_id: str, action: str, *, on: date | None = None
    ) -> Kind:
        """``change_status`` inside a transaction the caller holds (many records at once)."""
        kind = self.kind_of(tx.conn, record_id)
        row = self._row(tx.conn, kind, record_id)
        actions = WORKFLOW[kind]
        if action not in actions:
            known = ", ".join(actions) or "none (the status follows from the milestone dates)"
            raise ValidationError(
                {"status": f"“{action}” is not an action for a {kind.label}; possible: {known}"}
            )
        sources, target, role = actions[action]
        if self.ws.identity.role != role:
            raise NotAllowed(
                f"Only {'headquarters' if role == 'hq' else 'the country team'} can {action.replace('_', ' ')} a {kind.label}."
            )
        if row["status"] not in sources:
            raise ValidationError(
                {
                    "status": f"cannot {action.replace('_', ' ')} a {kind.label} that is {row['status']}"
                }
            )
        extra: dict[str, Any] = {}
        today = on or date.today()
        if kind == Kind.TAF_REQUEST:
            extra = {
                "submit": {"submitted_on": today},
                "assess": {"assessed_on": row.get("assessed_on") or today},
                "approve": {"decision_on": today},
                "reject": {"decision_on": today},
                "deliver": {"delivered_on": row.get("delivered_on") or today},
                "close": {"closed_on": row.get("closed_on") or today},
            }.get(action, {})
            if action == "submit":
                missing = check_required(field_map(kind), row)
                if missing:
                    raise ValidationError(missing)
        self._write(tx, kind, row, {**extra, "status": target}, action="change")
        return kind

    def validate(
        self, kind: Kind | str, data: dict[str, Any], record_id: str | None = None
    ) -> dict[str, str]:
        """All field errors the data would raise on save, without saving anything (for forms
        that show errors as the person types)."""
        kind = Kind(kind)

        class _Rollback(Exception):
            pass

        errors: dict[str, str] = {}
        try:
            with self.ws.transaction() as tx:
                try:
                    if record_id:
                        self._update(tx, kind, record_id, dict(data))
                    else:
                        self._create(tx, kind, dict(data))
                except ValidationError as exc:
                    errors = exc.errors
                tx.changes.clear()
                raise _Rollback
        except _Rollback:
            pass
        return errors

    def update_in(self, tx: Txn, record_id: str, data: dict[str, Any]) -> None:
        """``update`` inside a transaction the caller holds (e.g. an import with its audit entry)."""
        kind = self.kind_of(tx.conn, record_id)
        self._update(tx, kind, record_id, dict(data))

    def allowed_actions(self, record: dict[str, Any]) -> list[str]:
        kind = Kind(record["kind"])
        return [
            a
            for a, (sources, _t, role) in WORKFLOW[kind].items()
            if record["status"] in sources and role == self.ws.identity.role
        ]

    # -- internals ------------------------------------------------------------------------

    def _check_owner_may_edit(self, row: dict[str, Any]) -> None:
        if self.ws.identity.is_hq and row["origin_device"] != self.ws.identity.device_id:
            raise NotAllowed(
                "This record belongs to a country team: headquarters can change only its decision fields."
            )

    def _prepare(
        self, tx: Txn, kind: Kind, data: dict[str, Any], current: dict[str, Any] | None
    ) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
        people = data.pop("participants", None) if kind == Kind.TRAINING else None
        for key in (
            "id",
            "kind",
            "version",
            "origin_device",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by",
            "deleted",
            "attachments",
        ):
            if key in data and (
                current is None or data[key] == current.get(key) or key in ("kind", "attachments")
            ):
                data.pop(key)
        status = data.pop("status", None)
        ident = self.ws.identity
        if ident.role == "team":
            if data.get("country") not in (None, ident.country):
                raise ValidationError(
                    {"country": f"a {ident.country} team records only {ident.country} activities"}
                )
            if current is None:
                data.setdefault("country", ident.country)
        record_date = (
            data.get(DATE_FIELD[kind])
            if DATE_FIELD[kind] in data
            else (current or {}).get(DATE_FIELD[kind])
        )
        fields = field_map(kind)
        try:
            from csc_desktop.domain.validation import parse_date

            record_date = parse_date(record_date)
        except ValueError:
            record_date = None
        norm = normalize(
            fields,
            data,
            self.ws.reference,
            role=ident.role,
            country=data.get("country") or (current or {}).get("country") or ident.country,
            record_date=record_date,
        )
        if current is not None and ident.is_hq and current["origin_device"] != ident.device_id:
            for key in norm.values:
                if fields[key].owner != Owner.HQ:
                    norm.errors[key] = (
                        "belongs to the country team: headquarters can change only its decision fields"
                    )
            if people is not None:  # a bundle back to the team carries decisions, not people
                norm.errors["participants"] = (
                    "belong to the country team: headquarters can change only its decision fields"
                )
        if status is not None:
            expected = (current or {}).get("status") or INITIAL_STATUS[kind]
            if kind == Kind.PRE_INVESTIGATION:
                merged = {**(current or {}), **norm.values}
                expected = derived_pre_investigation_status(merged)
            allowed_initial = {
                Kind.TRAINING: ("planned", "held", "cancelled"),
                Kind.TAF_REQUEST: ("draft",),
            }
            if status != expected and not (
                current is None and status in allowed_initial.get(kind, ())
            ):
                norm.errors["status"] = (
                    f"changes through the workflow actions, not by editing (it is {expected})"
                    if kind != Kind.PRE_INVESTIGATION
                    else f"follows from the milestone dates (that gives {expected})"
                )
            elif current is None:
                norm.values["status"] = status
        self._pending_errors = dict(norm.errors)
        if norm.errors:
            return norm.values, people
        for name, placeholder in norm.new_institutions.items():
            code = self.ws.add_institution(
                tx,
                name,
                norm.values.get("country") or (current or {}).get("country") or ident.country,
            )
            for key, value in list(norm.values.items()):
                if value == placeholder:
                    norm.values[key] = code
                elif isinstance(value, list):
                    norm.values[key] = [code if v == placeholder else v for v in value]
        return norm.values, people

    def _validate_whole(self, tx: Txn, kind: Kind, merged: dict[str, Any], record_id: str) -> None:
        """Every problem at once: conversion errors from ``_prepare``, then required fields and
        rules on the fields that converted."""
        errors = dict(self._pending_errors)
        self._pending_errors = {}
        merged = {k: v for k, v in merged.items() if k not in errors}
        for key, message in check_required(field_map(kind), merged).items():
            errors.setdefault(key, message)
        for key, message in check_rules(kind, merged, self.ws.reference).items():
            errors.setdefault(key, message)
        if kind == Kind.PRE_INVESTIGATION and merged.get("reference") and "reference" not in errors:
            table = RECORD_TABLES[kind]
            # Only the (country, reference) index narrows this down; with `deleted` in the WHERE
            # clause SQLite picks the (deleted, date) index and scans every live record.
            same = tx.conn.execute(
                select(table.c.id, table.c.deleted).where(
                    table.c.country == merged.get("country"),
                    table.c.reference == merged["reference"],
                )
            ).all()
            if any(not r.deleted and r.id != record_id for r in same):
                errors["reference"] = (
                    f"“{merged['reference']}” is already used by another pre-investigation of this country"
                )
        for key in ("linked_record", "linked_taf_request"):
            target = merged.get(key)
            if target:
                try:
                    self.kind_of(tx.conn, target)
                except NotFound:
                    errors[key] = "names no record on this laptop"
        if errors:
            raise ValidationError(errors)

    def _create(self, tx: Txn, kind: Kind, data: dict[str, Any]) -> str:
        values, people = self._prepare(tx, kind, data, None)
        record_id = uuid7()
        merged = {f.name: values.get(f.name) for f in FIELDS[kind]}
        self._validate_whole(tx, kind, merged, record_id)
        status = values.pop("status", None) or INITIAL_STATUS[kind]
        if kind == Kind.PRE_INVESTIGATION:
            status = derived_pre_investigation_status(merged)
        version, seq = tx.next_version()
        row = {
            **merged,
            "id": record_id,
            "status": status,
            "origin_device": self.ws.identity.device_id,
            "version": version,
            "field_versions": {k: version for k in merged if merged[k] not in (None, [])},
            "change_seq": seq,
            "deleted": False,
            "created_at": tx.now,
            "created_by": tx.audit.person,
            "updated_at": tx.now,
            "updated_by": tx.audit.person,
        }
        sort_sets = list_order.sets_of(tx.conn, kind)
        # Parameters passed apart from the statement: SQLAlchemy compiles the INSERT once
        # (`.values(**row)` builds and compiles a new statement for every record).
        tx.conn.execute(insert(RECORD_TABLES[kind]), row)
        list_order.store_keys(tx.conn, kind, record_id, row, sort_sets)
        self._set_crime_areas(tx.conn, kind, record_id, merged, new=True)
        if people is not None:
            self._save_participants(tx, record_id, row, people)
        tx.index_search(kind, record_id, row)
        tx.audit.append(
            "create",
            tx.now,
            record_kind=kind.value,
            record_id=record_id,
            details={"fields": sorted(k for k in merged if merged[k] not in (None, []))},
        )
        tx.changes.append(Change("create", kind.value, record_id, {}))
        return record_id

    def _update(self, tx: Txn, kind: Kind, record_id: str, data: dict[str, Any]) -> None:
        row = self._row(tx.conn, kind, record_id)
        if row["deleted"]:
            raise NotFound(f"The record {record_id} was deleted.")
        values, people = self._prepare(tx, kind, data, row)
        self._write(tx, kind, row, values, action="change", people=people)

    def _write(
        self,
        tx: Txn,
        kind: Kind,
        row: dict[str, Any],
        values: dict[str, Any],
        *,
        action: str,
        people: list[dict[str, Any]] | None = None,
    ) -> None:
        record_id = row["id"]
        merged = {f.name: row.get(f.name) for f in FIELDS[kind]}
        merged.update({k: v for k, v in values.items() if k != "status"})
        self._validate_whole(tx, kind, merged, record_id)
        status = values.get("status", row["status"])
        if kind == Kind.PRE_INVESTIGATION:
            status = derived_pre_investigation_status(merged)
        changed = {k: (row.get(k), v) for k, v in merged.items() if row.get(k) != v}
        if status != row["status"]:
            changed["status"] = (row["status"], status)
        if not changed and people is None:
            return
        version, seq = tx.next_version()
        field_versions = dict(row.get("field_versions") or {})
        for key in changed:
            field_versions[key] = version
        sort_sets = list_order.sets_of(tx.conn, kind)
        tx.conn.execute(
            update(RECORD_TABLES[kind])
            .where(RECORD_TABLES[kind].c.id == record_id)
            .values(
                **{k: merged[k] for k in changed if k != "status"},
                status=status,
                version=version,
                field_versions=field_versions,
                change_seq=seq,
                updated_at=tx.now,
                updated_by=tx.audit.person,
            )
        )
        watched = (*list_order.keyed_fields(kind), *list_order.copied_fields(kind))
        if any(f in changed for f in watched):
            list_order.store_keys(tx.conn, kind, record_id, {**merged, "status": status}, sort_sets)
        if "crime_areas" in changed or DATE_FIELD[kind] in changed:
            self._set_crime_areas(tx.conn, kind, record_id, merged)
        people_changes: dict[str, int] = {}
        if people is not None:
            people_changes = self._save_participants(tx, record_id, {**row, **merged}, people)
        tx.index_search(kind, record_id)
        details: dict[str, Any] = {
            "changes": {k: [_plain(a), _plain(b)] for k, (a, b) in changed.items()}
        }
        if people_changes:
            details["participants"] = people_changes
        tx.audit.append(
            action, tx.now, record_kind=kind.value, record_id=record_id, details=details
        )
        tx.changes.append(Change(action, kind.value, record_id, changed))

    def _set_crime_areas(
        self,
        conn: Connection,
        kind: Kind,
        record_id: str,
        merged: dict[str, Any],
        *,
        new: bool = False,
    ) -> None:
        if not new:
            conn.execute(
                delete(record_crime_areas).where(record_crime_areas.c.record_id == record_id)
            )
        day = merged.get(DATE_FIELD[kind])
        rows = [
            {
                "record_id": record_id,
                "code": code,
                "cycle": self.ws.reference.crime_area_cycle(code, day)[1],
            }
            for code in merged.get("crime_areas") or []
        ]
        if rows:
            conn.execute(insert(record_crime_areas), rows)

    # -- participants -------------------------------------------------------------------

    def _save_participants(
        self, tx: Txn, training_id: str, training: dict[str, Any], people: list[dict[str, Any]]
    ) -> dict[str, int]:
        if not isinstance(people, list):
            raise ValidationError({"participants": "must be a list"})
        days = _days(training)
        existing = {p["id"]: p for p in self._participants(tx.conn, training_id)}
        errors: dict[str, str] = {}
        cleaned: list[tuple[str | None, dict[str, Any]]] = []
        for n, given in enumerate(people, start=1):
            if not isinstance(given, dict):
                errors[f"participants[{n}]"] = "must be an object"
                continue
            person: dict[str, Any] = dict(given)  # a copy: the caller's list stays as given
            pid = person.pop("id", None)
            person.pop("institution_name", None)
            attendance = person.pop("attendance", None)
            if pid is not None and pid not in existing:
                errors[f"participants[{n}].id"] = "names no participant of this training"
            norm = normalize(
                PARTICIPANT_FIELD_MAP,
                person,
                self.ws.reference,
                role=self.ws.identity.role,
                country=training.get("country"),
                record_date=training.get("start_date"),
            )
            for key, message in {
                **norm.errors,
                **check_required(
                    PARTICIPANT_FIELD_MAP,
                    {**(existing.get(pid) or {}), **norm.values} if pid else norm.values,
                ),
            }.items():
                errors[f"participants[{n}].{key}"] = message
            try:
                norm.values["attendance"] = _attendance(attendance, days)
            except ValueError as exc:
                errors[f"participants[{n}].attendance"] = str(exc)
            norm.values["_new"] = norm.new_institutions
            cleaned.append((pid, norm.values))
        if errors:
            raise ValidationError(errors)
        counts = {"added": 0, "changed": 0, "removed": 0}
        keep: set[str] = set()
        added: list[dict[str, Any]] = []
        for position, (pid, values) in enumerate(cleaned):
            new_institutions = values.pop("_new")
            for name, placeholder in new_institutions.items():
                code = self.ws.add_institution(tx, name, training.get("country"))
                if values.get("institution") == placeholder:
                    values["institution"] = code
            values["position_no"] = position
            version, seq = tx.next_version()
            if pid:
                keep.add(pid)
                old = existing[pid]
                diff = {k: v for k, v in values.items() if old.get(k) != v}
                if not diff:
                    continue
                fv = dict(old.get("field_versions") or {})
                fv.update({k: version for k in diff})
                tx.conn.execute(
                    update(participants)
                    .where(participants.c.id == pid)
                    .values(
                        **diff,
                        version=version,
                        field_versions=fv,
                        change_seq=seq,
                        updated_at=tx.now,
                        updated_by=tx.audit.person,
                    )
                )
                counts["changed"] += 1
            else:
                values.setdefault("gender", "undisclosed")
                added.append(
                    dict(
                        id=uuid7(),
                        training_id=training_id,
                        origin_device=self.ws.identity.device_id,
                        version=version,
                        field_versions={k: version for k in values},
                        change_seq=seq,
                        deleted=False,
                        created_at=tx.now,
                        created_by=tx.audit.person,
                        updated_at=tx.now,
                        updated_by=tx.audit.person,
                        **{f.name: values.get(f.name) for f in PARTICIPANT_FIELDS},
                        attendance=values["attendance"],
                        position_no=position,
                    )
                )
                counts["added"] += 1
        sqlite.insert_many(tx.conn, participants, added)  # one statement for all new ones
        for pid in set(existing) - keep:
            version, seq = tx.next_version()
            tx.conn.execute(
                update(participants)
                .where(participants.c.id == pid)
                .values(
                    deleted=True,
                    version=version,
                    change_seq=seq,
                    updated_at=tx.now,
                    updated_by=tx.audit.person,
                )
            )
            counts["removed"] += 1
        return {k: v for k, v in counts.items() if v}

    def set_participants(self, training_id: str, people: list[dict[str, Any]]) -> dict[str, Any]:
        return self.update(training_id, {"participants": people})


def _days(training: dict[str, Any]) -> int:
    start, end = training.get("start_date"), training.get("end_date")
    if isinstance(start, str):
        start = date.fromisoformat(start)
    if isinstance(end, str):
        end = date.fromisoformat(end)
    if not start or not end or end < start:
        return 1
    return (end - start).days + 1


def _fit(attendance: list[bool], days: int) -> list[bool]:
    return (list(attendance) + [False] * days)[:days]


def _attendance(value: Any, days: int) -> list[bool]:
    if value is None:
        return [False] * days
    if not isinstance(value, list) or not all(isinstance(v, bool) for v in value):
        raise ValueError("must be a list of true/false, one per training day")
    if len(value) > days:
        raise ValueError(f"has {len(value)} days but the training has {days}")
    return _fit(value, days)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _summary_columns(kind: Kind) -> tuple[str, ...]:
    base = ("id", "title", "country", "status", "updated_at")
    extra = {
        Kind.PRE_INVESTIGATION: (
            "reference",
            "opened_on",
            "crime_areas",
            "submitted_to_prosecutor_on",
            "accepted_by_prosecutor_on",
            "prosecution_started_on",
            "jit_established_on",
        ),
        Kind.TAF_REQUEST: (
            "requesting_institution",
            "assistance_type",
            "start_date",
            "end_date",
            "expert_days",
            "budget_eur",
        ),
        Kind.TRAINING: ("start_date", "end_date", "venue", "trainers"),
        Kind.MILESTONE: ("milestone_kind", "institution", "reached_on", "document_reference"),
        Kind.AUTHORITY_FEEDBACK: ("institution", "given_on", "confirms_effectiveness"),
    }[kind]
    return base + extra
