"""A coloured strip that states a result in words: green when all is well, red when not."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from csc_desktop.ui.i18n.messages import localized


class Level(StrEnum):
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


# background, border, text: readable on light and dark themes alike because they set all three
_COLOURS = {
    Level.OK: ("#e6f4ea", "#34a853", "#0d652d"),
    Level.INFO: ("#e8f0fe", "#4285f4", "#174ea6"),
    Level.WARNING: ("#fef7e0", "#f9ab00", "#7a4f01"),
    Level.ERROR: ("#fce8e6", "#d93025", "#a50e0e"),
}


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._label)
        self.level: Level | None = None
        self._text = ""
        self.setVisible(False)

    def show_message(self, text: str, level: Level) -> None:
        background, border, colour = _COLOURS[level]
        self.level = level
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} QFrame#banner QLabel {{ color: {colour}; }}"
        )
        self._text = text
        self._label.setText(localized(text))  # the core's messages come in English
        self.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._text:
            self._label.setText(localized(self._text))
        super().changeEvent(event)

    def clear(self) -> None:
        self.level = None
        self._text = ""
        self._label.clear()
        self.setVisible(False)

    def text(self) -> str:
        return self._label.text()
