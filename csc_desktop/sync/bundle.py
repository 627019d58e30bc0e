"""A bundle: an age file holding a ZIP of manifest, changes, attachments and signed checksums.
This module holds the data shapes and the writer; bundle_reader.py verifies."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from csc_desktop.sync.archive import ArchiveLimits, Member, build_zip, check_declared_limits
from csc_desktop.sync.atomic import write_atomically
from csc_desktop.sync.card import Card, Role
from csc_desktop.sync.changes import encode_changes
from csc_desktop.sync.checksums import build_sums, sha256_hex
from csc_desktop.sync.encoding import parse_utc_timestamp
from csc_desktop.sync.errors import BundleRejected, BundleWriteError
from csc_desktop.sync.keys import DeviceKeys
from csc_desktop.sync.manifest import (
    Counts,
    Manifest,
    bundle_file_name,
    check_manifest_for_writing,
)
from csc_desktop.sync.signing import sign_detached

MANIFEST_NAME = "manifest.json"
CHANGES_NAME = "changes.jsonl"
SUMS_NAME = "SHA256SUMS"
SIGNATURE_NAME = "SHA256SUMS.minisig"
ATTACHMENTS_PREFIX = "attachments/"


@dataclass(frozen=True)
class BundleLimits:
    max_bundle_bytes: int = 256 * 1024 * 1024
    """Largest .cscb file written or read; a store exporting more must split it."""
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)


@dataclass(frozen=True)
class BundleContent:
    manifest: Manifest
    changes: list[dict[str, Any]]
    attachments: dict[str, bytes] = field(default_factory=dict)
    """Attachment bytes by the lower-case hex SHA-256 of those bytes."""


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    bundle_hash: str
    """SHA-256 of the SHA256SUMS member: what the next bundle names as previous, and what
    the receiver acknowledges. Independent of the encryption, so equal for equal content."""
    file_sha256: str
    size: int


@dataclass(frozen=True)
class SenderKey:
    """An enrolled device as the receiver knows it."""

    device_id: str
    minisign_public_key: str
    role: Role
    revoked: bool = False

    @classmethod
    def from_card(cls, card: Card, *, revoked: bool = False) -> SenderKey:
        return cls(card.device_id, card.minisign_public_key, card.role, revoked)


TrustedSenders = Mapping[str, SenderKey] | Callable[[str], SenderKey | None]


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that passed every check of read_bundle(); nothing in it is applied yet."""

    manifest: Manifest
    changes: list[dict[str, Any]]
    attachments: dict[str, bytes]
    bundle_hash: str
    sender_key_id: str
    trusted_comment: str
    size: int
    applied_before: bool = False
    """The receiver said it applied this very bundle before (same sender, sequence number and
    bundle hash): its changes and attachments were checked then and are left out here."""


AppliedBefore = Callable[[Manifest, str], bool]
"""Whether the receiver applied the bundle with this manifest and bundle hash already."""


def trusted_comment_for(manifest: Manifest) -> str:
    """What `minisign -V` shows as "Trusted comment:" for a bundle (signed, so it binds the
    sender and sequence number to the checksums)."""
    return (
        f"csc-bundle sender:{manifest.sender} receiver:{manifest.receiver} "
        f"sequence:{manifest.sequence} created:{manifest.created_at}"
    )


def bundle_hash_of(sums: bytes) -> str:
    return hashlib.sha256(sums).hexdigest()


def write_bundle(
    content: BundleContent,
    *,
    sender: DeviceKeys,
    recipients: list[str],
    out_dir: Path,
    limits: BundleLimits | None = None,
) -> WrittenBundle:
    """Sign, encrypt and write one bundle atomically into `out_dir`.

    `recipients`: the receiver's age recipient first, then any escrow recipients.
    Raises ValueError for content that the reader would refuse, BundleWriteError for a bundle
    too large or a drive that fails; in every failure no file is left under the final name.
    """
    limits = limits or BundleLimits()
    manifest = content.manifest
    check_manifest_for_writing(manifest)
    _parse_recipients(recipients)
    for digest, data in content.attachments.items():
        if sha256_hex(data) != digest:
            raise ValueError(f"attachment {digest} is not named by the SHA-256 of its bytes")
    counts = Counts(
        changes=len(content.changes),
        attachments=len(content.attachments),
        attachment_bytes=sum(len(data) for data in content.attachments.values()),
    )
    members = [
        Member(MANIFEST_NAME, manifest.to_bytes(counts), compress=True),
        Member(CHANGES_NAME, encode_changes(content.changes), compress=True),
        *(
            # Attachments are scans and office files, compressed already.
            Member(ATTACHMENTS_PREFIX + digest, content.attachments[digest], compress=False)
            for digest in sorted(content.attachments)
        ),
    ]
    sums = build_sums({member.name: member.data for member in members})
    signature = sign_detached(sender, sums, trusted_comment_for(manifest))
    members += [Member(SUMS_NAME, sums, compress=False), Member(SIGNATURE_NAME, signature, False)]
    archive = build_zip(members, parse_utc_timestamp(manifest.created_at))
    try:
        check_declared_limits(archive, limits.archive)
    except BundleRejected as err:
        raise BundleWriteError(f"This bundle would be refused on import: {err.message}") from err
    ciphertext = encrypt_for(recipients, archive)
    if len(ciphertext) > limits.max_bundle_bytes:
        raise BundleWriteError(
            f"The bundle would be {len(ciphertext):,} bytes, over the limit of "
            f"{limits.max_bundle_bytes:,}: export fewer attachments per bundle."
        )
    path = out_dir / bundle_file_name(manifest)
    write_atomically(path, ciphertext)
    return WrittenBundle(
        path=path,
        bundle_hash=bundle_hash_of(sums),
        file_sha256=hashlib.sha256(ciphertext).hexdigest(),
        size=len(ciphertext),
    )


def encrypt_for(recipients: list[str], plaintext: bytes) -> bytes:
    """age (binary, X25519) encryption of `plaintext` to every recipient."""
    # The streaming call is about a third faster than pyrage.encrypt() on large inputs.
    sink = io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(plaintext), sink, _parse_recipients(recipients))
    return sink.getvalue()


def _parse_recipients(recipients: list[str]) -> list[x25519.Recipient]:
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    if len(set(recipients)) != len(recipients):
        raise ValueError("a recipient is listed twice")
    parsed = []
    for recipient in recipients:
        try:
            parsed.append(x25519.Recipient.from_str(recipient))
        except Exception as err:  # pyrage's RecipientError does not derive from ValueError
            raise ValueError(f"not an age X25519 recipient: {recipient!r}") from err
    return parsed
