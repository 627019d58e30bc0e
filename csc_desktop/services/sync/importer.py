"""Importing bundles: verify everything, then apply each bundle in one transaction, or refuse it
whole into the quarantine list with the check that failed."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select

from csc_desktop.errors import CscError
from csc_desktop.services.sync.bulk import collector_paused
from csc_desktop.services.sync.devices import arrived_sequences, sender_keys
from csc_desktop.services.sync.incoming_check import check_incoming
from csc_desktop.services.sync.merge import Merger
from csc_desktop.services.sync.model import ImportResult, Progress, SyncCancelled
from csc_desktop.services.sync.schema_version import SCHEMA_VERSION
from csc_desktop.services.sync.words import describe_counts
from csc_desktop.store.sync_schema import sync_devices, sync_quarantine, sync_received_bundles
from csc_desktop.sync import (
    BundleLimits,
    BundleRejected,
    DeviceKeys,
    Manifest,
    SeenBundle,
    SequenceStatus,
    VerifiedBundle,
    check_bundle_sequence,
    read_bundle,
    seen_entry,
)
from csc_desktop.sync.encoding import device_short_id
from csc_desktop.sync.sequence import missing_sequences

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace

SEQUENCE_CHECK = "sequence"
"""A validly signed bundle that does not fit the sender's chain (replay, rollback, fork)."""
APPLY_CHECK = "apply"
"""The store could not apply a verified bundle (nothing of it was kept)."""

_SENDER_RE = re.compile(rb"csc-bundle sender:([0-9a-f-]{36}) ")


class _OutOfSequence(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Verified:
    index: int
    path: Path
    bundle: VerifiedBundle


def import_bundles(
    ws: Workspace,
    keys: DeviceKeys,
    paths: list[Path],
    progress: Progress | None = None,
    limits: BundleLimits | None = None,
) -> list[ImportResult]:
    """One result per file, in the order given. Every file is fully verified first; verified
    bundles are then applied oldest first per sender, each in its own transaction."""
    with collector_paused():
        return _import_bundles(ws, keys, paths, progress, limits)


def _import_bundles(
    ws: Workspace,
    keys: DeviceKeys,
    paths: list[Path],
    progress: Progress | None,
    limits: BundleLimits | None,
) -> list[ImportResult]:
    results: dict[int, ImportResult] = {}
    verified: list[_Verified] = []
    total = len(paths) * 2
    me = ws.identity.device_id
    for index, path in enumerate(paths):
        if progress:
            progress(index, total, f"checking {path.name}")
        try:
            with ws.reading() as conn:
                senders = sender_keys(conn)

                def applied_before(manifest: Manifest, bundle_hash: str) -> bool:
                    seen = _seen(conn, manifest.sender, me).get(manifest.sequence)
                    return seen is not None and seen.bundle_hash == bundle_hash

                bundle = read_bundle(
                    path,
                    identity=keys.age_identity,
                    expected_receiver=me,
                    trusted_senders=senders,
                    max_schema_version=SCHEMA_VERSION,
                    limits=limits,
                    applied_before=applied_before,
                )
                sender = (
                    conn.execute(
                        select(sync_devices).where(
                            sync_devices.c.device_id == bundle.manifest.sender
                        )
                    )
                    .mappings()
                    .one()
                )
                verdict = check_bundle_sequence(_seen(conn, bundle.manifest.sender, me), bundle)
            if bundle.applied_before or verdict.status == SequenceStatus.ALREADY_IMPORTED:
                # Verified already when it was applied: reported without reading it further.
                results[index] = _already(path, bundle, verdict.missing)
                continue
            hq_id = me if ws.identity.is_hq else sender["device_id"]
            check_incoming(bundle, me=me, sender_country=sender["country"], hq_device=hq_id)
        except BundleRejected as err:
            results[index] = quarantine(
                ws, path, err.check.value, err.message, _claimed_sender(path, keys)
            )
            continue
        verified.append(_Verified(index, path, bundle))
    verified.sort(key=lambda v: (v.bundle.manifest.sender, v.bundle.manifest.sequence))
    for number, item in enumerate(verified):
        if progress:
            progress(len(paths) + number, total, f"applying {item.path.name}")
        results[item.index] = _apply(ws, item.path, item.bundle)
    if progress:
        progress(total, total, "done")
    return [results[i] for i in range(len(paths))]


def _apply(ws: Workspace, path: Path, bundle: VerifiedBundle) -> ImportResult:
    manifest = bundle.manifest
    me = ws.identity.device_id
    try:
        with ws.transaction() as tx:
            verdict = check_bundle_sequence(_seen(tx.conn, manifest.sender, me), bundle)
            if verdict.status == SequenceStatus.ALREADY_IMPORTED:
                return _already(path, bundle, verdict.missing)
            if verdict.status == SequenceStatus.REPLAY_MISMATCH:
                raise _OutOfSequence(verdict.reason)
            counts = Merger(tx, manifest.sender, manifest.sender_role).apply(bundle)
            entry = seen_entry(bundle)
            tx.conn.execute(
                insert(sync_received_bundles).values(
                    sender=manifest.sender,
                    receiver=me,
                    sequence=manifest.sequence,
                    bundle_hash=entry.bundle_hash,
                    previous_bundle_hash=entry.previous_bundle_hash,
                    file_name=path.name,
                    created_at=manifest.created_at,
                    imported_at=tx.now,
                    imported_by=tx.audit.person,
                    counts=dict(counts),
                    ack_confirmed=False,
                )
            )
            tx.audit.append(
                "import",
                tx.now,
                details={
                    "bundle": path.name,
                    "sender": manifest.sender,
                    "sequence": manifest.sequence,
                    "bundle_hash": bundle.bundle_hash,
                    "counts": dict(counts),
                    "missing": verdict.missing,
                },
            )
    except (SyncCancelled, CscError):  # cancelled, or the store failed (disk full…): not the bundle
        _reload_reference(ws)
        raise
    except _OutOfSequence as err:
        return quarantine(
            ws,
            path,
            SEQUENCE_CHECK,
            f"Bundle {manifest.sequence} from {_sender_words(manifest.sender)} does not fit "
            f"the bundles imported before: {err.reason}. It may be a replay, or the laptop "
            "may have been restored from an old backup. Nothing from it was applied.",
            manifest.sender,
        )
    except Exception as err:  # a verified bundle the store cannot apply: keep nothing of it
        _reload_reference(ws)
        return quarantine(
            ws,
            path,
            APPLY_CHECK,
            f"The bundle was verified but could not be applied ({type(err).__name__}: {err}). "
            "Nothing from it was kept; report this with the file.",
            manifest.sender,
        )
    missing = verdict.missing
    message = f"Applied bundle {manifest.sequence} from {_sender_words(manifest.sender)}: "
    message += describe_counts(counts) + "."
    if missing:
        message += f" Still missing from this device: {_numbers(missing)}."
    return ImportResult(
        path.name,
        "applied",
        message,
        sender=manifest.sender,
        sequence=manifest.sequence,
        counts=dict(counts),
        missing=missing,
    )


def _seen(conn: Connection, sender: str, me: str) -> dict[int, SeenBundle]:
    return {
        row.sequence: SeenBundle(row.bundle_hash, row.previous_bundle_hash)
        for row in conn.execute(
            select(
                sync_received_bundles.c.sequence,
                sync_received_bundles.c.bundle_hash,
                sync_received_bundles.c.previous_bundle_hash,
            ).where(
                sync_received_bundles.c.sender == sender,
                sync_received_bundles.c.receiver == me,
            )
        )
    }


def _already(path: Path, bundle: VerifiedBundle, missing: list[int]) -> ImportResult:
    manifest = bundle.manifest
    return ImportResult(
        path.name,
        "already_imported",
        f"Bundle {manifest.sequence} from {_sender_words(manifest.sender)} was imported before: "
        "nothing changed.",
        sender=manifest.sender,
        sequence=manifest.sequence,
        missing=missing,
    )


def quarantine(
    ws: Workspace, path: Path, check: str, message: str, sender: str | None
) -> ImportResult:
    """Refused whole: the refusal is the only trace (quarantine list and audit log)."""
    digest = _file_sha256(path)
    with ws.transaction() as tx:
        tx.conn.execute(
            insert(sync_quarantine).values(
                file_name=path.name,
                file_sha256=digest,
                sender=sender,
                failed_check=check,
                message=message,
                at=tx.now,
                person=tx.audit.person,
            )
        )
        tx.audit.append(
            "import",
            tx.now,
            details={
                "bundle": path.name,
                "result": "refused",
                "check": check,
                "message": message,
                "sha256": digest,
                "claimed_sender": sender,
            },
        )
    missing: list[int] = []
    if sender:
        with ws.reading() as conn:
            missing = missing_sequences(arrived_sequences(conn, sender, ws.identity.device_id))
    return ImportResult(path.name, "refused", message, check=check, sender=sender, missing=missing)


def _file_sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as stream:
            while chunk := stream.read(1024 * 1024):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def _claimed_sender(path: Path, keys: DeviceKeys) -> str | None:
    """Who the bundle says it comes from, when it can be read at all (informative only)."""
    from csc_desktop.sync.archive import ArchiveLimits, read_zip
    from csc_desktop.sync.bundle_reader import decrypt_with_identity

    try:
        if path.stat().st_size > BundleLimits().max_bundle_bytes:
            return None
        members = read_zip(
            decrypt_with_identity(path.read_bytes(), keys.age_identity), ArchiveLimits()
        )
        match = _SENDER_RE.search(members.get("SHA256SUMS.minisig", b""))
    except Exception:
        return None
    return match.group(1).decode("ascii") if match else None


def _sender_words(device_id: str) -> str:
    return f"device {device_short_id(device_id)}"


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def _reload_reference(ws: Workspace) -> None:
    with ws.reading() as conn:
        ws.reference = type(ws)._load_reference(conn)
