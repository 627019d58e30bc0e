"""A full disk or a read-only profile folder gives a clear error and changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from csc_desktop.domain.fields import Kind
from csc_desktop.errors import StorageFull
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from tests.conftest import PASSPHRASE

BIG_TRAINING = {
    "title": "Large",
    "start_date": "2026-03-02",
    "end_date": "2026-03-03",
    "venue": "V",
    "notes": "Долги белешки. " * 900,
}


def _profile(folder: Path) -> None:
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="MK")
    ws.records.create(
        "training",
        {"title": "Kept", "start_date": "2026-03-02", "end_date": "2026-03-03", "venue": "Skopje"},
    )
    ws.close()


def _state(folder: Path) -> tuple[int, bool]:
    ws = Workspace.unlock(folder, PASSPHRASE)
    try:
        return ws.records.count(ListQuery(Kind.TRAINING)), ws.verify_audit().ok
    finally:
        ws.engine.dispose()


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 4 MB tmpfs (needs root and mount rights); skipped where that is not allowed."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount_point = Path(tempfile.mkdtemp(prefix="csc-small-disk-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)], capture_output=True
    )
    if done.returncode != 0:
        mount_point.rmdir()
        pytest.skip("mount not permitted here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)
        mount_point.rmdir()


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


def test_full_disk_on_a_real_small_file_system(small_disk: Path) -> None:
    folder = small_disk / "p"
    _profile(folder)
    before = _state(folder)
    ws = Workspace.unlock(folder, PASSPHRASE)
    filler = _fill(small_disk)
    with pytest.raises(StorageFull, match="did not happen"):
        ws.records.create("training", BIG_TRAINING)
    ws.engine.dispose()
    assert _state(folder) == before  # still readable on the full disk, and unchanged
    filler.unlink()
    assert _state(folder) == before


def test_full_disk_by_file_size_limit(tmp_path: Path) -> None:
    """Portable variant: the write limit of the process is below what the change needs."""
    folder = tmp_path / "p"
    _profile(folder)
    before = _state(folder)
    code = (
        "import resource, signal, sys, json\n"
        "from pathlib import Path\n"
        "from csc_desktop.services.workspace import Workspace\n"
        f"ws = Workspace.unlock(Path({str(folder)!r}), {PASSPHRASE!r})\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))\n"
        "try:\n"
        f"    ws.records.create('training', {BIG_TRAINING!r})\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.startswith("StorageFull"), out.stdout + out.stderr
    assert "did not happen" in out.stdout
    assert _state(folder) == before


def test_read_only_profile_folder(small_disk: Path) -> None:
    folder = small_disk / "p"
    _profile(folder)
    before = _state(folder)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        from tests.foundation.conftest import run_csc

        out = run_csc(folder, "add", "training", "--json", "-", input_json=BIG_TRAINING)
        assert out.returncode != 0
        assert "not writable" in out.stderr, out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert _state(folder) == before


def test_read_only_profile_folder_without_root(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions; the read-only mount test covers this")
    folder = tmp_path / "p"
    _profile(folder)
    before = _state(folder)
    os.chmod(folder, 0o555)
    try:
        from tests.foundation.conftest import run_csc

        out = run_csc(folder, "add", "training", "--json", "-", input_json=BIG_TRAINING)
        assert out.returncode != 0 and "not writable" in out.stderr, out.stderr
    finally:
        os.chmod(folder, 0o700)
    assert _state(folder) == before
