"""Readable copies of attachments opened with another program. They leave the encrypted store,
so they live in one private folder that is emptied when the application locks or quits."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

_folder: Path | None = None


def write_copy(filename: str, content: bytes) -> Path:
    """Write ``content`` to a private temporary folder (readable by this user only)."""
    global _folder
    if _folder is None or not _folder.exists():
        _folder = Path(tempfile.mkdtemp(prefix="csc-opened-"))
        os.chmod(_folder, 0o700)
    safe = Path(filename).name or "attachment"
    target = _folder / safe
    stem, suffix = target.stem, target.suffix
    number = 1
    while target.exists():
        number += 1
        target = _folder / f"{stem} ({number}){suffix}"
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    return target


def remove_all() -> None:
    """Delete every opened copy (on lock and on quit)."""
    global _folder
    if _folder is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(_folder)
    _folder = None


def folder() -> Path | None:
    return _folder
