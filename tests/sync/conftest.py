"""Fixtures of the sync tests: an HQ with an escrow key, a team, and bundle helpers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_parties import SCHEMA_VERSION, Device, make_device, make_manifest, sample_changes

from csc_desktop.sync import (
    BundleContent,
    DeviceKeys,
    VerifiedBundle,
    WrittenBundle,
    generate_device_keys,
    read_bundle,
    write_bundle,
)


@pytest.fixture
def escrow() -> DeviceKeys:
    return generate_device_keys()


@pytest.fixture
def hq(escrow: DeviceKeys) -> Device:
    return make_device("hq", country=None, escrow=[escrow.age_recipient])


@pytest.fixture
def team() -> Device:
    return make_device("team", country="AL")


@pytest.fixture
def write_team_bundle(team: Device, hq: Device, tmp_path: Path) -> Callable[..., WrittenBundle]:
    def write(
        *,
        changes: int = 3,
        attachments: dict[str, bytes] | None = None,
        out_dir: Path = tmp_path,
        **manifest_options: Any,
    ) -> WrittenBundle:
        content = BundleContent(
            make_manifest(team, hq, **manifest_options),
            sample_changes(team.id, changes),
            attachments or {},
        )
        return write_bundle(
            content, sender=team.keys, recipients=hq.card.encryption_recipients(), out_dir=out_dir
        )

    return write


@pytest.fixture
def read_as_hq(team: Device, hq: Device) -> Callable[..., VerifiedBundle]:
    def read(source: Path | bytes, **options: Any) -> VerifiedBundle:
        arguments: dict[str, Any] = {
            "identity": hq.keys.age_identity,
            "expected_receiver": hq.id,
            "trusted_senders": {team.id: team.sender_key()},
            "max_schema_version": SCHEMA_VERSION,
        }
        return read_bundle(source, **(arguments | options))

    return read
