"""One indicator as a card: its name, its figure (a button: the records behind it), and its
figure per country. Clicking the card elsewhere shows it in the charts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

CARD_STYLE = """
IndicatorCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
IndicatorCard[selected="true"] { border: 2px solid #003399; }
QPushButton[role="figure"] { font-size: 20pt; font-weight: bold; text-align: left;
                             border: none; color: #003399; padding: 0; }
QPushButton[role="figure"]:hover { text-decoration: underline; }
"""


class IndicatorCard(QFrame):
    figure_clicked = Signal(str)  # indicator key
    selected = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card-{key}")
        self.setProperty("selected", False)
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        # Room for two lines: a wrapped name is never cut off by the grid's row height.
        self.name.setMinimumHeight(2 * self.name.fontMetrics().lineSpacing())
        self.name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.figure = QPushButton(self)
        self.figure.setProperty("role", "figure")
        self.figure.setCursor(Qt.CursorShape.PointingHandCursor)
        self.figure.setFlat(True)
        self.figure.clicked.connect(lambda: self.figure_clicked.emit(self.key))
        self.countries = QLabel(self)
        self.countries.setWordWrap(True)
        self.countries.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.name)
        layout.addWidget(self.figure)
        layout.addWidget(self.countries)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(220)

    def show_value(self, name: str, figure: str, countries: str, definition: str) -> None:
        self.name.setText(name)
        self.figure.setText(figure)
        self.figure.setAccessibleName(f"{name}: {figure}")
        self.countries.setText(countries)
        self.setToolTip(definition)

    def set_selected(self, on: bool) -> None:
        self.setProperty("selected", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.selected.emit(self.key)
        super().mouseReleaseEvent(event)
