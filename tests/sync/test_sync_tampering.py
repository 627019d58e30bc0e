"""Any change to a bundle file, anywhere, and any truncation: refused whole."""

from __future__ import annotations

from collections.abc import Callable

import pyrage
import pytest
from pyrage import x25519
from sync_parties import Device, attachment

from csc_desktop.sync import BundleRejected, Check, VerifiedBundle, WrittenBundle

Read = Callable[..., VerifiedBundle]


def positions(length: int, spread: int = 200, edge: int = 64) -> list[int]:
    evenly = {round(i * (length - 1) / (spread - 1)) for i in range(spread)}
    return sorted(evenly | set(range(edge)) | set(range(length - edge, length)))


@pytest.fixture
def bundle_bytes(write_team_bundle: Callable[..., WrittenBundle]) -> bytes:
    # Big enough for several age payload chunks (64 KiB each) and every member kind.
    written = write_team_bundle(changes=200, attachments=attachment(bytes(range(256)) * 600))
    return written.path.read_bytes()


def test_the_untouched_bundle_is_accepted(bundle_bytes: bytes, read_as_hq: Read) -> None:
    assert len(read_as_hq(bundle_bytes).changes) == 200


def test_every_sampled_single_byte_change_is_refused(bundle_bytes: bytes, read_as_hq: Read) -> None:
    sampled = positions(len(bundle_bytes))
    assert len(sampled) > 300
    accepted = []
    checks = set()
    for index, position in enumerate(sampled):
        altered = bytearray(bundle_bytes)
        altered[position] ^= (0x01, 0x80, 0xFF, 0x20)[index % 4]
        try:
            read_as_hq(bytes(altered))
        except BundleRejected as refusal:
            checks.add(refusal.check)
        else:
            accepted.append(position)
    assert accepted == []
    # The header's recipient lines fail as "not for us", everything else as "decrypt".
    assert checks <= {Check.DECRYPT, Check.RECEIVER}


def test_every_truncation_is_refused(bundle_bytes: bytes, read_as_hq: Read) -> None:
    cuts = positions(len(bundle_bytes), spread=120, edge=16)
    for cut in cuts:
        with pytest.raises(BundleRejected) as refusal:
            read_as_hq(bundle_bytes[:cut])
        assert refusal.value.check in (Check.DECRYPT, Check.RECEIVER), cut


def test_bytes_appended_are_refused(bundle_bytes: bytes, read_as_hq: Read) -> None:
    for tail in (b"\x00", b"\n", bundle_bytes[-100:]):
        with pytest.raises(BundleRejected) as refusal:
            read_as_hq(bundle_bytes + tail)
        assert refusal.value.check == Check.DECRYPT


def test_changes_inside_the_encryption_alter_nothing_that_is_accepted(
    bundle_bytes: bytes, read_as_hq: Read, hq: Device
) -> None:
    """Someone able to decrypt and re-encrypt (HQ's or the escrow key) still cannot change
    what is applied: each byte of the ZIP, signature included, is either refused or was a
    byte of ZIP bookkeeping (a date, say) that changes no content."""
    original = read_as_hq(bundle_bytes)
    identity = x25519.Identity.from_str(hq.keys.age_identity)
    recipient = x25519.Recipient.from_str(hq.keys.age_recipient)
    plaintext = pyrage.decrypt(bundle_bytes, [identity])
    refused = 0
    for index, position in enumerate(positions(len(plaintext))):
        altered = bytearray(plaintext)
        altered[position] ^= (0x01, 0x80, 0xFF, 0x20)[index % 4]
        try:
            verified = read_as_hq(pyrage.encrypt(bytes(altered), [recipient]))
        except BundleRejected:
            refused += 1
            continue
        assert verified.manifest == original.manifest, position
        assert verified.changes == original.changes, position
        assert verified.attachments == original.attachments, position
        assert verified.bundle_hash == original.bundle_hash, position
    assert refused > 250
