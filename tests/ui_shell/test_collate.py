"""Alphabetical order per language (csc_desktop.text.collate) and lists sorted by it."""

from __future__ import annotations

from datetime import date

import pytest

from csc_desktop.domain.fields import Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.text.collate import sort_key
from csc_desktop.text.locales import format_date, format_money


def ordered(words: list[str], language: str) -> list[str]:
    return sorted(words, key=lambda w: sort_key(w, language))


def test_serbian_latin_letters_of_their_own() -> None:
    words = [
        "Lazar",
        "Ljubljana",
        "lav",
        "Luka",
        "Čačak",
        "Cetinje",
        "Ćuprija",
        "Dževad",
        "Đakovica",
        "Drina",
        "Nova",
        "Njegoš",
        "Niš",
    ]
    assert ordered(words, "sr_Latn") == [
        "Cetinje",
        "Čačak",
        "Ćuprija",
        "Drina",
        "Dževad",
        "Đakovica",
        "lav",
        "Lazar",
        "Luka",
        "Ljubljana",
        "Niš",
        "Nova",
        "Njegoš",
    ]
    # English knows no such letters: lj is l then j
    assert ordered(["Ljubljana", "Luka"], "en") == ["Ljubljana", "Luka"]


def test_cyrillic_azbuka_and_macedonian() -> None:
    assert ordered(["шума", "џак", "чаша", "ћуп", "цар", "ђак", "дом", "ерс"], "sr") == [
        "дом",
        "ђак",
        "ерс",
        "ћуп",
        "цар",
        "чаша",
        "џак",
        "шума",
    ]
    assert ordered(["ѕвезда", "зима", "ивица", "ќеф", "тоа", "уво", "ѓоре", "дом"], "mk") == [
        "дом",
        "ѓоре",
        "зима",
        "ѕвезда",
        "ивица",
        "тоа",
        "ќеф",
        "уво",
    ]


def test_albanian_digraphs() -> None:
    words = [
        "Shkodër",
        "Sarandë",
        "Thana",
        "Tiranë",
        "Çamëri",
        "Cika",
        "Dhimitër",
        "Durrës",
        "Gjakova",
        "Gostivar",
        "Llogara",
        "Lezhë",
        "Rruga",
        "Roma",
        "Zhupa",
        "Zemra",
        "ëmbël",
        "emër",
    ]
    assert ordered(words, "sq") == [
        "Cika",
        "Çamëri",
        "Durrës",
        "Dhimitër",
        "emër",
        "ëmbël",
        "Gostivar",
        "Gjakova",
        "Lezhë",
        "Llogara",
        "Roma",
        "Rruga",
        "Sarandë",
        "Shkodër",
        "Tiranë",
        "Thana",
        "Zemra",
        "Zhupa",
    ]


def test_script_of_the_language_comes_first_then_case_and_accents() -> None:
    assert ordered(["Beograd", "Београд"], "sr") == ["Београд", "Beograd"]
    assert ordered(["Београд", "Beograd"], "sr_Latn") == ["Beograd", "Београд"]
    assert ordered(["Éclair", "eclair", "éclair", "Eclair", "zebra"], "en") == [
        "eclair",
        "Eclair",
        "éclair",
        "Éclair",
        "zebra",
    ]
    assert ordered(["b", "10", " a", "a"], "en") == [" a", "10", "a", "b"]
    assert sort_key(None, "sr") == b""
    assert sort_key("x", "klingon") == sort_key("x", "en")


def test_a_list_sorts_its_titles_in_the_interface_language(team_ws) -> None:
    base = {
        "country": "RS",
        "start_date": "2025-03-03",
        "end_date": "2025-03-04",
        "venue": "Beograd",
    }
    for title in ("Ljubljana", "Luka", "Čačak", "Cetinje", "Zemun"):
        team_ws.records.create(Kind.TRAINING, {**base, "title": title})
    query = ListQuery(Kind.TRAINING, order_by="title", descending=False, language="sr_Latn")
    titles = [r["title"] for r in team_ws.records.rows(query)]
    assert titles == ["Cetinje", "Čačak", "Luka", "Ljubljana", "Zemun"]
    english = ListQuery(Kind.TRAINING, order_by="title", descending=False, language="en")
    assert [r["title"] for r in team_ws.records.rows(english)] == [
        "Čačak",
        "Cetinje",
        "Ljubljana",
        "Luka",
        "Zemun",
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "7 Mar 2025"), ("sr", "7. 3. 2025."), ("sq", "7 mar 2025"), ("cnr", "7. 3. 2025.")],
)
def test_dates_per_language(language: str, expected: str) -> None:
    assert format_date(date(2025, 3, 7), language) == expected


def test_money_from_cents() -> None:
    assert format_money(123456, "en") == "€1,234.56"
    assert format_money(123456, "sr").replace("\xa0", " ") == "1.234,56 €"
