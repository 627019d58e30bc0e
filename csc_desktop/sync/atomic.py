"""Writing a file to a removable drive so that a pulled stick or a full disk leaves either
nothing or the complete file under its final name, never a broken file there."""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path

from csc_desktop.sync.errors import BundleWriteError

PARTIAL_SUFFIX = ".partial"
_CHUNK = 1024 * 1024


def partial_name(final_name: str) -> str:
    """The temporary name a file has while it is being written (same folder, so that the
    rename stays on one file system)."""
    return f".{final_name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}"


def is_partial_name(name: str) -> bool:
    return name.endswith(PARTIAL_SUFFIX)


def write_atomically(final_path: Path, data: bytes) -> None:
    """temp name → write → flush + fsync → rename → fsync folder → read back and compare.
    Raises BundleWriteError; on failure no file remains under `final_path` that we put there."""
    if final_path.exists():
        raise BundleWriteError(f"{final_path} already exists; it was not overwritten.")
    remove_leftovers(final_path)
    temp_path = final_path.with_name(partial_name(final_path.name))
    renamed = False
    try:
        _write_synced(temp_path, data)
        os.replace(temp_path, final_path)
        renamed = True
        _sync_folder(final_path.parent)
        if _file_sha256(final_path) != hashlib.sha256(data).hexdigest():
            raise BundleWriteError(
                f"{final_path} reads back differently from what was written: the drive may be "
                "failing. The file was removed."
            )
    except BundleWriteError:
        _remove_quietly(temp_path)
        if renamed:
            _remove_quietly(final_path)
        raise
    except OSError as err:
        _remove_quietly(temp_path)
        if renamed:
            _remove_quietly(final_path)
        raise BundleWriteError(
            f"The bundle could not be written to {final_path.parent}: "
            f"{err.strerror or err}. Nothing was left under its name; check the drive "
            "(space, write protection, still plugged in) and export again."
        ) from err


def remove_leftovers(final_path: Path) -> None:
    """Temporary files of an earlier attempt at this same file, cut short by a crash or a
    pulled stick (a failure we see cleans up after itself)."""
    for leftover in final_path.parent.glob(f".{final_path.name}.*{PARTIAL_SUFFIX}"):
        _remove_quietly(leftover)


def _write_synced(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view[:_CHUNK])
            view = view[written:]
        os.fsync(descriptor)
        # Drop our pages from the cache, so that the read-back comes from the drive itself.
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to fsync it; NTFS journals the rename
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
