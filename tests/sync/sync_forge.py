"""Builds bundles the writer never would: hostile archives that are still properly signed
and encrypted, so that each reader check is reached on its own."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import pyrage
from pyrage import x25519

from csc_desktop.sync.bundle import trusted_comment_for
from csc_desktop.sync.checksums import build_sums
from csc_desktop.sync.encoding import canonical_json_bytes
from csc_desktop.sync.keys import DeviceKeys
from csc_desktop.sync.manifest import Counts, Manifest
from csc_desktop.sync.signing import sign_detached

ZipTweak = Callable[[zipfile.ZipInfo], None]


def manifest_bytes(manifest: Manifest, changes: int, **overrides: Any) -> bytes:
    document = manifest.to_document(Counts(changes, 0, 0)) | overrides
    return canonical_json_bytes(document)


def forge(
    entries: list[tuple[str, bytes]],
    *,
    signer: DeviceKeys,
    comment: str,
    recipients: list[str],
    listed: list[str] | None = None,
    sums: bytes | None = None,
    sign_over: bytes | None = None,
    tweak: dict[str, ZipTweak] | None = None,
    compress: bool = True,
) -> bytes:
    """Zip `entries`, add SHA256SUMS over `listed` (default: every entry) signed by `signer`
    with trusted comment `comment`, and encrypt to `recipients`. `sums` replaces the SHA256SUMS
    member; `sign_over` makes the signature cover other bytes than that member."""
    by_name = dict(entries)
    names = [name for name, _ in entries] if listed is None else listed
    sums = build_sums({name: by_name[name] for name in names}) if sums is None else sums
    signature = sign_detached(signer, sums if sign_over is None else sign_over, comment)
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in [*entries, ("SHA256SUMS", sums), ("SHA256SUMS.minisig", signature)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 29, 10, 0, 0))
            info.compress_type = method
            if tweak and name in tweak:
                tweak[name](info)
            archive.writestr(info, data)
    return pyrage.encrypt(
        buffer.getvalue(), [x25519.Recipient.from_str(recipient) for recipient in recipients]
    )


def forge_valid(
    manifest: Manifest,
    changes_jsonl: bytes,
    changes: int,
    *,
    signer: DeviceKeys,
    recipients: list[str],
    extra: list[tuple[str, bytes]] | None = None,
    comment: str | None = None,
    **options: Any,
) -> bytes:
    """A bundle built like the writer's, then changed by `extra` entries or `options`."""
    entries = [
        ("manifest.json", manifest_bytes(manifest, changes)),
        ("changes.jsonl", changes_jsonl),
        *(extra or []),
    ]
    return forge(
        entries,
        signer=signer,
        comment=trusted_comment_for(manifest) if comment is None else comment,
        recipients=recipients,
        **options,
    )
