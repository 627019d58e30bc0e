"""The workflow actions allowed for this record and this person, as buttons; none when none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from csc_desktop.ui.editors.labels import action_label


class WorkflowBar(QWidget):
    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._buttons: dict[str, QPushButton] = {}

    def set_actions(self, actions: Sequence[str]) -> None:
        for button in self._buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        for action in actions:
            button = QPushButton(action_label(action), self)
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
            self._layout.addWidget(button)
            button.show()  # added to a window that may already be showing
            self._buttons[action] = button

    def shown_actions(self) -> list[str]:
        return list(self._buttons)

    def button(self, action: str) -> QPushButton | None:
        return self._buttons.get(action)

    def set_busy(self, busy: bool) -> None:
        for button in self._buttons.values():
            button.setEnabled(not busy)

    def retranslate(self) -> None:
        for action, button in self._buttons.items():
            button.setText(action_label(action))
