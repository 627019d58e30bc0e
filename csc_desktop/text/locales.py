"""Our interface languages and how each formats dates, numbers and money (through Babel).

The lists, the sheets and the reports share these, so a date reads the same on screen and on
paper. ``cnr`` is no CLDR locale: Montenegrin formats as Serbian Latin of Montenegro.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

BABEL_LOCALES: dict[str, str] = {
    "en": "en_GB",
    "sq": "sq_AL",
    "sr": "sr_Cyrl_RS",
    "sr_Latn": "sr_Latn_RS",
    "mk": "mk_MK",
    "bs": "bs_Latn_BA",
    "cnr": "sr_Latn_ME",
}
LANGUAGES = tuple(BABEL_LOCALES)  # the same codes, in the same order, as domain.reference

# Each language's own name for itself, for choosing a language before any profile (and so any
# reference data) exists. Serbian names its script: choosing Cyrillic or Latin is choosing the
# language code (names, dates and generated text follow it).
AUTONYMS: dict[str, str] = {
    "en": "English",
    "sq": "Shqip",
    "sr": "Српски (ћирилица)",
    "sr_Latn": "Srpski (latinica)",
    "mk": "Македонски",
    "bs": "Bosanski",
    "cnr": "Crnogorski",
}


def babel_locale_name(language: str | None) -> str:
    """The Babel/CLDR locale of one of our language codes (English for anything unknown)."""
    return BABEL_LOCALES.get(language or "en", "en_GB")


@functools.cache
def babel_locale(language: str | None) -> Locale:
    from babel import Locale

    return Locale.parse(babel_locale_name(language))


def format_date(value: date | str | None, language: str | None, form: str = "medium") -> str:
    """A date for people: ``7 Mar 2025`` (en), ``7. 3. 2025.`` (sr). ISO strings are accepted."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, form, locale=babel_locale(language))


def format_number(value: float | int | Decimal | None, language: str | None) -> str:
    if value is None:
        return ""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale(language))


def format_money(cents: int | None, language: str | None, currency: str = "EUR") -> str:
    """Money stored as integer cents, formatted with the currency for the language."""
    if cents is None:
        return ""
    from babel.numbers import format_currency

    return format_currency(Decimal(cents) / 100, currency, locale=babel_locale(language))


def format_timestamp(value: str | None, language: str | None) -> str:
    """A stored UTC timestamp (``2026-03-07T14:05:00.000Z``) in the laptop's local time."""
    if not value:
        return ""
    from datetime import datetime

    from babel.dates import format_datetime

    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return value
    return format_datetime(moment, "short", tzinfo=moment.tzinfo, locale=babel_locale(language))
