"""The passphrase field, Unlock button and message used by the unlock window and the lock
screen, with the "wrong passphrase" shake."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.ui.i18n.messages import localized
from csc_desktop.ui.theme import icon

SHAKE_MS = 420


def shake(window: QWidget) -> QPropertyAnimation:
    """Shake a window sideways, as password prompts do, to say "no" without a dialog."""
    start = window.pos()
    animation = QPropertyAnimation(window, b"pos", window)
    animation.setDuration(SHAKE_MS)
    animation.setEasingCurve(QEasingCurve.Type.Linear)
    for n, dx in enumerate((0, -12, 12, -9, 9, -5, 5, -2, 0)):
        animation.setKeyValueAt(n / 8, start + QPoint(dx, 0))
    animation.start(QPropertyAnimation.DeletionPolicy.DeleteWhenStopped)
    return animation


class PassphraseForm(QWidget):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumWidth(280)
        self.label.setBuddy(self.field)
        self.reveal = QAction(icon("eye"), "", self)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._reveal)
        self.field.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        self.button = QPushButton(self)
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.working = QProgressBar(self)
        self.working.setRange(0, 0)  # moving: key derivation takes a moment
        self.working.setTextVisible(False)
        self.working.setMaximumHeight(6)
        self.working.hide()
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.working)
        layout.addWidget(self.message)
        self.button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        self.setFocusProxy(self.field)
        self.retranslate()

    def _submit(self) -> None:
        if self.field.text() and self.button.isEnabled():
            self.submitted.emit(self.field.text())

    def _reveal(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))

    def set_busy(self, busy: bool) -> None:
        self.working.setVisible(busy)
        self.field.setReadOnly(busy)
        self.button.setEnabled(not busy)
        if busy:
            self.message.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(localized(text))  # the core's messages come in English
        self.message.setVisible(bool(text))

    def wrong(self) -> None:
        """Say clearly that the passphrase was wrong, shake, and let the person type again."""
        self.show_message(
            self.tr("Wrong passphrase. Check Caps Lock and the keyboard language, then try again.")
        )
        self.field.selectAll()
        self.field.setFocus()
        shake(self.window())

    def clear(self) -> None:
        self.field.clear()
        self.message.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Passphrase:"))
        self.button.setText(self.tr("&Unlock"))
        self.reveal.setText(self.tr("Hide") if self.reveal.isChecked() else self.tr("Show"))
        self.reveal.setToolTip(self.tr("Show or hide the passphrase"))
