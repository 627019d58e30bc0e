"""This profile's device keys (inside the encrypted database), its public card, HQ's escrow
recipients, and the explicit key exports."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from csc_desktop.errors import CscError, NotAllowed
from csc_desktop.store.schema import meta
from csc_desktop.sync import (
    Card,
    DeviceKeys,
    age_identity_file,
    create_card,
    generate_device_keys,
    minisign_public_key_file,
)
from csc_desktop.sync.encoding import parse_utc_timestamp, utc_timestamp
from csc_desktop.sync.keys import is_age_recipient

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Txn, Workspace

DEVICE_KEYS = "device_keys"
KEYS_CREATED_AT = "device_keys_created_at"
ESCROW_RECIPIENTS = "sync.escrow_recipients"


class SyncError(CscError):
    """A sync operation that cannot be done, said in plain words."""


def _meta_value(conn: Connection, key: str) -> str | None:
    return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()


def store_new_device_keys(ws: Workspace, tx: Txn) -> DeviceKeys:
    """Generate this profile's age identity and minisign key pair and keep them in the
    encrypted database (called when a profile is created, and once for older profiles)."""
    keys = generate_device_keys()
    ws._put_meta(tx.conn, DEVICE_KEYS, keys.to_bytes().decode("ascii"))
    ws._put_meta(tx.conn, KEYS_CREATED_AT, utc_timestamp())
    tx.audit.append("profile", tx.now, details={"event": "device keys created"})
    return keys


def load_device_keys(ws: Workspace) -> DeviceKeys:
    with ws.reading() as conn:
        blob = _meta_value(conn, DEVICE_KEYS)
    if blob is not None:
        return DeviceKeys.from_bytes(blob.encode("ascii"))
    with ws.transaction() as tx:  # a profile made before sync existed
        blob = _meta_value(tx.conn, DEVICE_KEYS)
        if blob is not None:
            return DeviceKeys.from_bytes(blob.encode("ascii"))
        return store_new_device_keys(ws, tx)


def escrow_recipients(conn: Connection) -> list[str]:
    raw = _meta_value(conn, ESCROW_RECIPIENTS)
    return list(json.loads(raw)) if raw else []


def own_card(ws: Workspace, keys: DeviceKeys) -> Card:
    """The public card of this profile. Stable: the same fingerprint every time, until HQ
    changes its escrow recipients (which every team must then confirm again)."""
    with ws.reading() as conn:
        created = _meta_value(conn, KEYS_CREATED_AT)
        escrow = escrow_recipients(conn) if ws.identity.is_hq else []
    ident = ws.identity
    return create_card(
        keys,
        device_id=ident.device_id,
        role="hq" if ident.is_hq else "team",
        country=ident.country,
        person_name=ident.person,
        created_at=parse_utc_timestamp(created) if created else None,
        escrow_recipients=escrow,
        signing_root_pem=sheet_signing_root(ws) if ident.is_hq else None,
    )


def sheet_signing_root(ws: Workspace) -> str | None:
    """HQ's root certificate for signed sheets, carried on HQ's card (when the sheets service
    is part of this build)."""
    sheets = getattr(ws, "sheets", None)
    if sheets is None:
        return None
    pem: str = sheets.root_certificate_pem()
    return pem


def add_escrow_recipient(ws: Workspace, recipient: str) -> list[str]:
    ws.require_role("hq", "add escrow recipients")
    recipient = recipient.strip()
    if not is_age_recipient(recipient):
        raise SyncError(f"“{recipient}” is not an age recipient (age1…, from `age-keygen`).")
    with ws.transaction() as tx:
        current = escrow_recipients(tx.conn)
        if recipient in current:
            raise SyncError("This escrow recipient is already on HQ's card.")
        current.append(recipient)
        ws._put_meta(tx.conn, ESCROW_RECIPIENTS, json.dumps(current))
        tx.audit.append(
            "profile", tx.now, details={"event": "escrow recipient added", "recipient": recipient}
        )
    return current


def write_private_file(path: Path, text: str) -> None:
    """A new file readable by its owner only; an existing file is never overwritten."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as err:
        raise SyncError(f"{path} already exists; it was not overwritten.") from err
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def export_age_identity(ws: Workspace, keys: DeviceKeys, path: Path, passphrase: str) -> Path:
    """HQ's age identity as `age-keygen` writes it: for the escrow safe and for checking a
    bundle by hand. Asks for the passphrase again; recorded as a disclosure."""
    ws.require_role("hq", "export its age identity")
    if not ws.check_passphrase(passphrase):
        raise NotAllowed("Wrong passphrase: the identity was not exported.")
    write_private_file(path, age_identity_file(keys))
    ws.record_disclosure(
        "age identity (secret key)", str(path), details={"recipient_key": keys.age_recipient}
    )
    return path


def export_minisign_public(ws: Workspace, public_key: str, path: Path) -> Path:
    """A minisign `.pub` file (public: no disclosure), for `minisign -V -p FILE`."""
    try:
        with open(path, "x", encoding="ascii") as stream:
            stream.write(minisign_public_key_file(public_key))
    except FileExistsError as err:
        raise SyncError(f"{path} already exists; it was not overwritten.") from err
    return path
