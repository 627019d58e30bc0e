"""Locking and unlocking the screens, without closing anything.

On lock: screens that listen to ``bus.locked`` (the record editors) hide themselves; every other
visible window is hidden, except modal dialogs, which are covered instead (hiding a dialog would
end its question with an answer nobody gave), and the lock window is shown. On unlock, exactly
what was hidden or covered comes back, so the person is where they were, unsaved edits kept.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolTip, QVBoxLayout, QWidget

from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.lock.lock_window import LockWindow


class _Cover(QWidget):
    """An opaque sheet over a dialog's contents while locked."""

    def __init__(self, dialog: QDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.title = dialog.windowTitle()
        self.setAutoFillBackground(True)
        label = QLabel(QApplication.translate("LockWindow", "Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        dialog.setWindowTitle(QApplication.translate("LockWindow", "CSC Desktop — Locked"))
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.removeEventFilter(self)
            self.dialog.setWindowTitle(self.title)
        if shiboken6.isValid(self):
            self.hide()
            self.deleteLater()


class Locker(QObject):
    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.window: LockWindow | None = None
        self._hidden: list[QWidget] = []
        self._covers: list[_Cover] = []
        self._active: QWidget | None = None

    @property
    def is_locked(self) -> bool:
        return self.window is not None

    def lock(self, *, person: str, folder: Path, over: QWidget | None = None) -> LockWindow:
        if self.window is not None:
            return self.window
        self._active = QApplication.activeWindow()
        self.ctx.bus.locked.emit()
        QToolTip.hideText()
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or isinstance(widget, LockWindow):
                continue
            if isinstance(widget, QDialog) and widget.isModal():
                self._covers.append(_Cover(widget))
            else:
                self._hidden.append(widget)
                widget.hide()
        window = LockWindow(self.ctx, person, folder)
        window.unlocked.connect(self._unlocked)
        if over is not None and over.width() > 200:
            window.setGeometry(over.geometry())
        else:
            window.resize(900, 620)
        window.show()
        window.raise_()
        window.activateWindow()
        window.form.setFocus()
        self.window = window
        self.locked_changed.emit(True)
        return window

    def _unlocked(self) -> None:
        window, self.window = self.window, None
        for cover in self._covers:
            cover.remove()
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        if window is not None:
            window.hide()
            window.deleteLater()
        active = self._active
        if active is not None and shiboken6.isValid(active) and active.isVisible():
            active.activateWindow()
        self._covers, self._hidden, self._active = [], [], None
        self.ctx.bus.unlocked.emit()
        self.locked_changed.emit(False)
