"""The session: which window is open, and the way from one to the next.

    (no profile yet) → wizard ─┐
    unlock window ─────────────┴→ main window ⇄ lock screen → quit

It owns the idle watcher and the locker, and closes properly: editors are asked to close (they
ask about unsaved changes), then the automatic backup runs and the key is forgotten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.lock.idle import IdleWatcher
from csc_desktop.ui.lock.lock_key import LockKey
from csc_desktop.ui.lock.locker import Locker
from csc_desktop.ui.lock.system_events import SystemLockSignals
from csc_desktop.ui.settings.declared import IDLE_MINUTES, LANGUAGE
from csc_desktop.ui.settings.store import ProfileSettings
from csc_desktop.ui.shell.language import apply_language
from csc_desktop.ui.shell.profiles import holds_profile, list_profiles
from csc_desktop.ui.shell.shortcuts import SHORTCUTS

INTEGRITY_CHECK_DELAY_MS = 60_000

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.ui.shell.main_window import MainWindow
    from csc_desktop.ui.unlock.unlock_window import UnlockWindow
    from csc_desktop.ui.wizard.wizard import ProfileWizard

LAST_PROFILE_KEY = "ui/last_profile"  # a folder path: no record data leaves the profile
WARM_UP_AFTER_MS = 300


class Session(QObject):
    main_window_shown = Signal(object)  # MainWindow
    finished = Signal()

    def __init__(
        self,
        ctx: AppContext,
        root: Path,
        *,
        profile: Path | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.root = root
        self.profile = profile
        self.unlock_window: UnlockWindow | None = None
        self.wizard: ProfileWizard | None = None
        self.window: MainWindow | None = None
        self.locker = Locker(ctx, self)
        self.locker.locked_changed.connect(self._locked_changed)
        self.idle = IdleWatcher(ctx.clock, IDLE_MINUTES.default, self)
        self.idle.idle.connect(self.lock)
        self.system = SystemLockSignals(self)
        self.system.lock_now.connect(self.lock)
        self.lock_key = LockKey(SHORTCUTS["lock"].sequence(), self)
        self.lock_key.pressed.connect(self.lock)
        self.quitting = False

    # -- the way in -----------------------------------------------------------------------

    def profiles(self) -> list[Path]:
        found = list_profiles(self.root)
        if self.profile is not None and self.profile not in found and self.profile.is_dir():
            found.insert(0, self.profile)
        return found

    def start(self) -> None:
        explicit_missing = self.profile is not None and not holds_profile(self.profile)
        if explicit_missing or not self.profiles():
            self.show_wizard()
        else:
            self.show_unlock()

    def show_unlock(self, select: Path | None = None) -> UnlockWindow:
        from csc_desktop.ui.unlock.opening import warm_up
        from csc_desktop.ui.unlock.unlock_window import UnlockWindow

        if self.unlock_window is None:
            window = UnlockWindow(self.ctx)
            window.unlocked.connect(self._opened)
            window.new_profile_requested.connect(self.show_wizard)
            window.open_folder_requested.connect(self._open_folder)
            window.quit_requested.connect(self._quit_before_unlock)
            self.unlock_window = window
        last = QSettings().value(LAST_PROFILE_KEY)
        wanted = select or self.profile or (Path(str(last)) if last else None)
        self.unlock_window.set_profiles(self.profiles(), wanted)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        # after the window has painted (the import would compete with it for the interpreter),
        # long before anyone has typed a passphrase
        QTimer.singleShot(WARM_UP_AFTER_MS, lambda: self.ctx.runner.run(lambda _p: warm_up()))
        return self.unlock_window

    def show_wizard(self) -> ProfileWizard:
        from csc_desktop.ui.wizard.wizard import ProfileWizard

        root = self.root
        if self.profile is not None and not self.profile.exists():
            root = self.profile.parent
        wizard = ProfileWizard(self.ctx, root, self.unlock_window)
        if self.profile is not None and not self.profile.exists():
            wizard.preset_folder(self.profile.name)
        wizard.created.connect(self._opened)
        wizard.rejected.connect(self._wizard_cancelled)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _wizard_cancelled(self) -> None:
        self.wizard = None
        if self.profiles():
            self.show_unlock()
        elif self.unlock_window is None or not self.unlock_window.isVisible():
            self.finished.emit()

    def _open_folder(self) -> None:
        parent = self.unlock_window
        folder = self.ctx.dialogs.choose_folder(
            parent, QCoreApplication.translate("UnlockWindow", "Profile folder")
        )
        if folder is not None:
            self.profile = folder
            self.show_unlock(select=folder)

    def _quit_before_unlock(self) -> None:
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.finished.emit()

    # -- working -----------------------------------------------------------------------

    def _opened(self, ws: Workspace, settings: dict[str, Any]) -> None:
        from csc_desktop.ui.shell.main_window import MainWindow

        ctx = self.ctx
        ctx.attach(ws)
        ctx.settings = ProfileSettings(ctx.runner, ws, settings, self)
        ctx.settings.changed.connect(self._setting_changed)
        apply_language(ctx, ctx.settings.get(LANGUAGE) or ws.identity.language)
        QSettings().setValue(LAST_PROFILE_KEY, str(ws.profile.folder))
        window = MainWindow(ctx)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.backup_requested.connect(lambda: self._back_up(window))
        self.window = window
        window.show()
        self.system.start(window)
        for done in (self.unlock_window, self.wizard):
            if done is not None:
                done.hide()
                done.deleteLater()
        self.unlock_window = self.wizard = None
        self.idle.set_minutes(ctx.settings.get(IDLE_MINUTES))
        self.idle.start()
        self.main_window_shown.emit(window)
        # Unlocking checks only the first page; every page is read once the person has settled
        # in, so that a damaged page is found and reported with the newest backup.
        QTimer.singleShot(
            INTEGRITY_CHECK_DELAY_MS, window, lambda: self._check_integrity(ws, window)
        )

    def _check_integrity(self, ws: Workspace, window: QWidget) -> None:
        from csc_desktop.errors import CorruptDatabase
        from csc_desktop.ui.shell.feedback import show_error

        def done(result: Any) -> None:
            if not result.ok:
                title = QCoreApplication.translate(
                    "UnlockWindow", "The profile could not be opened"
                )
                damage = CorruptDatabase("; ".join(result.problems[:3]), result.newest_backup)
                show_error(self.ctx, window, title, damage)

        # seconds of reading on a large profile, on its own connection: apart from the worker,
        # so that lists and searches meanwhile do not wait for it
        self.ctx.runner.run_apart(lambda _p: ws.check_integrity(), on_done=done, receiver=window)

    def _setting_changed(self, key: str, value: Any) -> None:
        if key == IDLE_MINUTES.key and isinstance(value, int):
            self.idle.set_minutes(value)
            self.idle.touch()

    def _back_up(self, parent: QWidget) -> None:
        from csc_desktop.ui.shell.backup import back_up_now

        back_up_now(self.ctx, parent)

    # -- locking -------------------------------------------------------------------------

    def lock(self) -> None:
        if self.window is None or self.locker.is_locked or self.quitting:
            return
        ws = self.ctx.ws
        self.idle.stop()
        self.locker.lock(person=ws.identity.person, folder=ws.profile.folder, over=self.window)

        def backup_and_forget(_p: Any) -> None:
            ws.auto_backup()
            # close the connections: SQLite's cache of decrypted pages goes with them
            ws.engine.dispose()

        self.ctx.runner.run(backup_and_forget, on_error=lambda exc, trace: None)

    def _locked_changed(self, locked: bool) -> None:
        if not locked:
            self.idle.start()

    # -- the way out ----------------------------------------------------------------------

    def quit(self) -> None:
        """Close the editors (each asks about unsaved changes), back up, forget the key, quit."""
        if self.quitting or self.window is None or self.locker.is_locked:
            return
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and widget.isWindow():
                widget.close()
        if any(
            w.isVisible() and w is not self.window and w.isWindow() and not w.isModal()
            for w in QApplication.topLevelWidgets()
        ):
            return  # an editor was kept open (the person chose Cancel)
        self.quitting = True
        self.idle.stop()
        ws, window = self.ctx.ws, self.window
        from csc_desktop.ui.shell.feedback import run_with_progress

        def closed(_result: object) -> None:
            window.hide()
            self.finished.emit()

        run_with_progress(
            self.ctx,
            window,
            QCoreApplication.translate("MainWindow", "Backing up and closing…"),
            lambda _p: ws.close(),
            on_done=closed,
            on_error=lambda exc, trace: closed(None),
            cancellable=False,
            determinate=False,
        )
