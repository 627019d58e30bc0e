"""The unlock window: a wrong passphrase is refused clearly and the window keeps working; the
right one opens the profile; a damaged database says which backup to restore."""

from __future__ import annotations

from pathlib import Path

from csc_desktop.ui.unlock.unlock_window import UnlockWindow

from .conftest import PASSPHRASE


def test_wrong_then_right_passphrase(qtbot, ctx, profile_dir: Path) -> None:
    window = UnlockWindow(ctx)
    qtbot.addWidget(window)
    window.set_profiles([profile_dir])
    window.show()
    assert window.selected_profile() == profile_dir

    window.form.field.setText("not the passphrase at all")
    window.form.button.click()
    assert not window.form.button.isEnabled()  # working, on the worker: the window still paints
    qtbot.waitUntil(lambda: window.form.message.isVisible(), timeout=20_000)
    assert "Wrong passphrase" in window.form.message.text()
    assert window.form.button.isEnabled()
    assert window.form.field.selectedText() == "not the passphrase at all"  # ready to retype

    window.form.field.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=20_000) as opened:
        qtbot.keyClick(window.form.field, "\r")
    ws, settings = opened.args
    try:
        assert ws.identity.person == "Ana"
        assert settings["idle_minutes"] == 5
        assert window.form.field.text() == ""
        assert not window.form.message.isVisible()
    finally:
        ws.close()


def test_a_damaged_database_names_the_newest_backup(qtbot, ctx, profile_dir: Path) -> None:
    from csc_desktop.services.workspace import Workspace

    ws = Workspace.unlock(profile_dir, PASSPHRASE)
    backup = ws.backup()
    ws.close()
    db = profile_dir / "csc.db"
    data = bytearray(db.read_bytes())
    data[4096 : 4096 + 64] = b"\x00" * 64  # a damaged page
    db.write_bytes(bytes(data))

    window = UnlockWindow(ctx)
    qtbot.addWidget(window)
    window.set_profiles([profile_dir])
    window.show()
    window.form.field.setText(PASSPHRASE)
    window.form.button.click()
    qtbot.waitUntil(lambda: window.form.message.isVisible(), timeout=20_000)
    assert "damaged" in window.form.message.text()
    assert str(backup) in window.form.message.text()
    assert ctx.dialogs.asked == []  # said in the window, not in a dialog


def test_no_profile_means_nothing_to_unlock(qtbot, ctx) -> None:
    window = UnlockWindow(ctx)
    qtbot.addWidget(window)
    window.set_profiles([])
    window.show()
    assert not window.form.isEnabled()
    new_profile = []
    window.new_profile_requested.connect(lambda: new_profile.append(True))
    window.new_button.click()
    assert new_profile == [True]
