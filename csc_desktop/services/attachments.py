"""Attachments: files kept as bytes inside the encrypted database (scans of signed sheets,
agendas). Opening one for viewing puts a readable copy outside the store: the UI warns first."""

from __future__ import annotations

import hashlib
import mimetypes
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from csc_desktop.domain.ids import uuid7
from csc_desktop.errors import NotFound, ValidationError
from csc_desktop.store.schema import attachments

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace

from csc_desktop.services.workspace import Change

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
KINDS = ("signed_sheet", "agenda", "report", "other")


class AttachmentService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def add(
        self, record_id: str, filename: str, content: bytes, kind: str = "other"
    ) -> dict[str, Any]:
        name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
        if not name:
            raise ValidationError({"filename": "is required"})
        if kind not in KINDS:
            raise ValidationError({"kind": f"must be one of {', '.join(KINDS)}"})
        if len(content) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                {"file": f"is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB"}
            )
        if not content:
            raise ValidationError({"file": "is empty"})
        digest = hashlib.sha256(content).hexdigest()
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.ws.transaction() as tx:
            record_kind = self.ws.records.kind_of(tx.conn, record_id)
            version, seq = tx.next_version()
            attachment_id = uuid7()
            tx.conn.execute(
                insert(attachments).values(
                    id=attachment_id,
                    origin_device=self.ws.identity.device_id,
                    version=version,
                    field_versions={},
                    change_seq=seq,
                    deleted=False,
                    created_at=tx.now,
                    created_by=tx.audit.person,
                    updated_at=tx.now,
                    updated_by=tx.audit.person,
                    record_id=record_id,
                    record_kind=record_kind.value,
                    filename=name,
                    media_type=media_type,
                    size=len(content),
                    sha256=digest,
                    attachment_kind=kind,
                    content=content,
                )
            )
            tx.audit.append(
                "change",
                tx.now,
                record_kind=record_kind.value,
                record_id=record_id,
                details={
                    "attachment_added": {
                        "id": attachment_id,
                        "filename": name,
                        "sha256": digest,
                        "kind": kind,
                    }
                },
            )
            tx.changes.append(
                Change("change", record_kind.value, record_id, {"attachments": (None, name)})
            )
        return {
            "id": attachment_id,
            "filename": name,
            "size": len(content),
            "sha256": digest,
            "kind": kind,
            "media_type": media_type,
        }

    def of_record(self, record_id: str) -> list[dict[str, Any]]:
        with self.ws.reading() as conn:
            rows = conn.execute(
                select(
                    attachments.c.id,
                    attachments.c.filename,
                    attachments.c.size,
                    attachments.c.sha256,
                    attachments.c.attachment_kind,
                    attachments.c.media_type,
                    attachments.c.created_at,
                    attachments.c.created_by,
                )
                .where(attachments.c.record_id == record_id, attachments.c.deleted.is_(False))
                .order_by(attachments.c.created_at)
            ).mappings()
            return [{**dict(r), "kind": r["attachment_kind"]} for r in rows]

    def content(
        self, attachment_id: str, *, recipient: str = "opened on this laptop"
    ) -> tuple[str, bytes]:
        """The file's name and bytes. Taking a copy out of the store is a disclosure."""
        with self.ws.transaction() as tx:
            row = (
                tx.conn.execute(
                    select(attachments).where(
                        attachments.c.id == attachment_id, attachments.c.deleted.is_(False)
                    )
                )
                .mappings()
                .first()
            )
            if row is None:
                raise NotFound(f"No attachment {attachment_id}.")
            tx.audit.append(
                "disclose",
                tx.now,
                record_kind=row["record_kind"],
                record_id=row["record_id"],
                details={
                    "what": "attachment",
                    "attachment": attachment_id,
                    "filename": row["filename"],
                },
                recipient=recipient,
            )
            return row["filename"], bytes(row["content"])

    def remove(self, attachment_id: str) -> None:
        with self.ws.transaction() as tx:
            row = tx.conn.execute(
                select(
                    attachments.c.record_id, attachments.c.record_kind, attachments.c.filename
                ).where(attachments.c.id == attachment_id, attachments.c.deleted.is_(False))
            ).first()
            if row is None:
                raise NotFound(f"No attachment {attachment_id}.")
            version, seq = tx.next_version()
            # the bytes are erased at once; the row stays as a tombstone for sync
            tx.conn.execute(
                update(attachments)
                .where(attachments.c.id == attachment_id)
                .values(
                    deleted=True,
                    content=b"",
                    version=version,
                    change_seq=seq,
                    updated_at=tx.now,
                    updated_by=tx.audit.person,
                )
            )
            tx.audit.append(
                "change",
                tx.now,
                record_kind=row.record_kind,
                record_id=row.record_id,
                details={"attachment_removed": {"id": attachment_id, "filename": row.filename}},
            )
            tx.changes.append(
                Change(
                    "change", row.record_kind, row.record_id, {"attachments": (row.filename, None)}
                )
            )
