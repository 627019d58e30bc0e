"""One input per declared field type, behind one small interface the form uses:
``value()`` (what the services take), ``state()`` (what is shown, for the unsaved-changes check),
``set_value()`` (from a record), ``edited`` (the person changed it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from csc_desktop.domain.fields import Field, FieldType
from csc_desktop.domain.reference import ReferenceData
from csc_desktop.ui.editors.record_picker import RecordPicker
from csc_desktop.ui.widgets.code_picker import CodeCombo, CodeMultiSelect
from csc_desktop.ui.widgets.date_edit import DateEdit
from csc_desktop.ui.widgets.institution_picker import (
    InstitutionList,
    InstitutionPicker,
    institution_choices,
)
from csc_desktop.ui.widgets.locale_formats import format_date_input
from csc_desktop.ui.widgets.number_edit import NumberEdit, NumberKind
from csc_desktop.ui.widgets.read_only import look_read_only


@dataclass
class FormEnv:
    """What inputs need to know besides their field: reference data, language, the country
    whose institutions come first."""

    reference: ReferenceData
    language: str
    country: str | None


class FieldInput(QObject):
    edited = Signal()

    def __init__(self, spec: Field, widget: QWidget):
        super().__init__(widget)
        self.spec = spec
        self.widget = widget

    def value(self) -> Any:
        """The value as the services take it; ValueError when what is shown cannot be read."""
        raise NotImplementedError

    def state(self) -> Any:
        return self.value()

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def set_env(self, env: FormEnv) -> None:
        """Language or country changed: show names again."""

    def local_error(self) -> str | None:
        try:
            self.value()
        except ValueError:
            return self.unreadable_message()
        return None

    def unreadable_message(self) -> str:
        return QCoreApplication.translate("FieldInput", "cannot be read")


class TextInput(FieldInput):
    def __init__(self, spec: Field):
        self.edit = QLineEdit()
        if spec.max_length:
            self.edit.setMaxLength(spec.max_length)
        super().__init__(spec, self.edit)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> str | None:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        look_read_only(self.edit, read_only)


class LongTextInput(FieldInput):
    def __init__(self, spec: Field):
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        lines = 4
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        super().__init__(spec, self.edit)
        self.edit.textChanged.connect(self._changed)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> str | None:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.edit.setPlainText(value or "")
        self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        look_read_only(self.edit, read_only)


class DateInput(FieldInput):
    def __init__(self, spec: Field, env: FormEnv):
        self.edit = DateEdit(env.language)
        self._language = env.language
        super().__init__(spec, self.edit)
        self.edit.edited.connect(self.edited.emit)

    def value(self) -> str | None:
        day = self.edit.value()
        return day.isoformat() if day else None

    def day(self) -> date | None:
        try:
            return self.edit.value()
        except ValueError:
            return None

    def state(self) -> Any:
        try:
            return self.value()
        except ValueError:
            return ("unreadable", self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.set_date(date.fromisoformat(value) if value else None)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.set_read_only(read_only)

    def set_env(self, env: FormEnv) -> None:
        self._language = env.language
        self.edit.set_language(env.language)

    def unreadable_message(self) -> str:
        example = format_date_input(date(2026, 12, 30), self._language)
        return QCoreApplication.translate(
            "FieldInput", "is not a date: type it like {example}"
        ).format(example=example)


class NumberInput(FieldInput):
    _KINDS: ClassVar[dict[FieldType, NumberKind]] = {
        FieldType.INT: NumberKind.INT,
        FieldType.NUMBER: NumberKind.NUMBER,
        FieldType.MONEY: NumberKind.MONEY,
    }

    def __init__(self, spec: Field, env: FormEnv):
        self.edit = NumberEdit(self._KINDS[spec.type], env.language)
        super().__init__(spec, self.edit)
        self.edit.edited.connect(self.edited.emit)

    def value(self) -> int | str | None:
        number = self.edit.value()
        if number is None:
            return None
        if self.spec.type == FieldType.INT:
            return int(number)
        return str(number)  # the services read decimals from text: no float rounding

    def state(self) -> Any:
        try:
            number = self.edit.value()
        except ValueError:
            return ("unreadable", self.edit.text())
        return None if number is None else number.normalize()

    def set_value(self, value: Any) -> None:
        self.edit.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        look_read_only(self.edit, read_only)

    def set_env(self, env: FormEnv) -> None:
        self.edit.set_language(env.language)

    def unreadable_message(self) -> str:
        if self.spec.type == FieldType.INT:
            return QCoreApplication.translate("FieldInput", "is not a whole number")
        return QCoreApplication.translate("FieldInput", "is not a number")


class BoolInput(FieldInput):
    def __init__(self, spec: Field):
        self.box = QCheckBox()
        super().__init__(spec, self.box)
        self._was_unset = True
        self.box.clicked.connect(lambda _c: self.edited.emit())

    def value(self) -> bool | None:
        # an unset flag stays unset until the person ticks the box: no change recorded for it
        if self._was_unset and not self.box.isChecked():
            return None
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self._was_unset = value is None
        self.box.setChecked(bool(value))


def _names(env: FormEnv, list_name: str, on: date | None = None) -> list[tuple[str, str]]:
    """(code, name) pairs; an item known by a short name too shows it (… (Europol))."""
    names = []
    for item in env.reference.items(list_name, on=on):
        name = item.name(env.language)
        short = item.attrs.get("short")
        names.append((item.code, f"{name} ({short})" if short and short not in name else name))
    return names


class CodeInput(FieldInput):
    def __init__(self, spec: Field, env: FormEnv):
        self.combo = CodeCombo()
        super().__init__(spec, self.combo)
        self.combo.edited.connect(self.edited.emit)
        self.set_env(env)

    def value(self) -> str | None:
        return self.combo.value()

    def set_value(self, value: Any) -> None:
        self.combo.set_value(value)

    def set_env(self, env: FormEnv) -> None:
        self.combo.set_choices(_names(env, self.spec.ref_list or ""))


class CodesInput(FieldInput):
    """Several codes. Crime areas are offered as valid on the record's date (EMPACT cycles)."""

    def __init__(self, spec: Field, env: FormEnv):
        self.select = CodeMultiSelect()
        super().__init__(spec, self.select)
        self.select.edited.connect(self.edited.emit)
        self._env = env
        self._on: date | None = None
        self._fill()

    @property
    def by_date(self) -> bool:
        return self.spec.ref_list == "crime_area"

    def value(self) -> list[str]:
        return self.select.value()

    def set_value(self, value: Any) -> None:
        self.select.set_value(list(value or []))

    def set_read_only(self, read_only: bool) -> None:
        self.select.set_read_only(read_only)

    def set_env(self, env: FormEnv) -> None:
        self._env = env
        self._fill()

    def set_valid_on(self, day: date | None) -> None:
        if day != self._on:
            self._on = day
            self._fill()

    def _fill(self) -> None:
        list_name = self.spec.ref_list or ""
        on = (self._on or date.today()) if self.by_date else None
        every = {i.code: i.name(self._env.language) for i in self._env.reference.items(list_name)}
        self.select.set_choices(
            _names(self._env, list_name, on),
            filter_placeholder=QCoreApplication.translate("FieldInput", "Filter…"),
            unavailable_label=QCoreApplication.translate(
                "FieldInput", "{name} (not in force on this date)"
            ),
            name_of=every,
        )


class InstitutionInput(FieldInput):
    def __init__(self, spec: Field, env: FormEnv):
        self.picker = InstitutionPicker()
        super().__init__(spec, self.picker)
        self.picker.edited.connect(self.edited.emit)
        self.set_env(env)

    def value(self) -> str | None:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.picker.set_read_only(read_only)

    def set_env(self, env: FormEnv) -> None:
        self.picker.set_placeholder(_search_or_new())  # set again: the language may change
        self.picker.set_choices(institution_choices(env.reference, env.language, env.country))


def _search_or_new() -> str:
    return QCoreApplication.translate("FieldInput", "Type to search, or type a new name")


class InstitutionsInput(FieldInput):
    def __init__(self, spec: Field, env: FormEnv):
        self.list = InstitutionList(
            QCoreApplication.translate("FieldInput", "Add"),
            QCoreApplication.translate("FieldInput", "Remove"),
        )
        super().__init__(spec, self.list)
        self.list.edited.connect(self.edited.emit)
        self.set_env(env)

    def value(self) -> list[str]:
        return self.list.value()

    def set_value(self, value: Any) -> None:
        self.list.set_value(list(value or []))

    def set_read_only(self, read_only: bool) -> None:
        self.list.set_read_only(read_only)

    def set_env(self, env: FormEnv) -> None:
        self.list.picker.set_placeholder(_search_or_new())  # set again: the language may change
        self.list.add_button.setText(QCoreApplication.translate("FieldInput", "Add"))
        self.list.remove_button.setText(QCoreApplication.translate("FieldInput", "Remove"))
        self.list.set_choices(institution_choices(env.reference, env.language, env.country))


class RecordInput(FieldInput):
    def __init__(self, spec: Field):
        self.picker = RecordPicker()
        super().__init__(spec, self.picker)
        self.picker.edited.connect(self.edited.emit)

    def value(self) -> str | None:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(value)


def make_input(spec: Field, env: FormEnv) -> FieldInput:
    t = spec.type
    if t == FieldType.TEXT:
        return TextInput(spec)
    if t == FieldType.LONGTEXT:
        return LongTextInput(spec)
    if t == FieldType.DATE:
        return DateInput(spec, env)
    if t in (FieldType.INT, FieldType.NUMBER, FieldType.MONEY):
        return NumberInput(spec, env)
    if t == FieldType.BOOL:
        return BoolInput(spec)
    if t == FieldType.CODE:
        return CodeInput(spec, env)
    if t == FieldType.CODES:
        return CodesInput(spec, env)
    if t == FieldType.INSTITUTION:
        return InstitutionInput(spec, env)
    if t == FieldType.INSTITUTIONS:
        return InstitutionsInput(spec, env)
    if t == FieldType.RECORD:
        return RecordInput(spec)
    raise ValueError(f"no input for field type {t}")  # a new type needs its input here
