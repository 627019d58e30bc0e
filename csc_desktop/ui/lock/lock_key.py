"""The lock shortcut (Ctrl+L) from any window, including while a dialog waits for an answer.

The main window's action handles the key in the main window and its editors; a modal dialog
blocks that action, so this application-wide filter catches the key while one is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication


class LockKey(QObject):
    pressed = Signal()

    def __init__(self, sequence: QKeySequence, parent: QObject | None = None):
        super().__init__(parent)
        self.sequence = sequence
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QApplication.activeModalWidget() is not None
            and QKeySequence(event.keyCombination()) == self.sequence
        ):
            self.pressed.emit()
            return True
        return False
