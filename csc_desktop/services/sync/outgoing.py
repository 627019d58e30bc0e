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
    ROW_META,
    RowSpec,
)


def deleted_version(row: Mapping[Any, Any]) -> str | None:
    """The version of a row's tombstone. The record services stamp a deletion on the row's
    version only; sync writes it into field_versions as soon as it touches the row."""
    versions = row.get("field_versions") or {}
    if DELETED in versions:
        return str(versions[DELETED])
    return str(row["version"]) if row.get("deleted") else None


def row_change(
    spec: RowSpec,
    row: Mapping[Any, Any],
    *,
    only: Iterable[str] | None = None,
    seen: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A record, participant or attachment as one change: every field (or those in `only`),
    each field's version, the tombstone and its version."""
    names = list(spec.values) if only is None else [n for n in spec.values if n in set(only)]
    stored_versions = row.get("field_versions") or {}
    versions = {name: stored_versions[name] for name in names if name in stored_versions}
    tombstone = deleted_version(row)
    if tombstone is not None:
        versions[DELETED] = tombstone
    change: dict[str, Any] = {
        "kind": spec.kind,
        "id": row["id"],
        "fields": {name: spec.values[name].to_json(row.get(name)) for name in names},
        "version": row["version"],
        "origin_device": row["origin_device"],
        "deleted": bool(row.get("deleted")),
        "field_versions": versions,
        **{key: row.get(key) for key in ROW_META},
    }
    if seen:
        change["seen"] = dict(seen)
    return change


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
