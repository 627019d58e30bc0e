"""A record's attachments as a table: name, kind, size, who added it and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from csc_desktop.ui.attachments.labels import kind_label, size_text
from csc_desktop.ui.widgets.locale_formats import format_timestamp

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
COLUMNS = ("filename", "kind", "size", "created_by", "created_at")


class AttachmentsModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None):
        super().__init__(parent)
        self.language = language
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self.language = language
        self.endResetModel()

    def attachment(self, row: int) -> dict[str, Any]:
        return self.rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        tr = QCoreApplication.translate
        titles = (
            tr("attachments", "File"),
            tr("attachments", "Kind"),
            tr("attachments", "Size"),
            tr("attachments", "Added by"),
            tr("attachments", "Added on"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(column)
            if column == "kind":
                return kind_label(str(value))
            if column == "size":
                return size_text(int(value or 0), self.language)
            if column == "created_at":
                return format_timestamp(value, self.language)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column == "filename":
            return QCoreApplication.translate("attachments", "SHA-256: {digest}").format(
                digest=row.get("sha256", "")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
