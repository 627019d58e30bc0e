"""What a verified bundle may contain, checked before anything is applied: kinds allowed in its
direction, ids, versions, value types, the sender's own rows only, fields the sender owns.

A bundle failing any of these is refused whole (check "changes"), like a bundle failing a
cryptographic check: signed by an enrolled device, it still never writes what its sender may
not write."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from csc_desktop.domain.fields import Kind
from csc_desktop.domain.ids import is_uuid
from csc_desktop.services.sync.columns import columns_of
from csc_desktop.services.sync.outgoing import SAME_VERSION, expand_versions, reference_id
from csc_desktop.services.sync.rowspecs import (
    ATTACHMENT,
    AUDIT_ENTRY,
    AUDIT_VALUES,
    DELETED,
    DEVICE,
    DEVICE_VALUES,
    RECORD_SPECS,
    REFERENCE_ITEM,
    REFERENCE_VALUES,
    ROW_META,
    ROW_SPECS,
    RowSpec,
    Side,
    Value,
    statuses_of,
    taf_statuses,
    text_value,
)
from csc_desktop.services.sync.versions import device_of, is_version
from csc_desktop.sync import BundleRejected, Check, VerifiedBundle

_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

TEAM_KINDS = frozenset({*ROW_SPECS, REFERENCE_ITEM, AUDIT_ENTRY})
HQ_KINDS = frozenset({Kind.TAF_REQUEST.value, REFERENCE_ITEM, DEVICE})


class _Bad(Exception):
    pass


def check_incoming(
    bundle: VerifiedBundle, *, me: str, sender_country: str | None, hq_device: str | None
) -> None:
    """Raise BundleRejected(Check.CHANGES) naming the first change that may not be applied."""
    manifest = bundle.manifest
    sender = manifest.sender
    side: Side = manifest.sender_role
    if side == "team" and manifest.country != sender_country:
        raise BundleRejected(
            Check.MANIFEST,
            f"The bundle states country {manifest.country}, but its sender is enrolled for "
            f"{sender_country}.",
        )
    changes = bundle.changes
    seen_ids: set[tuple[str, str]] = set()
    vouched: frozenset[str] = frozenset()
    if side == "team" and len({(c["kind"], c["id"]) for c in changes}) == len(changes):
        vouched = vouched_kinds(changes, sender, sender_country)
    for number, change in enumerate(changes, start=1):
        if change["kind"] in vouched:
            continue  # as it stands, every change of its kind passes (and none appears twice)
        key = (change["kind"], change["id"])
        try:
            if key in seen_ids:
                raise _Bad("appears twice in the bundle")
            seen_ids.add(key)
            if side == "team":
                _check_from_team(change, sender, sender_country, bundle.attachments)
            else:
                _check_from_hq(change, sender, me)
        except _Bad as err:
            raise BundleRejected(
                Check.CHANGES,
                f"Change {number} ({change['kind']} {change['id']}) cannot be applied: {err}. "
                "Nothing from this bundle was applied.",
            ) from err


def vouched_kinds(
    changes: list[dict[str, Any]], sender: str, country: str | None
) -> frozenset[str]:
    """The kinds of change of a team's bundle whose every change passes `_check_from_team`,
    found column by column: a few passes over the bundle instead of a Python call per value
    (50,000 changes of a dozen fields). Kinds it cannot vouch for, and every kind of a bundle
    with anything unusual, are then checked change by change, which names the first failure."""
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        by_kind[change["kind"]].append(change)
    vouched = set()
    for kind, group in by_kind.items():
        if {c["origin_device"] for c in group} != {sender}:
            continue
        if kind == AUDIT_ENTRY:
            passes = _audit_entries_pass(group, sender)
        elif kind in _VOUCHED_ROW_KINDS:
            passes = _rows_pass(group, ROW_SPECS[kind], sender, country)
        else:
            passes = False
        if passes:
            vouched.add(kind)
    return frozenset(vouched)


# TAF requests (workflow rules) and attachments (files) are checked change by change.
_VOUCHED_ROW_KINDS = frozenset(ROW_SPECS) - {Kind.TAF_REQUEST.value, ATTACHMENT}
_VERSION_RE = re.compile(r"[0-9]{13}-[0-9]{5}-.+")
_ROW_META = text_value(200)
_DELETED_ONLY = frozenset({DELETED})


def _rows_pass(
    group: list[dict[str, Any]], spec: RowSpec, sender: str, country: str | None
) -> bool:
    """`_check_row(…, "team", sender, partial=False)` and the record's country, for every change
    of `group` (a shortcut: False means "check them one by one")."""
    if "seen" in set().union(*group):
        return False
    meta = columns_of(group, ("id", "version", "deleted", *ROW_META))
    ids, versions, deleted, *row_meta = meta
    if not all(map(_CANONICAL_UUID.fullmatch, ids)) or not _standard_versions(versions):
        return False
    if not all(_ROW_META.check_column(values) for values in row_meta):
        return False
    fields = [c["fields"] for c in group]
    names = sorted(set().union(*fields))
    # Every change holds every field (as a team writes them): the column checks below then
    # stand for each change's own checks.
    if not spec.name_set >= set(names) >= spec.required or set(map(len, fields)) != {len(names)}:
        return False
    for name, values in zip(names, columns_of(fields, names), strict=True):
        if not spec.values[name].check_column(values):
            return False
        if name == "status" and not set(values) <= statuses_of(spec.kind):
            return False
        if name == "country" and spec.kind in RECORD_SPECS and set(values) != {country}:
            return False
    field_versions = [c.get("field_versions", {}) for c in group]
    if set(map(type, field_versions)) != {dict}:
        return False
    # Every version is a clock value and names a field (or the tombstone) the team may change.
    versioned = set().union(*field_versions)
    if not versioned <= spec.changeable_by("team") or not versioned <= {*names, DELETED}:
        return False
    if not _standard_versions(
        _explicit(itertools.chain.from_iterable(map(dict.values, field_versions)))
    ):
        return False
    return all(DELETED in v for v, gone in zip(field_versions, deleted, strict=True) if gone)


def _audit_entries_pass(group: list[dict[str, Any]], sender: str) -> bool:
    """What `_check_from_team` asks of audit entries, for every change of `group`."""
    fields = [c["fields"] for c in group]
    names = AUDIT_VALUES.keys()
    if not all(f.keys() == names for f in fields):
        return False
    columns = columns_of(fields, list(names))
    if not all(map(Value.check_column, AUDIT_VALUES.values(), columns)):
        return False
    seqs = columns[list(names).index("seq")]
    if set(columns[list(names).index("device")]) != {sender}:
        return False
    ids, versions = columns_of(group, ("id", "version"))
    return ids == [f"{sender}#{seq}" for seq in seqs] and versions == seqs


def _explicit(versions: Iterable[Any]) -> list[Any]:
    """The versions written out, SAME_VERSION (the change's own, checked with it) left out; a
    number other than SAME_VERSION is kept, and fails the check."""
    values = list(versions)
    if int not in set(map(type, values)):
        return values
    return [v for v in values if type(v) is not int or v != SAME_VERSION]


def _standard_versions(versions: list[Any]) -> bool:
    """Whether all are clock values as this application writes them (each passes is_version)."""
    if not set(map(type, versions)) <= {str}:
        return False
    distinct = set(versions)  # most fields of a change share its version
    return max(map(len, distinct), default=0) <= _MAX_VERSION and all(
        map(_VERSION_RE.fullmatch, distinct)
    )


_MAX_VERSION = 80


def _check_from_team(
    change: dict[str, Any], sender: str, country: str | None, attachments: Mapping[str, bytes]
) -> None:
    kind = change["kind"]
    if kind not in TEAM_KINDS:
        raise _Bad("a team cannot send this kind of change")
    if change["origin_device"] != sender:
        raise _Bad("a team can only send rows it made itself")
    if kind in ROW_SPECS:
        spec = ROW_SPECS[kind]
        _check_row(change, spec, "team", sender, partial=False)
        if kind in RECORD_SPECS and change["fields"].get("country") != country:
            raise _Bad(f"the record is not of the sender's country {country}")
        if kind == ATTACHMENT and not change["deleted"]:
            fields = change["fields"]
            data = attachments.get(fields["sha256"])
            if data is None or len(data) != fields["size"]:
                raise _Bad("its file is not in the bundle")
    elif kind == REFERENCE_ITEM:
        _check_reference(change)
        if change["fields"]["list"] != "institution":
            raise _Bad("a team adds institutions only")
    else:
        _check_values(change["fields"], AUDIT_VALUES, exact=True)
        fields = change["fields"]
        if fields["device"] != sender or change["id"] != f"{sender}#{fields['seq']}":
            raise _Bad("the audit entry is not the sender's own")
        if change["version"] != fields["seq"]:
            raise _Bad("the audit entry's version is not its number")


def _check_from_hq(change: dict[str, Any], sender: str, me: str) -> None:
    kind = change["kind"]
    if kind not in HQ_KINDS:
        raise _Bad("HQ does not send this kind of change")
    if kind == Kind.TAF_REQUEST.value:
        if change["origin_device"] != me:
            raise _Bad("HQ's decision is about a request of another device")
        _check_row(change, RECORD_SPECS[kind], "hq", sender, partial=True)
        return
    if change["origin_device"] != sender:
        raise _Bad("the change does not come from HQ")
    if kind == REFERENCE_ITEM:
        _check_reference(change)
        return
    _check_values(change["fields"], DEVICE_VALUES, exact=True)
    if not is_uuid(change["id"]) or change["id"] == sender or not is_version(change["version"]):
        raise _Bad("the revocation does not name a device")


def _is_uuid(value: str) -> bool:
    # Ids are written in the canonical form: checked by a pattern, the rest as before.
    return _CANONICAL_UUID.fullmatch(value) is not None or is_uuid(value)


def _check_row(
    change: dict[str, Any], spec: RowSpec, side: Side, sender: str, partial: bool
) -> None:
    if not _is_uuid(change["id"]):
        raise _Bad("its id is not a UUID")
    if not is_version(change["version"]):
        raise _Bad("its version is not a clock value")
    fields = change["fields"]
    if partial:
        hq_fields = spec.changeable_by("hq")
        if not set(fields) <= hq_fields:
            raise _Bad(f"HQ may send only its own fields, not {sorted(set(fields) - hq_fields)}")
        _check_values(fields, spec.values, exact=False)
    else:
        _check_values(fields, spec.values, exact=False)
        missing = spec.required - set(fields)
        if missing:
            raise _Bad(f"it lacks {', '.join(sorted(missing))}")
    expand_versions(change)  # SAME_VERSION: the change's own version, checked above
    versions = change.get("field_versions", {})
    if not isinstance(versions, dict):
        raise _Bad("its field versions are not an object")
    own_version = change["version"]
    own_device = device_of(own_version)
    allowed = spec.changeable_by(side)
    for name, version in versions.items():
        if name != DELETED and name not in fields:
            raise _Bad(f"it has a version for {name!r} but no value")
        if version == own_version:  # most are: the change's own version, checked above
            device = own_device
        elif is_version(version):
            device = device_of(version)
        else:
            raise _Bad(f"the version of {name!r} is not a clock value")
        if device == sender and name not in allowed:
            raise _Bad(f"{name!r} is not the sender's to change")
    if "status" in fields and fields["status"] not in statuses_of(spec.kind):
        raise _Bad(f"{fields['status']!r} is not a status of a {spec.kind}")
    status_version = versions.get("status")
    if (
        spec.kind == Kind.TAF_REQUEST.value
        and status_version
        and device_of(status_version) == sender
        and fields.get("status") not in taf_statuses()[side]
    ):
        raise _Bad(f"only the other side can set a TAF request to {fields.get('status')!r}")
    if change["deleted"] and DELETED not in versions:
        raise _Bad("its deletion has no version")
    if "seen" in change:
        seen = change["seen"]
        if not isinstance(seen, dict) or not all(is_version(v) for v in seen.values()):
            raise _Bad("its 'seen' versions are not clock values")
    for key in ROW_META:
        value = change.get(key)
        if value is not None and (not isinstance(value, str) or len(value) > 200):
            raise _Bad(f"its {key} is not text")


def _check_reference(change: dict[str, Any]) -> None:
    _check_values(change["fields"], REFERENCE_VALUES, exact=True)
    fields = change["fields"]
    if change["id"] != reference_id(fields["list"], fields["code"], fields["valid_from"]):
        raise _Bad("its id does not match its list, code and date")
    if not is_version(change["version"]):
        raise _Bad("its version is not a clock value")


def _check_values(fields: Mapping[str, Any], values: Mapping[str, Value], *, exact: bool) -> None:
    unknown = fields.keys() - values.keys()
    if unknown:
        raise _Bad(f"unknown fields {sorted(unknown)}")
    if exact and len(fields) != len(values):
        raise _Bad(f"missing fields {sorted(values.keys() - fields.keys())}")
    for name, value in fields.items():
        if value is None:
            if not values[name].nullable:
                raise _Bad(f"the value of {name!r} is not valid")
        elif not values[name].accepts(value):
            raise _Bad(f"the value of {name!r} is not valid")
