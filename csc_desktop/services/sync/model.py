"""What the sync service returns: plain, immutable data for the CLI and the Sync pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Progress = Callable[[int, int, str], None]
"""progress(done, total, what): called as work advances. To cancel, raise SyncCancelled from
it: the step under way is rolled back whole (nothing half-applied, no file left)."""


class SyncCancelled(Exception):
    """Raised by a progress callback to stop an export or import."""


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    short_id: str
    role: str
    country: str | None
    person: str | None
    state: str
    """"active" or "revoked"."""
    fingerprint: str | None
    enrolled_at: str | None
    enrolled_by: str | None
    confirmed_how: str | None
    revoked_at: str | None
    revoked_by: str | None
    last_bundle_sequence: int | None
    """The highest bundle number received from this device."""
    last_bundle_at: str | None
    missing_sequences: list[int]
    """Bundle numbers below the highest received that have not arrived."""


@dataclass(frozen=True)
class ExportResult:
    receiver: str
    receiver_label: str
    path: Path | None
    """None: nothing to send to this device (no file was written)."""
    sequence: int | None
    bundle_hash: str | None
    size: int
    counts: dict[str, int]
    message: str

    @property
    def written(self) -> bool:
        return self.path is not None


ImportStatus = Literal["applied", "already_imported", "refused"]


@dataclass(frozen=True)
class ImportResult:
    file: str
    status: ImportStatus
    message: str
    """In words: what was applied, or why the bundle was refused."""
    check: str | None = None
    """For a refusal: the stable code of the check that failed (docs/bundle-format.md)."""
    sender: str | None = None
    sequence: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)
    """Bundle numbers from this sender still missing (shown, never blocking)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status,
            "message": self.message,
            "check": self.check,
            "sender": self.sender,
            "sequence": self.sequence,
            "counts": dict(self.counts),
            "missing": list(self.missing),
        }


@dataclass(frozen=True)
class PeerPending:
    """What waits to go to one device, and where the exchange with it stands."""

    device_id: str
    label: str
    changes: dict[str, int]
    """Changed rows not yet acknowledged, by kind (records by kind, participants, …)."""
    audit_entries: int
    acknowledgements: int
    """Bundles from this device applied here and not yet acknowledged back."""
    last_sent_sequence: int | None
    last_sent_at: str | None
    last_acknowledged_sequence: int | None
    unacknowledged_sequences: list[int]

    @property
    def total_changes(self) -> int:
        return sum(self.changes.values())


@dataclass(frozen=True)
class PendingSummary:
    role: str
    peers: list[PeerPending]
    open_conflicts: int
    quarantined: int
    revoked_here: bool
    """A team whose device HQ has revoked: it can no longer send bundles."""


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    kind: str
    row_id: str
    title: str | None
    field: str
    local_value: Any
    local_version: str | None
    remote_value: Any
    remote_version: str
    remote_device: str
    detected_at: str
    state: str
    resolution: str | None
    resolved_value: Any
    resolved_at: str | None
    resolved_by: str | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    direction: Literal["sent", "received", "refused"]
    device: str | None
    sequence: int | None
    file: str
    counts: dict[str, int]
    detail: str
