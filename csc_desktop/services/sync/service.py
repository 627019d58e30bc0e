"""SyncService (`ws.sync`): everything USB sync offers, for the CLI and the Sync pages.

Every call is synchronous and may take a while for large bundles: the GUI runs them on its
background runner and passes `progress` (raise SyncCancelled from it to stop)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from csc_desktop.services.audit import GENESIS, entry_hash
from csc_desktop.services.sync import conflicts as conflict_ops
from csc_desktop.services.sync import devices as device_ops
from csc_desktop.services.sync import keystore
from csc_desktop.services.sync.export import (
    REVOKED_HERE,
    count_hq_pending,
    count_team_pending,
    delivered_up_to,
    export_hq,
    export_team,
)
from csc_desktop.services.sync.importer import import_bundles
from csc_desktop.services.sync.model import (
    ConflictInfo,
    DeviceInfo,
    ExportResult,
    HistoryEntry,
    ImportResult,
    PeerPending,
    PendingSummary,
    Progress,
)
from csc_desktop.store.schema import audit_log, meta
from csc_desktop.store.sync_schema import (
    sync_conflicts,
    sync_quarantine,
    sync_received_bundles,
    sync_sent_bundles,
    team_audit_log,
)
from csc_desktop.sync import Card, DeviceKeys, fingerprint

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class QuarantineEntry:
    id: int
    file_name: str
    file_sha256: str | None
    sender: str | None
    check: str
    message: str
    at: str
    person: str


@dataclass(frozen=True)
class TeamAuditCheck:
    device: str
    entries: int
    ok: bool
    first_bad_seq: int | None
    missing: list[int]
    problem: str


class SyncService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self._keys: DeviceKeys | None = None

    # -- keys and cards ------------------------------------------------------------------

    def keys(self) -> DeviceKeys:
        """This device's keys (created now for a profile made before sync existed)."""
        if self._keys is None:
            self._keys = keystore.load_device_keys(self.ws)
        return self._keys

    def card(self) -> Card:
        return keystore.own_card(self.ws, self.keys())

    def fingerprint(self) -> str:
        return fingerprint(self.card())

    def write_card(self, path: Path) -> Card:
        card = self.card()
        path.write_text(card.to_json(), encoding="utf-8")
        return card

    @staticmethod
    def read_card(card_text: str | bytes) -> Card:
        """Parse a card to show it (person, role, country, fingerprint) before enrolling."""
        return device_ops.parse_card(card_text)

    def enrol(
        self,
        card_text: str | bytes,
        confirmed_fingerprint: str,
        how: str = device_ops.CONFIRMED_BY_TYPING,
    ) -> DeviceInfo:
        """At HQ: enrol a team device. At a team: trust HQ's card. Refused unless
        `confirmed_fingerprint` matches the card (what the person heard on the phone)."""
        self.keys()
        return device_ops.enrol(self.ws, card_text, confirmed_fingerprint, how)

    def revoke(self, device: str) -> DeviceInfo:
        return device_ops.revoke(self.ws, device)

    def devices(self) -> list[DeviceInfo]:
        return device_ops.list_devices(self.ws)

    def escrow_recipients(self) -> list[str]:
        with self.ws.reading() as conn:
            return keystore.escrow_recipients(conn)

    def add_escrow_recipient(self, recipient: str) -> list[str]:
        return keystore.add_escrow_recipient(self.ws, recipient)

    def export_age_identity(self, path: Path, passphrase: str) -> Path:
        return keystore.export_age_identity(self.ws, self.keys(), path, passphrase)

    def export_minisign_public(self, path: Path, device: str | None = None) -> Path:
        """This device's minisign public key, or an enrolled device's (`device`)."""
        if device is None:
            public = self.keys().minisign_public_key
        else:
            with self.ws.reading() as conn:
                row = device_ops.find_device(conn, device)
            if not row["card"]:
                raise keystore.SyncError("This device's card is not held here.")
            public = device_ops.parse_card(row["card"]).minisign_public_key
        return keystore.export_minisign_public(self.ws, public, path)

    # -- bundles -------------------------------------------------------------------------

    def export_bundle(
        self, out_dir: Path, progress: Progress | None = None, *, device: str | None = None
    ) -> list[ExportResult]:
        """Team: one bundle to HQ (or a result without a file: nothing to send). HQ: one
        bundle per enrolled team device (`device`: just that one)."""
        if self.ws.identity.is_hq:
            return export_hq(self.ws, self.keys(), out_dir, device, progress)
        if device is not None:
            raise keystore.SyncError("A team sends its bundles to HQ only.")
        return [export_team(self.ws, self.keys(), out_dir, progress)]

    def import_bundles(
        self, paths: Sequence[Path], progress: Progress | None = None
    ) -> list[ImportResult]:
        return import_bundles(self.ws, self.keys(), list(paths), progress)

    def quarantine(self) -> list[QuarantineEntry]:
        with self.ws.reading() as conn:
            rows = conn.execute(
                select(sync_quarantine).order_by(sync_quarantine.c.id.desc())
            ).mappings()
            return [
                QuarantineEntry(
                    r["id"],
                    r["file_name"],
                    r["file_sha256"],
                    r["sender"],
                    r["failed_check"],
                    r["message"],
                    r["at"],
                    r["person"],
                )
                for r in rows
            ]

    # -- conflicts -----------------------------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictInfo]:
        return conflict_ops.list_conflicts(self.ws, include_resolved=include_resolved)

    def resolve(self, conflict_id: int, keep: str) -> ConflictInfo:
        """keep: "local", "remote", or the value to set."""
        return conflict_ops.resolve(self.ws, conflict_id, keep)

    # -- where things stand --------------------------------------------------------------

    def pending_summary(self) -> PendingSummary:
        ws = self.ws
        me = ws.identity.device_id
        peers: list[PeerPending] = []
        with ws.reading() as conn:
            if ws.identity.is_hq:
                targets = device_ops.active_team_devices(conn)
            else:
                hq = device_ops.trusted_hq(conn)
                targets = [hq] if hq else []
            for target in targets:
                device_id = target["device_id"]
                if ws.identity.is_hq:
                    changes = count_hq_pending(conn, me, device_id)
                    audit_entries = 0
                else:
                    changes = count_team_pending(conn, me, device_id)
                    _, audit_done = delivered_up_to(conn, device_id)
                    audit_entries = int(
                        conn.execute(
                            select(func.count())
                            .select_from(audit_log)
                            .where(audit_log.c.seq > audit_done)
                        ).scalar_one()
                    )
                sent = (
                    conn.execute(
                        select(sync_sent_bundles)
                        .where(sync_sent_bundles.c.receiver == device_id)
                        .order_by(sync_sent_bundles.c.sequence)
                    )
                    .mappings()
                    .all()
                )
                acked = [s["sequence"] for s in sent if s["acknowledged_at"]]
                due = conn.execute(
                    select(func.count())
                    .select_from(sync_received_bundles)
                    .where(
                        sync_received_bundles.c.sender == device_id,
                        sync_received_bundles.c.receiver == me,
                        sync_received_bundles.c.ack_confirmed.is_(False),
                    )
                ).scalar_one()
                peers.append(
                    PeerPending(
                        device_id=device_id,
                        label=device_ops.device_label(target),
                        changes=changes,
                        audit_entries=audit_entries,
                        acknowledgements=int(due),
                        last_sent_sequence=sent[-1]["sequence"] if sent else None,
                        last_sent_at=sent[-1]["created_at"] if sent else None,
                        last_acknowledged_sequence=max(acked) if acked else None,
                        unacknowledged_sequences=[
                            s["sequence"] for s in sent if not s["acknowledged_at"]
                        ],
                    )
                )
            open_conflicts = conn.execute(
                select(func.count())
                .select_from(sync_conflicts)
                .where(sync_conflicts.c.state == "open")
            ).scalar_one()
            quarantined = conn.execute(
                select(func.count()).select_from(sync_quarantine)
            ).scalar_one()
            revoked = conn.execute(select(meta.c.value).where(meta.c.key == REVOKED_HERE)).scalar()
        return PendingSummary(
            role=ws.identity.role,
            peers=peers,
            open_conflicts=int(open_conflicts),
            quarantined=int(quarantined),
            revoked_here=revoked is not None,
        )

    def history(self, limit: int = 200) -> list[HistoryEntry]:
        """Bundles sent, received and refused, newest first."""
        entries: list[HistoryEntry] = []
        with self.ws.reading() as conn:
            for r in conn.execute(select(sync_sent_bundles)).mappings():
                detail = "acknowledged" if r["acknowledged_at"] else "not acknowledged yet"
                entries.append(
                    HistoryEntry(
                        r["created_at"],
                        "sent",
                        r["receiver"],
                        r["sequence"],
                        r["file_name"],
                        dict(r["counts"]),
                        detail,
                    )
                )
            for r in conn.execute(select(sync_received_bundles)).mappings():
                entries.append(
                    HistoryEntry(
                        r["imported_at"],
                        "received",
                        r["sender"],
                        r["sequence"],
                        r["file_name"],
                        dict(r["counts"]),
                        f"imported by {r['imported_by']}",
                    )
                )
            for r in conn.execute(select(sync_quarantine)).mappings():
                entries.append(
                    HistoryEntry(
                        r["at"],
                        "refused",
                        r["sender"],
                        None,
                        r["file_name"],
                        {},
                        f"{r['failed_check']}: {r['message']}",
                    )
                )
        entries.sort(key=lambda e: e.at.replace("T", " "), reverse=True)
        return entries[:limit]

    def verify_team_audit(self, device: str) -> TeamAuditCheck:
        """Check a team's audit chain as received at HQ (entries not yet received are listed
        as missing; the chain is checked across every run of consecutive entries)."""
        with self.ws.reading() as conn:
            row = device_ops.find_device(conn, device)
            entries = [
                dict(r)
                for r in conn.execute(
                    select(team_audit_log)
                    .where(team_audit_log.c.device == row["device_id"])
                    .order_by(team_audit_log.c.seq)
                ).mappings()
            ]
        previous_seq, previous_hash = 0, GENESIS
        missing: list[int] = []
        for entry in entries:
            seq = entry["seq"]
            if seq != previous_seq + 1:
                missing.extend(range(previous_seq + 1, seq))
            elif entry["prev_hash"] != previous_hash:
                return TeamAuditCheck(
                    row["device_id"],
                    len(entries),
                    False,
                    seq,
                    missing,
                    "it does not follow the entry before it",
                )
            if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
                return TeamAuditCheck(
                    row["device_id"],
                    len(entries),
                    False,
                    seq,
                    missing,
                    "its content does not match its hash",
                )
            previous_seq, previous_hash = seq, entry["hash"]
        return TeamAuditCheck(row["device_id"], len(entries), True, None, missing, "")


def dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)
