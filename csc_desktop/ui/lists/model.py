"""One table model per record list: rows fetched lazily, a page at a time, on the worker.

The first page of a query is shown as soon as it is read, and its counts follow; further pages
are fetched when the view scrolls near the end (``canFetchMore``/``fetchMore``). Pages start at 200 rows and grow with what is
loaded, so scrolling through 100,000 records takes a dozen fetches rather than 500 (each fetch
of a page deep in a list costs the database a walk past the rows before it).

Sorting and filtering happen in the store (``ListQuery``); a new query replaces the rows when its
first page arrives, and answers to an older query are dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from csc_desktop.domain.fields import Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.lists.columns import Column
from csc_desktop.ui.lists.formatting import Cells, RowFormatter

FIRST_PAGE = 200
LARGEST_PAGE = 25_600
COUNT_AFTER_MS = 400  # a search's count waits for a pause in typing
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def next_page_size(loaded: int) -> int:
    return FIRST_PAGE if loaded < 4 * FIRST_PAGE else min(loaded, LARGEST_PAGE)


def _unfiltered(query: ListQuery) -> bool:
    return not (
        query.search.strip()
        or query.statuses
        or query.crime_areas
        or query.countries
        or query.date_from
        or query.date_to
    )


class RecordListModel(QAbstractTableModel):
    loaded = Signal()  # the rows of a new query (or a refresh) are in place
    counts_changed = Signal(int, int)  # records matching the query, records in the list (after)
    failed = Signal(object, str)  # exception, traceback

    def __init__(
        self,
        ctx: AppContext,
        kind: Kind,
        columns: tuple[Column, ...],
        language: str,
        parent: Any = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.columns = columns
        self._formatter = RowFormatter(columns, ctx.ws.reference, language)
        self._query = ListQuery(kind, language=language)
        self._ids: list[str] = []
        self._cells: list[Cells] = []
        self._matching = 0  # records matching the query (known once counted)
        self._total: int | None = None  # records in the list, whatever the filters
        self._more = False  # the store has rows after the loaded ones
        self._generation = 0
        self._fetching = False
        self._reloading = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._count_now)
        self._pending_count: Any = None

    # -- queries ------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def matching(self) -> int:
        return self._matching

    @property
    def total(self) -> int | None:
        return self._total

    def is_loading(self) -> bool:
        return self._reloading or self._fetching

    def count_due(self) -> bool:
        """The counts of the current query are still to be asked for (a pause in typing)."""
        return self._count_timer.isActive()

    def set_query(self, query: ListQuery, *, keep: int = 0, recount: bool = False) -> None:
        """Show the rows of ``query`` (its first page, or the first ``keep`` rows on a refresh).

        The rows come first and the counts after them (a person sees results sooner); the count
        of the whole list is kept from one query to the next unless ``recount``. A query that is
        already outdated when the worker reaches it (the person typed on) is skipped."""
        self._generation += 1
        generation = self._generation
        self._query = query
        self._reloading = True
        self._fetching = False
        ws = self.ctx.ws
        formatter = self._formatter
        columns = ("id", *(c.name for c in self.columns))
        limit = max(FIRST_PAGE, keep)
        count_total = recount or self._total is None

        def fetch(_progress: Any) -> tuple[list[str], list[Cells], bool] | None:
            if generation != self._generation:
                return None
            rows = ws.records.rows(query, offset=0, limit=limit + 1, columns=columns)
            more = len(rows) > limit
            rows = rows[:limit]
            return [r["id"] for r in rows], [formatter.cells(r) for r in rows], more

        def show(result: tuple[list[str], list[Cells], bool] | None) -> None:
            if result is None or generation != self._generation:
                return
            ids, cells, more = result
            self.beginResetModel()
            self._ids, self._cells, self._more = ids, cells, more
            self._reloading = False
            self.endResetModel()
            self.loaded.emit()

        def count(_progress: Any) -> tuple[int, int | None] | None:
            if generation != self._generation:
                return None
            matching = ws.records.count(query)
            if not count_total:
                return matching, None
            everything = ListQuery(query.kind, include_deleted=query.include_deleted)
            return matching, matching if _unfiltered(query) else ws.records.count(everything)

        def counted(result: tuple[int, int | None] | None) -> None:
            if result is None or generation != self._generation:
                return
            matching, total = result
            self._matching = matching
            if total is not None:
                self._total = total
            self.counts_changed.emit(matching, self._total or 0)

        failed = self._failed(generation)
        self.ctx.runner.run(fetch, on_done=show, on_error=failed, receiver=self)
        # Counting a broad search costs as much as reading its rows: while the person is still
        # typing, the next query's rows matter more than this one's count.
        self._pending_count = lambda: self.ctx.runner.run(
            count, on_done=counted, on_error=failed, receiver=self
        )
        self._count_timer.start(0 if count_total or not query.search else COUNT_AFTER_MS)

    def _count_now(self) -> None:
        if self._pending_count is not None:
            pending, self._pending_count = self._pending_count, None
            pending()

    def refresh(self) -> None:
        """Read the rows again (after a change), keeping as many as are loaded (up to a limit)."""
        self.set_query(self._query, keep=min(len(self._ids), 2_000), recount=True)

    def set_language(self, language: str) -> None:
        self._formatter = RowFormatter(self.columns, self.ctx.ws.reference, language)
        self.set_query(replace(self._query, language=language), keep=min(len(self._ids), 2_000))

    def _failed(self, generation: int) -> Any:
        def failed(exc: BaseException, trace: str) -> None:
            if generation == self._generation:
                self._reloading = self._fetching = False
                self.failed.emit(exc, trace)

        return failed

    # -- lazy fetching -------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._reloading and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        query, formatter, ws = self._query, self._formatter, self.ctx.ws
        offset, limit = len(self._ids), next_page_size(len(self._ids))
        columns = ("id", *(c.name for c in self.columns))

        def fetch(_progress: Any) -> tuple[list[str], list[Cells], bool]:
            rows = ws.records.rows(query, offset=offset, limit=limit + 1, columns=columns)
            more = len(rows) > limit
            rows = rows[:limit]
            return [r["id"] for r in rows], [formatter.cells(r) for r in rows], more

        def done(result: tuple[list[str], list[Cells], bool]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            ids, cells, self._more = result
            if not ids:
                return
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self._ids.extend(ids)
            self._cells.extend(cells)
            self.endInsertRows()

        self.ctx.runner.run(fetch, on_done=done, on_error=self._failed(generation), receiver=self)

    # -- the model -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._cells[index.row()][index.column()]
            if role == Qt.ItemDataRole.ToolTipRole and len(text) < 30:
                return None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ID_ROLE:
            return self._ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        name = self.columns[column].name
        if self._query.order_by == name and self._query.descending == descending:
            return
        self.set_query(replace(self._query, order_by=name, descending=descending))

    # -- records -------------------------------------------------------------------------

    def record_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def sort_column(self) -> tuple[int, Qt.SortOrder] | None:
        """The column the rows are sorted by, for the header's indicator (None: by date or
        relevance, the store's default)."""
        for n, column in enumerate(self.columns):
            if column.name == self._query.order_by:
                order = (
                    Qt.SortOrder.DescendingOrder
                    if self._query.descending
                    else Qt.SortOrder.AscendingOrder
                )
                return n, order
        return None
