"""Reading the audit log: filters for the audit view and `csc audit list`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from csc_desktop.store.schema import audit_log

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class AuditQuery:
    record_id: str | None = None
    person: str | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None


def list_entries(
    ws: Workspace, query: AuditQuery, *, offset: int = 0, limit: int | None = 500
) -> list[dict[str, Any]]:
    stmt = select(
        audit_log.c.seq,
        audit_log.c.at,
        audit_log.c.person,
        audit_log.c.device,
        audit_log.c.action,
        audit_log.c.record_kind,
        audit_log.c.record_id,
        audit_log.c.details,
        audit_log.c.recipient,
    )
    if query.record_id:
        stmt = stmt.where(audit_log.c.record_id == query.record_id)
    if query.person:
        stmt = stmt.where(audit_log.c.person == query.person)
    if query.action:
        stmt = stmt.where(audit_log.c.action == query.action)
    if query.date_from:
        stmt = stmt.where(audit_log.c.at >= query.date_from.isoformat())
    if query.date_to:
        stmt = stmt.where(audit_log.c.at < (query.date_to + timedelta(days=1)).isoformat())
    stmt = stmt.order_by(audit_log.c.seq.desc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with ws.reading() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def persons(ws: Workspace) -> list[str]:
    with ws.reading() as conn:
        return sorted(conn.execute(select(audit_log.c.person).distinct()).scalars())
