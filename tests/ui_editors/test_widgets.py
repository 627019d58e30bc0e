"""Dates and amounts typed the way people of each language type them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from csc_desktop.ui.widgets.date_edit import DateEdit
from csc_desktop.ui.widgets.locale_formats import (
    format_date_input,
    parse_amount,
    parse_date_input,
)
from csc_desktop.ui.widgets.number_edit import NumberEdit, NumberKind


@pytest.mark.parametrize("language", ["en", "sq", "sr", "sr_Latn", "mk", "bs", "cnr"])
@pytest.mark.parametrize("typed", ["7.3.2026", "07.03.2026.", "2026-03-07", "7. 3. 2026."])
def test_local_and_iso_dates_are_read_in_every_language(language: str, typed: str) -> None:
    assert parse_date_input(typed, language) == date(2026, 3, 7)


@pytest.mark.parametrize("typed", ["7.3", "32.13.2026", "2026-02-31", "tomorrow", "7.3.20266"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date_input(typed, "sr")


def test_dates_are_shown_in_the_languages_short_form_with_the_whole_year() -> None:
    day = date(2026, 3, 7)
    assert format_date_input(day, "en") == "07/03/2026"
    assert format_date_input(day, "sq") == "7.3.2026"
    assert format_date_input(day, "sr") == "7. 3. 2026."
    assert format_date_input(day, "mk") == "7.3.2026\u202fг."  # CLDR: narrow no-break space


@pytest.mark.parametrize(
    ("typed", "language", "amount"),
    [
        ("1.234,50", "sr", "1234.50"),
        ("1234,5", "bs", "1234.5"),
        ("1 234,50", "sq", "1234.50"),
        ("1\u00a0234,50", "sq", "1234.50"),
        ("1.234", "mk", "1234"),
        ("12.5", "sr", "12.5"),
        ("1,234.50", "en", "1234.50"),
        ("1,234.50", "sr", "1234.50"),
        ("1234.5", "en", "1234.5"),
        ("1,5", "en", "1.5"),
        ("1.000.000", "cnr", "1000000"),
    ],
)
def test_amounts_accept_the_local_decimal_comma_and_the_english_point(
    typed: str, language: str, amount: str
) -> None:
    assert parse_amount(typed, language) == Decimal(amount)


@pytest.mark.parametrize("typed", ["12,5,3", "1.2.3,4,5", "abc", "1e5", "--1"])
def test_what_is_not_an_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(typed, "sr")


def test_the_date_edit_tidies_what_was_typed_into_the_local_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = DateEdit("sr")
    qtbot.addWidget(edit)
    edit.set_text("2026-03-07")
    edit.line.editingFinished.emit()
    assert edit.text() == "7. 3. 2026."
    assert edit.value() == date(2026, 3, 7)
    edit.set_text("7.3")
    assert not edit.is_valid()


def test_a_money_edit_shows_amounts_the_local_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = NumberEdit(NumberKind.MONEY, "sr")
    qtbot.addWidget(edit)
    edit.set_value(12500.5)
    assert edit.text() == "12.500,50"
    assert edit.value() == Decimal("12500.50")
    edit.set_language("en")
    assert edit.text() == "12,500.50"
    whole = NumberEdit(NumberKind.INT, "en")
    qtbot.addWidget(whole)
    whole.setText("2,5")
    assert not whole.is_valid()
