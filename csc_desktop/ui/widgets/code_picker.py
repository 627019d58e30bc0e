"""Choosing reference-data codes by their names in the UI language: one (a combo box) or
several (a checkable list with a filter box when the list is long)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.text.fold import fold
from csc_desktop.ui.widgets.fold_filter import SEARCH_ROLE, FoldFilterProxy

CODE_ROLE = Qt.ItemDataRole.UserRole + 41
# A list longer than this gets a filter box.
FILTER_FROM = 12
VISIBLE_ROWS = 7


class CodeCombo(QComboBox):
    """One code or none. ``choices`` are (code, name) pairs in display order."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.activated.connect(lambda _i: self.edited.emit())

    def set_choices(self, choices: Sequence[tuple[str, str]], none_label: str = "—") -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(none_label, None)
        for code, name in choices:
            self.addItem(name, code)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index < 0 and code:
            self.addItem(code, code)  # a code this laptop does not know yet: keep it
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class CodeMultiSelect(QWidget):
    """Several codes, ticked in a list. Ticked codes that are not among the choices (a crime area
    of another EMPACT cycle) stay listed, marked, so that the person sees why they are refused."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_query)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self._choices: list[tuple[str, str]] = []
        self._unavailable_label = "{name}"
        self._name_of: dict[str, str] = {}
        self._read_only = False
        # set while the list is rebuilt: the proxy must see the changes, the form must not
        self._quiet = False
        self.model.itemChanged.connect(self._item_changed)
        self.view.activated.connect(self._toggle)

    def set_choices(
        self,
        choices: Sequence[tuple[str, str]],
        *,
        filter_placeholder: str = "",
        unavailable_label: str = "{name}",
        name_of: dict[str, str] | None = None,
    ) -> None:
        """``unavailable_label`` formats a ticked code missing from ``choices`` ({name});
        ``name_of`` names such codes."""
        self._choices = list(choices)
        self._unavailable_label = unavailable_label
        self._name_of = dict(name_of or {})
        self.filter.setPlaceholderText(filter_placeholder)
        self.filter.setVisible(len(choices) > FILTER_FROM)
        self._rebuild(self.value())

    def value(self) -> list[str]:
        codes = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(item.data(CODE_ROLE))
        return codes

    def set_value(self, codes: Sequence[str]) -> None:
        self._rebuild(list(codes))

    def _rebuild(self, ticked: list[str]) -> None:
        known = {code for code, _ in self._choices}
        self._quiet = True
        self.model.clear()
        for code, name in self._choices:
            self.model.appendRow(self._item(code, name, code in ticked))
        for code in ticked:
            if code not in known:
                name = self._name_of.get(code, code)
                label = self._unavailable_label.format(name=name)
                self.model.appendRow(self._item(code, label, True))
        self._quiet = False
        self.view.reset()
        rows = min(max(self.model.rowCount(), 1), VISIBLE_ROWS)
        row_height = max(self.view.sizeHintForRow(0), self.fontMetrics().height())
        self.view.setFixedHeight(rows * row_height + 2 * self.view.frameWidth())

    def set_checked(self, code: str, checked: bool) -> None:
        """As if the person ticked it: sends ``edited``."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(code)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._quiet = True
        for row in range(self.model.rowCount()):
            self.model.item(row).setCheckable(not read_only)
        self._quiet = False
        self.filter.setReadOnly(read_only)

    def _item(self, code: str, name: str, checked: bool) -> QStandardItem:
        item = QStandardItem(name)
        item.setEditable(False)
        item.setCheckable(not self._read_only)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(code, CODE_ROLE)
        item.setData(fold(f"{name} {code}"), SEARCH_ROLE)
        item.setToolTip(name)
        return item

    def _item_changed(self, _item: QStandardItem) -> None:
        if not self._quiet:
            self.edited.emit()

    def _toggle(self, index: QModelIndex) -> None:
        """Enter or double-click ticks too, for keyboard use."""
        if self._read_only:
            return
        item = self.model.itemFromIndex(self.proxy.mapToSource(index))
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
