"""read_bundle(): every check a bundle must pass before the store may apply anything from it.

The checks run in the order docs/bundle-format.md lists; the first failure refuses the bundle whole."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pyrage
from pyrage import x25519

from csc_desktop.sync.archive import read_zip
from csc_desktop.sync.atomic import is_partial_name
from csc_desktop.sync.bundle import (
    ATTACHMENTS_PREFIX,
    CHANGES_NAME,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    SUMS_NAME,
    AppliedBefore,
    BundleLimits,
    SenderKey,
    TrustedSenders,
    VerifiedBundle,
    bundle_hash_of,
    trusted_comment_for,
)
from csc_desktop.sync.changes import decode_changes
from csc_desktop.sync.checksums import check_sums, parse_sums
from csc_desktop.sync.encoding import device_short_id, strict_json_loads
from csc_desktop.sync.errors import BundleRejected, Check
from csc_desktop.sync.keys import minisign_key_id
from csc_desktop.sync.manifest import (
    FORMAT_VERSION,
    future_format,
    parse_manifest,
    peek_format_version,
)
from csc_desktop.sync.signing import SignatureInvalid, read_trusted_comment, verify_detached

_REQUIRED_MEMBERS = frozenset({MANIFEST_NAME, CHANGES_NAME, SUMS_NAME, SIGNATURE_NAME})
_ATTACHMENT_RE = re.compile(re.escape(ATTACHMENTS_PREFIX) + "[0-9a-f]{64}")
_SENDER_IN_COMMENT_RE = re.compile(r"csc-bundle sender:([0-9a-f-]{36}) ")
_NO_MATCHING_KEY = "no matching keys"


def read_bundle(
    source: Path | bytes,
    *,
    identity: str,
    expected_receiver: str,
    trusted_senders: TrustedSenders,
    max_schema_version: int,
    limits: BundleLimits | None = None,
    applied_before: AppliedBefore | None = None,
) -> VerifiedBundle:
    """Decrypt and verify a bundle completely; return its content only if every check holds.

    identity: our age identity ("AGE-SECRET-KEY-1…"), or HQ's escrow identity.
    expected_receiver: our device id (HQ's, when opening with the escrow identity).
    trusted_senders: enrolled devices by id (a mapping or a lookup function).
    max_schema_version: the newest data schema the store can apply.
    applied_before: asked once the signature, checksums and manifest hold; a bundle the
    receiver applied already is returned without decoding its changes again (re-importing a
    USB stick's bundles then costs its decryption and checksums only).
    Raises BundleRejected(check, message).
    """
    limits = limits or BundleLimits()
    ciphertext = _load(source, limits)
    members = read_zip(decrypt_with_identity(ciphertext, identity), limits.archive)
    _refuse_future_format(members)
    _check_member_names(members)
    sums_file = members[SUMS_NAME]
    signed_members = {
        name: data for name, data in members.items() if name not in (SUMS_NAME, SIGNATURE_NAME)
    }
    sums = parse_sums(sums_file)
    check_sums(sums, signed_members)
    for name, digest in sums.items():
        if name.startswith(ATTACHMENTS_PREFIX) and name != ATTACHMENTS_PREFIX + digest:
            raise BundleRejected(Check.CHECKSUMS, f"{name} is not named by its own SHA-256.")
    sender_key, comment = _check_signature(sums_file, members[SIGNATURE_NAME], trusted_senders)

    try:
        document = strict_json_loads(members[MANIFEST_NAME])
    except ValueError as err:
        raise BundleRejected(Check.MANIFEST, "manifest.json is not valid JSON.") from err
    manifest, counts = parse_manifest(document, max_schema_version=max_schema_version)
    if comment != trusted_comment_for(manifest):
        raise BundleRejected(
            Check.SIGNATURE,
            "The signed comment does not match the manifest (sender, receiver, sequence "
            "number or date differ): the bundle was altered.",
        )
    if manifest.sender_role != sender_key.role:
        raise BundleRejected(
            Check.MANIFEST,
            f"The bundle says it comes from {manifest.sender_role}, but device "
            f"{device_short_id(sender_key.device_id)} is enrolled as {sender_key.role}.",
        )
    if manifest.receiver != expected_receiver:
        raise BundleRejected(
            Check.RECEIVER,
            f"This bundle is addressed to device {device_short_id(manifest.receiver)}, "
            f"not to this one ({device_short_id(expected_receiver)}).",
        )

    bundle_hash = bundle_hash_of(sums_file)
    sender_key_id = minisign_key_id(sender_key.minisign_public_key)
    if applied_before is not None and applied_before(manifest, bundle_hash):
        # The same SHA256SUMS, so the same content, byte for byte, as the bundle applied then.
        return VerifiedBundle(
            manifest=manifest,
            changes=[],
            attachments={},
            bundle_hash=bundle_hash,
            sender_key_id=sender_key_id,
            trusted_comment=comment,
            size=len(ciphertext),
            applied_before=True,
        )
    changes = decode_changes(members[CHANGES_NAME])
    attachments = {
        name.removeprefix(ATTACHMENTS_PREFIX): data
        for name, data in signed_members.items()
        if name.startswith(ATTACHMENTS_PREFIX)
    }
    if len(changes) != counts.changes:
        raise BundleRejected(
            Check.CHANGES,
            f"The manifest announces {counts.changes} changes but the bundle holds {len(changes)}.",
        )
    attachment_bytes = sum(len(data) for data in attachments.values())
    if (len(attachments), attachment_bytes) != (counts.attachments, counts.attachment_bytes):
        raise BundleRejected(
            Check.MANIFEST, "The manifest's attachment counts do not match the bundle."
        )
    return VerifiedBundle(
        manifest=manifest,
        changes=changes,
        attachments=attachments,
        bundle_hash=bundle_hash,
        sender_key_id=sender_key_id,
        trusted_comment=comment,
        size=len(ciphertext),
    )


def _load(source: Path | bytes, limits: BundleLimits) -> bytes:
    if isinstance(source, bytes):
        _check_size(len(source), limits)
        return source
    if is_partial_name(source.name):
        raise BundleRejected(
            Check.INCOMPLETE,
            f"{source.name} is an unfinished copy, left when a drive was removed or filled up "
            "during an export. Export the bundle again.",
        )
    try:
        _check_size(source.stat().st_size, limits)
        with open(source, "rb") as stream:
            data = stream.read(limits.max_bundle_bytes + 1)
    except OSError as err:
        raise BundleRejected(
            Check.READ, f"The file {source.name} cannot be read: {err.strerror or err}."
        ) from err
    _check_size(len(data), limits)
    return data


def _check_size(size: int, limits: BundleLimits) -> None:
    if size > limits.max_bundle_bytes:
        raise BundleRejected(
            Check.SIZE,
            f"The file is {size:,} bytes; bundles are limited to {limits.max_bundle_bytes:,}.",
        )


def decrypt_with_identity(ciphertext: bytes, identity: str) -> bytes:
    """The whole age file decrypted, or BundleRejected (Check.RECEIVER or Check.DECRYPT)."""
    own_identity = x25519.Identity.from_str(identity)
    # Decrypted in full before anything reads it: a failure anywhere in the file, even in
    # its last chunk, refuses the bundle before a byte of it is parsed.
    try:
        return pyrage.decrypt(ciphertext, [own_identity])
    except pyrage.DecryptError as err:
        if _NO_MATCHING_KEY in str(err).lower():
            raise BundleRejected(
                Check.RECEIVER,
                "This device's key cannot open the bundle: it was made for another device "
                "(or its header is damaged).",
            ) from err
        raise BundleRejected(
            Check.DECRYPT,
            "The bundle cannot be decrypted: the file is damaged, altered or incomplete.",
        ) from err


def _refuse_future_format(members: dict[str, bytes]) -> None:
    # Read before the strict layout checks, so that a newer application's bundle is reported
    # as such rather than as a malformed one. Only ever leads to a refusal.
    if MANIFEST_NAME not in members:
        return
    try:
        version = peek_format_version(strict_json_loads(members[MANIFEST_NAME]))
    except ValueError:
        return
    if version is not None and version > FORMAT_VERSION:
        raise future_format(version)


def _check_member_names(members: dict[str, bytes]) -> None:
    missing = _REQUIRED_MEMBERS - set(members)
    if missing:
        raise BundleRejected(Check.ZIP, f"The bundle's archive lacks {', '.join(sorted(missing))}.")
    unexpected = sorted(
        name
        for name in members
        if name not in _REQUIRED_MEMBERS and not _ATTACHMENT_RE.fullmatch(name)
    )
    if unexpected:
        raise BundleRejected(
            Check.ZIP, f"The bundle's archive holds unexpected files: {', '.join(unexpected)}."
        )


def _check_signature(
    sums_file: bytes, signature_file: bytes, trusted_senders: TrustedSenders
) -> tuple[SenderKey, str]:
    try:
        unverified_comment = read_trusted_comment(signature_file)
    except SignatureInvalid as err:
        raise BundleRejected(Check.SIGNATURE, f"The signature is not readable: {err}.") from err
    match = _SENDER_IN_COMMENT_RE.match(unverified_comment)
    if match is None:
        raise BundleRejected(Check.SIGNATURE, "The signature does not name its sender.")
    claimed_sender = match.group(1)
    sender_key = _lookup(trusted_senders, claimed_sender)
    if sender_key is None:
        raise BundleRejected(
            Check.UNKNOWN_SENDER,
            f"The bundle is signed as device {device_short_id(claimed_sender)}, which is not "
            "enrolled here. Enrol its card first (checking the fingerprint by phone).",
        )
    try:
        comment = verify_detached(sender_key.minisign_public_key, sums_file, signature_file)
    except SignatureInvalid as err:
        raise BundleRejected(
            Check.SIGNATURE,
            f"The signature does not match device {device_short_id(claimed_sender)}'s enrolled "
            "key: the bundle was altered or signed by someone else.",
        ) from err
    if sender_key.revoked:
        raise BundleRejected(
            Check.REVOKED_SENDER,
            f"The bundle is signed by device {device_short_id(claimed_sender)}, which HQ has "
            "revoked. Its bundles are no longer accepted.",
        )
    return sender_key, comment


def _lookup(trusted_senders: TrustedSenders, device_id: str) -> SenderKey | None:
    if isinstance(trusted_senders, Mapping):
        key = trusted_senders.get(device_id)
    else:
        key = trusted_senders(device_id)
    if key is not None and key.device_id != device_id:
        return None
    return key
