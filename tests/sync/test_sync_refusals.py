"""Each kind of bad bundle is refused whole, naming the check that failed."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519
from sync_forge import forge, forge_valid, manifest_bytes
from sync_parties import (
    SCHEMA_VERSION,
    Device,
    attachment,
    make_device,
    make_manifest,
    sample_changes,
)

from csc_desktop.sync import (
    ArchiveLimits,
    BundleContent,
    BundleLimits,
    BundleRejected,
    BundleWriteError,
    Check,
    VerifiedBundle,
    WrittenBundle,
    read_bundle,
    write_bundle,
)
from csc_desktop.sync.bundle import trusted_comment_for
from csc_desktop.sync.changes import encode_changes
from csc_desktop.sync.checksums import build_sums, sha256_hex

Read = Callable[..., VerifiedBundle]
Write = Callable[..., WrittenBundle]


def refusal(read: Callable[[], object]) -> BundleRejected:
    with pytest.raises(BundleRejected) as refused:
        read()
    assert refused.value.message, "a refusal must say why in words"
    return refused.value


@pytest.fixture
def forge_team(team: Device, hq: Device) -> Callable[..., bytes]:
    """A bundle from `team` to `hq`, properly signed and encrypted, shaped by the options."""

    def build(
        *,
        changes: int = 2,
        changes_jsonl: bytes | None = None,
        manifest_overrides: dict[str, Any] | None = None,
        **options: Any,
    ) -> bytes:
        manifest = make_manifest(team, hq)
        if changes_jsonl is None:
            changes_jsonl = encode_changes(sample_changes(team.id, changes))
        entries = [
            ("manifest.json", manifest_bytes(manifest, changes, **(manifest_overrides or {}))),
            ("changes.jsonl", changes_jsonl),
            *options.pop("extra", []),
        ]
        return forge(
            entries,
            signer=options.pop("signer", team.keys),
            comment=options.pop("comment", trusted_comment_for(manifest)),
            recipients=[hq.keys.age_recipient],
            **options,
        )

    return build


def test_the_forge_makes_acceptable_bundles(
    forge_team: Callable[..., bytes], read_as_hq: Read
) -> None:
    """Guards the tests below: each refusal is caused by its own defect only."""
    assert len(read_as_hq(forge_team()).changes) == 2


# --- who sent it ---------------------------------------------------------------------------


def test_unknown_sender(write_team_bundle: Write, read_as_hq: Read) -> None:
    written = write_team_bundle()
    refused = refusal(lambda: read_as_hq(written.path, trusted_senders={}))
    assert refused.check == Check.UNKNOWN_SENDER
    assert "not enrolled" in refused.message


def test_revoked_sender(write_team_bundle: Write, read_as_hq: Read, team: Device) -> None:
    written = write_team_bundle()
    senders = {team.id: team.sender_key(revoked=True)}
    refused = refusal(lambda: read_as_hq(written.path, trusted_senders=senders))
    assert refused.check == Check.REVOKED_SENDER
    assert "revoked" in refused.message


def test_a_valid_bundle_from_another_hq(team: Device, tmp_path: Path) -> None:
    """A second HQ, never enrolled by the team, writes a perfectly formed bundle to it."""
    our_hq, other_hq = make_device("hq", country=None), make_device("hq", country=None)
    written = write_bundle(
        BundleContent(make_manifest(other_hq, team), sample_changes(other_hq.id, 1)),
        sender=other_hq.keys,
        recipients=[team.keys.age_recipient],
        out_dir=tmp_path,
    )
    refused = refusal(
        lambda: read_bundle(
            written.path,
            identity=team.keys.age_identity,
            expected_receiver=team.id,
            trusted_senders={our_hq.id: our_hq.sender_key()},
            max_schema_version=SCHEMA_VERSION,
        )
    )
    assert refused.check == Check.UNKNOWN_SENDER


def test_signed_by_another_key_claiming_an_enrolled_device(
    forge_team: Callable[..., bytes], read_as_hq: Read
) -> None:
    impostor = make_device("team").keys
    assert refusal(lambda: read_as_hq(forge_team(signer=impostor))).check == Check.SIGNATURE


def test_a_team_cannot_pose_as_hq(
    forge_team: Callable[..., bytes], read_as_hq: Read, team: Device, hq: Device
) -> None:
    manifest = make_manifest(team, hq)
    posing = forge_team(
        manifest_overrides={"sender_role": "hq"}, comment=trusted_comment_for(manifest)
    )
    refused = refusal(lambda: read_as_hq(posing))
    assert refused.check == Check.MANIFEST
    assert "enrolled as team" in refused.message


def test_trusted_comment_must_match_the_manifest(
    forge_team: Callable[..., bytes], read_as_hq: Read, team: Device, hq: Device
) -> None:
    other_sequence = trusted_comment_for(make_manifest(team, hq, sequence=5, previous="f" * 64))
    refused = refusal(lambda: read_as_hq(forge_team(comment=other_sequence)))
    assert refused.check == Check.SIGNATURE
    assert "altered" in refused.message


def test_checksums_file_altered_after_signing(
    forge_team: Callable[..., bytes], read_as_hq: Read, team: Device, hq: Device
) -> None:
    """Changes altered and SHA256SUMS rewritten to match them: the signature no longer holds."""
    manifest = make_manifest(team, hq)
    genuine = encode_changes(sample_changes(team.id, 2))
    altered = genuine.replace(b"Tiran", b"Durr")
    genuine_sums = build_sums(
        {"manifest.json": manifest_bytes(manifest, 2), "changes.jsonl": genuine}
    )
    hostile = forge_team(changes_jsonl=altered, sign_over=genuine_sums)
    refused = refusal(lambda: read_as_hq(hostile))
    assert refused.check == Check.SIGNATURE
    assert "altered or signed by someone else" in refused.message


# --- whom it is for ------------------------------------------------------------------------


def test_bundle_encrypted_for_another_device(
    team: Device, hq: Device, read_as_hq: Read, tmp_path: Path
) -> None:
    other = make_device("hq", country=None)
    written = write_bundle(
        BundleContent(make_manifest(team, other), []),
        sender=team.keys,
        recipients=[other.keys.age_recipient],
        out_dir=tmp_path,
    )
    refused = refusal(lambda: read_as_hq(written.path))
    assert refused.check == Check.RECEIVER
    assert "another device" in refused.message


def test_bundle_addressed_to_another_device_but_readable_by_us(
    team: Device, hq: Device, read_as_hq: Read, tmp_path: Path
) -> None:
    """E.g. opened with an escrow key shared by two HQ profiles: the manifest decides."""
    other = make_device("hq", country=None)
    written = write_bundle(
        BundleContent(make_manifest(team, other), []),
        sender=team.keys,
        recipients=[other.keys.age_recipient, hq.keys.age_recipient],
        out_dir=tmp_path,
    )
    refused = refusal(lambda: read_as_hq(written.path))
    assert refused.check == Check.RECEIVER
    assert other.id.replace("-", "")[-8:] in refused.message


# --- versions ------------------------------------------------------------------------------


def test_future_format_version(forge_team: Callable[..., bytes], read_as_hq: Read) -> None:
    future = forge_team(manifest_overrides={"format_version": 2})
    refused = refusal(lambda: read_as_hq(future))
    assert refused.check == Check.FORMAT_VERSION
    assert "Update the application" in refused.message


def test_future_format_with_a_new_layout_is_still_reported_as_future(
    forge_team: Callable[..., bytes], read_as_hq: Read
) -> None:
    future = forge_team(manifest_overrides={"format_version": 9}, extra=[("index.cbor", b"\x00")])
    assert refusal(lambda: read_as_hq(future)).check == Check.FORMAT_VERSION


def test_future_schema_version(forge_team: Callable[..., bytes], read_as_hq: Read) -> None:
    future = forge_team(manifest_overrides={"schema_version": SCHEMA_VERSION + 1})
    assert refusal(lambda: read_as_hq(future)).check == Check.SCHEMA_VERSION


# --- the archive ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "attachments/../../x",
        "/etc/cron.d/x",
        "C:/x",
        "attachments\\..\\x",
        "a//b",
        "./manifest.json",
    ],
)
def test_paths_outside_the_archive_root(
    forge_team: Callable[..., bytes], read_as_hq: Read, name: str
) -> None:
    hostile = forge_team(extra=[(name, b"payload")])
    refused = refusal(lambda: read_as_hq(hostile))
    assert refused.check == Check.PATH
    assert "unsafe name" in refused.message


def test_a_symbolic_link_entry(forge_team: Callable[..., bytes], read_as_hq: Read) -> None:
    digest = sha256_hex(b"/etc/passwd")

    def as_link(info: zipfile.ZipInfo) -> None:
        info.external_attr = (0o120777) << 16
        info.create_system = 3

    hostile = forge_team(
        extra=[(f"attachments/{digest}", b"/etc/passwd")], tweak={f"attachments/{digest}": as_link}
    )
    assert refusal(lambda: read_as_hq(hostile)).check == Check.PATH


def test_decompression_bomb(forge_team: Callable[..., bytes], read_as_hq: Read) -> None:
    zeros = bytes(64 * 1024 * 1024)
    bomb = forge_team(extra=[(f"attachments/{sha256_hex(zeros)}", zeros)])
    assert len(bomb) < 1024 * 1024  # small on the stick, 64 MiB unpacked
    refused = refusal(lambda: read_as_hq(bomb))
    assert refused.check == Check.BOMB
    assert "200 to 1" in refused.message


def test_unpacked_total_over_the_limit(forge_team: Callable[..., bytes], read_as_hq: Read) -> None:
    data = bytes(range(256)) * 8192  # 2 MiB, barely compressible is not needed: stored
    big = forge_team(extra=[(f"attachments/{sha256_hex(data)}", data)], compress=False)
    limits = BundleLimits(archive=ArchiveLimits(max_total_uncompressed=1024 * 1024))
    assert refusal(lambda: read_as_hq(big, limits=limits)).check == Check.BOMB


def test_sizes_that_lie_are_refused(
    forge_team: Callable[..., bytes], read_as_hq: Read, team: Device, hq: Device
) -> None:
    """A ZIP whose directory states a small size for a large member: never read past it."""
    plain = pyrage.decrypt(forge_team(changes=50), [x25519.Identity.from_str(hq.keys.age_identity)])
    archive = zipfile.ZipFile(io.BytesIO(plain))
    info = archive.getinfo("changes.jsonl")
    # Patch the uncompressed size in the central directory record and the local header.
    true_size = info.file_size.to_bytes(4, "little")
    patched = plain.replace(true_size, (10).to_bytes(4, "little"))
    assert patched != plain
    bundle = pyrage.encrypt(patched, [x25519.Recipient.from_str(hq.keys.age_recipient)])
    assert refusal(lambda: read_as_hq(bundle)).check in (Check.ZIP, Check.CHECKSUMS)


def test_extra_unlisted_attachment(forge_team: Callable[..., bytes], read_as_hq: Read) -> None:
    extra = b"smuggled"
    hostile = forge_team(
        extra=[(f"attachments/{sha256_hex(extra)}", extra)],
        listed=["manifest.json", "changes.jsonl"],
    )
    refused = refusal(lambda: read_as_hq(hostile))
    assert refused.check == Check.CHECKSUMS
    assert "does not list" in refused.message


def test_member_with_a_name_outside_the_format(
    forge_team: Callable[..., bytes], read_as_hq: Read
) -> None:
    hostile = forge_team(extra=[("notes.txt", b"hello")])
    refused = refusal(lambda: read_as_hq(hostile))
    assert refused.check == Check.ZIP
    assert "notes.txt" in refused.message


def test_attachment_not_named_by_its_hash(
    forge_team: Callable[..., bytes], read_as_hq: Read
) -> None:
    hostile = forge_team(extra=[("attachments/" + "0" * 64, b"bytes with another hash")])
    assert refusal(lambda: read_as_hq(hostile)).check == Check.CHECKSUMS


def test_duplicate_member_names(forge_team: Callable[..., bytes], read_as_hq: Read) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        hostile = forge_team(extra=[("changes.jsonl", b"")])
    assert refusal(lambda: read_as_hq(hostile)).check == Check.ZIP


def test_missing_member(team: Device, hq: Device, read_as_hq: Read) -> None:
    manifest = make_manifest(team, hq)
    hostile = forge(
        [("manifest.json", manifest_bytes(manifest, 0))],
        signer=team.keys,
        comment=trusted_comment_for(manifest),
        recipients=[hq.keys.age_recipient],
    )
    refused = refusal(lambda: read_as_hq(hostile))
    assert refused.check == Check.ZIP
    assert "changes.jsonl" in refused.message


def test_not_a_zip_inside(team: Device, hq: Device, read_as_hq: Read) -> None:
    bundle = pyrage.encrypt(b"just text", [x25519.Recipient.from_str(hq.keys.age_recipient)])
    assert refusal(lambda: read_as_hq(bundle)).check == Check.ZIP


# --- the manifest and changes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "check"),
    [
        ({"sequence": 0}, Check.MANIFEST),
        ({"sequence": True}, Check.MANIFEST),
        ({"previous_bundle_hash": "a" * 64}, Check.MANIFEST),  # bundle 1 has no previous
        ({"created_at": "yesterday"}, Check.MANIFEST),
        ({"counts": {"changes": 2}}, Check.MANIFEST),
        ({"acknowledges": [{"sequence": 1}]}, Check.MANIFEST),
        ({"surprise": 1}, Check.MANIFEST),
        ({"counts": {"changes": 3, "attachments": 0, "attachment_bytes": 0}}, Check.CHANGES),
        ({"counts": {"changes": 2, "attachments": 1, "attachment_bytes": 0}}, Check.MANIFEST),
    ],
)
def test_manifest_fields_present_and_typed(
    forge_team: Callable[..., bytes], read_as_hq: Read, overrides: dict[str, Any], check: Check
) -> None:
    hostile = forge_team(manifest_overrides=overrides)
    assert refusal(lambda: read_as_hq(hostile)).check == check


@pytest.mark.parametrize(
    "changes_jsonl",
    [
        b'{"kind":"training"}\n',
        b"not json\n",
        b'{"deleted":"no","fields":{},"id":"x","kind":"t","origin_device":"o","version":"1"}\n',
        b'{"deleted":false,"fields":{},"id":"x","kind":"t","origin_device":"o","version":"1"}',
        b'{"deleted":false,"fields":{},"id":"x","id":"y","kind":"t","origin_device":"o","version":"1"}\n',
        b'{"deleted":false,"fields":{},"id":"x","kind":"t","origin_device":"o","version":null}\n',
        b'\xff\xfe{"kind":1}\n',
    ],
)
def test_malformed_change_lines(
    team: Device, hq: Device, read_as_hq: Read, changes_jsonl: bytes
) -> None:
    manifest = make_manifest(team, hq)
    hostile = forge_valid(
        manifest, changes_jsonl, 1, signer=team.keys, recipients=[hq.keys.age_recipient]
    )
    assert refusal(lambda: read_as_hq(hostile)).check == Check.CHANGES


# --- the file ------------------------------------------------------------------------------


def test_half_written_file_left_by_a_pulled_stick(
    write_team_bundle: Write, read_as_hq: Read
) -> None:
    written = write_team_bundle(changes=100)
    data = written.path.read_bytes()
    leftover = written.path.with_name(f".{written.path.name}.3f9a1c2e.partial")
    leftover.write_bytes(data[: len(data) // 2])
    refused = refusal(lambda: read_as_hq(leftover))
    assert refused.check == Check.INCOMPLETE
    assert "Export the bundle again" in refused.message
    # Copied by hand under a final name, the half file still fails.
    renamed = written.path.with_name("copy.cscb")
    renamed.write_bytes(data[: len(data) // 2])
    assert refusal(lambda: read_as_hq(renamed)).check == Check.DECRYPT


def test_size_limit_is_clear(write_team_bundle: Write, read_as_hq: Read) -> None:
    written = write_team_bundle(changes=100)
    limits = BundleLimits(max_bundle_bytes=written.size - 1)
    refused = refusal(lambda: read_as_hq(written.path, limits=limits))
    assert refused.check == Check.SIZE
    assert f"{written.size:,} bytes" in refused.message
    assert refusal(lambda: read_as_hq(written.path.read_bytes(), limits=limits)).check == Check.SIZE


def test_unreadable_file(read_as_hq: Read, tmp_path: Path) -> None:
    assert refusal(lambda: read_as_hq(tmp_path / "gone.cscb")).check == Check.READ


def test_the_writer_will_not_write_past_the_limit(team: Device, hq: Device, tmp_path: Path) -> None:
    scan = os.urandom(20_000)
    content = BundleContent(make_manifest(team, hq), [], attachment(scan))
    with pytest.raises(BundleWriteError, match="over the limit"):
        write_bundle(
            content,
            sender=team.keys,
            recipients=[hq.keys.age_recipient],
            out_dir=tmp_path,
            limits=BundleLimits(max_bundle_bytes=10_000),
        )
    assert list(tmp_path.iterdir()) == []
