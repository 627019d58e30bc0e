"""Real XLSX workbooks made with openpyxl in memory."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from participants_samples import LANGUAGES, Language, language_xlsx, xlsx_bytes

from csc_desktop.participants_io import ParticipantFileError, read_participants


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_names_and_values_come_back_exactly(language: Language) -> None:
    sheet = read_participants(language_xlsx(language), f"{language.code}.xlsx", days=2)
    assert (sheet.encoding, sheet.delimiter, sheet.sheet_name) == (None, None, "Pjesëmarrësit")
    assert sheet.ok, sheet.error_rows
    assert [row.values["name"] for row in sheet.rows] == [row[0] for row in language.rows]
    assert [row.values["gender"] for row in sheet.rows] == list(language.expected_gender)
    assert [row.values["post_score"] for row in sheet.rows] == [
        float(row[7].replace(",", ".")) if row[7] else None for row in language.rows
    ]


def test_numbers_booleans_dates_and_percentages_as_excel_stores_them() -> None:
    data = xlsx_bytes(
        {
            "List": [
                ["Name", "Evaluation", "Pre-test", "Post-test", dt.datetime(2025, 5, 12), dt.datetime(2025, 5, 13), "Position"],
                ["Ana Hoxha", 4, 45.5, 0.9, True, 1, 1234],
                ["Ivan Marić", 4.0, 0, 1, False, 0, dt.datetime(2025, 1, 2)],
                ["Ema Kola", 4.5, 101, None, 2, None, None],
            ]
        },
        percent_cells=("D2",),
    )  # fmt: skip
    sheet = read_participants(data, "typed.xlsx", days=2)
    assert sheet.headers[4:6] == ["2025-05-12", "2025-05-13"]
    assert sheet.mapping[4] == "day:1" and sheet.mapping[5] == "day:2"
    ana, ivan, ema = sheet.rows
    assert ana.values["evaluation"] == 4 and ana.values["pre_score"] == 45.5
    assert ana.values["post_score"] == 90.0  # typed as 90%, stored as 0.9
    assert ana.values["attendance"] == [True, True]
    assert ana.values["position"] == "1234"
    assert ivan.values["evaluation"] == 4 and ivan.values["attendance"] == [False, False]
    assert ivan.values["position"] == "2025-01-02"
    assert set(ema.errors) == {"evaluation", "pre_score", "day:1"}
    assert ema.errors["evaluation"].startswith("Row 4: ")


def test_the_first_sheet_with_recognisable_headings_is_read() -> None:
    data = xlsx_bytes(
        {
            "Agenda": [["Training on financial investigations"], ["09:00", "Opening"]],
            "Учесници": [
                ["Обука: финансиски истраги"],
                [],
                ["Име и презиме", "Пол", "Институција"],
                ["Ѓорѓи Ќулавков", "М", "МВР"],
                [],
                ["Маја Стојановска", "Ж", "ЈОО"],
            ],
        }
    )
    sheet = read_participants(data, "mk.xlsx", days=0)
    assert sheet.sheet_name == "Учесници"
    assert sheet.header_row == 3
    assert [(row.row_number, row.values["name"]) for row in sheet.rows] == [
        (4, "Ѓорѓи Ќулавков"),
        (6, "Маја Стојановска"),
    ]


def test_a_sheet_without_headings_gives_its_rows_to_a_custom_mapping() -> None:
    # A Turkish heading for the name column: not one we know, so the person maps it.
    data = xlsx_bytes({"Sheet1": [["Ad Soyad", "Gjinia"], ["Arbër Hoxha", "M"]]})
    with pytest.raises(ParticipantFileError, match="No column of names") as refused:
        read_participants(data, "x.xlsx", days=0)
    assert refused.value.headers == ["Ad Soyad", "Gjinia"]
    sheet = read_participants(data, "x.xlsx", days=0, mapping={0: "name", 1: "gender"})
    assert (sheet.rows[0].values["name"], sheet.rows[0].values["gender"]) == ("Arbër Hoxha", "male")


def test_bad_row_numbers_in_a_workbook_match_excel() -> None:
    rows: list[list[object]] = [["Name", "Evaluation"]]
    rows += [[f"Person {index}", 5] for index in range(2, 10)]
    rows[6][1] = 9  # Excel row 7
    sheet = read_participants(xlsx_bytes({"S": rows}), "x.xlsx", days=0)
    assert [row.row_number for row in sheet.error_rows] == [7]
    assert sheet.error_rows[0].errors["evaluation"] == (
        "Row 7: evaluation must be a whole number from 1 to 5 (found “9”)"
    )


def test_a_damaged_workbook_is_refused() -> None:
    data = language_xlsx(LANGUAGES[0])
    with pytest.raises(ParticipantFileError, match="could not be opened"):
        read_participants(data[: len(data) // 2], "cut.xlsx", days=0)


def test_a_zip_that_is_not_a_workbook_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ParticipantFileError, match="could not be opened"):
        read_participants(out.getvalue(), "notes.xlsx", days=0)


def test_opendocument_and_old_excel_files_get_advice() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ParticipantFileError, match=r"\.ods"):
        read_participants(out.getvalue(), "list.ods", days=0)
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(ParticipantFileError, match=r"97–2003 workbook \(\.xls\)"):
        read_participants(ole2, "list.xls", days=0)


def test_an_empty_workbook_and_a_headings_only_workbook_are_refused() -> None:
    with pytest.raises(ParticipantFileError, match="is empty"):
        read_participants(xlsx_bytes({"Sheet1": []}), "empty.xlsx", days=0)
    with pytest.raises(ParticipantFileError, match="no participants"):
        read_participants(xlsx_bytes({"Sheet1": [["Name", "Gender"]]}), "h.xlsx", days=0)


def test_a_sheet_formatted_to_the_last_excel_row_reads_quickly() -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Gender"])
    sheet.append(["Ana Hoxha", "F"])
    sheet.cell(row=1_048_576, column=1).number_format = "@"  # formatted, never typed in
    out = io.BytesIO()
    workbook.save(out)
    parsed = read_participants(out.getvalue(), "formatted.xlsx", days=0)
    assert [row.values["name"] for row in parsed.rows] == ["Ana Hoxha"]
