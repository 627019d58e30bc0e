"""Byte-exact encodings shared by cards, manifests and change lines."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any, TypeGuard

# One JSON spelling per value, so that hashes and signatures over JSON are reproducible. Made
# once: json.dumps() with options builds a new encoder on every call (50,000 per bundle).
_CANONICAL_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)

UTC_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_UTC_TIMESTAMP_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
_SHA256_HEX_RE = re.compile(r"[0-9a-f]{64}")
_COUNTRY_RE = re.compile(r"[A-Z]{2}")


def canonical_json(value: Any) -> str:
    """One JSON spelling per value, so that hashes and signatures over JSON are reproducible."""
    return _CANONICAL_ENCODER.encode(value)


def canonical_json_bytes(value: Any) -> bytes:
    return canonical_json(value).encode("utf-8")


class StrictJSONError(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise StrictJSONError(f"{name} is not allowed")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # built in C; a key seen twice leaves fewer entries than pairs
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise StrictJSONError(f"key {key!r} appears twice")
            seen.add(key)
    return result


# One decoder for every call: json.loads() with options builds a new one each time, which
# costs as much as parsing a short change line.
_STRICT_DECODER = json.JSONDecoder(
    object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant
)


def strict_json_loads(data: bytes | str) -> Any:
    """Parse JSON refusing what a lenient parser would let two readers see differently:
    invalid UTF-8, duplicate keys, NaN and Infinity."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return _STRICT_DECODER.decode(text)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as err:
        raise StrictJSONError(str(err)) from err


def utc_timestamp(moment: datetime | None = None) -> str:
    """A timestamp as the formats write it: UTC, whole seconds, e.g. 2026-11-29T10:50:16Z."""
    moment = datetime.now(UTC) if moment is None else moment
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime(UTC_TIMESTAMP_FORMAT)


def parse_utc_timestamp(text: str) -> datetime:
    if not _UTC_TIMESTAMP_RE.fullmatch(text):
        raise ValueError(f"not a UTC timestamp like 2026-11-29T10:50:16Z: {text!r}")
    return datetime.strptime(text, UTC_TIMESTAMP_FORMAT).replace(tzinfo=UTC)


def is_device_id(value: object) -> bool:
    """Device ids are UUIDs written in their canonical lower-case form."""
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def device_short_id(device_id: str) -> str:
    """The last 8 hex digits of a device id, as used in bundle file names and messages.
    (Device ids are UUIDv7: their first digits are a timestamp, shared by every laptop set up
    in the same minute; their last digits are random.)"""
    return device_id.replace("-", "")[-8:]


def is_sha256_hex(value: object) -> bool:
    return isinstance(value, str) and _SHA256_HEX_RE.fullmatch(value) is not None


def is_country_code(value: object) -> bool:
    return isinstance(value, str) and _COUNTRY_RE.fullmatch(value) is not None


def is_plain_int(value: object) -> TypeGuard[int]:
    """An int that is not a bool (JSON true would otherwise pass as 1)."""
    return isinstance(value, int) and not isinstance(value, bool)


# Crockford's base32: digits and letters without I, L, O and U, so that nothing read aloud
# or typed from a phone call is ambiguous.
CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_READ = {c: c for c in CROCKFORD_ALPHABET} | {"O": "0", "I": "1", "L": "1"}


def crockford_base32(data: bytes) -> str:
    """Encode bytes whose bit length is a multiple of 5 (no padding needed)."""
    bits = len(data) * 8
    if bits % 5:
        raise ValueError("crockford_base32 needs a multiple of 5 bits")
    number = int.from_bytes(data, "big")
    return "".join(CROCKFORD_ALPHABET[(number >> shift) & 31] for shift in range(bits - 5, -1, -5))


def normalize_crockford(text: str) -> str:
    """What a person typed, read as Crockford base32: any case, O as 0, I and L as 1,
    spaces and hyphens ignored. Characters outside the alphabet are kept so they fail to match."""
    kept = (c for c in text.upper() if c not in " -\t")
    return "".join(_CROCKFORD_READ.get(c, c) for c in kept)
