"""A passphrase strength meter: a bar of four steps and a word, from the store's own rules."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

COLOURS = ("#b3261e", "#c8511b", "#c99a06", "#4c8a2e", "#1e7a3c")


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.word = QLabel(self)
        self.word.setMinimumWidth(self.fontMetrics().horizontalAdvance("Very strong") + 20)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.word)
        self.score = 0
        self.set_passphrase("")

    def words(self) -> tuple[str, ...]:
        return (
            self.tr("Too weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )

    def set_passphrase(self, passphrase: str) -> None:
        from csc_desktop.store.profile import passphrase_strength

        self.score = passphrase_strength(passphrase) if passphrase else 0
        self.bar.setValue(max(self.score, 0 if not passphrase else 1) if passphrase else 0)
        colour = COLOURS[self.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.word.setText(self.words()[self.score] if passphrase else "")
        self.bar.setAccessibleDescription(self.word.text())
