"""Small labels under a form widget: the field's error (red) and its help (grey)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from csc_desktop.ui.i18n.messages import localized

ERROR_COLOUR = "#b3261e"


class ErrorNote(QLabel):
    """Hidden while there is nothing to say; announces the error to screen readers by its text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
        self.setPalette(palette)
        self._message = ""
        self.setVisible(False)

    def show_error(self, message: str | None) -> None:
        self._message = message or ""
        self.setText(localized(message))  # the core's messages come in English
        self.setVisible(bool(message))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._message:
            self.setText(localized(self._message))
        super().changeEvent(event)


class HintNote(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # the style's colour for placeholder text: readable, clearly secondary
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setVisible(bool(text))

    def set_hint(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
