"""Figures and names as a reader of one language writes them: the one place that turns an
indicator value into text (dashboard, XLSX headings, PDF)."""

from __future__ import annotations

from functools import cached_property

from babel.numbers import format_currency

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.reporting.compute import IndicatorValue, Tally
from csc_desktop.reporting.indicators import Unit
from csc_desktop.reporting.labels import Words
from csc_desktop.reporting.scope import Quarter, Scope, quarter_label
from csc_desktop.reporting.sources import UNSPECIFIED
from csc_desktop.sheets.formatting import Formatter, babel_locale
from csc_desktop.sheets.kosovo import KOSOVO_CODE


class Presenter:
    def __init__(self, language: str, reference: ReferenceData) -> None:
        self.language = language
        self.reference = reference
        self.words = Words(language)
        self.format = Formatter(language)

    @cached_property
    def _locale(self) -> object:
        return babel_locale(self.language)

    def figure(
        self, value: IndicatorValue, tally: Tally | None = None, *, countries: int | None = None
    ) -> str:
        """``12``, ``1.234,5``, ``€12,500.00``, ``82.4%``, ``4 of 6``, or a dash for a share
        of nothing."""
        number = value.figure(tally)
        unit = value.indicator.unit
        if number is None:
            return self.words("none")
        if unit == Unit.SHARE:
            return self.format.percent(float(number))
        if unit == Unit.EUR:
            return format_currency(number, "EUR", locale=self._locale)  # type: ignore[arg-type]
        if unit == Unit.DAYS:
            places = 0 if float(number).is_integer() else 1
            return self.format.decimal(number, places)
        text = self.format.count(int(number))
        out_of = value.out_of(tally, countries=countries)
        if out_of is not None:
            return self.words("of", n=text, total=self.format.count(out_of))
        return text

    def country_figure(self, value: IndicatorValue, country: str) -> str:
        return self.figure(value, value.by_country.get(country, Tally()), countries=1)

    def country(self, code: str | None) -> str:
        if code is None:
            return self.words("as_of.hq")
        name = self.reference.name("country", code, self.language)
        if code == KOSOVO_CODE and not name.endswith("*"):
            name += "*"
        return name

    def countries(self, scope: Scope) -> str:
        return ", ".join(self.country(c) for c in scope.countries)

    def period(self, scope: Scope) -> str:
        return self.format.period(scope.first, scope.last)

    def quarter(self, quarter: Quarter) -> str:
        return quarter_label(quarter)

    def code(self, list_name: str | None, code: str) -> str:
        """A breakdown code's name (``female`` → "Female"), "Not specified" for none."""
        if code == UNSPECIFIED:
            return self.words("unspecified")
        if list_name is None:
            return code
        return self.reference.name(list_name, code, self.language)

    def kind(self, kind: str) -> str:
        return self.words(f"kind.{kind}")

    @staticmethod
    def names_kosovo(scope: Scope) -> bool:
        """Every country a report names is one of its scope's."""
        return KOSOVO_CODE in scope.countries
