"""Column headings in English and the region's languages, and a mapping chosen by hand."""

from __future__ import annotations

import pytest
from participants_samples import LANGUAGES, Language, csv_text

from csc_desktop.participants_io import (
    FIELDS,
    ParticipantFileError,
    guess_mapping,
    read_participants,
)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_local_headings_map_every_field_and_day(language: Language) -> None:
    mapping = guess_mapping(list(language.headers), days=2)
    assert list(mapping.values()) == [*FIELDS, "day:1", "day:2"]


@pytest.mark.parametrize(
    "heading, field",
    [
        ("Name", "name"), ("FULL NAME", "name"), ("Emri", "name"), ("Emri dhe Mbiemri", "name"),
        ("Име и презиме", "name"), ("Ime i prezime", "name"), ("Prezime i ime", "name"),
        ("Emri / Name", "name"), ("Name *", "name"), ("Emri:", "name"),
        ("Gender", "gender"), ("Sex", "gender"), ("Gjinia", "gender"), ("Пол", "gender"),
        ("Spol", "gender"), ("Rod", "gender"), ("Gjinia (F/M)", "gender"), ("Pol (M/Ž)", "gender"),
        ("Institution", "institution"), ("Institucioni", "institution"),
        ("Институција", "institution"), ("Institucija", "institution"),
        ("Organisation", "institution"), ("Institucioni / Organizata", "institution"),
        ("Position", "position"), ("Pozicioni", "position"), ("Позиција", "position"),
        ("Pozicija", "position"), ("Radno mjesto", "position"), ("Radno mesto", "position"),
        ("Function", "function"), ("Funksioni", "function"), ("Функција", "function"),
        ("Evaluation", "evaluation"), ("Rating", "evaluation"), ("Vlerësimi", "evaluation"),
        ("Vleresimi", "evaluation"), ("Оцена", "evaluation"), ("Ocjena", "evaluation"),
        ("Ocena (1-5)", "evaluation"), ("Evaluation 1–5", "evaluation"),
        ("Pre-test", "pre_score"), ("PRETEST", "pre_score"), ("Pre test score", "pre_score"),
        ("Post-test", "post_score"), ("Post test", "post_score"), ("Пост-тест", "post_score"),
        ("Surname", "surname"), ("Mbiemri", "surname"), ("Презиме", "surname"),
    ],
)  # fmt: skip
def test_one_heading(heading: str, field: str) -> None:
    assert guess_mapping([heading], days=0) == {0: field}


@pytest.mark.parametrize(
    "heading, day",
    [
        ("Day 1", 1), ("Dita 2", 2), ("Дан 3", 3), ("Ден 1", 1), ("Dan 2", 2), ("D3", 3),
        ("day 1 (12 May)", 1), ("1. dan", 1), ("DITA 3", 3),
    ],
)  # fmt: skip
def test_numbered_day_headings(heading: str, day: int) -> None:
    assert guess_mapping([heading], days=3) == {0: f"day:{day}"}


def test_date_headings_take_the_days_in_order_and_unknown_columns_are_ignored() -> None:
    headers = ["No.", "Emri", "Email", "12.05.2025", "13.05.2025", "14.05.2025", "Nënshkrimi"]
    assert guess_mapping(headers, days=3) == {
        0: None, 1: "name", 2: None, 3: "day:1", 4: "day:2", 5: "day:3", 6: None,
    }  # fmt: skip


def test_day_columns_beyond_the_training_are_ignored() -> None:
    assert guess_mapping(["Name", "Day 1", "Day 2", "Day 3"], days=2) == {
        0: "name", 1: "day:1", 2: "day:2", 3: None,
    }  # fmt: skip


def test_the_first_column_naming_a_field_wins() -> None:
    assert guess_mapping(["Name", "Full name"], days=0) == {0: "name", 1: None}


def test_given_name_and_surname_in_two_columns_make_one_name() -> None:
    text = csv_text(["Emri", "Mbiemri", "Gjinia"], [["Arbër", "Hoxha", "M"], ["Blerina", "", "F"]])
    sheet = read_participants(text.encode(), "sq.csv", days=0)
    assert [row.values["name"] for row in sheet.rows] == ["Arbër Hoxha", "Blerina"]


def test_title_rows_above_the_headings_are_skipped() -> None:
    text = "Trajnimi për hetimet financiare;;\r\nTiranë, 12–14 maj 2025;;\r\n;;\r\n" + csv_text(
        ["Emri dhe mbiemri", "Gjinia", "Institucioni"], [["Arbër Hoxha", "M", "SPAK"]]
    )
    sheet = read_participants(text.encode(), "titled.csv", days=0)
    assert sheet.header_row == 4
    assert sheet.rows[0].row_number == 5
    assert sheet.rows[0].values["name"] == "Arbër Hoxha"


def test_day_headings_in_a_second_row_under_a_merged_attendance_cell() -> None:
    text = csv_text(
        ["Ime i prezime", "Spol", "Prisustvo", "", ""],
        [["", "", "Dan 1", "Dan 2", "Dan 3"], ["Emina Hadžić", "Ž", "x", "", "x"]],
    )
    sheet = read_participants(text.encode(), "two-rows.csv", days=3)
    assert sheet.mapping == {0: "name", 1: "gender", 2: "day:1", 3: "day:2", 4: "day:3"}
    assert sheet.rows[0].row_number == 3
    assert sheet.rows[0].values["attendance"] == [True, False, True]


CUSTOM_ROWS = [
    ["Ana Hoxha", "Kosovo Police", "F", "4"],
    ["Ivan Marić", "Uprava policije", "M", "5"],
]


def test_a_custom_mapping_overrides_the_guess() -> None:
    # Headings in a language we do not know: nothing is recognised...
    data = csv_text(["Nimi", "Laitos", "Sukupuoli", "Arvio"], CUSTOM_ROWS).encode()
    with pytest.raises(ParticipantFileError) as refused:
        read_participants(data, "fi.csv", days=0)
    # ...but the headings come with the error, so that a person can choose the columns.
    assert refused.value.headers == ["Nimi", "Laitos", "Sukupuoli", "Arvio"]
    sheet = read_participants(
        data, "fi.csv", days=0, mapping={0: "name", 1: "institution", 2: "gender", 3: "evaluation"}
    )
    assert sheet.ok
    assert sheet.mapping == {0: "name", 1: "institution", 2: "gender", 3: "evaluation"}
    assert [(row.values["name"], row.values["evaluation"]) for row in sheet.rows] == [
        ("Ana Hoxha", 4),
        ("Ivan Marić", 5),
    ]


def test_a_custom_mapping_can_ignore_a_recognised_column() -> None:
    data = csv_text(["Name", "Institution", "Gender", "Evaluation"], CUSTOM_ROWS).encode()
    guessed = read_participants(data, "x.csv", days=0)
    assert guessed.mapping[3] == "evaluation"
    chosen = dict(guessed.mapping) | {3: None, 1: "position"}
    sheet = read_participants(data, "x.csv", days=0, mapping=chosen)
    assert sheet.rows[0].values["evaluation"] is None
    assert sheet.rows[0].values["position"] == "Kosovo Police"
    assert sheet.rows[0].values["institution"] is None


def test_one_field_chosen_for_two_columns_is_refused_in_plain_words() -> None:
    data = csv_text(["Name", "Institution", "Gender", "Evaluation"], CUSTOM_ROWS).encode()
    with pytest.raises(ParticipantFileError, match="Columns A and B are both set to “Name”"):
        read_participants(data, "x.csv", days=0, mapping={0: "name", 1: "name"})


def test_a_custom_mapping_without_a_name_column_is_refused() -> None:
    data = csv_text(["Name", "Institution", "Gender", "Evaluation"], CUSTOM_ROWS).encode()
    with pytest.raises(ParticipantFileError, match="No column of names"):
        read_participants(data, "x.csv", days=0, mapping={1: "institution"})


@pytest.mark.parametrize("target", ["nonsense", "day:3", "day:0"])
def test_a_mapping_to_no_field_is_a_programming_error(target: str) -> None:
    data = csv_text(["Name", "Institution"], CUSTOM_ROWS).encode()
    with pytest.raises(ValueError, match="not a field"):
        read_participants(data, "x.csv", days=2, mapping={0: "name", 1: target})


def test_a_one_word_title_above_the_headings_is_not_taken_for_them() -> None:
    text = "Participant\r\n" + csv_text(
        ["Participant", "Gender", "Institution"], [["Ana Hoxha", "F", "Kosovo Police"]]
    )
    sheet = read_participants(text.encode(), "titled.csv", days=0)
    assert sheet.header_row == 2
    assert [row.values["name"] for row in sheet.rows] == ["Ana Hoxha"]


def test_headings_repeated_on_each_printed_page_are_not_participants() -> None:
    headers = ["Ime i prezime", "Spol"]
    text = csv_text(headers, [["Emina Hadžić", "Ž"], headers, ["Đorđe Ćorić", "M"]])
    sheet = read_participants(text.encode(), "pages.csv", days=0)
    assert sheet.ok
    assert [(row.row_number, row.values["name"]) for row in sheet.rows] == [
        (2, "Emina Hadžić"),
        (4, "Đorđe Ćorić"),
    ]


def test_a_custom_mapping_uses_the_headings_row_the_error_showed() -> None:
    text = "Seminar 2025;;\r\n" + csv_text(
        ["Ad Soyad", "Gjinia", "Institucioni"], [["Ana Hoxha", "F", "SPAK"]]
    )
    with pytest.raises(ParticipantFileError) as refused:
        read_participants(text.encode(), "tr.csv", days=0)
    assert refused.value.headers == ["Ad Soyad", "Gjinia", "Institucioni"]
    sheet = read_participants(
        text.encode(), "tr.csv", days=0, mapping={0: "name", 1: "gender", 2: "institution"}
    )
    assert sheet.header_row == 2
    assert [(row.row_number, row.values["name"]) for row in sheet.rows] == [(3, "Ana Hoxha")]
