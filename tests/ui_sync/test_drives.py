"""Which mount points "Export to USB drive…" offers."""

from __future__ import annotations

import pytest

from csc_desktop.ui.sync.drives import looks_removable


@pytest.mark.parametrize(
    ("root", "system_drive", "removable"),
    [
        ("/media/ana/STICK", "", True),
        ("/run/media/ana/KINGSTON", "", True),
        ("/mnt/usb", "", True),
        ("/", "", False),
        ("/home", "", False),
        ("E:/", "C:", True),
        ("E:\\", "C:", True),
        ("C:/", "C:", False),
        ("D:/", "D:", False),
    ],
)
def test_mount_points_that_look_removable(root: str, system_drive: str, removable: bool) -> None:
    assert looks_removable(root, system_drive) is removable
