"""Changing the passphrase is atomic; backups are encrypted, rotated and restorable."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from csc_desktop.domain.fields import Kind
from csc_desktop.errors import WrongPassphrase
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.backups import thin
from csc_desktop.store.profile import Profile
from tests.conftest import PASSPHRASE

NEW = "a different passphrase 42"


def _training(ws: Workspace, title: str = "Financial investigations") -> str:
    return ws.records.create(
        "training",
        {"title": title, "start_date": "2026-03-02", "end_date": "2026-03-03", "venue": "Tirana"},
    )["id"]


def test_passwd_switches_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="AL")
    rid = _training(ws)
    ws.change_passphrase(NEW)
    assert ws.records.get(rid, consult=False)["title"] == "Financial investigations"
    ws.close()
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(folder, PASSPHRASE)
    again = Workspace.unlock(folder, NEW)
    assert again.records.get(rid, consult=False)["venue"] == "Tirana"
    assert again.verify_audit().ok
    again.close()
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["csc.db", "profile.kdf"]


def test_interrupted_passwd_before_commit_keeps_old_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="AL")
    _training(ws)
    ws.close()
    # a crash after writing both new files but before the rename: simulate the leftovers
    (folder / "csc.db.new").write_bytes(b"partial")
    (folder / "profile.kdf.new").write_text("{}")
    again = Workspace.unlock(folder, PASSPHRASE)
    assert not (folder / "csc.db.new").exists() and not (folder / "profile.kdf.new").exists()
    again.close()


def test_interrupted_passwd_after_commit_finishes_with_new_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="AL")
    _training(ws)
    old_header = (folder / "profile.kdf").read_text()
    ws.change_passphrase(NEW)
    ws.close()
    # put the old header back and the new one aside, as if the process died between the renames
    new_header = (folder / "profile.kdf").read_text()
    (folder / "profile.kdf").write_text(old_header)
    (folder / "profile.kdf.new").write_text(new_header)
    again = Workspace.unlock(folder, NEW)
    assert (folder / "profile.kdf").read_text() == new_header
    again.close()


def test_backup_to_folder_and_restore_elsewhere(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="XK")
    rid = _training(ws, "Kosovo police training")
    usb = tmp_path / "usb"
    backup = ws.backup(usb)
    assert backup.parent == usb and backup.name.endswith(".cscbackup")
    assert b"Kosovo police" not in backup.read_bytes()
    ws.close()
    target = tmp_path / "new-laptop"
    with pytest.raises(WrongPassphrase):
        Profile(target).restore(backup, "wrong wrong wrong")
    Profile(target).restore(backup, PASSPHRASE)
    restored = Workspace.unlock(target, PASSPHRASE)
    assert restored.records.get(rid, consult=False)["title"] == "Kosovo police training"
    restored.close()


def test_restore_keeps_the_current_database_aside(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="XK")
    backup = ws.backup(tmp_path / "usb")
    _training(ws, "made after the backup")
    ws.close()
    Profile(folder).restore(backup, PASSPHRASE)
    aside = list(folder.glob("csc.db.before-restore-*"))
    assert len(aside) == 1
    restored = Workspace.unlock(folder, PASSPHRASE)
    assert restored.records.count(ListQuery(Kind.TRAINING)) == 0
    restored.close()


def test_a_damaged_backup_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="XK")
    _training(ws)
    backup = ws.backup(tmp_path / "usb")
    ws.close()
    broken = tmp_path / "broken.cscbackup"
    shutil.copy(backup, broken)
    data = bytearray(broken.read_bytes())
    data[-5000] ^= 0xFF
    broken.write_bytes(bytes(data))
    before = (folder / "csc.db").read_bytes()
    with pytest.raises(Exception, match="backup"):
        Profile(folder).restore(broken, PASSPHRASE)
    assert (folder / "csc.db").read_bytes() == before


def test_thinning_keeps_recent_daily_and_weekly() -> None:
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    stamps = [now - timedelta(hours=h) for h in range(0, 24 * 90, 3)]
    keep = thin(stamps, now)
    recent = [s for s in keep if now - s <= timedelta(days=1)]
    assert len(recent) == 9  # every 3 hours over the last 24 hours, under the cap of 10
    daily = {s.date() for s in keep if timedelta(days=1) < now - s <= timedelta(days=14)}
    assert len(daily) >= 13
    assert all(now - s <= timedelta(weeks=8) for s in keep)
    assert thin([now - timedelta(days=400)], now) == {now - timedelta(days=400)}


def test_automatic_backup_only_after_changes(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "p", PASSPHRASE, role="team", person="Ana", country="AL")
    assert ws.auto_backup() is not None  # creation is a change
    assert ws.auto_backup() is None  # nothing new, and not due
    ws.close()
