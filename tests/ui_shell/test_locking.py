"""Locking: after the idle time (a fake clock, no waiting), with Ctrl+L, and back where the person
was — same page, same search, the editor still open with its unsaved edit — and nothing of the
records visible while locked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from csc_desktop.ui.shell.session import Session

from .conftest import PASSPHRASE


def start_session(qtbot: Any, ctx: Any, profile_dir: Path) -> Session:
    session = Session(ctx, profile_dir.parent)
    session.start()
    window = session.unlock_window
    assert window is not None and window.isVisible()
    window.form.field.setText(PASSPHRASE)
    with qtbot.waitSignal(session.main_window_shown, timeout=20_000):
        window.form.button.click()
    qtbot.addWidget(session.window)
    return session


def visible_windows() -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def unlock_again(qtbot: Any, session: Session) -> None:
    lock = session.locker.window
    assert lock is not None
    lock.form.field.setText("wrong passphrase, sorry")
    lock.form.button.click()
    qtbot.waitUntil(lambda: lock.form.message.isVisible(), timeout=20_000)
    assert "Wrong passphrase" in lock.form.message.text()
    assert session.locker.is_locked
    lock.form.field.setText(PASSPHRASE)
    with qtbot.waitSignal(session.ctx.bus.unlocked, timeout=20_000):
        lock.form.button.click()


def test_idle_lock_hides_everything_and_resumes_with_unsaved_edits(
    qtbot, ctx, profile_dir: Path
) -> None:
    editors = pytest.importorskip("csc_desktop.ui.editors")
    session = start_session(qtbot, ctx, profile_dir)
    window = session.window
    page = window.show_page("trainings")
    qtbot.keyClicks(page.filters.search, "obuka")
    editor = editors.open_editor(ctx, "training", None, window)
    qtbot.waitUntil(ctx.runner.idle, timeout=10_000)
    title = editor.form.rows["title"].input.widget
    title.setFocus()
    qtbot.keyClicks(title, "Unsaved title")
    assert editor.is_dirty()

    ctx.clock.advance(4 * 60)
    assert not session.locker.is_locked
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the person is still there
    ctx.clock.advance(4 * 60)
    assert not session.locker.is_locked
    ctx.clock.advance(61)  # five minutes since the last key
    assert session.locker.is_locked

    lock = session.locker.window
    assert visible_windows() == [lock]
    assert not window.isVisible() and not editor.isVisible()
    assert "Ana" in lock.explanation.text()

    unlock_again(qtbot, session)
    assert session.locker.window is None
    assert window.isVisible() and editor.isVisible()
    assert editor.is_dirty() and title.text() == "Unsaved title"
    assert window.current_key() == "trainings"
    assert page.filters.search.text() == "obuka"
    ctx.clock.advance(4 * 60)
    assert not session.locker.is_locked  # the idle time starts again after unlocking
    editor.close_without_asking()


def test_ctrl_l_locks_and_a_open_dialog_is_covered_not_closed(
    qtbot, ctx, profile_dir: Path
) -> None:
    session = start_session(qtbot, ctx, profile_dir)
    window = session.window
    dialog = QDialog(window)
    dialog.setWindowTitle("Delete “Obuka u Nišu”?")
    QVBoxLayout(dialog).addWidget(QLabel("Obuka u Nišu will be deleted.", dialog))
    dialog.open()  # window-modal, waiting for an answer
    answers: list[int] = []
    dialog.finished.connect(answers.append)
    qtbot.waitExposed(dialog)

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # from the dialog
    assert session.locker.is_locked
    assert dialog.isVisible() and answers == []  # still waiting for the person's answer
    cover = [c for c in dialog.children() if type(c).__name__ == "_Cover"]
    assert len(cover) == 1 and cover[0].isVisible() and cover[0].geometry() == dialog.rect()
    assert dialog.windowTitle() == "CSC Desktop — Locked"
    assert not window.isVisible()

    unlock_again(qtbot, session)
    assert dialog.windowTitle() == "Delete “Obuka u Nišu”?"
    assert not [c for c in dialog.children() if type(c).__name__ == "_Cover" and c.isVisible()]
    dialog.reject()
    assert answers == [0]


def test_the_idle_time_comes_from_settings(qtbot, ctx, profile_dir: Path) -> None:
    from csc_desktop.ui.settings.page import SettingsPage

    session = start_session(qtbot, ctx, profile_dir)
    settings_page = session.window.show_page("settings")
    assert isinstance(settings_page, SettingsPage)
    settings_page.idle.setCurrentIndex(settings_page.idle.findData(1))
    settings_page.idle.activated.emit(settings_page.idle.currentIndex())
    qtbot.waitUntil(ctx.runner.idle)
    assert ctx.ws.get_setting("idle_minutes") == 1
    ctx.clock.advance(61)
    assert session.locker.is_locked
    unlock_again(qtbot, session)

    settings_page.idle.setCurrentIndex(settings_page.idle.findData(0))  # never by itself
    settings_page.idle.activated.emit(settings_page.idle.currentIndex())
    ctx.clock.advance(24 * 3600)
    assert not session.locker.is_locked


def test_quitting_backs_up_and_forgets_the_key(qtbot, ctx, profile_dir: Path) -> None:
    from csc_desktop.domain.fields import Kind

    from .conftest import training

    session = start_session(qtbot, ctx, profile_dir)
    ws = ctx.ws
    ctx.runner.call(lambda: ws.records.create(Kind.TRAINING, training("Obuka")))
    with qtbot.waitSignal(session.finished, timeout=30_000):
        session.window.quit_action.trigger()
    assert not session.window.isVisible()
    assert list((profile_dir / "backups").glob("*-auto.cscbackup"))
    assert ws._key == b"\0" * 32
