"""Filtering lists the way the store searches: case-, diacritic- and script-insensitive, so
"tuzilastvo" finds "Тужилаштво" and "Tužilaštvo"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from csc_desktop.text.fold import fold

# Each item keeps its folded text under this role; rows match when every folded word typed
# appears in it.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 40


class FoldFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in key for word in self._words)
