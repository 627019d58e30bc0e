"""A device's key material: an age X25519 identity to receive bundles, a minisign Ed25519 key
pair to sign them. The whole blob lives inside the encrypted database; only the public halves
ever leave it (on the card), except through the explicit key-export commands."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import minisign
from pyrage import x25519

from csc_desktop.sync.encoding import canonical_json_bytes, strict_json_loads, utc_timestamp
from csc_desktop.sync.errors import KeyMaterialError

_BLOB_FORMAT = "csc-device-keys"
_BLOB_VERSION = 1
_PUBLIC_KEY_B64_LEN = 56  # base64 of "Ed" + 8-byte key id + 32-byte Ed25519 key


@dataclass(frozen=True)
class DeviceKeys:
    """Secret and public keys of one device. Build with `generate_device_keys()` or
    `DeviceKeys.from_bytes()`; the public fields are derived, never trusted from storage."""

    age_identity: str = field(repr=False)
    """"AGE-SECRET-KEY-1…", as the last line of an `age-keygen` file."""
    minisign_secret_key: bytes = field(repr=False)
    """An unencrypted minisign secret-key file, as `minisign -G -W` writes it."""
    age_recipient: str = field(init=False)
    """"age1…": what senders encrypt to."""
    minisign_public_key: str = field(init=False)
    """The base64 line of the minisign public key ("RW…"), as on line 2 of a `.pub` file."""
    key_id: str = field(init=False)
    """The minisign key id as minisign prints it (upper-case hex of the little-endian number)."""

    def __post_init__(self) -> None:
        try:
            identity = x25519.Identity.from_str(self.age_identity)
        except Exception as err:  # pyrage raises its own types, not subclasses of ValueError
            raise KeyMaterialError("the age identity is not valid") from err
        secret = _load_secret_key(self.minisign_secret_key)
        public = secret.get_public_key()
        object.__setattr__(self, "age_recipient", str(identity.to_public()))
        object.__setattr__(self, "minisign_public_key", public.to_base64().decode("ascii"))
        object.__setattr__(self, "key_id", minisign_key_id(self.minisign_public_key))

    def to_bytes(self) -> bytes:
        """The blob the store keeps inside its encrypted database."""
        return canonical_json_bytes(
            {
                "format": _BLOB_FORMAT,
                "version": _BLOB_VERSION,
                "age_identity": self.age_identity,
                "minisign_secret_key": self.minisign_secret_key.decode("ascii"),
            }
        )

    @classmethod
    def from_bytes(cls, blob: bytes) -> DeviceKeys:
        try:
            data: Any = strict_json_loads(blob)
        except ValueError as err:
            raise KeyMaterialError("the stored device keys are not readable") from err
        if not isinstance(data, dict) or data.get("format") != _BLOB_FORMAT:
            raise KeyMaterialError("the stored blob is not a set of device keys")
        if data.get("version") != _BLOB_VERSION:
            raise KeyMaterialError(f"unsupported device-key version {data.get('version')!r}")
        identity, secret = data.get("age_identity"), data.get("minisign_secret_key")
        if not isinstance(identity, str) or not isinstance(secret, str):
            raise KeyMaterialError("the stored device keys are incomplete")
        return cls(age_identity=identity, minisign_secret_key=secret.encode("ascii"))

    def signing_key(self) -> minisign.SecretKey:
        """A fresh minisign secret key object; wipe it (or use it as a context manager) after use."""
        return _load_secret_key(self.minisign_secret_key)


def generate_device_keys() -> DeviceKeys:
    identity = x25519.Identity.generate()
    pair = minisign.KeyPair.generate()
    secret_file = bytes(pair.secret_key) + b"\n"
    pair.secret_key.wipe()
    return DeviceKeys(age_identity=str(identity), minisign_secret_key=secret_file)


def _load_secret_key(data: bytes) -> minisign.SecretKey:
    try:
        secret = minisign.SecretKey.from_bytes(data)
    except (minisign.Error, ValueError) as err:
        raise KeyMaterialError("the minisign secret key is not valid") from err
    if secret.is_encrypted():
        raise KeyMaterialError("the minisign secret key must be stored unencrypted")
    return secret


def parse_minisign_public_key(public_key: str) -> minisign.PublicKey:
    """The base64 line of a minisign public key, strictly checked."""
    if len(public_key) != _PUBLIC_KEY_B64_LEN:
        raise ValueError("a minisign public key is 56 base64 characters")
    try:
        return minisign.PublicKey.from_base64(public_key)
    except (minisign.Error, binascii.Error) as err:
        raise ValueError("not a minisign Ed25519 public key") from err


def minisign_key_id(public_key: str) -> str:
    """The key id minisign prints for a public key: `%X` of the id read as little-endian."""
    raw = base64.b64decode(parse_minisign_public_key(public_key).to_base64())
    return f"{int.from_bytes(raw[2:10], 'little'):X}"


def minisign_public_key_file(public_key: str) -> str:
    """A `.pub` file exactly as `minisign -G` writes it, for `minisign -V -p FILE`."""
    return f"untrusted comment: minisign public key {minisign_key_id(public_key)}\n{public_key}\n"


def age_identity_file(keys: DeviceKeys, created_at: datetime | None = None) -> str:
    """An identity file as `age-keygen` writes it, for `age -d -i FILE`."""
    return (
        f"# created: {utc_timestamp(created_at)}\n"
        f"# public key: {keys.age_recipient}\n"
        f"{keys.age_identity}\n"
    )


def is_age_recipient(value: object) -> bool:
    if not isinstance(value, str) or not value.startswith("age1"):
        return False
    try:
        x25519.Recipient.from_str(value)
    except Exception:  # pyrage's RecipientError does not derive from ValueError
        return False
    return True
