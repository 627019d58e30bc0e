"""Devices, manifests and changes the sync tests build on."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from csc_desktop.sync import (
    Card,
    ChangeRange,
    DeviceKeys,
    Manifest,
    SenderKey,
    create_card,
    generate_device_keys,
    utc_timestamp,
)

SCHEMA_VERSION = 3


@dataclass(frozen=True)
class Device:
    keys: DeviceKeys
    card: Card

    @property
    def id(self) -> str:
        return self.card.device_id

    def sender_key(self, *, revoked: bool = False) -> SenderKey:
        return SenderKey.from_card(self.card, revoked=revoked)


def make_device(
    role: str, *, country: str | None = "AL", escrow: list[str] | None = None
) -> Device:
    keys = generate_device_keys()
    card = create_card(
        keys,
        device_id=str(uuid.uuid4()),
        role="hq" if role == "hq" else "team",
        country=country,
        person_name="Arta Hoxha" if role == "team" else "Project Office",
        escrow_recipients=escrow or [],
    )
    return Device(keys, card)


def make_manifest(
    sender: Device,
    receiver: Device,
    *,
    sequence: int = 1,
    previous: str | None = None,
    schema_version: int = SCHEMA_VERSION,
    changes_range: ChangeRange | None = None,
) -> Manifest:
    team_card = sender.card if sender.card.role == "team" else receiver.card
    assert team_card.country is not None
    return Manifest(
        sender=sender.id,
        receiver=receiver.id,
        sender_role=sender.card.role,
        country=team_card.country,
        sequence=sequence,
        previous_bundle_hash=previous,
        created_at=utc_timestamp(),
        schema_version=schema_version,
        changes_range=changes_range,
    )


def sample_changes(origin: str, count: int) -> list[dict[str, Any]]:
    return [
        {
            "kind": "training",
            "id": f"rec-{number:05d}",
            "fields": {
                "title": f"Обука за истраге {number} — trajnim për hetimet",
                "participants": number % 40,
                "venue": "Tiranë",
            },
            "version": f"{1_700_000_000_000 + number:013d}-00000-{origin}",
            "origin_device": origin,
            "deleted": number % 97 == 0,
        }
        for number in range(1, count + 1)
    ]


def attachment(data: bytes) -> dict[str, bytes]:
    return {hashlib.sha256(data).hexdigest(): data}
