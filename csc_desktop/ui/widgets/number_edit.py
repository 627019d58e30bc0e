"""Whole numbers, decimals and euro amounts typed the local way (``1.234,50``) or the English way."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from csc_desktop.ui.widgets.locale_formats import format_amount, format_number, parse_amount


class NumberKind(StrEnum):
    INT = "int"
    NUMBER = "number"
    MONEY = "money"


class NumberEdit(QLineEdit):
    edited = Signal()

    def __init__(self, kind: NumberKind, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self._language = language
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000.000.000,00") + 30)
        self.textEdited.connect(lambda _text: self.edited.emit())
        self.editingFinished.connect(self._tidy)
        self._set_placeholder()

    def value(self) -> Decimal | None:
        """The number shown; raises ValueError when the text is not a number."""
        number = parse_amount(self.text(), self._language)
        if number is not None and self.kind == NumberKind.INT and number != number.to_integral():
            raise ValueError(self.text())
        return number

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True

    def set_value(self, value: Decimal | float | int | None) -> None:
        self.setText(self._format(value))

    def set_language(self, language: str) -> None:
        try:
            current = self.value()
        except ValueError:
            self._language = language
        else:
            self._language = language
            self.set_value(current)
        self._set_placeholder()

    def _format(self, value: Decimal | float | int | None) -> str:
        if value is None:
            return ""
        if self.kind == NumberKind.MONEY:
            return format_amount(value, self._language)
        return format_number(value, self._language, 0 if self.kind == NumberKind.INT else 6)

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self._set_placeholder()

    def _set_placeholder(self) -> None:
        """How to type a decimal here (comma or point), as an example; none when read-only."""
        if self.isReadOnly() or self.kind == NumberKind.INT:
            self.setPlaceholderText("")
            return
        example = self._format(Decimal("1234.5"))
        text = QCoreApplication.translate("NumberEdit", "e.g. {example}").format(example=example)
        self.setPlaceholderText(text)

    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        tidy = self._format(value)
        if tidy != self.text():
            self.setText(tidy)
