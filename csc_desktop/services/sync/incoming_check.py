"""What a verified bundle may contain, checked before anything is applied: kinds allowed in its
direction, ids, versions, value types, the sender's own rows only, fields the sender owns.

A bundle failing any of these is refused whole (check "changes"), like a bundle failing a
cryptographic check: signed by an enrolled device, it still never writes what its sender may
not write."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from csc_desktop.domain.fields import Kind
from csc_desktop.domain.ids import is_uuid
from csc_desktop.services.sync.outgoing import reference_id
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
    seen_ids: set[tuple[str, str]] = set()
    for number, change in enumerate(bundle.changes, start=1):
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
