"""Dates and numbers written the way the sheet's reader writes them (Babel, CLDR data)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_datetime, format_interval
from babel.numbers import format_decimal, parse_pattern

from csc_desktop.sheets.locales import SHEET_LANGUAGES
from csc_desktop.sheets.model import FactValue


@cache
def babel_locale(language: str) -> Locale:
    return Locale.parse(SHEET_LANGUAGES[language])


class Formatter:
    """Formats values for one sheet language."""

    def __init__(self, language: str) -> None:
        self.locale = babel_locale(language)

    def day(self, value: date) -> str:
        return format_date(value, "medium", locale=self.locale)

    def period(self, first: date, last: date) -> str:
        if first == last:
            return format_date(first, "long", locale=self.locale)
        return format_interval(first, last, "yMMMd", locale=self.locale)

    def moment(self, value: datetime) -> str:
        # Babel prints the wall-clock time the value carries; no time zone conversion.
        return format_datetime(value, "short", locale=self.locale)

    def count(self, value: int) -> str:
        return format_decimal(value, locale=self.locale)

    def decimal(self, value: float | Decimal, places: int = 2) -> str:
        pattern = "#,##0." + "0" * places if places else "#,##0"
        return format_decimal(value, pattern, locale=self.locale)

    def percent(self, share: float, places: int = 1) -> str:
        """``share`` in 0..1, with the locale's own percent pattern (``82,4 %``, ``82.4%``)."""
        pattern = parse_pattern(self.locale.percent_formats[None].pattern)
        pattern.frac_prec = (places, places)
        return pattern.apply(share, self.locale)

    def value(self, value: FactValue) -> str:
        if isinstance(value, datetime):
            return self.moment(value)
        if isinstance(value, date):
            return format_date(value, "long", locale=self.locale)
        if isinstance(value, bool):  # a bool is an int: say it in words elsewhere, not as 0/1
            raise TypeError("give yes/no facts as label text")
        if isinstance(value, int):
            return self.count(value)
        if isinstance(value, float | Decimal):
            return format_decimal(value, locale=self.locale)
        return value
