"""One table model per record list: rows read on the worker, only those a person can see.

The first page of a query is shown as soon as it is read, and its counts follow. Until the count
is known, further pages come as the view scrolls near the end (``canFetchMore``/``fetchMore``),
growing with what is loaded. Once it is known, the model has that many rows, and a row is read
when the view first shows it: a block of rows around it, counted from the nearer end of the list
(the last rows of 100,000 are the first of the reversed order, so Ctrl+End costs what the first
page does). A row not read yet shows “…” for the moment it takes.

Sorting and filtering happen in the store (``ListQuery``); a new query replaces the rows when its
first page arrives, and answers to an older query (or for rows scrolled past) are dropped.
"""

from __future__ import annotations

import time
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

from csc_desktop.domain.fields import DATE_FIELD, Kind
from csc_desktop.services.records import ListQuery, ReadCancelled
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.lists.columns import Column
from csc_desktop.ui.lists.formatting import Cells, RowFormatter

FIRST_PAGE = 100  # three screens of rows on a large monitor
LARGEST_PAGE = 25_600
BLOCK = 250  # rows read together when the view shows rows not read yet (at least)
# What one more row costs the store to read (measured at 100,000 records): a query whose first
# page took longer than its rows explain (a sort the store cannot take from an index) is read
# in bigger blocks, so that scrolling pays for that sort fewer times.
SECONDS_PER_ROW = 0.000_05
READ_SHOWN_AFTER_MS = 15  # while a scrollbar is dragged, read where it stops rather than each step
READING = "…"  # shown in a row until it is read
COUNT_AFTER_MS = 400  # a search's count waits for a pause in typing
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
ANSWERED_ROLES = frozenset(int(r) for r in (DISPLAY, TOOLTIP, ALIGNMENT, RECORD_ID_ROLE))
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# worked out once: combining Qt's flags in Python costs more than a whole cell's text
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
NO_FLAGS = Qt.ItemFlag.NoItemFlags
AnyIndex = QModelIndex | QPersistentModelIndex
Page = tuple[list[str], list[Cells]]


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


def reversed_query(query: ListQuery) -> ListQuery | None:
    """The same rows in exactly the opposite order, or None when there is no such order (the
    relevance of a search). The store orders by the column, then the id, both the same way."""
    if query.search.strip() and query.order_by is None:
        return None
    return replace(
        query, order_by=query.order_by or DATE_FIELD[query.kind], descending=not query.descending
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
        # One entry per row of the model; None: not read yet (rows past the first pages).
        self._ids: list[str | None] = []
        self._cells: list[Cells | None] = []
        self._matching = 0  # records matching the query (known once counted)
        self._total: int | None = None  # records in the list, whatever the filters
        self._more = False  # the store has rows after the loaded ones, not yet in the model
        self._generation = 0
        self._counted_generation = -1  # the query whose count sized the model
        self._fetching = False
        self._reloading = False
        self.kept_place = False  # the rows in place are a refresh's, the view left where it was
        self._sort_cost = 0.0  # seconds the store spends on each read of the query
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._count_now)
        self._pending_count: Any = None
        # rows the view asked for that are not read yet, by block
        self._wanted: set[int] = set()
        self._wish: frozenset[int] = frozenset()  # the blocks asked for last (others: stale)
        self._requested: set[int] = set()  # blocks being read
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_SHOWN_AFTER_MS)
        self._read_timer.timeout.connect(self._read_wanted)

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

    def is_read(self, row: int) -> bool:
        """The row's values are in the model (not still to be read)."""
        return 0 <= row < len(self._cells) and self._cells[row] is not None

    def _columns_asked(self) -> tuple[str, ...]:
        return ("id", *(c.name for c in self.columns))

    def set_query(
        self, query: ListQuery, *, keep: int = 0, recount: bool = False, hold: int = 0
    ) -> None:
        """Show the rows of ``query`` (its first page, or the first ``keep`` rows on a refresh).
        ``hold``: the model keeps that many rows until the count comes (a refresh leaves the
        view where it was scrolled to; the rows in view are read again).

        The rows come first and the counts after them (a person sees results sooner); the count
        of the whole list is kept from one query to the next unless ``recount``. A first page
        that holds every match is its own count. A query that is already outdated when the
        worker reaches it (the person typed on) is skipped."""
        self._generation += 1
        generation = self._generation
        self._query = query
        self._reloading = True
        self._fetching = False
        self._forget_wishes()
        ws = self.ctx.ws
        formatter = self._formatter
        columns = self._columns_asked()
        limit = max(FIRST_PAGE, keep)
        count_total = recount or self._total is None
        known: dict[str, int] = {}  # the count, when the first page (or the list's) told it
        took: list[float] = []  # the worker's time for the first page
        if _unfiltered(query) and not count_total and self._total is not None:
            known["matching"] = self._total  # the whole list, counted since the last change

        def fetch(_progress: Any) -> tuple[list[str], list[Cells], bool] | None:
            if generation != self._generation:
                return None
            started = time.perf_counter()
            rows = ws.records.rows(query, offset=0, limit=limit + 1, columns=columns)
            took.append(time.perf_counter() - started)
            more = len(rows) > limit
            rows = rows[:limit]
            return [r["id"] for r in rows], [formatter.cells(r) for r in rows], more

        def show(result: tuple[list[str], list[Cells], bool] | None) -> None:
            if result is None or generation != self._generation:
                return
            ids, cells, more = result
            self.beginResetModel()
            self._ids, self._cells, self._more = list(ids), list(cells), more
            self.kept_place = hold > 0
            # what the first page cost beyond its rows: the store's sort, paid on every read
            self._sort_cost = max(0.0, took[0] - len(ids) * SECONDS_PER_ROW) if took else 0.0
            if more and hold > len(ids):
                self._ids.extend([None] * (hold - len(ids)))
                self._cells.extend([None] * (hold - len(ids)))
                self._more = False  # the count sizes the model
            self._reloading = False
            self.endResetModel()
            self.loaded.emit()
            if more:
                return
            known["matching"] = len(ids)
            if not count_total or _unfiltered(query):
                self._count_timer.stop()
                self._pending_count = None
                counted((len(ids), len(ids) if count_total else None))
            elif self._count_timer.isActive():
                self._count_timer.stop()
                self._count_now()  # only the whole list is left to count

        def stale() -> bool:  # asked by the store while it counts, on the worker
            return generation != self._generation

        def count(_progress: Any) -> tuple[int, int | None] | None:
            if stale() or self._counted_generation == generation:
                return None
            try:
                matching = known.get("matching")
                if matching is None:
                    matching = ws.records.count(query, cancelled=stale)
                if not count_total:
                    return matching, None
                if _unfiltered(query):
                    return matching, matching
                return matching, ws.records.count(
                    ListQuery(query.kind, include_deleted=query.include_deleted), cancelled=stale
                )
            except ReadCancelled:  # a newer query replaced this one while it was counted
                return None

        def counted(result: tuple[int, int | None] | None) -> None:
            if result is None or generation != self._generation:
                return
            if self._counted_generation == generation:
                return
            self._counted_generation = generation
            matching, total = result
            self._matching = matching
            if total is not None:
                self._total = total
            self._size_to(matching)
            self.counts_changed.emit(matching, self._total or 0)

        failed = self._failed(generation)
        self.ctx.runner.run(fetch, on_done=show, on_error=failed, receiver=self)
        # Counting a broad search costs as much as reading its rows: while the person is still
        # typing, the next query's rows matter more than this one's count.
        self._pending_count = lambda: self.ctx.runner.run(
            count, on_done=counted, on_error=failed, receiver=self
        )
        self._count_timer.start(0 if count_total or not query.search else COUNT_AFTER_MS)

    def typing(self) -> None:
        """The person is typing in the search box: the count of the current query waits for the
        pause (a new query will most likely replace it, and a count running on the worker would
        hold up that query's rows)."""
        if self._count_timer.isActive():
            self._count_timer.start(COUNT_AFTER_MS)

    def _count_now(self) -> None:
        if self._pending_count is not None:
            pending, self._pending_count = self._pending_count, None
            pending()

    def _size_to(self, rows: int) -> None:
        """Once counted, the model has a row for every match (read when first shown)."""
        self._more = False
        have = len(self._ids)
        if rows < have:  # fewer than held (or read just before a change)
            self.beginRemoveRows(QModelIndex(), rows, have - 1)
            del self._ids[rows:], self._cells[rows:]
            self.endRemoveRows()
        if rows <= have:
            return
        self.beginInsertRows(QModelIndex(), have, rows - 1)
        self._ids.extend([None] * (rows - have))
        self._cells.extend([None] * (rows - have))
        self.endInsertRows()

    def _read_prefix(self) -> int:
        """How many rows from the top are read (what a refresh keeps)."""
        return next((n for n, c in enumerate(self._cells) if c is None), len(self._cells))

    def refresh(self) -> None:
        """Read the rows again (after a change), keeping as many as are loaded (up to a limit)."""
        self.set_query(
            self._query,
            keep=min(self._read_prefix(), 2_000),
            recount=True,
            hold=len(self._ids),
        )

    def set_language(self, language: str) -> None:
        self._formatter = RowFormatter(self.columns, self.ctx.ws.reference, language)
        self.set_query(
            replace(self._query, language=language),
            keep=min(self._read_prefix(), 2_000),
            hold=len(self._ids),
        )

    def _failed(self, generation: int) -> Any:
        def failed(exc: BaseException, trace: str) -> None:
            if generation == self._generation:
                self._reloading = self._fetching = False
                self.failed.emit(exc, trace)

        return failed

    # -- lazy fetching, before the count is known ------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._reloading and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        query, formatter, ws = self._query, self._formatter, self.ctx.ws
        offset, limit = len(self._ids), next_page_size(len(self._ids))
        columns = self._columns_asked()

        def fetch(_progress: Any) -> tuple[list[str], list[Cells], bool]:
            rows = ws.records.rows(query, offset=offset, limit=limit + 1, columns=columns)
            more = len(rows) > limit
            rows = rows[:limit]
            return [r["id"] for r in rows], [formatter.cells(r) for r in rows], more

        def done(result: tuple[list[str], list[Cells], bool]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            ids, cells, more = result
            counted = self._counted_generation == generation
            if not counted:
                self._more = more
            self._place(offset, ids, cells, grow=True)

        self.ctx.runner.run(fetch, on_done=done, on_error=self._failed(generation), receiver=self)

    def _place(self, first: int, ids: list[str], cells: list[Cells], *, grow: bool) -> None:
        """Put rows read from ``first`` on into the model: into the rows the count made, and
        (``grow``) as new rows after them."""
        have = len(self._ids)
        inside = max(0, min(len(ids), have - first))
        if inside:
            self._ids[first : first + inside] = ids[:inside]
            self._cells[first : first + inside] = cells[:inside]
            self.dataChanged.emit(
                self.index(first, 0), self.index(first + inside - 1, len(self.columns) - 1)
            )
        if grow and len(ids) > inside:
            self.beginInsertRows(QModelIndex(), have, first + len(ids) - 1)
            self._ids.extend(ids[inside:])
            self._cells.extend(cells[inside:])
            self.endInsertRows()

    # -- rows read when shown, once the count is known ---------------------------------------

    def _forget_wishes(self) -> None:
        self._wanted.clear()
        self._wish = frozenset()
        self._requested.clear()
        self._read_timer.stop()

    def _want(self, row: int) -> None:
        block = row // BLOCK
        if block in self._requested:
            return
        self._wanted.add(block)
        if not self._read_timer.isActive():
            self._read_timer.start()

    def _missing(self, block: int) -> tuple[int, int] | None:
        """The rows of ``block`` still to be read (first, end), or None."""
        start, end = block * BLOCK, min((block + 1) * BLOCK, len(self._cells))
        missing = [n for n in range(start, end) if self._cells[n] is None]
        return (missing[0], missing[-1] + 1) if missing else None

    def _read_wanted(self) -> None:
        """Read the blocks the view asked for since the last time (and, for someone scrolling
        on, the next one); a block asked for earlier and not since is no longer read."""
        wish = set(self._wanted)
        self._wanted.clear()
        if not wish:
            return
        following = max(wish) + 1
        if following * BLOCK < len(self._cells):
            wish.add(following)
        self._wish = frozenset(wish)
        # neighbouring blocks in one read: the store walks to the first of them once
        runs: list[list[int]] = []
        for block in sorted(wish - self._requested):
            if self._missing(block) is None:
                continue
            if runs and runs[-1][-1] == block - 1:
                runs[-1].append(block)
            else:
                runs.append([block])
        taken = {block for run in runs for block in run}
        for run in runs:
            self._widen(run, taken)
        for run in runs:
            first = self._missing(run[0])
            last = self._missing(run[-1])
            assert first is not None and last is not None
            self._read_rows(frozenset(run), first[0], last[1])

    def _blocks_per_read(self) -> int:
        rows = int(self._sort_cost / SECONDS_PER_ROW)
        return max(1, min(rows, LARGEST_PAGE) // BLOCK)

    def _widen(self, run: list[int], taken: set[int]) -> None:
        """Add the neighbouring blocks still to be read to ``run`` (after it, else before it)
        up to the blocks one read should take for this query."""
        last = (len(self._cells) - 1) // BLOCK

        def free(block: int) -> bool:
            return (
                0 <= block <= last
                and block not in taken
                and block not in self._requested
                and self._missing(block) is not None
            )

        while len(run) < self._blocks_per_read():
            if free(run[-1] + 1):
                run.append(run[-1] + 1)
            elif free(run[0] - 1):
                run.insert(0, run[0] - 1)
            else:
                return
            taken.update((run[0], run[-1]))

    def _read_rows(self, blocks: frozenset[int], start: int, end: int) -> None:
        generation = self._generation
        query, formatter, ws = self._query, self._formatter, self.ctx.ws
        rows_in_list = len(self._ids)
        counted = self._counted_generation == generation  # else the list's length may be old
        nearer_end = counted and start > rows_in_list - end
        backwards = reversed_query(query) if nearer_end else None
        columns = self._columns_asked()
        self._requested |= blocks

        def read(_progress: Any) -> Page | None:
            if generation != self._generation or not blocks & self._wish:
                return None  # the person scrolled on
            if backwards is not None:
                offset = max(0, rows_in_list - end)
                rows = ws.records.rows(backwards, offset=offset, limit=end - start, columns=columns)
                rows.reverse()
            else:
                rows = ws.records.rows(query, offset=start, limit=end - start, columns=columns)
            return [r["id"] for r in rows], [formatter.cells(r) for r in rows]

        def done(result: Page | None) -> None:
            if generation != self._generation:
                return
            self._requested -= blocks
            if result is not None:
                self._place(start, *result, grow=False)
            elif end <= len(self._ids):
                # not read: if these rows are still in view, the view asks for them again
                self.dataChanged.emit(
                    self.index(start, 0), self.index(end - 1, len(self.columns) - 1)
                )

        self.ctx.runner.run(read, on_done=done, on_error=self._failed(generation), receiver=self)

    # -- the model -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # Called for every role of every cell painted: the roles a list answers come first,
        # the others (font, colours, decoration…) leave at once.
        if role not in ANSWERED_ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._cells):
            return None
        if role in (DISPLAY, TOOLTIP):
            cells = self._cells[row]
            if cells is None:
                self._want(row)
                return READING if role == DISPLAY and index.column() == 0 else None
            text = cells[index.column()]
            if role == TOOLTIP and len(text) < 30:
                return None
            return text
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if self.columns[index.column()].numeric else None
        return self._ids[row]  # RECORD_ID_ROLE

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].header()
        if role == ALIGNMENT and self.columns[section].numeric:
            return RIGHT_ALIGNED
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else NO_FLAGS

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
