"""The Participants tab of a training: the table, add/remove, paste, import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.ui.participants.delegate import ParticipantDelegate
from csc_desktop.ui.participants.model import ParticipantsModel, count_text
from csc_desktop.ui.participants.paste import paste_rows


class ParticipantsPanel(QWidget):
    edited = Signal()
    import_requested = Signal()

    def __init__(
        self,
        reference: ReferenceData,
        language: str,
        country: str | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = ParticipantsModel(reference, language, country, 1, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ParticipantDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.paste_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addSpacing(12)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button.clicked.connect(self.remove_selected)
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.import_button.clicked.connect(self.import_requested.emit)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.view)
        paste.activated.connect(self.paste_clipboard)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
        ):
            signal.connect(self._changed)
        self.model.modelReset.connect(self._fit_columns)
        self.retranslate()

    def retranslate(self) -> None:
        tr = QCoreApplication.translate
        self.add_button.setText(tr("ParticipantsPanel", "&Add participant"))
        self.remove_button.setText(tr("ParticipantsPanel", "&Remove selected"))
        self.paste_button.setText(tr("ParticipantsPanel", "&Paste from spreadsheet"))
        self.paste_button.setToolTip(
            tr(
                "ParticipantsPanel",
                "Copy rows in Excel or LibreOffice and paste them here. With the heading row "
                "the columns are recognised; without it the cells fill the table from the "
                "selected cell.",
            )
        )
        self.import_button.setText(tr("ParticipantsPanel", "&Import from file…"))
        self.count_label.setText(count_text(self.model.rowCount()))
        if self.model.columnCount():  # column titles are translated when asked for
            last = self.model.columnCount() - 1
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    # -- data ------------------------------------------------------------------------------------

    def load(self, people: list[dict[str, Any]], days: int) -> None:
        self.model.load(people, days)
        self.count_label.setText(count_text(self.model.rowCount()))

    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        self.retranslate()

    def set_days(self, days: int) -> None:
        self.model.set_days(days)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (self.add_button, self.remove_button, self.paste_button, self.import_button):
            button.setEnabled(not read_only)

    def is_dirty(self) -> bool:
        return self.model.is_dirty()

    def payload(self) -> list[dict[str, Any]]:
        return self.model.payload()

    # -- actions -----------------------------------------------------------------------------------

    def add_participant(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        self.model.remove_rows(sorted(rows))

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount()
        column = current.column() if current.isValid() else 0
        touched = paste_rows(self.model, text, row, column)
        self._fit_columns()
        return touched

    def _changed(self, *_args: object) -> None:
        self.count_label.setText(count_text(self.model.rowCount()))
        self.edited.emit()

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSize(column), 60))
        if self.model.columnCount():
            header.resizeSection(0, max(header.sectionSize(0), 180))
        institution = self.model.keys.index("institution")
        header.resizeSection(institution, min(header.sectionSize(institution), 280))
