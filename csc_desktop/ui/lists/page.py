"""A record list page: filters, the table, the counts and the New button."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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

from csc_desktop.domain.fields import Kind
from csc_desktop.text.locales import format_number
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.lists.columns import columns_for
from csc_desktop.ui.lists.filters import FilterBar
from csc_desktop.ui.lists.model import RecordListModel
from csc_desktop.ui.lists.titles import list_title, new_button_text, nothing_yet_text
from csc_desktop.ui.lists.view_state import ViewState
from csc_desktop.ui.settings.declared import list_view_key
from csc_desktop.ui.shell.editors_bridge import open_record_editor
from csc_desktop.ui.shell.feedback import show_error
from csc_desktop.ui.theme import icon
from csc_desktop.ui.widgets.language import ui_language

SAVE_LAYOUT_AFTER_MS = 800
MIN_TITLE_WIDTH = 180


class RecordTable(QTableView):
    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class RecordListPage(QWidget):
    def __init__(self, ctx: AppContext, kind: Kind, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        language = ui_language(ctx)
        self.columns = columns_for(kind, is_hq=ctx.ws.identity.is_hq)
        stored = ctx.settings.get(list_view_key(kind.value)) if ctx.settings else None
        self.state = ViewState.from_setting(stored, self.columns)
        self._stale = False
        self._counted = False  # no counts before the first answer: no "nothing yet" flash
        self._fitted = False
        self._fitting = False

        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.count = QLabel(self)
        self.count.setProperty("role", "count")
        self.new_button = QPushButton(icon("new"), "", self)
        self.new_button.clicked.connect(self.new_record)
        self.filters = FilterBar(
            kind, ctx.ws.reference, language, with_country=ctx.ws.identity.is_hq, parent=self
        )
        self.model = RecordListModel(ctx, kind, self.columns, language, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.empty_hint = QLabel(self.table.viewport())
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setProperty("role", "hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        self.table.viewport().installEventFilter(self)
        self._setup_table()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        f = self.filters
        chain = (
            f.search,
            f.status,
            f.crime_area,
            f.country,
            f.date_from,
            f.date_to,
            f.clear_button,
            self.table,
            self.new_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_LAYOUT_AFTER_MS)
        self._save_timer.timeout.connect(self._save_layout)
        self.table.horizontalHeader().sectionResized.connect(self._resized)
        self.filters.changed.connect(self._apply_filters)
        self.filters.search.textChanged.connect(self._typing)
        self.model.counts_changed.connect(self._show_counts)
        self.model.failed.connect(self._load_failed)
        self.model.loaded.connect(self._loaded)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        ctx.bus.changed.connect(self._records_changed)
        ctx.bus.language_changed.connect(self._language_changed)
        self.retranslate()
        query = self.model.query
        if self.state.sort_column:
            query = replace(
                query, order_by=self.state.sort_column, descending=self.state.descending
            )
        self.model.set_query(query)

    # -- the table ---------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for n, column in enumerate(self.columns):
            table.setColumnWidth(n, self.state.widths.get(column.name) or self._fitting_width(n))
        sort = [n for n, c in enumerate(self.columns) if c.name == self.state.sort_column]
        if sort:
            order = (
                Qt.SortOrder.DescendingOrder
                if self.state.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(sort[0], order)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        # after the indicator is set: enabling sorting asks the model to sort by it
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)

    def _resized(self, *_args: object) -> None:
        if not self._fitting:  # the person's widths are remembered, not the automatic ones
            self._save_timer.start()

    def _fit_columns(self) -> None:
        """Until the person sets widths, narrow the title so that every column shows."""
        self._fitted = True
        spare = self.table.viewport().width() - sum(
            self.table.columnWidth(n) for n in range(len(self.columns))
        )
        names = [c.name for c in self.columns]
        if spare < 0 and "title" in names:
            title = names.index("title")
            width = self.table.columnWidth(title)
            self._fitting = True
            self.table.setColumnWidth(title, max(MIN_TITLE_WIDTH, width + spare))
            self._fitting = False

    def _fitting_width(self, section: int) -> int:
        """The column's default width, widened for its heading up to a point (a long heading is
        shortened with "…" and shown whole in its tooltip)."""
        column = self.columns[section]
        heading = self.table.horizontalHeader().fontMetrics().horizontalAdvance(column.header())
        return max(column.width, min(heading + 36, 170))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(self.columns) and not self.columns[section].sortable:
            found = self.model.sort_column()  # keep showing the order actually used
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*(found or (-1, Qt.SortOrder.DescendingOrder)))
            header.blockSignals(False)
            return
        self.state.sort_column = self.columns[section].name if section >= 0 else None
        self.state.descending = order == Qt.SortOrder.DescendingOrder
        self._save_timer.start()

    def _save_layout(self) -> None:
        for n, column in enumerate(self.columns):
            self.state.widths[column.name] = self.table.columnWidth(n)
        if self.ctx.settings is not None:
            self.ctx.settings.set(list_view_key(self.kind.value), self.state.to_setting())

    # -- filters and counts -------------------------------------------------------------

    def _apply_filters(self) -> None:
        f = self.filters.filters()
        self.model.set_query(
            replace(
                self.model.query,
                search=f.search,
                statuses=(f.status,) if f.status else (),
                crime_areas=(f.crime_area,) if f.crime_area else (),
                countries=(f.country,) if f.country else (),
                date_from=f.date_from,
                date_to=f.date_to,
            )
        )

    def _typing(self, _text: str) -> None:
        self.model.typing()

    def _show_counts(self, matching: int, total: int) -> None:
        self._counted = True
        language = ui_language(self.ctx)
        if matching == total:
            text = self.tr("Records: {count}").format(count=format_number(total, language))
        else:
            text = self.tr("Shown: {shown} of {total}").format(
                shown=format_number(matching, language), total=format_number(total, language)
            )
        self.count.setText(text)
        if total == 0:
            self.empty_hint.setText(nothing_yet_text(self.kind))
        else:
            self.empty_hint.setText(self.tr("Nothing matches these filters."))
        self.empty_hint.setVisible(matching == 0)
        self._place_hint()

    def _loaded(self) -> None:
        if not self.state.widths and not self._fitted:
            self._fit_columns()
        if self.table.currentIndex().isValid() or self.model.rowCount() == 0:
            return
        # a new query starts at the top; a refresh stays where the person had scrolled
        row = max(self.table.rowAt(0), 0) if self.model.kept_place else 0
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.clearSelection()

    def _load_failed(self, exc: BaseException, trace: str) -> None:
        show_error(self.ctx, self, self.tr("The list could not be read"), exc, trace)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_hint()
        return super().eventFilter(watched, event)

    def _place_hint(self) -> None:
        self.empty_hint.setGeometry(self.table.viewport().rect().adjusted(24, 24, -24, -24))

    # -- commands (the main window's toolbar and shortcuts call these) -------------------

    def new_record(self) -> None:
        open_record_editor(self.ctx, self.kind.value, None, self.window())

    def open_selected(self) -> None:
        self._open_index(self.table.currentIndex())

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def refresh(self) -> None:
        self.model.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row()) if index.isValid() else None
        if record_id:
            open_record_editor(self.ctx, self.kind.value, record_id, self.window())

    # -- changes and language ------------------------------------------------------------

    def _records_changed(self, changes: list[Any]) -> None:
        if not any(getattr(c, "kind", None) == self.kind.value for c in changes):
            return
        if self.isVisible():
            self.model.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.refresh()

    def _language_changed(self, language: str) -> None:
        self.filters.set_language(language)
        self.model.set_language(language)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        # headings of another length: widen a column its new heading needs (never narrow one)
        for section in range(len(self.columns)):
            fitting = self._fitting_width(section)
            if self.table.columnWidth(section) < fitting:
                self.table.setColumnWidth(section, fitting)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(list_title(self.kind))
        self.new_button.setText(new_button_text(self.kind))
        self.new_button.setToolTip(self.tr("Add a record (Ctrl+N)"))
        self.table.setAccessibleName(list_title(self.kind))
        if self._counted:
            self._show_counts(self.model.matching, self.model.total or 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
