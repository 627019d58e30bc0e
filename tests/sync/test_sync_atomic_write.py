"""Writing to a drive: a failure at any step leaves no file under the final name."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_parties import Device, attachment, make_manifest

from csc_desktop.sync import (
    BundleContent,
    BundleWriteError,
    VerifiedBundle,
    WrittenBundle,
    atomic,
    bundle_file_name,
    write_bundle,
)

Write = Callable[..., WrittenBundle]


def failing(error: int, *, when: Callable[..., bool] = lambda *_: True) -> Callable[..., Any]:
    def fail_or_pass(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            if when(*args):
                raise OSError(error, os.strerror(error))
            return real(*args)

        return call

    return fail_or_pass


def assert_nothing_left(folder: Path) -> None:
    assert list(folder.iterdir()) == []


def test_full_disk_at_fsync(
    write_team_bundle: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", failing(errno.ENOSPC)(os.fsync))
    with pytest.raises(BundleWriteError, match="No space left on device"):
        write_team_bundle()
    assert_nothing_left(tmp_path)


def test_stick_pulled_during_write(
    write_team_bundle: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}

    def second_chunk(*_: object) -> bool:
        calls["n"] += 1
        return calls["n"] >= 2

    monkeypatch.setattr(os, "write", failing(errno.EIO, when=second_chunk)(os.write))
    with pytest.raises(BundleWriteError, match="Input/output error"):
        write_team_bundle(attachments=attachment(os.urandom(3 * 1024 * 1024)))
    assert_nothing_left(tmp_path)


def test_stick_pulled_at_rename(
    write_team_bundle: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "replace", failing(errno.EIO)(os.replace))
    with pytest.raises(BundleWriteError, match="export again"):
        write_team_bundle()
    assert_nothing_left(tmp_path)


def test_folder_sync_fails_after_rename(
    write_team_bundle: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def is_folder(descriptor: int) -> bool:
        return stat.S_ISDIR(os.fstat(descriptor).st_mode)

    monkeypatch.setattr(os, "fsync", failing(errno.EIO, when=is_folder)(os.fsync))
    with pytest.raises(BundleWriteError):
        write_team_bundle()
    assert_nothing_left(tmp_path)


def test_read_back_differs(
    write_team_bundle: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive that silently stores something else (fake-capacity sticks do)."""
    monkeypatch.setattr(atomic, "_file_sha256", lambda _path: "0" * 64)
    with pytest.raises(BundleWriteError, match="reads back differently"):
        write_team_bundle()
    assert_nothing_left(tmp_path)


def test_leftover_of_a_crashed_attempt_is_cleared_by_the_next_export(
    team: Device, hq: Device, tmp_path: Path
) -> None:
    manifest = make_manifest(team, hq)
    leftover = tmp_path / f".{bundle_file_name(manifest)}.0badc0de.partial"
    leftover.write_bytes(b"age-encryption.org/v1\n-> X25519 cut short")
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("the person's own file")
    written = write_bundle(
        BundleContent(manifest, []),
        sender=team.keys,
        recipients=[hq.keys.age_recipient],
        out_dir=tmp_path,
    )
    assert sorted(tmp_path.iterdir()) == sorted([written.path, unrelated])


def test_success_leaves_only_the_final_file(
    write_team_bundle: Write, tmp_path: Path, read_as_hq: Callable[..., VerifiedBundle]
) -> None:
    written = write_team_bundle()
    assert list(tmp_path.iterdir()) == [written.path]
    assert read_as_hq(written.path).bundle_hash == written.bundle_hash


@pytest.fixture
def tiny_drive(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB file system (tmpfs): needs root and Linux; skipped elsewhere."""
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_really_full_drive(
    write_team_bundle: Write, tiny_drive: Path, read_as_hq: Callable[..., VerifiedBundle]
) -> None:
    small = write_team_bundle(out_dir=tiny_drive, changes=10)
    with pytest.raises(BundleWriteError, match="No space left on device"):
        write_team_bundle(
            out_dir=tiny_drive,
            attachments=attachment(os.urandom(400_000)),
            sequence=2,
            previous=small.bundle_hash,
        )
    # The earlier bundle is intact and nothing else is on the drive.
    assert list(tiny_drive.iterdir()) == [small.path]
    assert read_as_hq(small.path).bundle_hash == small.bundle_hash
