"""The audit log as a table, newest first, read a page at a time as the person scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.ui.audit.labels import action_label, details_text, details_tooltip, record_text
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.widgets.language import ui_language
from csc_desktop.ui.widgets.locale_formats import format_timestamp

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PAGE_SIZE = 200
COLUMNS = ("seq", "at", "person", "action", "record", "details", "recipient")


class AuditModel(QAbstractTableModel):
    page_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: Any = None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = AuditQuery()
        self.entries: list[dict[str, Any]] = []
        self.exhausted = True
        self.fetching = False
        self._generation = 0

    def set_query(self, query: AuditQuery) -> None:
        """Start again from the newest entry with these filters."""
        self._generation += 1
        self.beginResetModel()
        self.query = query
        self.entries = []
        self.exhausted = False
        self.fetching = False
        self.endResetModel()
        self.fetchMore(_ROOT)

    def refresh(self) -> None:
        self.set_query(self.query)

    # -- lazy pages ------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self.exhausted and not self.fetching

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self.fetching = True
        generation = self._generation
        ws, query, offset = self.ctx.ws, self.query, len(self.entries)

        def task(_progress: Progress) -> list[dict[str, Any]]:
            return list_entries(ws, query, offset=offset, limit=PAGE_SIZE)

        def done(page: list[dict[str, Any]]) -> None:
            if generation != self._generation:
                return  # the filters changed meanwhile
            self.fetching = False
            self.exhausted = len(page) < PAGE_SIZE
            if page:
                first = len(self.entries)
                self.beginInsertRows(_ROOT, first, first + len(page) - 1)
                self.entries.extend(page)
                self.endInsertRows()
            self.page_loaded.emit()

        def failed(_error: BaseException, _trace: str) -> None:
            if generation == self._generation:
                self.fetching = False
                self.exhausted = True
                self.page_loaded.emit()

        self.ctx.runner.run(task, on_done=done, on_error=failed, receiver=self)

    # -- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        tr = QCoreApplication.translate
        titles = (
            tr("AuditModel", "No."),
            tr("AuditModel", "When"),
            tr("AuditModel", "Person"),
            tr("AuditModel", "Action"),
            tr("AuditModel", "Record"),
            tr("AuditModel", "Details"),
            tr("AuditModel", "Given to"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "seq":
                return str(entry["seq"])
            if column == "at":
                return format_timestamp(entry["at"], ui_language(self.ctx))
            if column == "action":
                return action_label(entry["action"])
            if column == "record":
                return record_text(entry.get("record_kind"), entry.get("record_id"))
            if column == "details":
                return details_text(entry.get("details"), entry.get("record_kind"))
            value = entry.get(column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "record":
                return entry.get("record_id") or None
            if column == "details":
                return details_tooltip(entry.get("details")) or None
            if column == "at":
                return entry["at"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def record_id_at(self, row: int) -> str | None:
        return self.entries[row].get("record_id") if 0 <= row < len(self.entries) else None
