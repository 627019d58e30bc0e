"""Errors of the sync layer: a refused bundle names the check that failed, in a stable code."""

from __future__ import annotations

from enum import StrEnum


class Check(StrEnum):
    """Stable machine codes for the checks a bundle must pass, in the order they run.

    The UI and the audit log key on these values; never rename one.
    """

    INCOMPLETE = "incomplete"
    READ = "read"
    SIZE = "size"
    RECEIVER = "receiver"
    DECRYPT = "decrypt"
    ZIP = "zip"
    PATH = "path"
    BOMB = "bomb"
    FORMAT_VERSION = "format_version"
    CHECKSUMS = "checksums"
    SIGNATURE = "signature"
    UNKNOWN_SENDER = "unknown_sender"
    REVOKED_SENDER = "revoked_sender"
    MANIFEST = "manifest"
    SCHEMA_VERSION = "schema_version"
    CHANGES = "changes"


class BundleRejected(Exception):
    """A bundle failed verification and must be refused whole."""

    def __init__(self, check: Check, message: str) -> None:
        super().__init__(f"{check.value}: {message}")
        self.check = check
        self.message = message


class BundleWriteError(Exception):
    """A bundle could not be written completely; no file was left under its final name."""


class CardError(Exception):
    """A card is damaged, incomplete or not self-consistent."""


class KeyMaterialError(Exception):
    """Stored device keys cannot be read back."""
