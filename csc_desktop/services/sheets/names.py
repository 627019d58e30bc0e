"""Record values as a sheet prints them: reference names in the sheet's language, labels from
the sheet label catalogue, amounts in the locale's currency format."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.sheets.formatting import babel_locale
from csc_desktop.sheets.labels import labels_for
from csc_desktop.sheets.model import Country, Fact, FactValue

#: Between the items of a list value: institution names may contain commas.
LIST_SEPARATOR = "; "


class Names:
    """Names and labels for one sheet language."""

    def __init__(self, reference: ReferenceData, language: str) -> None:
        self.reference = reference
        self.language = language
        self.labels = labels_for(language)

    def item(self, list_name: str, code: str | None, on: date | None = None) -> str:
        """A reference item's name (Serbian Latin is transliterated from Cyrillic)."""
        return self.reference.name(list_name, code, self.language, on)

    def items(self, list_name: str, codes: Iterable[str] | None, on: date | None = None) -> str:
        return LIST_SEPARATOR.join(self.item(list_name, code, on) for code in codes or ())

    def institution(self, code: str | None) -> str:
        return self.item("institution", code)

    def country(self, code: str) -> Country:
        return Country(code, self.item("country", code))

    def money(self, amount: int | float | str | None) -> str:
        if amount is None:
            return ""
        return format_currency(Decimal(str(amount)), "EUR", locale=babel_locale(self.language))

    def answer(self, value: bool) -> str:
        return self.labels["answer.yes" if value else "answer.no"]


class FactList:
    """Facts in print order; empty values are left out (a sheet shows what the record holds)."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.facts: list[Fact] = []

    def add(self, field: str, value: FactValue | None) -> None:
        if value is None or value == "":
            return
        self.facts.append(Fact(self.names.labels[f"field.{field}"], value))

    def add_label(self, label_key: str, value: FactValue | None) -> None:
        if value is None or value == "":
            return
        self.facts.append(Fact(self.names.labels[label_key], value))

    def add_answer(self, field: str, value: bool | None) -> None:
        """A yes/no field; left out when not answered."""
        if value is not None:
            self.add(field, self.names.answer(value))


def as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def as_number(value: Any) -> int | Decimal | None:
    """Numbers from the record's JSON, exact: whole numbers as int, others as Decimal."""
    if value is None or value == "":
        return None
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else number
