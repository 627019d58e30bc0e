"""Counts and names in plain words, for messages, the CLI and the Sync pages."""

from __future__ import annotations

from collections.abc import Mapping

_NAMES: dict[str, tuple[str, str]] = {
    "pre-investigation": ("pre-investigation", "pre-investigations"),
    "taf-request": ("TAF request", "TAF requests"),
    "training": ("training", "trainings"),
    "participant": ("participant", "participants"),
    "attachment": ("attachment", "attachments"),
    "reference_item": ("reference item", "reference items"),
    "audit_entry": ("audit entry", "audit entries"),
    "device": ("revocation", "revocations"),
    "acknowledged": ("bundle acknowledged", "bundles acknowledged"),
    "acknowledgements": ("acknowledgement", "acknowledgements"),
    "conflicts": (
        "conflict kept for a person to resolve",
        "conflicts kept for a person to resolve",
    ),
    "parked": ("change waiting for its record", "changes waiting for their records"),
    "unchanged": ("change already known", "changes already known"),
    "unknown_records": (
        "change for a record not on this laptop",
        "changes for records not on this laptop",
    ),
}


def plural(count: int, key: str) -> str:
    one, many = _NAMES.get(key, (key, key))
    return f"{count:,} {one if count == 1 else many}"


def describe_counts(counts: Mapping[str, int], keys: tuple[str, ...] | None = None) -> str:
    order = keys or tuple(_NAMES)
    parts = [plural(counts[key], key) for key in order if counts.get(key)]
    extra = [plural(n, key) for key, n in counts.items() if n and key not in order]
    return ", ".join(parts + extra) or "nothing"
