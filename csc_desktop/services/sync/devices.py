"""Trusted devices: enrolment with a fingerprint confirmed by a person, revocation, listing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, update

from csc_desktop.errors import NotAllowed, NotFound
from csc_desktop.services.sync.keystore import SyncError
from csc_desktop.services.sync.model import DeviceInfo
from csc_desktop.store.sync_schema import sync_devices, sync_received_bundles
from csc_desktop.sync import Card, CardError, SenderKey, fingerprint, fingerprint_matches, load_card
from csc_desktop.sync.encoding import device_short_id
from csc_desktop.sync.sequence import missing_sequences

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace

ACTIVE = "active"
REVOKED = "revoked"
CONFIRMED_BY_TYPING = "fingerprint typed"
CONFIRMED_BY_COMPARING = "fingerprint compared"
CONFIRMED_BY_SCRIPT = "confirmed with --yes"


def parse_card(card_text: str | bytes) -> Card:
    try:
        return load_card(card_text)
    except CardError as err:
        raise SyncError(str(err)) from err


def enrol(
    ws: Workspace, card_text: str | bytes, confirmed_fingerprint: str, how: str
) -> DeviceInfo:
    """Trust a card: at a team, HQ's card; at HQ, a team device's card. `confirmed_fingerprint`
    is what the person confirmed (typed from the phone call, or the card's own when compared)."""
    card = parse_card(card_text)
    ident = ws.identity
    if card.device_id == ident.device_id:
        raise SyncError("This is this profile's own card: load the other side's card.")
    if ident.is_hq and card.role != "team":
        raise SyncError("HQ enrols team devices: this card is another HQ's.")
    if not ident.is_hq and card.role != "hq":
        raise SyncError("A team trusts HQ's card only: this card is a team device's.")
    if not fingerprint_matches(card, confirmed_fingerprint):
        raise SyncError(
            "The fingerprint confirmed does not match this card's. Do not trust this card: "
            "ask the other side to read their fingerprint again, or to send their card again."
        )
    print_ = fingerprint(card)
    with ws.transaction() as tx:
        existing = (
            tx.conn.execute(select(sync_devices).where(sync_devices.c.device_id == card.device_id))
            .mappings()
            .first()
        )
        if not ident.is_hq:
            other = tx.conn.execute(
                select(sync_devices.c.device_id).where(
                    sync_devices.c.role == "hq",
                    sync_devices.c.state == ACTIVE,
                    sync_devices.c.card.is_not(None),
                    sync_devices.c.device_id != card.device_id,
                )
            ).scalar()
            if other is not None:
                raise SyncError(
                    f"This profile already trusts HQ device {device_short_id(other)}; a team "
                    "works with one HQ. Bundles from another HQ are refused."
                )
        values: dict[str, Any] = {
            "role": card.role,
            "country": card.country,
            "person_name": card.person_name,
            "card": card.to_json(),
            "fingerprint": print_,
            "enrolled_at": tx.now,
            "enrolled_by": tx.audit.person,
            "confirmed_how": how,
        }
        if existing is None:
            tx.conn.execute(
                insert(sync_devices).values(device_id=card.device_id, state=ACTIVE, **values)
            )
        else:
            if existing["state"] == REVOKED:
                raise SyncError(
                    f"Device {device_short_id(card.device_id)} was revoked; a revoked device is "
                    "never trusted again. Create a new profile on that laptop and enrol it."
                )
            known = parse_card(existing["card"]) if existing["card"] else None
            if known is not None and (
                known.minisign_public_key != card.minisign_public_key
                or known.age_recipient != card.age_recipient
            ):
                raise SyncError(
                    f"Device {device_short_id(card.device_id)} is already trusted with other keys. "
                    "A device's keys never change: if the laptop was replaced, revoke the old "
                    "device and enrol a new profile."
                )
            tx.conn.execute(
                update(sync_devices)
                .where(sync_devices.c.device_id == card.device_id)
                .values(**values)
            )
        tx.audit.append(
            "profile",
            tx.now,
            details={
                "event": "HQ card trusted" if card.role == "hq" else "device enrolled",
                "device": card.device_id,
                "role": card.role,
                "country": card.country,
                "person": card.person_name,
                "fingerprint": print_,
                "confirmed": how,
            },
        )
    if card.role == "hq" and card.signing_root_pem:
        sheets = getattr(ws, "sheets", None)
        if sheets is not None:  # signed sheets from now on check against HQ's root
            sheets.trust_root(card.signing_root_pem)
    return device_info(ws, card.device_id)


def find_device(conn: Connection, reference: str) -> dict[str, Any]:
    """A device by its full id or the start of its short id (as in bundle file names)."""
    text = reference.strip().lower()
    rows = conn.execute(select(sync_devices)).mappings().all()
    exact = [dict(r) for r in rows if r["device_id"] == text]
    if exact:
        return exact[0]
    compact = text.replace("-", "")
    matches = [
        dict(r)
        for r in rows
        if len(compact) >= 4
        and (
            r["device_id"].replace("-", "").startswith(compact)
            or r["device_id"].replace("-", "").endswith(compact)
        )
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(f"No enrolled device {reference!r} (see `csc devices`).")
    raise SyncError(f"{reference!r} names several devices: give more of the id.")


def revoke(ws: Workspace, reference: str) -> DeviceInfo:
    ws.require_role("hq", "revoke devices")
    with ws.transaction() as tx:
        device = find_device(tx.conn, reference)
        if device["state"] == REVOKED:
            raise SyncError(f"Device {device_short_id(device['device_id'])} is already revoked.")
        if device["role"] != "team":
            raise NotAllowed("Only team devices can be revoked.")
        version, seq = tx.next_version()
        tx.conn.execute(
            update(sync_devices)
            .where(sync_devices.c.device_id == device["device_id"])
            .values(
                state=REVOKED,
                revoked_at=tx.now,
                revoked_by=tx.audit.person,
                version=version,
                change_seq=seq,
            )
        )
        tx.audit.append(
            "profile",
            tx.now,
            details={
                "event": "device revoked",
                "device": device["device_id"],
                "country": device["country"],
                "person": device["person_name"],
            },
        )
    return device_info(ws, device["device_id"])


def sender_keys(conn: Connection) -> dict[str, SenderKey]:
    """Every device whose card we hold, with its state, for read_bundle()."""
    keys = {}
    for row in conn.execute(
        select(sync_devices).where(sync_devices.c.card.is_not(None))
    ).mappings():
        card = parse_card(row["card"])
        keys[card.device_id] = SenderKey.from_card(card, revoked=row["state"] == REVOKED)
    return keys


def trusted_hq(conn: Connection) -> dict[str, Any] | None:
    row = (
        conn.execute(
            select(sync_devices).where(
                sync_devices.c.role == "hq",
                sync_devices.c.state == ACTIVE,
                sync_devices.c.card.is_not(None),
            )
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None


def active_team_devices(conn: Connection) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            select(sync_devices)
            .where(sync_devices.c.role == "team", sync_devices.c.state == ACTIVE)
            .order_by(sync_devices.c.country, sync_devices.c.device_id)
        ).mappings()
    ]


def device_label(row: dict[str, Any]) -> str:
    who = "HQ" if row["role"] == "hq" else (row.get("country") or "team")
    name = f", {row['person_name']}" if row.get("person_name") else ""
    return f"{who} device {device_short_id(row['device_id'])}{name}"


def arrived_sequences(conn: Connection, sender: str, receiver: str) -> set[int]:
    return set(
        conn.execute(
            select(sync_received_bundles.c.sequence).where(
                sync_received_bundles.c.sender == sender,
                sync_received_bundles.c.receiver == receiver,
            )
        ).scalars()
    )


def _info(conn: Connection, row: dict[str, Any], own_id: str) -> DeviceInfo:
    arrived = arrived_sequences(conn, row["device_id"], own_id)
    last_at = conn.execute(
        select(func.max(sync_received_bundles.c.imported_at)).where(
            sync_received_bundles.c.sender == row["device_id"]
        )
    ).scalar()
    return DeviceInfo(
        device_id=row["device_id"],
        short_id=device_short_id(row["device_id"]),
        role=row["role"],
        country=row["country"],
        person=row["person_name"],
        state=row["state"],
        fingerprint=row["fingerprint"],
        enrolled_at=row["enrolled_at"],
        enrolled_by=row["enrolled_by"],
        confirmed_how=row["confirmed_how"],
        revoked_at=row["revoked_at"],
        revoked_by=row["revoked_by"],
        last_bundle_sequence=max(arrived) if arrived else None,
        last_bundle_at=last_at,
        missing_sequences=missing_sequences(arrived),
    )


def device_info(ws: Workspace, device_id: str) -> DeviceInfo:
    with ws.reading() as conn:
        row = (
            conn.execute(select(sync_devices).where(sync_devices.c.device_id == device_id))
            .mappings()
            .one()
        )
        return _info(conn, dict(row), ws.identity.device_id)


def list_devices(ws: Workspace) -> list[DeviceInfo]:
    with ws.reading() as conn:
        rows = (
            conn.execute(
                select(sync_devices).order_by(
                    sync_devices.c.role, sync_devices.c.country, sync_devices.c.device_id
                )
            )
            .mappings()
            .all()
        )
        return [_info(conn, dict(row), ws.identity.device_id) for row in rows]
