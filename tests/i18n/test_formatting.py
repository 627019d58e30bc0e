"""Dates, numbers and amounts as each language writes them (Babel/CLDR), typed input read the
local way, and alphabetical order per language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from csc_desktop.text.collate import sort_key
from csc_desktop.text.locales import LANGUAGES, format_date, format_money, format_number
from csc_desktop.ui.widgets.locale_formats import format_date_input, parse_amount, parse_date_input

NBSP, NNBSP = "\u00a0", "\u202f"
DAY = date(2026, 3, 7)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "7 Mar 2026"),
        ("sq", "7 mar 2026"),
        ("sr", "7. 3. 2026."),
        ("sr_Latn", "7. 3. 2026."),
        ("mk", f"7 мар. 2026{NNBSP}г."),
        ("bs", "7. mar 2026."),
        ("cnr", "7. 3. 2026."),
    ],
)
def test_dates(language: str, expected: str) -> None:
    assert format_date(DAY, language) == expected


@pytest.mark.parametrize(
    ("language", "number", "euro"),
    [
        ("en", "1,234,567.5", "€1,234.50"),
        ("sq", f"1{NBSP}234{NBSP}567,5", f"1{NBSP}234,50{NBSP}€"),
        ("sr", "1.234.567,5", f"1.234,50{NBSP}€"),
        ("mk", "1.234.567,5", f"1.234,50{NBSP}€"),
        ("bs", "1.234.567,5", f"1.234,50{NBSP}€"),
        ("cnr", "1.234.567,5", f"1.234,50{NBSP}€"),
    ],
)
def test_numbers_and_euro(language: str, number: str, euro: str) -> None:
    assert format_number(Decimal("1234567.5"), language) == number
    assert format_money(123450, language) == euro


def test_lek_has_no_decimals() -> None:
    assert format_money(123450, "sq", "ALL") == f"1{NBSP}234{NBSP}Lekë"
    assert format_money(123450, "sr", "ALL") == f"1.234{NBSP}ALL"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("typed", ["7.3.2026", "7. 3. 2026.", "07.03.2026", "2026-03-07"])
def test_dates_typed_the_local_way(language: str, typed: str) -> None:
    assert parse_date_input(typed, language) == DAY


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_shown_for_typing_read_back(language: str) -> None:
    assert parse_date_input(format_date_input(DAY, language), language) == DAY


@pytest.mark.parametrize("language", ["sq", "sr", "sr_Latn", "mk", "bs", "cnr"])
@pytest.mark.parametrize("typed", ["1.234,50", "1 234,50", "1234,5", "1234.50"])
def test_amounts_typed_the_local_way(language: str, typed: str) -> None:
    assert parse_amount(typed, language) == Decimal("1234.5")


def test_amounts_typed_the_english_way() -> None:
    assert parse_amount("1,234.50", "en") == Decimal("1234.5")
    assert parse_amount("12,5", "sr") == Decimal("12.5")


def test_the_editors_inputs_take_local_formats(qapp: Any) -> None:
    from csc_desktop.ui.widgets.date_edit import DateEdit
    from csc_desktop.ui.widgets.number_edit import NumberEdit, NumberKind

    for language in ("sr", "bs", "cnr", "mk", "sq"):
        day = DateEdit(language)
        day.set_text("7.3.2026")
        assert day.value() == DAY
        money = NumberEdit(NumberKind.MONEY, language)
        money.setText("1.234,50")
        assert money.value() == Decimal("1234.50")
        money.set_value(Decimal("1234.5"))
        assert money.text() == ("1 234,50".replace(" ", NBSP) if language == "sq" else "1.234,50")


# -- alphabetical order ----------------------------------------------------------------------


def ordered(words: list[str], language: str) -> list[str]:
    return sorted(words, key=lambda w: sort_key(w, language))


AZBUKA = [
    "Ваљево", "Даница", "Ђаковица", "Лозница", "Љубовија", "Ниш", "Њујорк", "Тутин", "Ћуприја",
    "Ужице", "Чачак", "Џамбас", "Шабац",
]  # fmt: skip
ABECEDA = [
    "Cazin", "Čačak", "Ćuprija", "Dubrovnik", "Džep", "Đakovo", "Lozinka", "Ljubuški", "Novi",
    "Njegoš", "Sarajevo", "Šabac", "Zenica", "Žepče",
]  # fmt: skip
ALBANIAN = [
    "Cani", "Çela", "Dema", "Dhimitri", "Elira", "Ëndri", "Gani", "Gjoni", "Lika", "Llazi",
    "Nika", "Njeri", "Rama", "Rruga", "Sava", "Shala", "Tirana", "Thaçi", "Xeka", "Xhafa",
    "Zana", "Zhupa",
]  # fmt: skip


def test_serbian_cyrillic_in_azbuka_order() -> None:
    assert ordered(list(reversed(AZBUKA)), "sr") == AZBUKA


@pytest.mark.parametrize("language", ["sr_Latn", "bs", "cnr"])
def test_latin_in_abeceda_order(language: str) -> None:
    assert ordered(list(reversed(ABECEDA)), language) == ABECEDA


def test_albanian_alphabet() -> None:
    assert ordered(list(reversed(ALBANIAN)), "sq") == ALBANIAN


def test_english_knows_no_digraphs() -> None:
    assert ordered(["Ljubuški", "Lozinka"], "en") == ["Ljubuški", "Lozinka"]
    assert ordered(["Lozinka", "Ljubuški"], "bs") == ["Lozinka", "Ljubuški"]


def test_a_list_sorted_by_title_follows_the_language(qapp: Any, ws: Any) -> None:
    from csc_desktop.domain.fields import Kind
    from csc_desktop.services.records import ListQuery

    for title in ("Шабац: обука", "Чачак: обука", "Ћуприја: обука"):
        ws.records.create(
            Kind.TRAINING,
            {"title": title, "country": "RS", "start_date": "2026-01-05",
             "end_date": "2026-01-05", "venue": "Ниш"},
        )  # fmt: skip
    try:
        query = ListQuery(kind=Kind.TRAINING, order_by="title", descending=False, language="sr")
        titles = [r["title"] for r in ws.records.rows(query, columns=("title",))]
        mine = [t for t in titles if t.endswith(": обука")]
        assert mine == ["Ћуприја: обука", "Чачак: обука", "Шабац: обука"]
    finally:
        for row in ws.records.rows(
            ListQuery(kind=Kind.TRAINING, search="обука"), columns=("id", "title")
        ):
            if row["title"].endswith(": обука"):
                ws.records.delete(row["id"])
