"""changes.jsonl: one change per line, canonical JSON, each line ending in a newline."""

from __future__ import annotations

from typing import Any

from csc_desktop.sync.encoding import canonical_json, strict_json_loads
from csc_desktop.sync.errors import BundleRejected, Check

# The keys every change carries; the store may add others (they travel untouched).
# Named like the store's sync columns. `version` is the store's ordering value (its hybrid
# logical clock: a string, or a number or object): never wall-clock time alone. `deleted` is the
# tombstone flag.
REQUIRED_CHANGE_KEYS: dict[str, tuple[type, ...]] = {
    "kind": (str,),
    "id": (str,),
    "fields": (dict,),
    "version": (str, int, dict),
    "origin_device": (str,),
    "deleted": (bool,),
}


def change_problem(change: Any) -> str | None:
    """Why a change is not well-formed, or None."""
    if not isinstance(change, dict):
        return "is not a JSON object"
    for key, types in REQUIRED_CHANGE_KEYS.items():
        if key not in change:
            return f"has no {key!r}"
        value = change[key]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            return f"has a {key!r} of the wrong type"
        if isinstance(value, str) and not value:
            return f"has an empty {key!r}"
    return None


def encode_changes(changes: list[dict[str, Any]]) -> bytes:
    lines = []
    for number, change in enumerate(changes, start=1):
        problem = change_problem(change)
        if problem is not None:
            raise ValueError(f"change {number} {problem}")
        lines.append(canonical_json(change))
    lines.append("")  # the last line ends in a newline too
    return "\n".join(lines).encode("utf-8")


def decode_changes(data: bytes) -> list[dict[str, Any]]:
    """Parse changes.jsonl strictly. Raises BundleRejected(Check.CHANGES)."""
    if not data:
        return []
    if not data.endswith(b"\n"):
        raise _bad("the last line is cut short.")
    lines: list[str | bytes]
    try:
        lines = list(data[:-1].decode("utf-8").split("\n"))
    except UnicodeDecodeError:  # each line decoded on its own below, to name the first bad one
        lines = list(data[:-1].split(b"\n"))
    changes: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        try:
            change = strict_json_loads(line)
        except ValueError as err:
            raise _bad(f"line {number} is not valid JSON ({err}).") from err
        problem = change_problem(change)
        if problem is not None:
            raise _bad(f"line {number} {problem}.")
        changes.append(change)
    return changes


def _bad(detail: str) -> BundleRejected:
    return BundleRejected(Check.CHANGES, f"The list of changes is not valid: {detail}")
