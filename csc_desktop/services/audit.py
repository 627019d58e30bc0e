"""The audit log (EU Law Enforcement Directive, Art. 25): append-only and hash-chained.

Each entry's hash covers its content and the previous entry's hash; the newest (seq, hash) is
also kept in ``meta``. Any modified, removed, inserted or reordered entry breaks the chain at or
before the first bad entry, which ``verify`` names.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from csc_desktop.store.schema import audit_log, meta

GENESIS = "0" * 64
ACTIONS = ("create", "change", "delete", "consult", "disclose", "erase", "import", "profile")


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    body = {
        k: entry.get(k)
        for k in (
            "seq",
            "at",
            "person",
            "device",
            "action",
            "record_kind",
            "record_id",
            "details",
            "recipient",
        )
    }
    return hashlib.sha256((prev_hash + "\n" + canonical(body)).encode("utf-8")).hexdigest()


class AuditWriter:
    """Appends entries inside the caller's transaction."""

    def __init__(self, conn: Connection, device: str, person: str):
        self.conn = conn
        self.device = device
        self.person = person
        head = conn.execute(select(meta.c.value).where(meta.c.key == "audit_head")).scalar()
        if head:
            seq, digest = head.split(":", 1)
            self.seq, self.hash = int(seq), digest
        else:
            self.seq, self.hash = 0, GENESIS
        self._start_seq = self.seq

    def append(
        self,
        action: str,
        at: str,
        *,
        record_kind: str | None = None,
        record_id: str | None = None,
        details: dict[str, Any] | None = None,
        recipient: str | None = None,
    ) -> int:
        assert action in ACTIONS, action
        seq = self.seq + 1
        entry: dict[str, Any] = {
            "seq": seq,
            "at": at,
            "person": self.person,
            "device": self.device,
            "action": action,
            "record_kind": record_kind,
            "record_id": record_id,
            "details": canonical(details or {}),
            "recipient": recipient,
        }
        digest = entry_hash(self.hash, entry)
        self.conn.execute(audit_log.insert().values(**entry, prev_hash=self.hash, hash=digest))
        self.seq, self.hash = seq, digest
        return seq

    def flush(self) -> None:
        if self.seq == self._start_seq:
            return
        value = f"{self.seq}:{self.hash}"
        updated = self.conn.execute(
            meta.update().where(meta.c.key == "audit_head").values(value=value)
        )
        if updated.rowcount == 0:
            self.conn.execute(meta.insert().values(key="audit_head", value=value))
        self._start_seq = self.seq


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"Audit log intact: {self.entries} entries, hash chain verified."
        return f"Audit log damaged at entry {self.first_bad_seq}: {self.problem}."


def verify(conn: Connection) -> AuditCheck:
    prev = GENESIS
    expected_seq = 1
    count = 0
    rows = conn.execute(select(audit_log).order_by(audit_log.c.seq)).mappings()
    for row in rows:
        entry = dict(row)
        seq = entry["seq"]
        if seq != expected_seq:
            problem = (
                "an entry is missing before it" if seq > expected_seq else "an entry was inserted"
            )
            return AuditCheck(False, count, expected_seq if seq > expected_seq else seq, problem)
        if entry["prev_hash"] != prev:
            return AuditCheck(
                False,
                count,
                seq,
                "it does not follow the entry before it (removed, inserted or reordered)",
            )
        if entry_hash(prev, entry) != entry["hash"]:
            return AuditCheck(False, count, seq, "its content was modified after it was written")
        prev = entry["hash"]
        expected_seq += 1
        count += 1
    head = conn.execute(select(meta.c.value).where(meta.c.key == "audit_head")).scalar()
    if head:
        seq_text, digest = head.split(":", 1)
        if int(seq_text) != count or digest != prev:
            bad = min(int(seq_text), count + 1)
            return AuditCheck(False, count, bad, "the newest entries were removed or replaced")
    elif count:
        return AuditCheck(False, count, 1, "the log has entries but no recorded head")
    return AuditCheck(True, count)
