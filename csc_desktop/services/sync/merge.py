"""Applying a verified bundle's changes to the store, inside the caller's transaction.

Rules (docs/sync.md tells them to people):
- Each field has an owner. The owner's newest value (by the change's own version) wins; a value
  for a field the sender does not own is never applied. Our own versions coming back are skipped.
- Fields both sides may change (a TAF request's status and deletion) keep, per row, the newest
  version received from the other side. A change the sender made after seeing ours replaces
  ours; a change made without seeing ours, to another value, is a conflict: both values are
  kept and ours stays in force until a person resolves it.
- A deletion never erases a newer edit: a tombstone older than one of our own edits of the row
  is not applied but kept as a conflict; edits newer than our own deletion are stored in the
  tombstone and kept as a conflict too.
- Applying the same change again changes nothing; changes of one sender arriving in any order
  give the same result (a participant arriving before its training waits for it).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, insert, select, update

from csc_desktop.domain.fields import DATE_FIELD, Kind
from csc_desktop.reporting.upkeep import after_bulk_write, begin_bulk_write
from csc_desktop.services.sync.bulk import insert_rows, page_cache_for_bulk
from csc_desktop.services.sync.export import REVOKED_HERE
from csc_desktop.services.sync.indexing import index_new_records
from csc_desktop.services.sync.new_rows import can_build, new_rows
from csc_desktop.services.sync.outgoing import deleted_version, expand_versions
from csc_desktop.services.sync.rowspecs import (
    ATTACHMENT,
    ATTACHMENT_SPEC,
    AUDIT_ENTRY,
    DELETED,
    DEVICE,
    PARTICIPANT,
    PARTICIPANT_SPEC,
    RECORD_SPECS,
    REFERENCE_ITEM,
    REFERENCE_VALUES,
    RowSpec,
    Side,
)
from csc_desktop.services.sync.versions import device_of, is_newer, newest
from csc_desktop.store.schema import (
    RECORD_TABLES,
    meta,
    record_crime_areas,
    reference_items,
    trainings,
)
from csc_desktop.store.sqlite import keyed_by, one_of
from csc_desktop.store.sync_schema import (
    sync_conflicts,
    sync_devices,
    sync_parked,
    sync_received_bundles,
    sync_received_versions,
    sync_sent_bundles,
    team_audit_log,
)
from csc_desktop.sync import Acknowledgement, VerifiedBundle
from csc_desktop.sync.encoding import canonical_json, device_short_id

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Txn


class Merger:
    def __init__(self, tx: Txn, sender: str, sender_side: Side):
        self.tx = tx
        self.conn = tx.conn
        self.ws = tx.ws
        self.me = tx.ws.identity.device_id
        self.my_side: Side = "hq" if tx.ws.identity.is_hq else "team"
        self.peer = sender
        self.peer_side = sender_side
        self.counts: Counter[str] = Counter()
        self.touched_records: dict[str, Kind] = {}
        """Records changed in place (or whose participants changed): re-derived one by one."""
        self.new_records: dict[Kind, list[dict[str, Any]]] = defaultdict(list)
        """Records new to this store: re-derived in bulk."""
        self.new_ids: set[str] = set()
        self.new_people: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.written: dict[str, list[str]] = defaultdict(list)
        """Ids of the rows inserted or updated, by table (for the reports' upkeep)."""

    # -- the whole bundle ------------------------------------------------------------------

    def apply(self, bundle: VerifiedBundle) -> Counter[str]:
        with page_cache_for_bulk(self.conn):
            return self._apply(bundle)

    def _apply(self, bundle: VerifiedBundle) -> Counter[str]:
        # The reports count the rows loaded here set-based at the end (after_bulk_write),
        # instead of a trigger statement per row inserted.
        begin_bulk_write(self.conn)
        by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for change in bundle.changes:
            by_kind[change["kind"]].append(change)
        versions = [c["version"] for c in bundle.changes if isinstance(c["version"], str)]
        newest_seen = newest(*versions)
        if newest_seen:
            self.tx.clock.observe(newest_seen)
        self.apply_reference(by_kind[REFERENCE_ITEM])
        for kind, spec in RECORD_SPECS.items():
            self.apply_rows(spec, by_kind[kind], bundle.attachments)
        self.apply_rows(PARTICIPANT_SPEC, by_kind[PARTICIPANT], {})
        self.unpark()
        self.apply_rows(ATTACHMENT_SPEC, by_kind[ATTACHMENT], bundle.attachments)
        self.apply_audit(by_kind[AUDIT_ENTRY])
        self.apply_revocations(by_kind[DEVICE])
        self.apply_acknowledgements(bundle.manifest.acknowledges)
        self.rederive()
        after_bulk_write(self.conn, self.written)
        return self.counts

    # -- records, participants, attachments -----------------------------------------------

    def apply_rows(
        self, spec: RowSpec, changes: Sequence[dict[str, Any]], blobs: dict[str, bytes]
    ) -> None:
        if not changes:
            return
        ids = [c["id"] for c in changes]
        existing = _load(self.conn, spec.table, ids)
        shared = {n for n, owner in spec.owners.items() if owner == "shared"}
        received = self._received(ids) if shared else {}
        parents: set[str] = set()
        if spec.parent:
            wanted = {c["fields"][spec.parent] for c in changes if c["id"] not in existing}
            parents = _present(self.conn, trainings, wanted)
        inserts = []
        for change in changes:
            row = existing.get(change["id"])
            if row is None:
                if spec.parent and change["fields"][spec.parent] not in parents:
                    self._park(spec, change)
                    continue
                if self.peer_side == "hq":  # HQ sends decisions on our rows, never whole rows
                    self.counts["unknown_records"] += 1
                    continue
                inserts.append(change)
            elif self._merge(spec, row, expanded(change), blobs, received.get(change["id"], {})):
                self.counts[spec.kind] += 1
                self._touch(spec, change["id"], change["fields"] | dict(row))
            else:
                self.counts["unchanged"] += 1
        if inserts:
            self._insert(spec, inserts, blobs, shared)

    def _insert(
        self,
        spec: RowSpec,
        changes: list[dict[str, Any]],
        blobs: dict[str, bytes],
        shared: set[str],
    ) -> None:
        if can_build(spec):
            built = new_rows(spec, changes, self.tx.now)
            built.insert(self.conn, spec)
            rows = built.dicts()
        else:
            rows = [self._new_row(spec, expanded(change), blobs, shared) for change in changes]
            insert_rows(self.conn, spec.table, rows)
        self.counts[spec.kind] += len(changes)
        self.written[spec.table.name].extend(change["id"] for change in changes)
        if spec.kind in RECORD_SPECS:
            self.new_records[Kind(spec.kind)].extend(rows)
            self.new_ids.update(change["id"] for change in changes)
        elif spec.kind == PARTICIPANT:
            for row in rows:
                training = row["training_id"]
                if training in self.new_ids:
                    self.new_people[training].append(row)
                else:
                    self.touched_records[training] = Kind.TRAINING

    def _new_row(
        self, spec: RowSpec, change: dict[str, Any], blobs: dict[str, bytes], shared: set[str]
    ) -> dict[str, Any]:
        fields = change["fields"]
        versions = dict(change.get("field_versions") or {})
        row: dict[str, Any] = dict.fromkeys(spec.names)
        row.update(fields)
        for name, to_db in spec.db_converters.items():
            if name in fields:
                row[name] = to_db(fields[name])
        for name, owner in spec.owners.items():
            # A value in a field that is ours to set, and that we did not set: never applied.
            version = versions.get(name)
            if owner == self.my_side and (version is None or device_of(version) != self.me):
                if name in row:
                    row[name] = None
                versions.pop(name, None)
        row.update(
            id=change["id"],
            origin_device=change["origin_device"],
            version=change["version"],
            field_versions=versions,
            change_seq=0,  # not a change made here: nothing to send back
            deleted=change["deleted"],
            created_at=change.get("created_at") or self.tx.now,
            created_by=change.get("created_by") or "",
            updated_at=change.get("updated_at") or self.tx.now,
            updated_by=change.get("updated_by") or "",
        )
        if spec.kind == ATTACHMENT:
            row["content"] = b"" if change["deleted"] else blobs[fields["sha256"]]
        for name in shared:
            version = versions.get(name)
            if version and device_of(version) != self.me:
                self._set_received(change["id"], name, version)
        return row

    def _merge(
        self,
        spec: RowSpec,
        row: dict[str, Any],
        change: dict[str, Any],
        blobs: dict[str, bytes],
        received: dict[str, str],
    ) -> bool:
        row_id = row["id"]
        versions = dict(row.get("field_versions") or {})
        local_tombstone = deleted_version(row)
        if local_tombstone is not None:
            versions[DELETED] = local_tombstone
        remote_versions: dict[str, str] = change.get("field_versions") or {}
        seen: dict[str, str] = change.get("seen") or {}
        fields = change["fields"]
        updates: dict[str, Any] = {}
        taken: dict[str, str] = {}
        names = [*fields, *([DELETED] if DELETED in remote_versions else [])]
        for name in names:
            remote_version = remote_versions.get(name)
            if not remote_version or device_of(remote_version) == self.me:
                continue  # never set over there, or our own change coming back
            owner = spec.owner(name)
            if owner == self.my_side:
                continue
            if name == DELETED:
                remote_value: Any = bool(change["deleted"])
                local_value: Any = bool(row["deleted"])
            else:
                remote_value = spec.values[name].to_db(fields[name])
                local_value = row.get(name)
            local_version = versions.get(name)
            take = False
            if owner != "shared":
                take = is_newer(remote_version, local_version)
            else:
                base = received.get(name)
                if base and not is_newer(remote_version, base):
                    continue  # known already (a change re-sent until acknowledged)
                received[name] = remote_version
                self._set_received(row_id, name, remote_version)
                if local_version is None or device_of(local_version) != self.me:
                    take = is_newer(remote_version, local_version)
                elif seen.get(name) and not is_newer(local_version, seen[name]):
                    take = True  # made after seeing ours
                elif local_value != remote_value:
                    self._conflict(
                        spec, row_id, name, local_value, local_version, remote_value, remote_version
                    )
                if take:
                    self._close_conflicts(row_id, name)
            if take:
                updates[name] = remote_value
                versions[name] = remote_version
                taken[name] = remote_version
        self._guard_deletion(spec, row, change, updates, versions, taken, local_tombstone, seen)
        if not updates:
            return False
        values: dict[str, Any] = {k: v for k, v in updates.items() if k != DELETED}
        if DELETED in updates:
            values["deleted"] = updates[DELETED]
        if spec.kind == ATTACHMENT:
            if values.get("deleted"):
                values["content"] = b""
            elif row["deleted"] and values.get("deleted") is False:
                values["content"] = blobs.get(fields["sha256"], b"")
        values["field_versions"] = versions
        values["version"] = newest(row["version"], *taken.values())
        if is_newer(change["version"], row["version"]):
            for key in ("updated_at", "updated_by"):
                if change.get(key):
                    values[key] = change[key]
        self.conn.execute(update(spec.table).where(spec.table.c.id == row_id).values(**values))
        self.written[spec.table.name].append(row_id)
        return True

    def _guard_deletion(
        self,
        spec: RowSpec,
        row: dict[str, Any],
        change: dict[str, Any],
        updates: dict[str, Any],
        versions: dict[str, str],
        taken: dict[str, str],
        local_tombstone: str | None,
        seen: dict[str, str],
    ) -> None:
        """A deletion never erases a newer edit, in either direction."""
        row_id = row["id"]
        if updates.get(DELETED) is True and not row["deleted"]:
            remote_tombstone = taken[DELETED]
            own_edits = [v for k, v in versions.items() if k != DELETED and device_of(v) == self.me]
            newest_own = newest(*own_edits)
            if newest_own and is_newer(newest_own, remote_tombstone):
                del updates[DELETED], taken[DELETED]
                if local_tombstone is None:
                    versions.pop(DELETED, None)
                else:
                    versions[DELETED] = local_tombstone
                self._conflict(spec, row_id, DELETED, False, newest_own, True, remote_tombstone)
        elif row["deleted"] and DELETED not in updates and local_tombstone is not None:
            if device_of(local_tombstone) != self.me:
                return
            if seen.get(DELETED) and not is_newer(local_tombstone, seen[DELETED]):
                return
            newer = [v for k, v in taken.items() if is_newer(v, local_tombstone)]
            if newer:
                self._conflict(
                    spec, row_id, DELETED, True, local_tombstone, False, newest(*newer) or ""
                )

    def _touch(self, spec: RowSpec, row_id: str, fields: dict[str, Any]) -> None:
        if spec.kind in RECORD_SPECS:
            self.touched_records[row_id] = Kind(spec.kind)
        elif spec.kind == PARTICIPANT:
            self.touched_records[fields["training_id"]] = Kind.TRAINING

    # -- out-of-order arrivals --------------------------------------------------------------

    def _park(self, spec: RowSpec, change: dict[str, Any]) -> None:
        parked = self.conn.execute(
            select(sync_parked.c.version).where(sync_parked.c.row_id == change["id"])
        ).scalar()
        if parked is not None and not is_newer(change["version"], parked):
            self.counts["unchanged"] += 1
            return
        self.conn.execute(delete(sync_parked).where(sync_parked.c.row_id == change["id"]))
        self.conn.execute(
            insert(sync_parked).values(
                row_id=change["id"],
                kind=spec.kind,
                parent_id=change["fields"][spec.parent or ""],
                version=change["version"],
                change=canonical_json(change),
                sender=self.peer,
            )
        )
        self.counts["parked"] += 1

    def unpark(self) -> None:
        rows = (
            self.conn.execute(
                select(sync_parked).where(
                    sync_parked.c.sender == self.peer,
                    sync_parked.c.parent_id.in_(select(trainings.c.id)),
                )
            )
            .mappings()
            .all()
        )
        if not rows:
            return
        self.conn.execute(
            delete(sync_parked).where(one_of(sync_parked.c.row_id, [r["row_id"] for r in rows]))
        )
        self.apply_rows(PARTICIPANT_SPEC, [json.loads(r["change"]) for r in rows], {})

    # -- reference data, audit entries, revocations, acknowledgements ----------------------

    def apply_reference(self, changes: Iterable[dict[str, Any]]) -> None:
        changed = False
        for change in changes:
            fields = {n: v.to_db(change["fields"][n]) for n, v in REFERENCE_VALUES.items()}
            key = (
                reference_items.c.list == fields["list"],
                reference_items.c.code == fields["code"],
                reference_items.c.valid_from == fields["valid_from"],
            )
            row = self.conn.execute(select(reference_items).where(*key)).mappings().first()
            if row is None:
                self.conn.execute(
                    insert(reference_items).values(
                        **fields,
                        version=change["version"],
                        origin_device=change["origin_device"],
                        change_seq=None,  # not made here: never sent on
                    )
                )
            elif device_of(change["version"]) != self.me and is_newer(
                change["version"], row["version"]
            ):
                self.conn.execute(
                    update(reference_items).where(*key).values(**fields, version=change["version"])
                )
            else:
                self.counts["unchanged"] += 1
                continue
            self.counts[REFERENCE_ITEM] += 1
            changed = True
        if changed:
            # Names of new institutions are needed at once, for the search documents below.
            self.ws.reference = type(self.ws)._load_reference(self.conn)

    def apply_audit(self, changes: Sequence[dict[str, Any]]) -> None:
        if not changes:
            return
        known: dict[int, str] = {
            seq: digest
            for seq, digest in self.conn.execute(
                select(team_audit_log.c.seq, team_audit_log.c.hash)
                .select_from(keyed_by(team_audit_log.c.seq, [c["fields"]["seq"] for c in changes]))
                .where(team_audit_log.c.device == self.peer)
            )
        }
        rows = []
        for change in changes:
            fields = change["fields"]
            if fields["seq"] in known:
                if known[fields["seq"]] != fields["hash"]:
                    self.counts["audit_mismatch"] += 1
                continue
            rows.append({**fields, "received_at": self.tx.now})
        if rows:
            insert_rows(self.conn, team_audit_log, rows)
            self.counts[AUDIT_ENTRY] += len(rows)

    def apply_revocations(self, changes: Iterable[dict[str, Any]]) -> None:
        for change in changes:
            device_id = change["id"]
            revoked_at = change["fields"]["revoked_at"]
            if device_id == self.me:
                if self.conn.execute(select(meta.c.key).where(meta.c.key == REVOKED_HERE)).first():
                    continue
                self.conn.execute(insert(meta).values(key=REVOKED_HERE, value=revoked_at))
                self.counts[DEVICE] += 1
                continue
            row = self.conn.execute(
                select(sync_devices.c.state).where(sync_devices.c.device_id == device_id)
            ).first()
            if row is None:
                self.conn.execute(
                    insert(sync_devices).values(
                        device_id=device_id,
                        role="team",
                        state="revoked",
                        revoked_at=revoked_at,
                        revoked_by="HQ",
                        version=change["version"],
                    )
                )
            elif row.state != "revoked":
                self.conn.execute(
                    update(sync_devices)
                    .where(sync_devices.c.device_id == device_id)
                    .values(state="revoked", revoked_at=revoked_at, revoked_by="HQ")
                )
            else:
                continue
            self.counts[DEVICE] += 1

    def apply_acknowledgements(self, acks: Iterable[Acknowledgement]) -> None:
        """Our bundles the sender applied: their changes are delivered, and the sender has now
        seen the acknowledgements those bundles carried."""
        for ack in acks:
            sent = (
                self.conn.execute(
                    select(sync_sent_bundles).where(
                        sync_sent_bundles.c.receiver == self.peer,
                        sync_sent_bundles.c.sequence == ack.sequence,
                    )
                )
                .mappings()
                .first()
            )
            if sent is None or sent["bundle_hash"] != ack.bundle_hash:
                self.counts["acknowledgement_mismatch"] += 1
                continue
            if sent["acknowledged_at"] is not None:
                continue
            self.conn.execute(
                update(sync_sent_bundles)
                .where(
                    sync_sent_bundles.c.receiver == self.peer,
                    sync_sent_bundles.c.sequence == ack.sequence,
                )
                .values(acknowledged_at=self.tx.now)
            )
            if sent["acknowledges"]:
                self.conn.execute(
                    update(sync_received_bundles)
                    .where(
                        sync_received_bundles.c.sender == self.peer,
                        sync_received_bundles.c.receiver == self.me,
                        sync_received_bundles.c.sequence.in_(sent["acknowledges"]),
                    )
                    .values(ack_confirmed=True)
                )
            self.counts["acknowledged"] += 1

    # -- what follows from the records: crime-area filters, search ------------------------

    def rederive(self) -> None:
        areas = self.written[record_crime_areas.name]  # by the record whose areas were written
        for kind, rows in self.new_records.items():
            index_new_records(self.ws, self.conn, kind, rows, self.new_people)
            areas.extend(row["id"] for row in rows if row.get("crime_areas"))
        records, search = self.ws.records, self.ws.search
        by_kind: dict[Kind, list[str]] = defaultdict(list)
        for row_id, kind in self.touched_records.items():
            if row_id not in self.new_ids:
                by_kind[kind].append(row_id)
        for kind, ids in by_kind.items():
            table = RECORD_TABLES[kind]
            columns = [table.c.id, table.c[DATE_FIELD[kind]]]
            if "crime_areas" in table.c:
                columns.append(table.c.crime_areas)
            for row in (
                self.conn.execute(select(*columns).select_from(keyed_by(table.c.id, ids)))
                .mappings()
                .all()
            ):
                records._set_crime_areas(self.conn, kind, row["id"], dict(row))
                search.index(self.conn, kind, row["id"])
                areas.append(row["id"])

    # -- bookkeeping of shared fields and conflicts ---------------------------------------

    def _received(self, ids: list[str]) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for row in self.conn.execute(
            select(sync_received_versions).select_from(
                keyed_by(sync_received_versions.c.row_id, ids)
            )
        ):
            found.setdefault(row.row_id, {})[row.field] = row.version
        return found

    def _set_received(self, row_id: str, name: str, version: str) -> None:
        key = (sync_received_versions.c.row_id == row_id, sync_received_versions.c.field == name)
        if (
            self.conn.execute(
                update(sync_received_versions).where(*key).values(version=version)
            ).rowcount
            == 0
        ):
            self.conn.execute(
                insert(sync_received_versions).values(row_id=row_id, field=name, version=version)
            )

    def _conflict(
        self,
        spec: RowSpec,
        row_id: str,
        name: str,
        local_value: Any,
        local_version: str | None,
        remote_value: Any,
        remote_version: str,
    ) -> None:
        known = self.conn.execute(
            select(sync_conflicts.c.id).where(
                sync_conflicts.c.row_id == row_id,
                sync_conflicts.c.field == name,
                sync_conflicts.c.remote_version == remote_version,
            )
        ).first()
        if known is not None:
            return  # the same change seen again: decided or waiting already
        plain = spec.values[name].to_json if name in spec.values else (lambda v: v)
        values = {
            "local_value": plain(local_value),
            "local_version": local_version,
            "remote_value": plain(remote_value),
            "remote_version": remote_version,
            "remote_device": self.peer,
            "detected_at": self.tx.now,
        }
        still_open = (
            sync_conflicts.c.row_id == row_id,
            sync_conflicts.c.field == name,
            sync_conflicts.c.state == "open",
        )
        if (
            self.conn.execute(update(sync_conflicts).where(*still_open).values(**values)).rowcount
            == 0
        ):
            self.conn.execute(
                insert(sync_conflicts).values(
                    kind=spec.kind, row_id=row_id, field=name, state="open", **values
                )
            )
        self.counts["conflicts"] += 1

    def _close_conflicts(self, row_id: str, name: str) -> None:
        """The other side decided after seeing our value: its choice settles the conflict."""
        self.conn.execute(
            update(sync_conflicts)
            .where(
                sync_conflicts.c.row_id == row_id,
                sync_conflicts.c.field == name,
                sync_conflicts.c.state == "open",
            )
            .values(
                state="resolved",
                resolution="superseded",
                resolved_at=self.tx.now,
                resolved_by=f"device {device_short_id(self.peer)}",
            )
        )


def _load(conn: Any, table: Table, ids: list[str]) -> dict[str, dict[str, Any]]:
    result = conn.execute(select(table).select_from(keyed_by(table.c.id, ids)))
    names = list(result.keys())
    rows = (dict(zip(names, values, strict=True)) for values in result)
    return {row["id"]: row for row in rows}


def _present(conn: Any, table: Table, ids: set[str]) -> set[str]:
    return set(conn.execute(select(table.c.id).select_from(keyed_by(table.c.id, ids))).scalars())


def expanded(change: dict[str, Any]) -> dict[str, Any]:
    """`change` with each field's version written out (a bundle marks most as the change's own:
    the rows inserted in bulk store them so, see new_rows)."""
    expand_versions(change)
    return change
