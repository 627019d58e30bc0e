"""Turning list rows into the text a person reads: dates and numbers for the interface language
(Babel), reference codes by their name in that language.

Runs on the worker while a page of rows is fetched, so painting the table only reads strings.
Dates and names repeat a lot in a list: each is formatted once and remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.text import locales
from csc_desktop.ui.lists.columns import CODE, CODES, DATE, MONEY, NUMBER, TIMESTAMP, Column

Cells = tuple[str, ...]


class RowFormatter:
    def __init__(self, columns: Sequence[Column], reference: ReferenceData, language: str):
        self.columns = tuple(columns)
        self.reference = reference
        self.language = language
        self._memo: dict[tuple[str, Any], str] = {}
        self._formats: list[Callable[[Column, Any], str]] = [self._format_for(c) for c in columns]

    def cells(self, row: dict[str, Any]) -> Cells:
        return tuple(
            fmt(col, row.get(col.name))
            for col, fmt in zip(self.columns, self._formats, strict=True)
        )

    def _format_for(self, column: Column) -> Callable[[Column, Any], str]:
        return {
            DATE: self._date,
            TIMESTAMP: self._timestamp,
            CODE: self._code,
            CODES: self._codes,
            NUMBER: self._number,
            MONEY: self._money,
        }.get(column.shown_as, self._text)

    def _remember(self, kind: str, value: Any, make: Callable[[], str]) -> str:
        key = (kind, value)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = make()
        return found

    @staticmethod
    def _text(column: Column, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "✓" if value else ""
        # one line in a table cell, whatever was typed
        return " ".join(str(value).split()) if "\n" in str(value) else str(value)

    def _date(self, column: Column, value: Any) -> str:
        if not value:
            return ""
        return self._remember(
            "date", str(value), lambda: locales.format_date(str(value), self.language)
        )

    def _timestamp(self, column: Column, value: Any) -> str:
        if not value:
            return ""
        # to the minute: rows changed in the same minute share the formatted text
        minute = str(value)[:16]
        return self._remember(
            "ts", minute, lambda: locales.format_timestamp(str(value), self.language)
        )

    def _code(self, column: Column, value: Any) -> str:
        if not value:
            return ""
        ref_list = column.ref_list or ""
        return self._remember(
            ref_list, value, lambda: self.reference.name(ref_list, value, self.language)
        )

    def _codes(self, column: Column, value: Any) -> str:
        if not value:
            return ""
        return ", ".join(self._code(column, code) for code in value)

    def _number(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        return self._remember("n", value, lambda: locales.format_number(value, self.language))

    def _money(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        return self._remember("eur", value, lambda: locales.format_money(value, self.language))
