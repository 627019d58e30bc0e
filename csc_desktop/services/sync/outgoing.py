"""Stored rows → change lines of a bundle (the shape docs/bundle-format.md and docs/sync.md
describe)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from csc_desktop.services.sync.rowspecs import (
    AUDIT_ENTRY,
    AUDIT_VALUES,
    DELETED,
    DEVICE,
    REFERENCE_ITEM,
    REFERENCE_VALUES,
    RowSpec,
)
from csc_desktop.store.field_versions import SAME, SHARED, expand


def deleted_version(row: Mapping[Any, Any]) -> str | None:
    """The version of a row's tombstone. The record services stamp a deletion on the row's
    version only; sync writes it into field_versions as soon as it touches the row."""
    versions = row.get("field_versions") or {}
    if DELETED in versions:
        version = versions[DELETED]
        if SHARED in versions and type(version) is int and version == SAME:  # as stored
            version = versions[SHARED]
        return str(version)
    return str(row["version"]) if row.get("deleted") else None


SAME_VERSION = 0
"""In a change's `field_versions`: this field's version is the change's own `version` (most are:
writing it once keeps bundles small)."""


def row_change(
    spec: RowSpec,
    row: Mapping[Any, Any],
    *,
    only: Iterable[str] | None = None,
    seen: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A record, participant or attachment as one change: every field (or those in `only`),
    each field's version, the tombstone and its version. `row`'s field versions may be the plain
    map or as stored (`store.field_versions`), which the export reads without expanding."""
    names = spec.names if only is None else [n for n in spec.names if n in set(only)]
    wanted = spec.name_set if only is None else frozenset(names)
    version = row["version"]
    stored_versions = row.get("field_versions") or {}
    if SHARED in stored_versions and stored_versions[SHARED] != version:
        stored_versions = expand(stored_versions)
    # Plain, or as stored with the row's own version shared: a field marked SAME there is
    # marked SAME_VERSION here (the same 0), and the shared entry is no field.
    versions: dict[str, Any] = {
        name: SAME_VERSION if field_version == version else field_version
        for name, field_version in stored_versions.items()
        if name in wanted and field_version is not None
    }
    tombstone = deleted_version(row)
    if tombstone is not None:
        versions[DELETED] = SAME_VERSION if tombstone == version else tombstone
    fields = {name: row.get(name) for name in names}
    for name, to_json in spec.json_converters.items():
        if name in fields:
            fields[name] = to_json(fields[name])
    change: dict[str, Any] = {
        "kind": spec.kind,
        "id": row["id"],
        "fields": fields,
        "version": version,
        "origin_device": row["origin_device"],
        "deleted": bool(row.get("deleted")),
        "field_versions": versions,
        "created_at": row.get("created_at"),
        "created_by": row.get("created_by"),
        "updated_at": row.get("updated_at"),
        "updated_by": row.get("updated_by"),
    }
    if seen:
        change["seen"] = dict(seen)
    return change


def expand_versions(change: dict[str, Any]) -> None:
    """Replace SAME_VERSION in a received change's `field_versions` by the change's version."""
    versions = change.get("field_versions")
    if isinstance(versions, dict):
        version = change["version"]
        values = versions.values()
        if not any(values) and set(map(type, values)) == {int}:  # all SAME_VERSION, as most are
            versions.update(dict.fromkeys(versions, version))
            return
        for name, value in versions.items():
            if type(value) is int and value == SAME_VERSION:  # not False, not 0.0
                versions[name] = version


def reference_id(list_name: str, code: str, valid_from: date | str) -> str:
    day = valid_from.isoformat() if isinstance(valid_from, date) else valid_from
    return f"{list_name}|{code}|{day}"


def reference_change(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "kind": REFERENCE_ITEM,
        "id": reference_id(row["list"], row["code"], row["valid_from"]),
        "fields": {name: value.to_json(row.get(name)) for name, value in REFERENCE_VALUES.items()},
        "version": row["version"],
        "origin_device": row["origin_device"],
        "deleted": False,
    }


def audit_change(row: Mapping[Any, Any]) -> dict[str, Any]:
    """One of our audit entries, as it stands in our hash chain."""
    return {
        "kind": AUDIT_ENTRY,
        "id": f"{row['device']}#{row['seq']}",
        "fields": {name: row.get(name) for name in AUDIT_VALUES},
        "version": int(row["seq"]),
        "origin_device": row["device"],
        "deleted": False,
    }


def device_change(row: Mapping[Any, Any], hq_device: str) -> dict[str, Any]:
    """HQ's revocation of a device, for every team."""
    return {
        "kind": DEVICE,
        "id": row["device_id"],
        "fields": {"state": "revoked", "revoked_at": row["revoked_at"]},
        "version": row["version"],
        "origin_device": hq_device,
        "deleted": False,
    }
