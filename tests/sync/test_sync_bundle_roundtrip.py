"""A bundle written by one device is read back, whole and unchanged, by the other."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sync_parties import (
    SCHEMA_VERSION,
    Device,
    attachment,
    make_manifest,
    sample_changes,
)

from csc_desktop.sync import (
    Acknowledgement,
    BundleContent,
    BundleRejected,
    BundleWriteError,
    ChangeRange,
    Check,
    DeviceKeys,
    VerifiedBundle,
    WrittenBundle,
    read_bundle,
    write_bundle,
)

Write = Callable[..., WrittenBundle]
Read = Callable[..., VerifiedBundle]


def test_team_bundle_round_trip(write_team_bundle: Write, read_as_hq: Read, team: Device) -> None:
    scan = os.urandom(50_000)
    agenda = "Agenda — Дневен ред".encode()
    written = write_team_bundle(
        changes=25,
        attachments=attachment(scan) | attachment(agenda),
        changes_range=ChangeRange(1, 25),
    )
    verified = read_as_hq(written.path)
    assert verified.changes == sample_changes(team.id, 25)
    assert verified.attachments == attachment(scan) | attachment(agenda)
    assert verified.manifest.sender == team.id
    assert verified.manifest.changes_range == ChangeRange(1, 25)
    assert verified.bundle_hash == written.bundle_hash
    assert verified.size == written.size == written.path.stat().st_size
    assert verified.sender_key_id == team.keys.key_id
    assert str(verified.manifest.sequence) in verified.trusted_comment


def test_escrow_identity_opens_a_team_bundle(
    write_team_bundle: Write, read_as_hq: Read, escrow: DeviceKeys
) -> None:
    written = write_team_bundle()
    verified = read_as_hq(written.path, identity=escrow.age_identity)
    assert len(verified.changes) == 3


def test_file_names_follow_the_contract(
    team: Device, hq: Device, tmp_path: Path, write_team_bundle: Write
) -> None:
    short = team.id.replace("-", "")[-8:]
    to_hq = write_team_bundle(sequence=7, previous="a" * 64)
    assert re.fullmatch(rf"AL-{short}-0007-\d{{8}}\.cscb", to_hq.path.name)

    manifest = make_manifest(hq, team, sequence=12, previous="b" * 64)
    to_team = write_bundle(
        BundleContent(manifest, []),
        sender=hq.keys,
        recipients=[team.keys.age_recipient],
        out_dir=tmp_path,
    )
    assert re.fullmatch(rf"HQ-to-AL-{short}-0012-\d{{8}}\.cscb", to_team.path.name)
    assert to_team.path.name.endswith(manifest.created_at[:10].replace("-", "") + ".cscb")


def test_hq_bundle_to_team_with_acknowledgements(team: Device, hq: Device, tmp_path: Path) -> None:
    acks = (Acknowledgement(1, "c" * 64), Acknowledgement(2, "d" * 64))
    manifest = make_manifest(hq, team)
    manifest = type(manifest)(**{**manifest.__dict__, "acknowledges": acks})
    written = write_bundle(
        BundleContent(manifest, sample_changes(hq.id, 2)),
        sender=hq.keys,
        recipients=[team.keys.age_recipient],
        out_dir=tmp_path,
    )
    verified = read_bundle(
        written.path,
        identity=team.keys.age_identity,
        expected_receiver=team.id,
        trusted_senders=lambda device_id: hq.sender_key() if device_id == hq.id else None,
        max_schema_version=SCHEMA_VERSION,
    )
    assert verified.manifest.acknowledges == acks
    assert verified.manifest.sender_role == "hq"


def test_same_content_gives_same_bundle_hash_but_different_files(
    team: Device, hq: Device, tmp_path: Path
) -> None:
    content = BundleContent(make_manifest(team, hq), sample_changes(team.id, 10))
    recipients = hq.card.encryption_recipients()
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first_dir.mkdir()
    second_dir.mkdir()
    first = write_bundle(content, sender=team.keys, recipients=recipients, out_dir=first_dir)
    second = write_bundle(content, sender=team.keys, recipients=recipients, out_dir=second_dir)
    assert first.bundle_hash == second.bundle_hash
    assert first.file_sha256 != second.file_sha256  # age encryption is randomised


def test_empty_bundle_still_carries_acknowledgements(
    read_as_hq: Read, write_team_bundle: Write
) -> None:
    verified = read_as_hq(write_team_bundle(changes=0).path)
    assert verified.changes == []
    assert verified.attachments == {}


def test_an_existing_bundle_is_never_overwritten(team: Device, hq: Device, tmp_path: Path) -> None:
    content = BundleContent(make_manifest(team, hq), sample_changes(team.id, 2))
    recipients = hq.card.encryption_recipients()
    written = write_bundle(content, sender=team.keys, recipients=recipients, out_dir=tmp_path)
    before = written.path.read_bytes()
    with pytest.raises(BundleWriteError, match="already exists"):
        write_bundle(content, sender=team.keys, recipients=recipients, out_dir=tmp_path)
    assert written.path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [written.path]


def test_the_writer_refuses_what_the_reader_would_refuse(
    team: Device, hq: Device, tmp_path: Path
) -> None:
    recipients = hq.card.encryption_recipients()
    bad_previous = make_manifest(team, hq, sequence=2, previous=None)
    with pytest.raises(ValueError, match="previous"):
        write_bundle(
            BundleContent(bad_previous, []),
            sender=team.keys,
            recipients=recipients,
            out_dir=tmp_path,
        )
    with pytest.raises(ValueError, match="SHA-256"):
        write_bundle(
            BundleContent(make_manifest(team, hq), [], {"0" * 64: b"x"}),
            sender=team.keys,
            recipients=recipients,
            out_dir=tmp_path,
        )
    with pytest.raises(ValueError, match="change 1"):
        write_bundle(
            BundleContent(make_manifest(team, hq), [{"kind": "training"}]),
            sender=team.keys,
            recipients=recipients,
            out_dir=tmp_path,
        )
    with pytest.raises(ValueError, match="recipient"):
        write_bundle(
            BundleContent(make_manifest(team, hq), []),
            sender=team.keys,
            recipients=["age1notarecipient"],
            out_dir=tmp_path,
        )
    assert list(tmp_path.iterdir()) == []


def test_a_schema_newer_than_ours_is_refused(write_team_bundle: Write, read_as_hq: Read) -> None:
    written = write_team_bundle(schema_version=SCHEMA_VERSION + 1)
    with pytest.raises(BundleRejected) as refused:
        read_as_hq(written.path)
    assert refused.value.check == Check.SCHEMA_VERSION
    assert "Update the application" in refused.value.message
    # An older schema is accepted: the store migrates the changes.
    assert (
        read_as_hq(written.path, max_schema_version=SCHEMA_VERSION + 2).manifest.schema_version
        == SCHEMA_VERSION + 1
    )
