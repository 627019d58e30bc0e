"""Stored rows ↔ the public JSON shape of records (the CLI's and the bundles' keys)."""

from __future__ import annotations

from datetime import date
from typing import Any

from csc_desktop.domain.fields import FIELDS, PARTICIPANT_FIELDS, Field, FieldType, Kind
from csc_desktop.domain.validation import cents_to_amount

META_KEYS = (
    "id",
    "kind",
    "status",
    "version",
    "origin_device",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "deleted",
)


def to_public(spec: Field, value: Any) -> Any:
    if value is None:
        return [] if spec.multi else None
    if spec.type == FieldType.DATE and isinstance(value, date):
        return value.isoformat()
    if spec.type == FieldType.MONEY:
        return cents_to_amount(value)
    return value


def record_to_json(kind: Kind, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row["id"], "kind": kind.value}
    for spec in FIELDS[kind]:
        out[spec.name] = to_public(spec, row.get(spec.name))
    for key in META_KEYS[2:]:
        out[key] = row.get(key)
    out["deleted"] = bool(row.get("deleted"))
    return out


def participant_to_json(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row["id"]}
    for spec in PARTICIPANT_FIELDS:
        out[spec.name] = to_public(spec, row.get(spec.name))
    out["attendance"] = list(row.get("attendance") or [])
    return out
