"""manifest.json of a bundle: who sends what to whom, where it sits in the sender's sequence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from csc_desktop.sync.card import ROLES, Role
from csc_desktop.sync.encoding import (
    canonical_json_bytes,
    device_short_id,
    is_country_code,
    is_device_id,
    is_plain_int,
    is_sha256_hex,
    parse_utc_timestamp,
)
from csc_desktop.sync.errors import BundleRejected, Check

FORMAT_NAME = "csc-bundle"
FORMAT_VERSION = 1
"""The container format this code writes and the newest it reads."""

_KEYS = frozenset(
    {
        "format",
        "format_version",
        "schema_version",
        "sender",
        "sender_role",
        "receiver",
        "country",
        "sequence",
        "previous_bundle_hash",
        "created_at",
        "counts",
        "changes_range",
        "acknowledges",
    }
)
_COUNT_KEYS = frozenset({"changes", "attachments", "attachment_bytes"})


@dataclass(frozen=True)
class ChangeRange:
    """Positions in the sender's own change log carried by this bundle, both ends included."""

    first: int
    last: int


@dataclass(frozen=True)
class Acknowledgement:
    """A bundle from the receiver that the sender has verified and applied."""

    sequence: int
    bundle_hash: str


@dataclass(frozen=True)
class Counts:
    changes: int
    attachments: int
    attachment_bytes: int


@dataclass(frozen=True)
class Manifest:
    """What the store states about a bundle. Counts are computed by the writer, not given."""

    sender: str
    receiver: str
    sender_role: Role
    country: str
    """The team's country: the sender's for team→HQ, the receiver's for HQ→team."""
    sequence: int
    """Per sender and receiver, gap-free, from 1."""
    previous_bundle_hash: str | None
    """The bundle hash of the sender's bundle `sequence - 1`; None for the first."""
    created_at: str
    schema_version: int
    changes_range: ChangeRange | None = None
    acknowledges: tuple[Acknowledgement, ...] = ()
    format_version: int = FORMAT_VERSION

    def to_document(self, counts: Counts) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "schema_version": self.schema_version,
            "sender": self.sender,
            "sender_role": self.sender_role,
            "receiver": self.receiver,
            "country": self.country,
            "sequence": self.sequence,
            "previous_bundle_hash": self.previous_bundle_hash,
            "created_at": self.created_at,
            "counts": {
                "changes": counts.changes,
                "attachments": counts.attachments,
                "attachment_bytes": counts.attachment_bytes,
            },
            "changes_range": (
                None
                if self.changes_range is None
                else {"first": self.changes_range.first, "last": self.changes_range.last}
            ),
            "acknowledges": [
                {"sequence": ack.sequence, "bundle_hash": ack.bundle_hash}
                for ack in self.acknowledges
            ],
        }

    def to_bytes(self, counts: Counts) -> bytes:
        return canonical_json_bytes(self.to_document(counts))


def bundle_file_name(manifest: Manifest) -> str:
    """`AL-1a2b3c4d-0007-20261129.cscb` from a team, `HQ-to-AL-1a2b3c4d-0003-20261129.cscb`
    from HQ; the short id is always the team device's."""
    day = manifest.created_at[:10].replace("-", "")
    if manifest.sender_role == "team":
        prefix = f"{manifest.country}-{device_short_id(manifest.sender)}"
    else:
        prefix = f"HQ-to-{manifest.country}-{device_short_id(manifest.receiver)}"
    return f"{prefix}-{manifest.sequence:04d}-{day}.cscb"


def check_manifest_for_writing(manifest: Manifest) -> None:
    """The same rules the reader applies, so that a bundle we write is one we accept."""
    document = manifest.to_document(Counts(0, 0, 0))
    try:
        parse_manifest(document, max_schema_version=manifest.schema_version)
    except BundleRejected as err:
        raise ValueError(f"manifest not valid: {err.message}") from err


def peek_format_version(document: Any) -> int | None:
    if isinstance(document, dict) and is_plain_int(document.get("format_version")):
        return int(document["format_version"])
    return None


def parse_manifest(document: Any, *, max_schema_version: int) -> tuple[Manifest, Counts]:
    """Check every field of a decoded manifest.json. Raises BundleRejected."""
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise _bad("manifest.json does not describe a bundle.")
    format_version = document.get("format_version")
    if not is_plain_int(format_version) or format_version < 1:
        raise _bad("the format version is missing.")
    if format_version > FORMAT_VERSION:
        raise future_format(format_version)
    schema_version = document.get("schema_version")
    if not is_plain_int(schema_version) or schema_version < 1:
        raise _bad("the schema version is missing.")
    if schema_version > max_schema_version:
        raise BundleRejected(
            Check.SCHEMA_VERSION,
            f"This bundle holds data of schema version {schema_version}; this application "
            f"knows up to {max_schema_version}. Update the application, then import it again.",
        )
    missing, extra = _KEYS - set(document), set(document) - _KEYS
    if missing or extra:
        raise _bad(f"fields missing {sorted(missing)} or unexpected {sorted(extra)}.")
    sender, receiver = document["sender"], document["receiver"]
    if not is_device_id(sender) or not is_device_id(receiver) or sender == receiver:
        raise _bad("the sender and receiver must be two different device ids.")
    if document["sender_role"] not in ROLES:
        raise _bad("the sender role must be team or hq.")
    if not is_country_code(document["country"]):
        raise _bad("the country is not a two-letter code.")
    sequence, previous = document["sequence"], document["previous_bundle_hash"]
    if not is_plain_int(sequence) or sequence < 1:
        raise _bad("the sequence number must be a whole number from 1.")
    if (sequence == 1) != (previous is None) or (
        previous is not None and not is_sha256_hex(previous)
    ):
        raise _bad("the previous bundle's hash must be absent for bundle 1 and present after.")
    created_at = document["created_at"]
    try:
        parse_utc_timestamp(created_at)
    except (TypeError, ValueError) as err:
        raise _bad("the creation time is not a UTC timestamp.") from err
    return (
        Manifest(
            sender=sender,
            receiver=receiver,
            sender_role=document["sender_role"],
            country=document["country"],
            sequence=sequence,
            previous_bundle_hash=previous,
            created_at=created_at,
            schema_version=schema_version,
            changes_range=_parse_range(document["changes_range"]),
            acknowledges=_parse_acknowledges(document["acknowledges"]),
            format_version=format_version,
        ),
        _parse_counts(document["counts"]),
    )


def future_format(format_version: int) -> BundleRejected:
    return BundleRejected(
        Check.FORMAT_VERSION,
        f"This bundle uses format version {format_version}; this application reads up to "
        f"version {FORMAT_VERSION}. Update the application, then import it again.",
    )


def _parse_counts(value: Any) -> Counts:
    if not isinstance(value, dict) or set(value) != _COUNT_KEYS:
        raise _bad("the counts are missing.")
    if not all(is_plain_int(value[key]) and value[key] >= 0 for key in _COUNT_KEYS):
        raise _bad("the counts must be whole numbers.")
    return Counts(value["changes"], value["attachments"], value["attachment_bytes"])


def _parse_range(value: Any) -> ChangeRange | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"first", "last"}:
        raise _bad("the range of changes is not {first, last}.")
    first, last = value["first"], value["last"]
    if not (is_plain_int(first) and is_plain_int(last) and 1 <= first <= last):
        raise _bad("the range of changes must be whole numbers, first ≤ last.")
    return ChangeRange(first, last)


def _parse_acknowledges(value: Any) -> tuple[Acknowledgement, ...]:
    if not isinstance(value, list):
        raise _bad("the acknowledgements are not a list.")
    acks = []
    for item in value:
        if not isinstance(item, dict) or set(item) != {"sequence", "bundle_hash"}:
            raise _bad("an acknowledgement is not {sequence, bundle_hash}.")
        if not (is_plain_int(item["sequence"]) and item["sequence"] >= 1):
            raise _bad("an acknowledged sequence number is not a whole number from 1.")
        if not is_sha256_hex(item["bundle_hash"]):
            raise _bad("an acknowledged bundle hash is not a SHA-256.")
        acks.append(Acknowledgement(item["sequence"], item["bundle_hash"]))
    if len({ack.sequence for ack in acks}) != len(acks):
        raise _bad("a bundle is acknowledged twice.")
    return tuple(acks)


def _bad(detail: str) -> BundleRejected:
    return BundleRejected(Check.MANIFEST, f"The bundle's manifest is not valid: {detail}")
