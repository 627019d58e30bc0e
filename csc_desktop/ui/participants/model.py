"""The participants of one training as an editable table: the declared fields, a checkbox per
training day. Rows keep their ids, so saving changes the same people rather than replacing them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.participants_io import day_of
from csc_desktop.ui.i18n.messages import localized
from csc_desktop.ui.participants.cells import read_cell
from csc_desktop.ui.participants.columns import AFTER_DAYS, column_keys, column_title
from csc_desktop.ui.widgets.locale_formats import format_number

ERROR_BACKGROUND = QColor("#fce8e6")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass
class ParticipantRow:
    id: str | None = None
    values: dict[str, Any] = field(default_factory=lambda: {"gender": "undisclosed"})
    attendance: list[bool] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # column key -> message


class ParticipantsModel(QAbstractTableModel):
    def __init__(
        self,
        reference: ReferenceData,
        language: str,
        country: str | None,
        days: int = 1,
        parent: Any = None,
    ):
        super().__init__(parent)
        self.reference = reference
        self.language = language
        self.country = country
        self.days = max(1, days)
        self.keys = column_keys(self.days)
        self.rows: list[ParticipantRow] = []
        self.read_only = False
        self._dirty = False

    # -- loading and saving ---------------------------------------------------------------------

    def load(self, people: list[dict[str, Any]], days: int) -> None:
        self.beginResetModel()
        self.days = max(1, days)
        self.keys = column_keys(self.days)
        self.rows = [
            ParticipantRow(
                id=p.get("id"),
                values={k: v for k, v in p.items() if k not in ("id", "attendance")},
                attendance=list(p.get("attendance") or []),
            )
            for p in people
        ]
        self.endResetModel()
        self._dirty = False

    def payload(self) -> list[dict[str, Any]]:
        """The list ``ws.records.update(id, {"participants": …})`` takes: rows with an id change
        that participant, rows without one are added, participants left out are removed."""
        people = []
        for row in self.rows:
            person: dict[str, Any] = {k: row.values.get(k) for k in self.keys if day_of(k) is None}
            person["attendance"] = (row.attendance + [False] * self.days)[: self.days]
            if row.id:
                person["id"] = row.id
            people.append(person)
        return people

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_saved(self) -> None:
        self._dirty = False

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self.language = language
        self.endResetModel()

    def set_days(self, days: int) -> None:
        days = max(1, days)
        if days == self.days:
            return
        self.beginResetModel()
        self.days = days
        self.keys = column_keys(days)
        self.endResetModel()

    def set_service_errors(self, errors: dict[str, str]) -> None:
        """Errors of a save, keyed ``participants[N].field`` (N 1-based), onto their cells."""
        for row in self.rows:
            row.errors = {k: v for k, v in row.errors.items() if k.startswith("local:")}
        for key, message in errors.items():
            if not key.startswith("participants["):
                continue
            number = int(key[len("participants[") : key.index("]")])
            column = key[key.index("]") + 2 :] if "]." in key else "name"
            if column == "attendance":
                column = "day:1"
            if 1 <= number <= len(self.rows):
                self.rows[number - 1].errors[column] = message
        self._changed_everywhere()

    def has_errors(self) -> bool:
        return any(row.errors for row in self.rows)

    # -- editing ---------------------------------------------------------------------------------

    def add_row(self) -> int:
        position = len(self.rows)
        self.beginInsertRows(_ROOT, position, position)
        self.rows.append(ParticipantRow(attendance=[False] * self.days))
        self.endInsertRows()
        self._dirty = True
        return position

    def remove_rows(self, positions: list[int]) -> None:
        for position in sorted(set(positions), reverse=True):
            if 0 <= position < len(self.rows):
                self.beginRemoveRows(_ROOT, position, position)
                del self.rows[position]
                self.endRemoveRows()
                self._dirty = True

    def set_text(self, row: int, key: str, text: str) -> None:
        """Put what a person typed or pasted into a cell, read as the import reads it."""
        while row >= len(self.rows):
            self.add_row()
        cell = read_cell(key, text, row + 1, self.reference, self.country)
        target = self.rows[row]
        day = day_of(key)
        if day is not None:
            target.attendance = (target.attendance + [False] * self.days)[: self.days]
            target.attendance[day - 1] = bool(cell.value)
        else:
            target.values[key] = cell.value
        target.errors.pop(key, None)
        target.errors.pop(f"local:{key}", None)
        if cell.error:
            target.errors[f"local:{key}"] = cell.error
        self._dirty = True
        column = self.keys.index(key) if key in self.keys else 0
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    # -- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(self.keys[section]) if 0 <= section < len(self.keys) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if day_of(self.keys[index.column()]) is not None:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.keys[index.column()]
        day = day_of(key)
        error = row.errors.get(key) or row.errors.get(f"local:{key}")
        if role == Qt.ItemDataRole.CheckStateRole and day is not None:
            present = day <= len(row.attendance) and row.attendance[day - 1]
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and day is None:
            return self._shown(key, row.values.get(key))
        if role == Qt.ItemDataRole.EditRole and day is None:
            value = row.values.get(key)
            if key in AFTER_DAYS:
                return self._shown(key, value)
            return value if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return localized(error)  # the store's and the import's messages are English
            return (self._shown(key, row.values.get(key)) if day is None else None) or None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if day is not None:
                return int(Qt.AlignmentFlag.AlignCenter)
            if key in AFTER_DAYS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        key = self.keys[index.column()]
        day = day_of(key)
        if day is not None and role == Qt.ItemDataRole.CheckStateRole:
            row = self.rows[index.row()]
            row.attendance = (row.attendance + [False] * self.days)[: self.days]
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            row.attendance[day - 1] = checked
            row.errors.pop(key, None)
            row.errors.pop(f"local:{key}", None)
            self._dirty = True
            self.dataChanged.emit(index, index, [role])
            return True
        if role != Qt.ItemDataRole.EditRole or day is not None:
            return False
        self.set_text(index.row(), key, "" if value is None else str(value))
        return True

    # -- internals -------------------------------------------------------------------------------

    def _shown(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        if key in ("gender", "function"):
            return self.reference.name(key, value, self.language) if isinstance(value, str) else ""
        if key == "institution":
            return self.reference.name("institution", value, self.language)
        if key in ("pre_score", "post_score") and isinstance(value, int | float):
            return format_number(value, self.language, 2)
        return str(value)

    def _changed_everywhere(self) -> None:
        if self.rows and self.keys:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.keys) - 1)
            )


def count_text(count: int) -> str:
    return QCoreApplication.translate("participants", "Participants: {count}").format(count=count)
