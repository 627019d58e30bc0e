"""The records behind one figure, in a window: exactly the records the figure counts, each with
what the figure took from it. Double-click (or Open) opens the record (a participant: its
training)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.reporting.compute import RecordRef
from csc_desktop.reporting.indicators import Indicator
from csc_desktop.reporting.present import Presenter


class DrillDownDialog(QDialog):
    def __init__(
        self,
        title: str,
        indicator: Indicator,
        refs: Sequence[RecordRef],
        show: Presenter,
        open_record: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.refs = list(refs)
        self.open_record = open_record
        words = show.words
        self.setWindowTitle(words("ui.drill_title", what=title))
        self.heading = QLabel(words("ui.drill_title", what=title), self)
        self.heading.setWordWrap(True)
        self.heading.setProperty("role", "page-title")
        self.definition = QLabel(show.words.definition(indicator.key), self)
        self.definition.setWordWrap(True)
        self.definition.setProperty("role", "hint")
        columns = [words("col.kind"), words("col.date"), words("country"), words("col.title")]
        if indicator.amount is not None:
            columns.append(words("col.amount"))
        if indicator.positive is not None:
            columns.append(words("col.positive"))
        if indicator.parts:
            columns.append(words("col.details"))
        self.table = QTableWidget(len(self.refs), len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        source = indicator.source
        for row, ref in enumerate(self.refs):
            cells = [
                show.kind(ref.kind),
                show.format.day(ref.day),
                show.country(ref.country),
                ref.title,
            ]
            if indicator.amount is not None:
                cells.append(show.format.decimal(ref.amount or 0.0, 2))
            if indicator.positive is not None:
                cells.append(words("yes" if ref.positive else "no"))
            if indicator.parts:
                cells.append(
                    "; ".join(
                        ", ".join(show.code(source.part(name).names_list, c) for c in codes)
                        for name, codes in ref.parts.items()
                    )
                )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.count = QLabel(show.format.count(len(self.refs)), self)
        self.count.setProperty("role", "count")
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(words("ui.open"), self)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(words("ui.close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.definition)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def ids(self) -> list[str]:
        return [ref.id for ref in self.refs]

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.refs):
            ref = self.refs[row]
            if ref.kind == "participant" and ref.parent_id:
                self.open_record("training", ref.parent_id)
            else:
                self.open_record(ref.kind, ref.id)
