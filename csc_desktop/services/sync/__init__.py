"""USB sync in the store: keys and cards of this profile, enrolment, bundles out and in,
conflicts. The file format is csc_desktop.sync's; the rules are docs/sync.md's."""

from csc_desktop.services.sync.keystore import SyncError
from csc_desktop.services.sync.model import (
    ConflictInfo,
    DeviceInfo,
    ExportResult,
    HistoryEntry,
    ImportResult,
    PeerPending,
    PendingSummary,
    Progress,
    SyncCancelled,
)
from csc_desktop.services.sync.service import QuarantineEntry, SyncService, TeamAuditCheck

__all__ = [
    "ConflictInfo",
    "DeviceInfo",
    "ExportResult",
    "HistoryEntry",
    "ImportResult",
    "PeerPending",
    "PendingSummary",
    "Progress",
    "QuarantineEntry",
    "SyncCancelled",
    "SyncError",
    "SyncService",
    "TeamAuditCheck",
]
