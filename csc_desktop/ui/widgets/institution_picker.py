"""Choosing institutions from reference data by any of their names, in any script, or typing
the name of one the list does not have yet (the store adds it when the record is saved)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.text.collate import sort_key
from csc_desktop.text.fold import fold
from csc_desktop.ui.widgets.code_picker import CODE_ROLE
from csc_desktop.ui.widgets.fold_filter import SEARCH_ROLE, FoldFilterProxy


@dataclass(frozen=True)
class InstitutionChoice:
    code: str
    label: str  # unique in the list: other countries' institutions carry their country's name
    search_key: str  # every name, in every language and script, folded
    names: tuple[str, ...]  # every name, for matching what a person typed


# (reference data, language, country, number of institutions) -> choices: an editor has several
# institution fields, and a person opens many editors
_cache: dict[tuple[int, str, str | None, int], list[InstitutionChoice]] = {}


def institution_choices(
    reference: ReferenceData, language: str, country: str | None
) -> list[InstitutionChoice]:
    """The record's country's institutions first, then the others (a partner abroad)."""
    key = (id(reference), language, country, len(reference.items("institution", all_versions=True)))
    if key not in _cache:
        if len(_cache) > 32:
            _cache.clear()
        _cache[key] = _institution_choices(reference, language, country)
    return _cache[key]


def _institution_choices(
    reference: ReferenceData, language: str, country: str | None
) -> list[InstitutionChoice]:
    own: list[tuple[bytes, InstitutionChoice]] = []
    other: list[tuple[bytes, InstitutionChoice]] = []
    for item in reference.items("institution"):
        item_country = item.attrs.get("country") or ""
        name = item.name(language)
        short = item.attrs.get("short")
        label = f"{name} ({short})" if short and short not in name else name
        country_name = reference.name("country", item_country, language) if item_country else ""
        if item_country and item_country != country:
            label = f"{label} – {country_name}"
        names = tuple(reference.all_names("institution", item.code))
        countries = reference.all_names("country", item_country) if item_country else []
        search = fold(" ".join((*names, item_country, *countries)))
        choice = InstitutionChoice(item.code, label, search, names)
        if item_country == country:
            own.append((sort_key(label, language), choice))
        else:  # abroad: by country, then by name, in the alphabet of the interface language
            other.append((sort_key(f"{country_name}\t{label}", language), choice))
    return [choice for _, choice in sorted(own, key=_first)] + [
        choice for _, choice in sorted(other, key=_first)
    ]


def _first(pair: tuple[bytes, InstitutionChoice]) -> bytes:
    return pair[0]


def _model_for(choices: Sequence[InstitutionChoice], parent: QWidget) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    for choice in choices:
        item = QStandardItem(choice.label)
        item.setEditable(False)
        item.setData(choice.code, CODE_ROLE)
        item.setData(choice.search_key, SEARCH_ROLE)
        item.setToolTip(choice.label)
        model.appendRow(item)
    return model


class InstitutionPicker(QWidget):
    """One institution: a code from the list, or a new name as typed."""

    edited = Signal()
    committed = Signal()  # Enter pressed or a suggestion chosen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setMaxLength(300)
        self.line.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.proxy = FoldFilterProxy(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self.proxy)
        # the proxy filters by the folded words; the completer must not filter again by prefix
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.line)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._choices: dict[str, InstitutionChoice] = {}
        self._by_label: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        self._code: str | None = None
        self.line.textEdited.connect(self._typed)
        self.line.returnPressed.connect(self.committed.emit)
        self.button.clicked.connect(self._show_all)

    def set_choices(self, choices: Sequence[InstitutionChoice]) -> None:
        current = self.value()
        self._choices = {c.code: c for c in choices}
        self._by_label = {}
        self._by_name = {}
        for choice in choices:
            self._by_label.setdefault(choice.label, choice.code)
            for name in choice.names:
                self._by_name.setdefault(fold(name), choice.code)
        old = self.proxy.sourceModel()
        self.proxy.setSourceModel(_model_for(choices, self))
        if old is not None:
            old.deleteLater()
        self.set_value(current)

    def value(self) -> str | None:
        """The chosen institution's code, the new name as typed, or None when empty."""
        text = " ".join(self.line.text().split())
        if not text:
            return None
        if self._code and self._choices.get(self._code, None) and text == self.label_of(self._code):
            return self._code
        return self._by_label.get(text) or self._by_name.get(fold(text)) or text

    def is_new_name(self) -> bool:
        value = self.value()
        return value is not None and value not in self._choices

    def set_value(self, value: str | None) -> None:
        self._code = value if value in self._choices else None
        self.line.setText(self.label_of(value) if value else "")

    def set_text(self, text: str) -> None:
        """As if typed: sends ``edited``."""
        self.line.setText(text)
        self._typed(text)

    def choose(self, code: str) -> None:
        """As if picked from the suggestions: sends ``edited``."""
        self.set_value(code)
        self.edited.emit()
        self.committed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.line.setClearButtonEnabled(not read_only)
        self.button.setEnabled(not read_only)

    def set_placeholder(self, text: str) -> None:
        self.line.setPlaceholderText(text)

    def label_of(self, value: str) -> str:
        choice = self._choices.get(value)
        return choice.label if choice else value

    def _typed(self, text: str) -> None:
        self._code = None
        self.proxy.set_query(text)
        if text.strip() and self.proxy.rowCount() and not self.line.isReadOnly():
            self.completer.complete()
        else:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()
        self.edited.emit()

    def _show_all(self) -> None:
        self.proxy.set_query("")
        self.line.setFocus()
        self.completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if isinstance(code, str):
            self.choose(code)


class InstitutionList(QWidget):
    """Several institutions: pick or type one, Add; the list below, with Remove."""

    edited = Signal()

    def __init__(self, add_label: str, remove_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.picker = InstitutionPicker(self)
        self.add_button = QPushButton(add_label, self)
        self.remove_button = QPushButton(remove_label, self)
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # a long name is shortened with "…" (the tooltip has it whole), never hidden under a
        # scroll bar: the list is only as tall as its rows
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.view, 1)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addStretch(1)
        bottom.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.setFocusProxy(self.picker)
        self.add_button.clicked.connect(self.add_current)
        self.picker.committed.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self._fit_height()

    def set_choices(self, choices: Sequence[InstitutionChoice]) -> None:
        values = self.value()
        self.picker.set_choices(choices)
        self.set_value(values)

    def value(self) -> list[str]:
        return [self.model.item(r).data(CODE_ROLE) for r in range(self.model.rowCount())]

    def set_value(self, values: Sequence[str]) -> None:
        self.model.clear()
        for value in values:
            self._append(value)
        self._fit_height()

    def add_current(self) -> None:
        value = self.picker.value()
        if value is None or value in self.value():
            return
        self._append(value)
        self.picker.set_value(None)
        self._fit_height()
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRow(row)
        if rows:
            self._fit_height()
            self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.picker.setVisible(not read_only)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _append(self, value: str) -> None:
        item = QStandardItem(self.picker.label_of(value))
        item.setToolTip(item.text())
        item.setEditable(False)
        item.setData(value, CODE_ROLE)
        self.model.appendRow(item)

    def _fit_height(self) -> None:
        rows = min(max(self.model.rowCount(), 1), 5)
        row_height = max(self.view.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.view.setFixedHeight(rows * row_height + 2 * self.view.frameWidth() + 4)
