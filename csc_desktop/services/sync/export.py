"""Writing bundles: a team's changes to HQ, and HQ's acknowledgements, decisions, reference data
and revocations back to each team. Retention by receipt: everything not yet acknowledged by the
receiver goes again, until a bundle from the receiver acknowledges one that carried it."""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import JSON, Connection, Date, String, Table, func, insert, select, type_coerce

from csc_desktop.domain.fields import Kind
from csc_desktop.services.sync.bulk import collector_paused
from csc_desktop.services.sync.devices import active_team_devices, device_label, trusted_hq
from csc_desktop.services.sync.keystore import SyncError
from csc_desktop.services.sync.model import ExportResult, Progress
from csc_desktop.services.sync.outgoing import (
    audit_change,
    device_change,
    reference_change,
    row_change,
)
from csc_desktop.services.sync.rowspecs import (
    ATTACHMENT,
    AUDIT_ENTRY,
    DEVICE,
    RECORD_SPECS,
    REFERENCE_ITEM,
    ROW_SPECS,
)
from csc_desktop.services.sync.schema_version import SCHEMA_VERSION
from csc_desktop.services.sync.words import describe_counts
from csc_desktop.store.field_versions import FieldVersions
from csc_desktop.store.schema import audit_log, reference_items, taf_requests
from csc_desktop.store.sqlite import keyed_by
from csc_desktop.store.sync_schema import (
    sync_conflicts,
    sync_devices,
    sync_received_bundles,
    sync_received_versions,
    sync_sent_bundles,
)
from csc_desktop.sync import (
    Acknowledgement,
    BundleContent,
    BundleWriteError,
    ChangeRange,
    DeviceKeys,
    Manifest,
    WrittenBundle,
    load_card,
    utc_timestamp,
    write_bundle,
)

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Txn, Workspace

REVOKED_HERE = "sync.revoked_at"
ATTACHMENT_BUDGET = 160 * 1024 * 1024
"""Attachment bytes per bundle, well under the 256 MiB bundle limit; more waits for the next."""


@dataclass
class Outgoing:
    """What one bundle will carry."""

    changes: list[dict[str, Any]] = field(default_factory=list)
    attachments: dict[str, bytes] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    acknowledges: list[Acknowledgement] = field(default_factory=list)
    change_last: int = 0
    audit_last: int = 0
    held_back: int = 0
    """Rows left for a later bundle (attachment budget)."""

    def add(self, change: dict[str, Any]) -> None:
        self.changes.append(change)
        self.counts[change["kind"]] += 1

    @property
    def data_changes(self) -> int:
        return sum(n for kind, n in self.counts.items() if kind != AUDIT_ENTRY)


# --- what the receiver has acknowledged -----------------------------------------------------


def delivered_up_to(conn: Connection, receiver: str) -> tuple[int, int]:
    """(change counter, audit seq) up to which the receiver has confirmed everything."""
    row = conn.execute(
        select(
            func.max(sync_sent_bundles.c.change_last), func.max(sync_sent_bundles.c.audit_last)
        ).where(
            sync_sent_bundles.c.receiver == receiver,
            sync_sent_bundles.c.acknowledged_at.is_not(None),
        )
    ).one()
    return int(row[0] or 0), int(row[1] or 0)


def acknowledgements_due(conn: Connection, sender: str, me: str) -> list[Acknowledgement]:
    """Bundles from `sender` applied here that it has not yet seen us acknowledge."""
    rows = conn.execute(
        select(sync_received_bundles.c.sequence, sync_received_bundles.c.bundle_hash)
        .where(
            sync_received_bundles.c.sender == sender,
            sync_received_bundles.c.receiver == me,
            sync_received_bundles.c.ack_confirmed.is_(False),
        )
        .order_by(sync_received_bundles.c.sequence)
    ).all()
    return [Acknowledgement(r.sequence, r.bundle_hash) for r in rows]


def next_sequence(conn: Connection, receiver: str) -> tuple[int, str | None]:
    last = conn.execute(
        select(sync_sent_bundles.c.sequence, sync_sent_bundles.c.bundle_hash)
        .where(sync_sent_bundles.c.receiver == receiver)
        .order_by(sync_sent_bundles.c.sequence.desc())
        .limit(1)
    ).first()
    return (1, None) if last is None else (last.sequence + 1, last.bundle_hash)


def _seen_versions(conn: Connection, ids: list[str]) -> dict[str, dict[str, str]]:
    """Per row and shared field, the receiver's version our current value was made after
    seeing: the newest received, unless a conflict on that field is still open (then our value
    was not made after seeing theirs, and the receiver must see a conflict too)."""
    seen: dict[str, dict[str, str]] = {}
    if not ids:
        return seen
    undecided = {
        (row.row_id, row.field)
        for row in conn.execute(
            select(sync_conflicts.c.row_id, sync_conflicts.c.field)
            .select_from(keyed_by(sync_conflicts.c.row_id, ids))
            .where(sync_conflicts.c.state == "open")
        )
    }
    for row in conn.execute(
        select(sync_received_versions).select_from(keyed_by(sync_received_versions.c.row_id, ids))
    ):
        if (row.row_id, row.field) not in undecided:
            seen.setdefault(row.row_id, {})[row.field] = row.version
    return seen


# --- team → HQ -------------------------------------------------------------------------------


def team_outgoing(tx: Txn, hq_id: str, *, with_content: bool = True) -> Outgoing:
    """Every change HQ has not acknowledged: records of all kinds (tombstones included),
    participants, attachments, institutions added here, and audit entries."""
    conn, me = tx.conn, tx.ws.identity.device_id
    delivered, audit_delivered = delivered_up_to(conn, hq_id)
    out = Outgoing(change_last=tx.change_seq, audit_last=tx.audit.seq)
    rows_by_spec = {
        kind: _rows(
            conn,
            select(*_as_written(spec.table))
            .where(spec.table.c.change_seq > delivered, spec.table.c.origin_device == me)
            .order_by(spec.table.c.change_seq),
            spec.table,
        )
        for kind, spec in ROW_SPECS.items()
    }
    cut = _attachment_cut(rows_by_spec[ATTACHMENT])
    if cut is not None:
        out.change_last = cut
    for kind, rows in rows_by_spec.items():
        kept = [r for r in rows if r["change_seq"] <= out.change_last]
        out.held_back += len(rows) - len(kept)
        seen = _seen_versions(conn, [r["id"] for r in kept]) if kind == Kind.TAF_REQUEST else {}
        for row in kept:
            out.add(row_change(ROW_SPECS[kind], row, seen=seen.get(row["id"])))
            if kind == ATTACHMENT and not row["deleted"] and with_content:
                out.attachments[row["sha256"]] = bytes(row["content"])
    for item in conn.execute(
        select(reference_items).where(
            reference_items.c.origin_device == me,
            reference_items.c.change_seq > delivered,
            reference_items.c.change_seq <= out.change_last,
        )
    ).mappings():
        out.add(reference_change(item))
    if out.data_changes:
        for entry in conn.execute(
            select(audit_log)
            .where(audit_log.c.seq > audit_delivered, audit_log.c.seq <= out.audit_last)
            .order_by(audit_log.c.seq)
        ).mappings():
            out.add(audit_change(entry))
    out.acknowledges = acknowledgements_due(conn, hq_id, me)
    return out


def _as_written(table: Table) -> list[Any]:
    """The table's columns, dates read as the ISO text they are stored as: that is how a change
    writes them (parsing 20,000 dates into objects to format them again cost a tenth of an
    export). JSON columns are read as their text too, and parsed by `_rows`; field versions
    stay as stored (`row_change` takes them so)."""
    return [
        type_coerce(column, String).label(column.name)
        if isinstance(column.type, Date | JSON | FieldVersions)
        else column
        for column in table.c
    ]


def _rows(conn: Connection, query: Any, table: Table) -> list[dict[str, Any]]:
    # Plain rows zipped with their column names: a third faster than mappings on 50,000 rows.
    result = conn.execute(query)
    names = list(result.keys())
    rows = [dict(zip(names, row, strict=True)) for row in result]
    for name in names:
        if isinstance(table.c[name].type, JSON | FieldVersions):
            for row in rows:
                row[name] = _stored_json(row[name])
    return rows


def _stored_json(text: str | None) -> Any:
    """A JSON column's value as SQLAlchemy would read it (json.loads), parsed by orjson (four
    times faster) when that is sure to give the same: a list or an object of text, booleans,
    nulls and integers (orjson reads an integer past 64 bits as a float, and refuses NaN)."""
    if text is None:
        return None
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
    items = value.values() if type(value) is dict else value if type(value) is list else [value]
    if set(map(type, items)) <= _SAME_EITHER_WAY:
        return value
    return json.loads(text)


_SAME_EITHER_WAY = frozenset({str, bool, int, type(None)})


def _attachment_cut(rows: list[dict[str, Any]]) -> int | None:
    """The last change number whose attachments still fit the budget, or None if all fit."""
    total = 0
    for index, row in enumerate(rows):
        if row["deleted"]:
            continue
        total += int(row["size"])
        if total > ATTACHMENT_BUDGET and index > 0:
            return int(row["change_seq"]) - 1
    return None


# --- HQ → a team -----------------------------------------------------------------------------

_DECISION_FIELDS = tuple(
    name
    for name, owner in RECORD_SPECS[Kind.TAF_REQUEST.value].owners.items()
    if owner in ("hq", "shared") and name in RECORD_SPECS[Kind.TAF_REQUEST.value].values
)


def hq_outgoing(tx: Txn, team_id: str) -> Outgoing:
    """For one team device: acknowledgements of its bundles, HQ's assessments and decisions on
    its TAF requests, reference data HQ changed, and revoked devices."""
    conn, me = tx.conn, tx.ws.identity.device_id
    delivered, _ = delivered_up_to(conn, team_id)
    out = Outgoing(change_last=tx.change_seq, audit_last=0)
    spec = RECORD_SPECS[Kind.TAF_REQUEST.value]
    rows = [
        dict(r)
        for r in conn.execute(
            select(taf_requests).where(
                taf_requests.c.origin_device == team_id, taf_requests.c.change_seq > delivered
            )
        ).mappings()
    ]
    seen = _seen_versions(conn, [r["id"] for r in rows])
    for row in rows:
        out.add(row_change(spec, row, only=_DECISION_FIELDS, seen=seen.get(row["id"])))
    for item in conn.execute(
        select(reference_items).where(
            reference_items.c.origin_device == me, reference_items.c.change_seq > delivered
        )
    ).mappings():
        out.add(reference_change(item))
    for device in conn.execute(
        select(sync_devices).where(
            sync_devices.c.state == "revoked", sync_devices.c.change_seq > delivered
        )
    ).mappings():
        out.add(device_change(device, me))
    out.acknowledges = acknowledgements_due(conn, team_id, me)
    return out


# --- writing ---------------------------------------------------------------------------------


def _write(
    tx: Txn,
    keys: DeviceKeys,
    receiver: dict[str, Any],
    out: Outgoing,
    out_dir: Path,
    recipients: list[str],
) -> ExportResult:
    ident = tx.ws.identity
    sequence, previous = next_sequence(tx.conn, receiver["device_id"])
    delivered, _ = delivered_up_to(tx.conn, receiver["device_id"])
    country = str(receiver["country"] if ident.is_hq else ident.country)
    manifest = Manifest(
        sender=ident.device_id,
        receiver=receiver["device_id"],
        sender_role="hq" if ident.is_hq else "team",
        country=country,
        sequence=sequence,
        previous_bundle_hash=previous,
        created_at=utc_timestamp(),
        schema_version=SCHEMA_VERSION,
        changes_range=(
            ChangeRange(delivered + 1, out.change_last) if out.change_last > delivered else None
        ),
        acknowledges=tuple(out.acknowledges),
    )
    written = write_bundle(
        BundleContent(manifest, out.changes, out.attachments),
        sender=keys,
        recipients=recipients,
        out_dir=out_dir,
    )
    try:
        counts = dict(out.counts)
        if out.acknowledges:
            counts["acknowledgements"] = len(out.acknowledges)
        tx.conn.execute(
            insert(sync_sent_bundles).values(
                receiver=receiver["device_id"],
                sequence=sequence,
                bundle_hash=written.bundle_hash,
                previous_bundle_hash=previous,
                file_name=written.path.name,
                file_sha256=written.file_sha256,
                size=written.size,
                created_at=manifest.created_at,
                created_by=tx.audit.person,
                change_last=out.change_last,
                audit_last=out.audit_last,
                acknowledges=[ack.sequence for ack in out.acknowledges],
                counts=counts,
            )
        )
        label = device_label(receiver)
        tx.audit.append(
            "disclose",
            tx.now,
            details={
                "what": "sync bundle",
                "file": written.path.name,
                "sequence": sequence,
                "bundle_hash": written.bundle_hash,
                "counts": counts,
            },
            recipient=label,
        )
    except BaseException:
        _remove(written)
        raise
    message = f"Wrote {written.path.name} for {label}: {describe_counts(counts)}."
    if out.held_back:
        message += (
            f" {out.held_back:,} more changes (large attachments) wait for the next bundle, "
            "once HQ has acknowledged this one."
        )
    return ExportResult(
        receiver=receiver["device_id"],
        receiver_label=label,
        path=written.path,
        sequence=sequence,
        bundle_hash=written.bundle_hash,
        size=written.size,
        counts=counts,
        message=message,
    )


def _remove(written: WrittenBundle) -> None:
    # The bundle exists on the drive but its bookkeeping did not commit: remove it, so that a
    # sequence number is never used by two different bundles.
    with contextlib.suppress(OSError):
        written.path.unlink()


def _check_folder(out_dir: Path) -> None:
    if not out_dir.is_dir():
        raise SyncError(f"{out_dir} is not a folder (is the drive plugged in?).")


def export_team(
    ws: Workspace, keys: DeviceKeys, out_dir: Path, progress: Progress | None = None
) -> ExportResult:
    with collector_paused():
        return _export_team(ws, keys, out_dir, progress)


def _export_team(
    ws: Workspace, keys: DeviceKeys, out_dir: Path, progress: Progress | None
) -> ExportResult:
    _check_folder(out_dir)
    written: ExportResult | None = None
    try:
        with ws.transaction() as tx:
            hq = trusted_hq(tx.conn)
            if hq is None:
                raise SyncError("No HQ card is trusted yet: load HQ's card with `csc trust` first.")
            if _revoked_here(tx.conn):
                raise SyncError(
                    "HQ has revoked this device: its bundles are no longer accepted. Ask HQ to "
                    "enrol a new profile."
                )
            if progress:
                progress(0, 2, "collecting changes")
            out = team_outgoing(tx, hq["device_id"])
            if not out.data_changes:
                return ExportResult(
                    hq["device_id"],
                    device_label(hq),
                    None,
                    None,
                    None,
                    0,
                    {},
                    "Nothing to send: HQ has acknowledged every change made on this laptop. "
                    "No file was written.",
                )
            if progress:
                progress(1, 2, "writing the bundle")
            card = load_card(hq["card"])
            written = _write(tx, keys, hq, out, out_dir, card.encryption_recipients())
            if progress:
                progress(2, 2, "written")
    except BundleWriteError as err:
        raise SyncError(str(err)) from err
    except BaseException:
        if written is not None and written.path is not None:
            with contextlib.suppress(OSError):
                written.path.unlink()
        raise
    return written


def export_hq(
    ws: Workspace,
    keys: DeviceKeys,
    out_dir: Path,
    device: str | None = None,
    progress: Progress | None = None,
) -> list[ExportResult]:
    from csc_desktop.services.sync.devices import find_device

    ws.require_role("hq", "send bundles to teams")
    _check_folder(out_dir)
    with ws.reading() as conn:
        if device is None:
            teams = active_team_devices(conn)
        else:
            found = find_device(conn, device)
            if found["state"] != "active" or found["role"] != "team":
                raise SyncError(f"{device_label(found)} is revoked: nothing is sent to it.")
            teams = [found]
    if not teams:
        raise SyncError("No team device is enrolled yet: enrol one with `csc trust CARD`.")
    results = []
    for number, team in enumerate(teams):
        if progress:
            progress(number, len(teams), device_label(team))
        results.append(_export_one_team(ws, keys, team, out_dir))
    if progress:
        progress(len(teams), len(teams), "done")
    return results


def _export_one_team(
    ws: Workspace, keys: DeviceKeys, team: dict[str, Any], out_dir: Path
) -> ExportResult:
    result: ExportResult | None = None
    try:
        with ws.transaction() as tx:
            out = hq_outgoing(tx, team["device_id"])
            if not out.changes and not out.acknowledges:
                return ExportResult(
                    team["device_id"],
                    device_label(team),
                    None,
                    None,
                    None,
                    0,
                    {},
                    f"Nothing to send to {device_label(team)}.",
                )
            card = load_card(team["card"])
            recipients = [card.age_recipient]
            result = _write(tx, keys, team, out, out_dir, recipients)
    except BundleWriteError as err:
        raise SyncError(str(err)) from err
    except BaseException:
        if result is not None and result.path is not None:
            with contextlib.suppress(OSError):
                result.path.unlink()
        raise
    return result


def _revoked_here(conn: Connection) -> bool:
    from csc_desktop.store.schema import meta

    return conn.execute(select(meta.c.value).where(meta.c.key == REVOKED_HERE)).scalar() is not None


def count_team_pending(tx_conn: Connection, me: str, hq_id: str) -> dict[str, int]:
    delivered, _ = delivered_up_to(tx_conn, hq_id)
    counts: dict[str, int] = {}
    for kind, spec in ROW_SPECS.items():
        n = tx_conn.execute(
            select(func.count())
            .select_from(spec.table)
            .where(spec.table.c.change_seq > delivered, spec.table.c.origin_device == me)
        ).scalar_one()
        if n:
            counts[kind] = int(n)
    n = tx_conn.execute(
        select(func.count())
        .select_from(reference_items)
        .where(reference_items.c.origin_device == me, reference_items.c.change_seq > delivered)
    ).scalar_one()
    if n:
        counts[REFERENCE_ITEM] = int(n)
    return counts


def count_hq_pending(conn: Connection, me: str, team_id: str) -> dict[str, int]:
    delivered, _ = delivered_up_to(conn, team_id)
    counts: dict[str, int] = {}
    queries: Iterable[tuple[str, Any]] = (
        (
            Kind.TAF_REQUEST.value,
            select(func.count())
            .select_from(taf_requests)
            .where(taf_requests.c.origin_device == team_id, taf_requests.c.change_seq > delivered),
        ),
        (
            REFERENCE_ITEM,
            select(func.count())
            .select_from(reference_items)
            .where(reference_items.c.origin_device == me, reference_items.c.change_seq > delivered),
        ),
        (
            DEVICE,
            select(func.count())
            .select_from(sync_devices)
            .where(sync_devices.c.state == "revoked", sync_devices.c.change_seq > delivered),
        ),
    )
    for key, query in queries:
        n = int(conn.execute(query).scalar_one())
        if n:
            counts[key] = n
    return counts
