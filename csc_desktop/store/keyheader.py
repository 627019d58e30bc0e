"""The key header: the only file of a profile that is not encrypted, and it holds no secret.

It names the key-derivation function and its parameters, so that one passphrase gives one raw
256-bit SQLCipher key. We use **Argon2id** (RFC 9106) to a raw key, as KeePassXC does, rather than
SQLCipher's own PBKDF2-HMAC-SHA512: Argon2id is memory-hard, so a stolen laptop's database costs an
attacker with GPUs far more per guess than PBKDF2 at the same unlock time, and deriving once per
unlock lets every further connection use the raw key (0.4 ms instead of ~130 ms).

Parameters below the floor or an unknown algorithm are refused: the application fails closed
instead of accepting a weakened header.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from csc_desktop.errors import ProfileError, UnsafeCipherSettings

HEADER_NAME = "profile.kdf"
FORMAT = 1
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
DEFAULT = {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 2}


@dataclass(frozen=True)
class KeyHeader:
    salt: bytes
    memory_kib: int = DEFAULT["memory_kib"]
    iterations: int = DEFAULT["iterations"]
    lanes: int = DEFAULT["lanes"]
    kdf: str = "argon2id"
    format: int = FORMAT

    @classmethod
    def new(cls) -> KeyHeader:
        return cls(salt=os.urandom(16))

    def derive(self, passphrase: str) -> bytes:
        self.check()
        return Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(passphrase.encode("utf-8"))

    def check(self) -> None:
        if self.format != FORMAT or self.kdf != "argon2id":
            raise UnsafeCipherSettings(
                f"The profile's key header asks for {self.kdf!r} (format {self.format}); this version "
                "only opens Argon2id headers of format 1. Refusing to open."
            )
        if (
            self.memory_kib < MIN_MEMORY_KIB
            or self.iterations < MIN_ITERATIONS
            or len(self.salt) < 16
        ):
            raise UnsafeCipherSettings(
                "The profile's key header asks for weaker key derivation than this version allows "
                f"(memory {self.memory_kib} KiB, {self.iterations} iterations). Refusing to open."
            )

    def to_json(self) -> str:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        return json.dumps(data, sort_keys=True, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyHeader:
        try:
            data = json.loads(text)
            header = cls(
                salt=bytes.fromhex(data["salt"]),
                memory_kib=int(data["memory_kib"]),
                iterations=int(data["iterations"]),
                lanes=int(data["lanes"]),
                kdf=str(data["kdf"]),
                format=int(data["format"]),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ProfileError(
                f"The profile's key header ({HEADER_NAME}) is damaged: {exc}."
            ) from exc
        header.check()
        return header

    @classmethod
    def read(cls, folder: Path) -> KeyHeader:
        path = folder / HEADER_NAME
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ProfileError(
                f"{folder} is not a CSC Desktop profile (no {HEADER_NAME})."
            ) from exc
        except OSError as exc:
            raise ProfileError(f"Cannot read {path}: {exc.strerror}.") from exc
