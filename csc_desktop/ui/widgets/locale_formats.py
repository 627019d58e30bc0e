"""Dates, numbers and amounts as a person of each UI language reads and types them (Babel/CLDR).

Input is forgiving: ISO dates and the locale's short date (``7.3.2026``, ``07/03/2026``) are both
accepted, and amounts may use either the locale's decimal comma (``1.234,50``) or a point.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from babel import Locale
from babel.dates import format_date, format_datetime, get_date_format, parse_date
from babel.numbers import format_decimal, get_decimal_symbol

from csc_desktop.text.locales import BABEL_LOCALES
from csc_desktop.text.locales import babel_locale as shared_babel_locale

# UI language -> Babel locale, declared once for screens, sheets and reports
UI_LOCALES = BABEL_LOCALES

_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
# Spaces people and CLDR put between digit groups: normal, no-break, narrow no-break, thin.
_GROUP_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


def babel_locale(language: str) -> Locale:
    return shared_babel_locale(language)


def date_input_pattern(language: str) -> str:
    """The locale's short numeric date with a four-digit year (``d. M. y.``, ``dd/MM/y``)."""
    pattern = get_date_format("short", locale=babel_locale(language)).pattern
    return pattern.replace("yy", "y")


def format_date_input(value: date | None, language: str) -> str:
    if value is None:
        return ""
    return format_date(value, date_input_pattern(language), locale=babel_locale(language))


def format_date_long(value: date | None, language: str) -> str:
    return "" if value is None else format_date(value, "medium", locale=babel_locale(language))


def parse_date_input(text: str, language: str) -> date | None:
    """A date typed in ISO form or in the locale's short form; None when blank.

    Raises ValueError when the text is not a date."""
    text = text.strip()
    if not text:
        return None
    if _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in text.split("-"))
        return date(year, month, day)  # ValueError for 2026-02-31
    if not re.search(r"\d+\D+\d+\D+\d+", text):
        raise ValueError(text)  # "7.3": Babel guesses a year; we ask for it instead
    try:
        return parse_date(text, locale=babel_locale(language), format="short")
    except Exception as exc:  # Babel raises ParseError, ValueError or IndexError
        raise ValueError(text) from exc


def format_timestamp(value: str | None, language: str) -> str:
    """A stored UTC timestamp (``2026-03-07T14:05:00.000Z``) in local time, short form."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return value
    return format_datetime(moment, "short", tzinfo=moment.tzinfo, locale=babel_locale(language))


def format_number(value: Decimal | float | int | None, language: str, decimals: int = 2) -> str:
    """Digit groups and the locale's decimal sign, with at most ``decimals`` decimals."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=babel_locale(language))


def format_amount(value: Decimal | float | int | None, language: str) -> str:
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.00", locale=babel_locale(language))


def parse_amount(text: str, language: str) -> Decimal | None:
    """A number typed the local way (``1.234,50``, ``1 234,5``) or the English way
    (``1,234.50``, ``1234.5``); None when blank. Raises ValueError when it is not a number.

    With only one kind of separator, it is read as a digit group separator when it repeats or
    is followed by exactly three digits and is not the locale's decimal sign; otherwise as the
    decimal sign."""
    raw = _GROUP_SPACES.sub("", text.strip())
    if not raw:
        return None
    decimal_sign = get_decimal_symbol(babel_locale(language))
    group_sign = "." if decimal_sign == "," else ","
    commas, points = raw.count(","), raw.count(".")
    if commas and points:
        decimal_here = "," if raw.rfind(",") > raw.rfind(".") else "."
        other = "." if decimal_here == "," else ","
        whole, fraction = raw.rsplit(decimal_here, 1)
        raw = f"{_ungrouped(whole, other, text)}.{fraction}"
    elif commas or points:
        sign = "," if commas else "."
        after = raw.rsplit(sign, 1)[1]
        if commas + points > 1 or (sign == group_sign and len(after) == 3):
            raw = _ungrouped(raw, sign, text)
        else:
            raw = raw.replace(sign, ".")
    if not _PLAIN_NUMBER.fullmatch(raw):
        raise ValueError(text)
    try:
        return Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above rules it out
        raise ValueError(text) from exc


def _ungrouped(number: str, sign: str, typed: str) -> str:
    """Digits grouped by threes with ``sign`` (``1.234.567``), without it; ValueError else."""
    if not re.fullmatch(rf"[+-]?\d{{1,3}}(?:{re.escape(sign)}\d{{3}})+", number):
        raise ValueError(typed)
    return number.replace(sign, "")
