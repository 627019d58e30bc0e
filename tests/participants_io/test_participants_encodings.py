"""CSV files in every encoding spreadsheets in the region save: the names come back exactly."""

from __future__ import annotations

import codecs

import pytest
from participants_samples import (
    ALBANIAN,
    BOSNIAN,
    LANGUAGES,
    MACEDONIAN,
    SERBIAN,
    Language,
    csv_text,
)

from csc_desktop.participants_io import ParticipantFileError, read_participants

ENCODINGS = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16",
}


def _assert_people_read(language: Language, data: bytes, expected_encoding: str) -> None:
    sheet = read_participants(data, f"{language.code}.csv", days=2)
    assert sheet.encoding == expected_encoding
    assert sheet.ok, sheet.error_rows
    assert [row.values["name"] for row in sheet.rows] == [row[0] for row in language.rows]
    assert [row.values["institution"] for row in sheet.rows] == [row[2] for row in language.rows]
    assert [row.values["gender"] for row in sheet.rows] == list(language.expected_gender)
    assert sheet.headers == list(language.headers)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_unicode_encodings(language: Language, encoding: str) -> None:
    data = csv_text(language.headers, language.rows).encode(encoding)
    _assert_people_read(language, data, ENCODINGS[encoding])


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_windows_code_page_of_each_language(language: Language) -> None:
    data = csv_text(language.headers, language.rows).encode(language.legacy_code_page)
    expected = {"cp1250": "windows-1250", "cp1251": "windows-1251"}[language.legacy_code_page]
    _assert_people_read(language, data, expected)


@pytest.mark.parametrize(
    "name, code_page, expected",
    [
        ("Ëngjëll Çuçi", "cp1250", "windows-1250"),
        ("Đurđica Žižić", "cp1250", "windows-1250"),
        ("Ђурђица Жижић", "cp1251", "windows-1251"),
        ("Ѓурѓа Ќосева", "cp1251", "windows-1251"),
    ],
)
def test_a_single_name_is_enough_to_tell_the_code_page(
    name: str, code_page: str, expected: str
) -> None:
    data = f"Name;Gender\r\n{name};F\r\n".encode(code_page)
    sheet = read_participants(data, "one.csv", days=0)
    assert sheet.encoding == expected
    assert sheet.rows[0].values["name"] == name


def test_utf16_tab_separated_unicode_text_as_excel_saves_it() -> None:
    data = csv_text(SERBIAN.headers, SERBIAN.rows, delimiter="\t").encode("utf-16")
    sheet = read_participants(data, "unicode.txt", days=2)
    assert sheet.delimiter == "\t"
    assert sheet.rows[0].values["name"] == "Марко Петровић"


def test_utf16_without_byte_order_mark() -> None:
    data = csv_text(MACEDONIAN.headers, MACEDONIAN.rows).encode("utf-16-le")
    sheet = read_participants(data, "no-bom.csv", days=2)
    assert sheet.encoding == "utf-16-le"
    assert sheet.rows[1].values["name"] == "Ѕвонко Трајковски"


def test_utf8_mark_in_front_of_windows_1250_text_trusts_the_letters() -> None:
    data = codecs.BOM_UTF8 + csv_text(BOSNIAN.headers, BOSNIAN.rows).encode("cp1250")
    sheet = read_participants(data, "mislabelled.csv", days=2)
    assert sheet.encoding == "windows-1250"
    assert [row.values["name"] for row in sheet.rows] == [row[0] for row in BOSNIAN.rows]


def test_rows_pasted_from_a_utf8_file_into_a_windows_1251_file() -> None:
    legacy = csv_text(SERBIAN.headers, SERBIAN.rows[:2]).encode("cp1251")
    pasted = "".join(";".join(row) + "\r\n" for row in MACEDONIAN.rows[:2]).encode("utf-8")
    sheet = read_participants(legacy + pasted, "mixed.csv", days=2)
    assert sheet.encoding == "utf-8+windows-1251"
    assert [row.values["name"] for row in sheet.rows] == [
        "Марко Петровић",
        "Јелена Ђорђевић",
        "Ѓорѓи Ќулавков",
        "Ѕвонко Трајковски",
    ]


def test_headers_and_delimiter_of_an_english_comma_file() -> None:
    text = csv_text(
        ["Full name", "Sex", "Organisation", "Rating"],
        [
            ["Ana Hoxha", "F", "Kosovo Police", "4,0"],
            ["Ivan Marić", "M", "Police Directorate", "5"],
        ],
        delimiter=",",
    )
    sheet = read_participants(text.encode(), "en.csv", days=0)
    assert sheet.delimiter == ","
    assert [row.values["evaluation"] for row in sheet.rows] == [4, 5]


def test_excel_separator_line_is_honoured_and_not_counted_as_a_row() -> None:
    text = "sep=,\r\n" + csv_text(
        ["Name", "Evaluation"], [["Ana", "4"], ["Ivo", "9"]], delimiter=","
    )
    sheet = read_participants(text.encode(), "sep.csv", days=0)
    assert sheet.delimiter == ","
    assert sheet.error_rows[0].row_number == 3


def test_text_in_no_region_encoding_is_refused_with_advice() -> None:
    # An Italian trainer's name saved on a Mac: ò is a byte that neither Windows-1250 nor
    # Windows-1251 defines, and the bytes are not UTF-8.
    data = b"Name;Gender\r\n" + "Niccolò Bartolò;M\r\n".encode("mac_roman")
    with pytest.raises(ParticipantFileError, match="CSV UTF-8"):
        read_participants(data, "dos.csv", days=0)


def test_albanian_in_windows_1252_reads_as_the_same_letters() -> None:
    # Western European Excel saves Albanian as Windows-1252: ë and ç sit where 1250 has them.
    data = csv_text(ALBANIAN.headers, ALBANIAN.rows).encode("cp1252")
    sheet = read_participants(data, "sq-1252.csv", days=2)
    assert [row.values["name"] for row in sheet.rows] == [row[0] for row in ALBANIAN.rows]


ALL_NAMES = [(language, row[0]) for language in LANGUAGES for row in language.rows]


@pytest.mark.parametrize(
    "language, name",
    ALL_NAMES,
    ids=[f"{lang.code}-{index}" for index, (lang, _) in enumerate(ALL_NAMES)],
)
def test_each_sample_name_alone_in_its_windows_code_page(language: Language, name: str) -> None:
    data = f"Name\r\n{name}\r\n".encode(language.legacy_code_page)
    sheet = read_participants(data, "one.csv", days=0)
    assert sheet.rows[0].values["name"] == name


def test_a_byte_undefined_in_the_code_page_far_down_the_file_is_refused() -> None:
    rows = [[f"Ђорђе Јовић {index}", "М"] for index in range(300)]
    data = csv_text(["Име и презиме", "Пол"], rows).encode("cp1251")
    data += "Bartolò;M\r\n".encode("mac_roman")
    with pytest.raises(ParticipantFileError, match="could not be read"):
        read_participants(data, "late.csv", days=0)


def test_a_utf16_file_cut_in_the_middle_of_a_letter_is_refused() -> None:
    data = csv_text(SERBIAN.headers, SERBIAN.rows).encode("utf-16")[:-1]
    with pytest.raises(ParticipantFileError, match="could not be read"):
        read_participants(data, "cut.csv", days=2)
