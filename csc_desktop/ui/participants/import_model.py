"""The preview of a participant import: each row as it will be read, rows in error marked, the
message in the row's tooltip and in its last column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.participants_io import ParsedRow, ParticipantSheet, day_of, day_target
from csc_desktop.ui.i18n.messages import localized
from csc_desktop.ui.participants.columns import AFTER_DAYS, BEFORE_DAYS, column_title
from csc_desktop.ui.participants.model import ERROR_BACKGROUND
from csc_desktop.ui.widgets.locale_formats import format_number

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW = "row"
PROBLEMS = "problems"


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, reference: ReferenceData, language: str, parent: Any = None):
        super().__init__(parent)
        self.reference = reference
        self.language = language
        self.rows: list[ParsedRow] = []
        self.keys: list[str] = [ROW, "name", PROBLEMS]
        # problems found when saving (an unknown function code), by spreadsheet row number
        self.save_errors: dict[int, str] = {}

    def set_sheet(self, sheet: ParticipantSheet | None, days: int) -> None:
        self.beginResetModel()
        self.rows = list(sheet.rows) if sheet else []
        mapped = set(sheet.mapping.values()) if sheet else set()
        fields = [k for k in BEFORE_DAYS if k in mapped]
        day_keys = [day_target(d) for d in range(1, days + 1) if day_target(d) in mapped]
        after = [k for k in AFTER_DAYS if k in mapped]
        self.keys = [ROW, *fields, *day_keys, *after, PROBLEMS]
        self.save_errors = {}
        self.endResetModel()

    def set_save_errors(self, errors: dict[int, str]) -> None:
        self.save_errors = dict(errors)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.keys) - 1)
            )

    def problems(self, row: ParsedRow) -> list[str]:
        found = [localized(message) for message in row.errors.values()]
        if row.row_number in self.save_errors:
            found.append(self.save_errors[row.row_number])
        return found

    def error_count(self) -> int:
        return sum(1 for row in self.rows if self.problems(row))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.keys):
            return None
        key = self.keys[section]
        if key == ROW:
            return QCoreApplication.translate("ImportDialog", "Row")
        if key == PROBLEMS:
            return QCoreApplication.translate("ImportDialog", "Problems")
        return column_title(key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.keys[index.column()]
        problems = self.problems(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, key, problems)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and (key == ROW or day_of(key)):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _shown(self, row: ParsedRow, key: str, problems: list[str]) -> str:
        if key == ROW:
            return str(row.row_number)
        if key == PROBLEMS:
            return "; ".join(problems)
        day = day_of(key)
        if day is not None:
            attendance = row.values.get("attendance") or []
            present = (
                isinstance(attendance, list) and day <= len(attendance) and attendance[day - 1]
            )
            return "✓" if present else ""
        value = row.values.get(key)
        if value is None:
            return ""
        if key == "gender" and isinstance(value, str):
            return self.reference.name("gender", value, self.language)
        if isinstance(value, float):
            return format_number(value, self.language, 2)
        return str(value)
