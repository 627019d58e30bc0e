"""The public card of a device: who it is and its public keys, self-signed so that a damaged
card is detected, with a fingerprint short enough to read over the phone."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from csc_desktop.sync.encoding import (
    canonical_json_bytes,
    crockford_base32,
    is_country_code,
    is_device_id,
    normalize_crockford,
    parse_utc_timestamp,
    strict_json_loads,
    utc_timestamp,
)
from csc_desktop.sync.errors import CardError
from csc_desktop.sync.keys import DeviceKeys, is_age_recipient, parse_minisign_public_key
from csc_desktop.sync.signing import SignatureInvalid, sign_detached, verify_detached

Role = Literal["team", "hq"]
ROLES: tuple[Role, ...] = ("team", "hq")

CARD_FORMAT = "csc-card"
CARD_FORMAT_VERSION = 1
MAX_CARD_BYTES = 64 * 1024
MAX_PERSON_NAME = 200
FINGERPRINT_DOMAIN = b"csc-card-fingerprint-v1\n"
FINGERPRINT_BYTES = 20  # 160 bits: 32 Crockford characters, 8 groups of 4

_PAYLOAD_KEYS = frozenset(
    {
        "format",
        "format_version",
        "device_id",
        "role",
        "country",
        "person_name",
        "age_recipient",
        "minisign_public_key",
        "created_at",
        "escrow_recipients",
        "signing_root_pem",
    }
)


@dataclass(frozen=True)
class Card:
    device_id: str
    role: Role
    country: str | None
    """The team's country code (e.g. "AL", "XK"); None for HQ."""
    person_name: str
    age_recipient: str
    minisign_public_key: str
    """Base64 line of the minisign public key, as on line 2 of a `.pub` file."""
    created_at: str
    escrow_recipients: tuple[str, ...]
    """HQ only: extra age recipients every team bundle is also encrypted to."""
    signing_root_pem: str | None
    """HQ only: the X.509 root certificate (PEM) that PDF sheet signatures chain to."""
    self_signature: str
    """A `.minisig` file over the canonical payload, made with the card's own key."""

    def payload(self) -> dict[str, Any]:
        """Every field but the self-signature: what is signed and fingerprinted."""
        return {
            "format": CARD_FORMAT,
            "format_version": CARD_FORMAT_VERSION,
            "device_id": self.device_id,
            "role": self.role,
            "country": self.country,
            "person_name": self.person_name,
            "age_recipient": self.age_recipient,
            "minisign_public_key": self.minisign_public_key,
            "created_at": self.created_at,
            "escrow_recipients": list(self.escrow_recipients),
            "signing_root_pem": self.signing_root_pem,
        }

    def to_json(self) -> str:
        """The card file: indented for people; the signature covers the canonical form."""
        document = self.payload() | {"self_signature": self.self_signature}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    def encryption_recipients(self) -> list[str]:
        """Recipients a bundle addressed to this device is encrypted to (escrow included)."""
        return [self.age_recipient, *self.escrow_recipients]


def create_card(
    keys: DeviceKeys,
    *,
    device_id: str,
    role: Role,
    country: str | None,
    person_name: str,
    created_at: datetime | None = None,
    escrow_recipients: tuple[str, ...] | list[str] = (),
    signing_root_pem: str | None = None,
) -> Card:
    unsigned = Card(
        device_id=device_id,
        role=role,
        country=country,
        person_name=person_name.strip(),
        age_recipient=keys.age_recipient,
        minisign_public_key=keys.minisign_public_key,
        created_at=utc_timestamp(created_at),
        escrow_recipients=tuple(escrow_recipients),
        signing_root_pem=signing_root_pem,
        self_signature="",
    )
    _check_fields(unsigned)
    signature = sign_detached(
        keys, canonical_json_bytes(unsigned.payload()), _trusted_comment(device_id)
    )
    return _replace_signature(unsigned, signature.decode("ascii"))


def load_card(data: str | bytes) -> Card:
    """Parse and check a card file. Raises CardError naming what is wrong."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_CARD_BYTES:
        raise CardError("The file is too large to be a device card.")
    try:
        document = strict_json_loads(raw)
    except ValueError as err:
        raise CardError("The file is not a device card (it is not readable JSON).") from err
    if not isinstance(document, dict) or document.get("format") != CARD_FORMAT:
        raise CardError("The file is not a device card.")
    if document.get("format_version") != CARD_FORMAT_VERSION:
        raise CardError(
            f"This card uses format version {document.get('format_version')!r}, which this "
            "version of the application cannot read."
        )
    if set(document) != _PAYLOAD_KEYS | {"self_signature"}:
        raise CardError("The card does not have exactly the expected fields.")
    escrow = document["escrow_recipients"]
    if not isinstance(escrow, list):
        raise CardError("The card's escrow recipients are not a list.")
    for name in _PAYLOAD_KEYS - {"format_version", "escrow_recipients"}:
        value = document[name]
        if value is not None and not isinstance(value, str):
            raise CardError(f"The card field {name} is not text.")
    if not isinstance(document["self_signature"], str):
        raise CardError("The card's signature is missing.")
    card = Card(
        device_id=document["device_id"],
        role=document["role"],
        country=document["country"],
        person_name=document["person_name"],
        age_recipient=document["age_recipient"],
        minisign_public_key=document["minisign_public_key"],
        created_at=document["created_at"],
        escrow_recipients=tuple(escrow),
        signing_root_pem=document["signing_root_pem"],
        self_signature=document["self_signature"],
    )
    _check_fields(card)
    try:
        comment = verify_detached(
            card.minisign_public_key,
            canonical_json_bytes(card.payload()),
            card.self_signature.encode("ascii", errors="replace"),
        )
    except SignatureInvalid as err:
        raise CardError("The card is damaged: its signature does not match its contents.") from err
    if comment != _trusted_comment(card.device_id):
        raise CardError("The card is damaged: its signature names another device.")
    return card


def fingerprint(card: Card) -> str:
    """SHA-256 over the canonical payload, first 160 bits in Crockford base32, grouped
    "XXXX XXXX XXXX XXXX XXXX XXXX XXXX XXXX". Covers every public field, escrow keys too."""
    digest = hashlib.sha256(FINGERPRINT_DOMAIN + canonical_json_bytes(card.payload())).digest()
    text = crockford_base32(digest[:FINGERPRINT_BYTES])
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def fingerprint_matches(card: Card, heard: str) -> bool:
    """Whether what a person typed from a phone call is this card's fingerprint
    (case, spaces, hyphens and the look-alikes O/0, I/L/1 do not matter)."""
    return normalize_crockford(heard) == normalize_crockford(fingerprint(card))


def _trusted_comment(device_id: str) -> str:
    return f"csc-card device:{device_id}"


def _replace_signature(card: Card, signature: str) -> Card:
    fields = {name: getattr(card, name) for name in card.__dataclass_fields__}
    return Card(**(fields | {"self_signature": signature}))


def _check_fields(card: Card) -> None:
    if not is_device_id(card.device_id):
        raise CardError("The card's device id is not a UUID.")
    if card.role not in ROLES:
        raise CardError("The card's role must be team or hq.")
    if card.role == "team" and not is_country_code(card.country):
        raise CardError("A team card needs a two-letter country code.")
    if card.role == "hq" and card.country is not None and not is_country_code(card.country):
        raise CardError("The card's country is not a two-letter code.")
    name = card.person_name
    if not name or len(name) > MAX_PERSON_NAME or not name.isprintable() or name != name.strip():
        raise CardError("The card's person name is empty, too long or not printable.")
    if not is_age_recipient(card.age_recipient):
        raise CardError("The card's age recipient is not valid.")
    try:
        parse_minisign_public_key(card.minisign_public_key)
    except ValueError as err:
        raise CardError("The card's minisign public key is not valid.") from err
    try:
        parse_utc_timestamp(card.created_at)
    except ValueError as err:
        raise CardError("The card's creation time is not valid.") from err
    if card.role == "team" and (card.escrow_recipients or card.signing_root_pem is not None):
        raise CardError("Only an HQ card carries escrow recipients or a signing root.")
    for recipient in card.escrow_recipients:
        if not is_age_recipient(recipient):
            raise CardError("One of the card's escrow recipients is not valid.")
    if len(set(card.escrow_recipients)) != len(card.escrow_recipients):
        raise CardError("The card lists an escrow recipient twice.")
    pem = card.signing_root_pem
    if pem is not None and "-----BEGIN CERTIFICATE-----" not in pem:
        raise CardError("The card's signing root is not a PEM certificate.")
