"""Conflicts kept for a person: listing them and resolving one (keep ours, take theirs, or set a
value). A resolution is a new change of ours, so it travels to the other side like any edit."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, update

from csc_desktop.domain.fields import Kind
from csc_desktop.errors import NotFound, ValidationError
from csc_desktop.services.sync.model import ConflictInfo
from csc_desktop.services.sync.outgoing import deleted_version
from csc_desktop.services.sync.rowspecs import DELETED, RECORD_SPECS, ROW_SPECS, statuses_of
from csc_desktop.store.sync_schema import sync_conflicts

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace

KEEP_LOCAL = "local"
KEEP_REMOTE = "remote"


def _title(conn: Connection, kind: str, row_id: str) -> str | None:
    spec = RECORD_SPECS.get(kind)
    if spec is None:
        return None
    return conn.execute(select(spec.table.c.title).where(spec.table.c.id == row_id)).scalar()


def _info(conn: Connection, row: Any) -> ConflictInfo:
    return ConflictInfo(
        id=row["id"],
        kind=row["kind"],
        row_id=row["row_id"],
        title=_title(conn, row["kind"], row["row_id"]),
        field=row["field"],
        local_value=row["local_value"],
        local_version=row["local_version"],
        remote_value=row["remote_value"],
        remote_version=row["remote_version"],
        remote_device=row["remote_device"],
        detected_at=row["detected_at"],
        state=row["state"],
        resolution=row["resolution"],
        resolved_value=row["resolved_value"],
        resolved_at=row["resolved_at"],
        resolved_by=row["resolved_by"],
    )


def list_conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictInfo]:
    query = select(sync_conflicts).order_by(sync_conflicts.c.id)
    if not include_resolved:
        query = query.where(sync_conflicts.c.state == "open")
    with ws.reading() as conn:
        return [_info(conn, row) for row in conn.execute(query).mappings()]


def _chosen_value(kind: str, name: str, keep: str, conflict: Any, row: dict[str, Any]) -> Any:
    spec = ROW_SPECS[kind]
    if keep == KEEP_LOCAL:
        return bool(row["deleted"]) if name == DELETED else row.get(name)
    if keep == KEEP_REMOTE:
        remote = conflict["remote_value"]
        return remote if name == DELETED else spec.values[name].to_db(remote)
    if name == DELETED:
        words = {"true": True, "yes": True, "deleted": True, "false": False, "no": False}
        if keep.strip().lower() not in words:
            raise ValidationError({"value": "for a deletion conflict, give true or false"})
        return words[keep.strip().lower()]
    if name == "status":
        if keep not in statuses_of(kind):
            known = ", ".join(sorted(statuses_of(kind)))
            raise ValidationError({"value": f"“{keep}” is not a status; possible: {known}"})
        return keep
    value: Any = keep
    if not spec.values[name].check(value):
        try:
            value = json.loads(keep)
        except json.JSONDecodeError:
            value = keep
    if not spec.values[name].check(value):
        raise ValidationError({"value": f"“{keep}” is not a valid value for {name}"})
    return spec.values[name].to_db(value)


def resolve(ws: Workspace, conflict_id: int, keep: str) -> ConflictInfo:
    """keep: "local" (our value), "remote" (theirs), or a value to set instead."""
    with ws.transaction() as tx:
        conflict = (
            tx.conn.execute(select(sync_conflicts).where(sync_conflicts.c.id == conflict_id))
            .mappings()
            .first()
        )
        if conflict is None:
            raise NotFound(f"No conflict {conflict_id} (see `csc conflicts`).")
        if conflict["state"] != "open":
            raise ValidationError({"conflict": f"conflict {conflict_id} is already resolved"})
        kind, name, row_id = conflict["kind"], conflict["field"], conflict["row_id"]
        spec = ROW_SPECS[kind]
        found = (
            tx.conn.execute(select(spec.table).where(spec.table.c.id == row_id)).mappings().first()
        )
        if found is None:
            raise NotFound(f"The record of conflict {conflict_id} is no longer here.")
        row = dict(found)
        value = _chosen_value(kind, name, keep, conflict, row)
        version, seq = tx.next_version()
        versions = dict(row.get("field_versions") or {})
        tombstone = deleted_version(row)
        if tombstone is not None:
            versions[DELETED] = tombstone
        versions[name] = version
        values: dict[str, Any] = {"deleted" if name == DELETED else name: value}
        values.update(
            field_versions=versions,
            version=version,
            change_seq=seq,
            updated_at=tx.now,
            updated_by=tx.audit.person,
        )
        tx.conn.execute(update(spec.table).where(spec.table.c.id == row_id).values(**values))
        resolution = keep if keep in (KEEP_LOCAL, KEEP_REMOTE) else "value"
        plain = value if name == DELETED else spec.values[name].to_json(value)
        tx.conn.execute(
            update(sync_conflicts)
            .where(sync_conflicts.c.id == conflict_id)
            .values(
                state="resolved",
                resolution=resolution,
                resolved_value=plain,
                resolved_at=tx.now,
                resolved_by=tx.audit.person,
            )
        )
        if kind in RECORD_SPECS:
            record_kind = Kind(kind)
            merged = {**row, **values}
            ws.records._set_crime_areas(tx.conn, record_kind, row_id, merged)
            ws.search.index(tx.conn, record_kind, row_id)
        tx.audit.append(
            "change",
            tx.now,
            record_kind=kind,
            record_id=row_id,
            details={
                "conflict_resolved": conflict_id,
                "field": name,
                "kept": resolution,
                "value": plain,
                "other_value": conflict["remote_value"]
                if keep == KEEP_LOCAL
                else conflict["local_value"],
            },
        )
    with ws.reading() as conn:
        final = (
            conn.execute(select(sync_conflicts).where(sync_conflicts.c.id == conflict_id))
            .mappings()
            .one()
        )
        return _info(conn, final)
