"""Cell values a person types, and the row errors they get back, with the right row numbers."""

from __future__ import annotations

import pytest
from participants_samples import csv_text

from csc_desktop.participants_io import ParticipantSheet, read_participants

HEADERS = ["Name", "Gender", "Institution", "Evaluation", "Pre-test", "Post-test", "Day 1", "Day 2"]


def read_rows(rows: list[list[str]], days: int = 2) -> ParticipantSheet:
    return read_participants(csv_text(HEADERS, rows).encode(), "list.csv", days=days)


def one_value(column: str, cell: str, days: int = 2) -> tuple[object, dict[str, str]]:
    row = {"Name": "Ana Hoxha"} | {column: cell}
    sheet = read_rows([[row.get(header, "") for header in HEADERS]], days)
    parsed = sheet.rows[0]
    field = {"Gender": "gender", "Evaluation": "evaluation", "Pre-test": "pre_score"}.get(column)
    return (parsed.values[field] if field else parsed.values["attendance"]), parsed.errors


@pytest.mark.parametrize(
    "cell, code",
    [
        ("F", "female"), ("f", "female"), ("Femër", "female"), ("femer", "female"),
        ("Ž", "female"), ("ž.", "female"), ("Z", "female"), ("Ж", "female"), ("Женски", "female"),
        ("Žensko", "female"), ("Female", "female"), ("W", "female"),
        ("M", "male"), ("М", "male"), ("Mashkull", "male"), ("Машки", "male"), ("Мушко", "male"),
        ("Muško", "male"), ("Male", "male"), ("m.", "male"),
        ("Other", "other"), ("Drugo", "other"), ("Tjetër", "other"),
        ("", "undisclosed"), ("-", "undisclosed"), ("?", "undisclosed"), ("N/A", "undisclosed"),
        ("Prefer not to say", "undisclosed"),
    ],
)  # fmt: skip
def test_gender_in_any_language(cell: str, code: str) -> None:
    value, errors = one_value("Gender", cell)
    assert (value, errors) == (code, {})


def test_unknown_gender_is_an_error_quoting_the_cell() -> None:
    value, errors = one_value("Gender", "Mr")
    assert value is None
    assert errors == {"gender": "Row 2: gender must be F or M, or left blank (found “Mr”)"}


@pytest.mark.parametrize(
    "cell, expected", [("4", 4), ("4.0", 4), ("4,0", 4), (" 5 ", 5), ("1", 1), ("", None)]
)
def test_evaluation_accepted(cell: str, expected: int | None) -> None:
    assert one_value("Evaluation", cell) == (expected, {})


@pytest.mark.parametrize("cell", ["6", "0", "4.5", "4,5", "good", "-1", "1e1"])
def test_evaluation_refused(cell: str) -> None:
    value, errors = one_value("Evaluation", cell)
    assert value is None
    assert errors["evaluation"] == (
        f"Row 2: evaluation must be a whole number from 1 to 5 (found “{cell}”)"
    )


@pytest.mark.parametrize(
    "cell, expected",
    [("0", 0.0), ("100", 100.0), ("72,5", 72.5), ("72.5", 72.5), ("85%", 85.0), ("", None)],
)
def test_scores_with_decimal_comma(cell: str, expected: float | None) -> None:
    assert one_value("Pre-test", cell) == (expected, {})


@pytest.mark.parametrize("cell", ["101", "-5", "n/a", "1.000,5"])
def test_scores_out_of_range(cell: str) -> None:
    value, errors = one_value("Pre-test", cell)
    assert value is None
    assert (
        errors["pre_score"]
        == f"Row 2: pre-test score must be a number from 0 to 100 (found “{cell}”)"
    )


@pytest.mark.parametrize("present", ["x", "X", "✓", "✔", "1", "yes", "Po", "da", "ДА", "true"])
def test_attendance_marked_present(present: str) -> None:
    assert one_value("Day 2", present) == ([False, True], {})


@pytest.mark.parametrize("absent", ["", "0", "no", "jo", "ne", "не", "false"])
def test_attendance_left_absent(absent: str) -> None:
    assert one_value("Day 1", absent) == ([False, False], {})


@pytest.mark.parametrize("mark", ["late", "✗", "2"])
def test_attendance_other_marks_are_errors_naming_the_day(mark: str) -> None:
    value, errors = one_value("Day 2", mark)
    assert value == [False, False]
    assert errors == {
        "day:2": f"Row 2: attendance on day 2 must be x (present) or blank (absent) (found “{mark}”)"
    }


def test_attendance_has_one_entry_per_training_day_even_without_columns() -> None:
    value, _ = one_value("Day 1", "x", days=5)
    assert value == [True, False, False, False, False]


def test_names_are_trimmed_and_spaces_collapsed_but_letters_kept() -> None:
    sheet = read_rows([["  Jelena   Đorđević\u00a0 ", "Ž", "MUP", "", "", "", "", ""]])
    assert sheet.rows[0].values["name"] == "Jelena Đorđević"


def test_bad_rows_are_flagged_with_spreadsheet_row_numbers_and_blank_rows_skipped() -> None:
    sheet = read_rows(
        [
            ["Arbër Hoxha", "M", "Policia e Shtetit", "5", "", "", "x", "x"],  # row 2
            ["", "", "", "", "", "", "", ""],  # row 3: blank, skipped
            ["Blerina Gjoçi", "F", "SPAK", "7", "", "", "x", ""],  # row 4
            ["", "F", "SPAK", "4", "", "", "", ""],  # row 5: no name
            ["Dritëro Çela", "M", "SPAK", "5", "120", "", "maybe", ""],  # row 6
        ]
    )
    assert [row.row_number for row in sheet.rows] == [2, 4, 5, 6]
    assert not sheet.ok
    assert [row.row_number for row in sheet.error_rows] == [4, 5, 6]
    assert sheet.error_rows[0].errors == {
        "evaluation": "Row 4: evaluation must be a whole number from 1 to 5 (found “7”)"
    }
    assert sheet.error_rows[1].errors == {"name": "Row 5: the name is missing"}
    assert set(sheet.error_rows[2].errors) == {"pre_score", "day:1"}
    # The good values of a row in error are still there for the preview.
    assert sheet.error_rows[0].values["name"] == "Blerina Gjoçi"


def test_same_person_twice_is_flagged_on_the_later_row() -> None:
    sheet = read_rows(
        [
            ["Marko Petrović", "M", "MUP", "", "", "", "", ""],
            ["Ana Ilić", "Ž", "MUP", "", "", "", "", ""],
            ["MARKO  PETROVIĆ", "M", "mup", "", "", "", "", ""],
            ["Marko Petrović", "M", "Tužilaštvo", "", "", "", "", ""],  # another institution
        ]
    )
    assert [row.row_number for row in sheet.error_rows] == [4]
    assert sheet.error_rows[0].errors == {
        "name": "Row 4: MARKO PETROVIĆ (mup) is already listed on row 2"
    }


def test_rows_numbered_in_a_template_but_without_names_are_skipped() -> None:
    text = csv_text(
        ["Nr.", "Emri dhe mbiemri", "Gjinia"],
        [["1", "Ana Hoxha", "F"], ["2", "", ""], ["3", "", ""]],
    )
    sheet = read_participants(text.encode(), "template.csv", days=0)
    assert [row.values["name"] for row in sheet.rows] == ["Ana Hoxha"]


def test_a_name_longer_than_the_record_allows_is_an_error() -> None:
    sheet = read_rows([["A" * 201, "F", "", "", "", "", "", ""]])
    assert sheet.rows[0].errors == {"name": "Row 2: Name is longer than 200 characters"}


def test_function_and_position_kept_as_typed() -> None:
    text = csv_text(
        ["Name", "Position", "Function"], [["Ana Hoxha", "Kryeinspektore", "Oficer  policie"]]
    )
    values = read_participants(text.encode(), "f.csv", days=0).rows[0].values
    assert (values["position"], values["function"]) == ("Kryeinspektore", "Oficer policie")
