"""The removable drives Qt can see: where "Export to USB drive…" offers to write."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

# Where Linux desktops mount sticks; Windows gives them a drive letter of their own.
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")
_DRIVE_LETTER = re.compile(r"^[A-Za-z]:[\\/]?$")


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free_bytes: int


def looks_removable(root: str, system_drive: str = "") -> bool:
    """Whether a mount point looks like a stick: under /media, /run/media or /mnt, or a
    Windows drive letter other than the system drive."""
    normal = root.replace("\\", "/")
    if any(normal.startswith(prefix) for prefix in _REMOVABLE_ROOTS):
        return True
    if _DRIVE_LETTER.match(root):
        return root[0].upper() != (system_drive[:1] or "C").upper()
    return False


def removable_drives() -> list[Drive]:
    """Volumes ready, writable and looking removable, by name."""
    system_drive = os.environ.get("SYSTEMDRIVE", "C:")
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        if not looks_removable(root, system_drive):
            continue
        name = volume.displayName() or root
        drives.append(Drive(Path(root), name, int(volume.bytesAvailable())))
    return sorted(drives, key=lambda d: d.name.lower())
