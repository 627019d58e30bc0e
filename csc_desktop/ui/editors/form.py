"""The fields of one record kind, laid out from their declarations: one tab per group, a label
(required ones marked), the input, its help and its error under it."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.domain.fields import DATE_FIELD, FIELDS, Field, Kind
from csc_desktop.ui.editors.field_inputs import (
    CodesInput,
    DateInput,
    FieldInput,
    FormEnv,
    make_input,
)
from csc_desktop.ui.editors.labels import field_help, field_label, group_label
from csc_desktop.ui.widgets.kosovo import KOSOVO_CODE, kosovo_footnote
from csc_desktop.ui.widgets.notes import ERROR_COLOUR, ErrorNote, HintNote


@dataclass
class FieldRow:
    spec: Field
    label: QLabel
    input: FieldInput
    hint: HintNote
    error: ErrorNote
    page: QWidget


class RecordForm(QWidget):
    edited = Signal(str)  # the field the person changed

    def __init__(self, kind: Kind, env: FormEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.env = env
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # read-only fields look it: the window's colour behind the text, which stays selectable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.rows: dict[str, FieldRow] = {}
        self._pages: dict[str, QWidget] = {}
        self._notes: dict[str, HintNote] = {}
        self._footnotes: dict[str, HintNote] = {}
        self._baseline: dict[str, Any] = {}
        self._read_only: set[str] = set()
        self.touched: set[str] = set()
        self._last_errors: dict[str, str] = {}
        # a field's "cannot be read" waits until the person leaves it: "7.3." is half a date
        focus_changes = QApplication.instance()
        if isinstance(focus_changes, QApplication):
            focus_changes.focusChanged.connect(self._focus_moved)
        for spec in FIELDS[kind]:
            self._add_row(spec)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------

    def _page(self, group: str) -> QFormLayout:
        if group not in self._pages:
            inner = QWidget()
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            note = HintNote()
            note.setContentsMargins(12, 8, 12, 0)
            column.addWidget(note)
            column.addWidget(inner)
            column.addStretch(1)  # short pages keep their rows together at the top
            footnote = HintNote()
            footnote.setContentsMargins(12, 0, 12, 8)
            column.addWidget(footnote)
            self._notes[group] = note
            self._footnotes[group] = footnote
            form = QFormLayout(inner)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setContentsMargins(12, 12, 12, 12)
            form.setVerticalSpacing(10)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self._pages[group] = inner
            self.tabs.addTab(scroll, group)
        layout = self._pages[group].layout()
        assert isinstance(layout, QFormLayout)
        return layout

    def _add_row(self, spec: Field) -> None:
        form = self._page(spec.group)
        field_input = make_input(spec, self.env)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field_input.widget)
        hint = HintNote()
        error = ErrorNote()
        box.addWidget(hint)
        box.addWidget(error)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(field_input.widget)
        form.addRow(label, holder)
        self.rows[spec.name] = FieldRow(
            spec, label, field_input, hint, error, self._pages[spec.group]
        )
        field_input.edited.connect(lambda name=spec.name: self._edited(name))

    def set_group_note(self, group: str, text: str) -> None:
        """A sentence above a group's fields (e.g. who fills them in)."""
        if group in self._notes:
            self._notes[group].set_hint(text)

    def footnote(self, group: str) -> str:
        """The footnote shown at the bottom of a group's page ("" when none)."""
        note = self._footnotes[group]
        return "" if note.isHidden() else note.text()

    def groups(self) -> list[str]:
        return list(self._pages)

    def add_tab(self, widget: QWidget, title: str) -> int:
        return self.tabs.addTab(widget, title)

    def retranslate(self) -> None:
        for group, page in self._pages.items():
            self.tabs.setTabText(self._tab_of(page), group_label(group))
        for row in self.rows.values():
            text = html.escape(field_label(row.spec))
            if row.spec.required and row.spec.name not in self._read_only:
                text += f' <span style="color:{ERROR_COLOUR}">*</span>'
            row.label.setText(text)
            help_text = field_help(row.spec)
            row.hint.set_hint(help_text)
            row.input.widget.setToolTip(help_text)
            row.input.widget.setAccessibleName(field_label(row.spec))
        self._show_kosovo_footnotes()

    def set_env(self, env: FormEnv) -> None:
        self.env = env
        for row in self.rows.values():
            row.input.set_env(env)

    # -- values ------------------------------------------------------------------------------

    def load(self, record: dict[str, Any] | None, defaults: dict[str, Any] | None = None) -> None:
        """Show a record (or a new one with ``defaults``); what is shown becomes the saved state."""
        values = record or defaults or {}
        for name, row in self.rows.items():
            row.input.blockSignals(True)
            row.input.set_value(values.get(name))
            row.input.blockSignals(False)
        self._follow_record_date()
        self.touched.clear()
        self._baseline = self.states()
        self.show_errors({})
        self._show_kosovo_footnotes()

    def states(self) -> dict[str, Any]:
        return {name: row.input.state() for name, row in self.rows.items()}

    def is_dirty(self) -> bool:
        return self.states() != self._baseline

    def changed_fields(self) -> list[str]:
        now = self.states()
        return [name for name in self.rows if now[name] != self._baseline.get(name)]

    def payload(self, *, only_changed: bool) -> dict[str, Any]:
        """Editable fields the services take; fields that cannot be read are left out (their
        local error says why)."""
        names = self.changed_fields() if only_changed else list(self.rows)
        data: dict[str, Any] = {}
        for name in names:
            if name in self._read_only:
                continue
            try:
                value = self.rows[name].input.value()
            except ValueError:
                continue
            if only_changed or value not in (None, "", []):
                data[name] = value
        return data

    def local_errors(self) -> dict[str, str]:
        errors = {}
        for name, row in self.rows.items():
            if name not in self._read_only:
                message = row.input.local_error()
                if message:
                    errors[name] = message
        return errors

    def value_of(self, name: str) -> Any:
        try:
            return self.rows[name].input.value()
        except ValueError:
            return None

    def day_of(self, name: str) -> date | None:
        field_input = self.rows[name].input
        return field_input.day() if isinstance(field_input, DateInput) else None

    # -- read-only and errors ----------------------------------------------------------------

    def set_editable(self, editable: Callable[[Field], bool]) -> None:
        self._read_only = {name for name, row in self.rows.items() if not editable(row.spec)}
        for name, row in self.rows.items():
            row.input.set_read_only(name in self._read_only)
        self.retranslate()

    def _show_kosovo_footnotes(self) -> None:
        """Once per page where "Kosovo*" can be seen: a list of countries to choose from, or
        a country field that holds it."""
        for group, footnote in self._footnotes.items():
            seen = any(
                row.spec.ref_list == "country"
                and (
                    row.spec.name not in self._read_only
                    or KOSOVO_CODE in _codes(self.value_of(name))
                )
                for name, row in self.rows.items()
                if row.spec.group == group
            )
            footnote.set_hint(kosovo_footnote() if seen else "")

    def is_read_only(self, name: str) -> bool:
        return name in self._read_only

    def show_errors(self, errors: dict[str, str], *, all_fields: bool = False) -> dict[str, str]:
        """Show each error next to its field (only fields the person touched, unless
        ``all_fields``); returns the errors that have no field here."""
        if not all_fields:
            self._last_errors = dict(errors)
        local = self.local_errors()
        if not all_fields:
            typing_in = self._row_with_focus()
            local.pop(typing_in or "", None)
        merged = {**errors, **local}
        pages_with_errors: set[int] = set()
        for name, row in self.rows.items():
            message = merged.get(name)
            visible = bool(message) and (all_fields or name in self.touched or name in local)
            if visible and all_fields:
                self.touched.add(name)
            row.error.show_error(message if visible else None)
            if visible:
                pages_with_errors.add(self._tab_of(row.page))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for page in self._pages.values():
            index = self._tab_of(page)
            self.tabs.setTabIcon(index, warning if index in pages_with_errors else QIcon())
        return {k: v for k, v in errors.items() if k not in self.rows}

    def shown_error(self, name: str) -> str:
        """The error shown under a field ("" when none): what a person sees."""
        row = self.rows[name]
        return "" if row.error.isHidden() else row.error.text()

    def reveal_first_error(self) -> None:
        for row in self.rows.values():
            if not row.error.isHidden():
                self.tabs.setCurrentIndex(self._tab_of(row.page))
                row.input.widget.setFocus()
                return

    # -- internals ---------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self.touched.add(name)
        if name == DATE_FIELD[self.kind]:
            self._follow_record_date()
        self.edited.emit(name)

    def _follow_record_date(self) -> None:
        """Crime areas offered are those of the EMPACT cycle in force on the record's date."""
        day = self.day_of(DATE_FIELD[self.kind])
        for row in self.rows.values():
            if isinstance(row.input, CodesInput) and row.input.by_date:
                row.input.set_valid_on(day)

    def _row_with_focus(self) -> str | None:
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for name, row in self.rows.items():
            widget = row.input.widget
            if widget is focus or widget.isAncestorOf(focus):
                return name
        return None

    def _focus_moved(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(self) and self.isAncestorOf(old):
            self.show_errors(self._last_errors)

    def _tab_of(self, page: QWidget) -> int:
        for index in range(self.tabs.count()):
            scroll = self.tabs.widget(index)
            inner = scroll.widget() if isinstance(scroll, QScrollArea) else None
            if inner is not None and inner.isAncestorOf(page):
                return index
        return -1


def _codes(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
