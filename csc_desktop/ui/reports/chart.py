"""A bar chart drawn with QPainter: one bar per category (a country, a quarter), its value on
top, the category below; a click on a bar says which (to list the records behind it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor(0, 51, 153)  # the EU blue of the emblem
BAR_HOVER = QColor(230, 159, 0)
MARGIN = 8


class BarChart(QWidget):
    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.categories: list[str] = []
        self.values: list[float] = []
        self.texts: list[str] = []
        self._hover = -1
        self.setMouseTracking(True)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_data(
        self,
        title: str,
        categories: Sequence[str],
        values: Sequence[float | None],
        text: Callable[[int], str],
    ) -> None:
        """``text(i)`` is the figure shown on bar ``i`` (formatted for the reader)."""
        self.title = title
        self.categories = list(categories)
        self.values = [float(v or 0) for v in values]
        self.texts = [text(i) for i in range(len(self.categories))]
        self.setAccessibleName(title)
        self.update()

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (at its full possible height, for clicks on short bars)."""
        count = len(self.categories)
        if not count:
            return []
        top, bottom = self._plot_top(), self._plot_bottom()
        width = (self.width() - 2 * MARGIN) / count
        return [
            QRectF(MARGIN + i * width + width * 0.15, top, width * 0.7, bottom - top)
            for i in range(count)
        ]

    def _plot_top(self) -> float:
        return MARGIN + 2.2 * QFontMetrics(self.font()).height()

    def _plot_bottom(self) -> float:
        return self.height() - MARGIN - 1.6 * QFontMetrics(self.font()).height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.windowText().color())
        painter.drawText(
            QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        top, bottom = self._plot_top(), self._plot_bottom()
        painter.setPen(palette.mid().color())
        painter.drawLine(QPointF(MARGIN, bottom), QPointF(self.width() - MARGIN, bottom))
        highest = max(self.values, default=0.0) or 1.0
        for i, rect in enumerate(self.bar_rects()):
            height = (bottom - top - metrics.height()) * self.values[i] / highest
            bar = QRectF(rect.left(), bottom - height, rect.width(), height)
            painter.fillRect(bar, BAR_HOVER if i == self._hover else BAR)
            painter.setPen(palette.windowText().color())
            label_box = QRectF(
                rect.left() - 20, bar.top() - metrics.height(), rect.width() + 40, metrics.height()
            )
            painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, self.texts[i])
            name = metrics.elidedText(
                self.categories[i], Qt.TextElideMode.ElideRight, int(rect.width() / 0.7)
            )
            painter.drawText(
                QRectF(
                    rect.center().x() - rect.width() / 1.4,
                    bottom + 2,
                    rect.width() / 0.7,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        painter.end()

    def _bar_at(self, x: float, y: float) -> int:
        for i, rect in enumerate(self.bar_rects()):
            if rect.contains(QPointF(x, y)):
                return i
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._bar_at(event.position().x(), event.position().y())
        if hover != self._hover:
            self._hover = hover
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hover >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self._bar_at(event.position().x(), event.position().y())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.bar_clicked.emit(index)
        super().mouseReleaseEvent(event)
