"""Whole-file problems: a clear ParticipantFileError a non-technical person understands."""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

import pytest
from participants_samples import SERBIAN, csv_text, language_csv, xlsx_bytes

from csc_desktop.participants_io import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    ParticipantFileError,
    read_participants,
)


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", b"   \n"])
def test_empty_file(data: bytes) -> None:
    with pytest.raises(ParticipantFileError, match=r"The file “lista\.csv” is empty\."):
        read_participants(data, "C:\\Users\\ana\\Desktop\\lista.csv", days=1)


def test_binary_garbage_is_not_a_spreadsheet() -> None:
    garbage = random.Random(7).randbytes(4096)
    with pytest.raises(ParticipantFileError, match="is not a spreadsheet"):
        read_participants(garbage, "photo.csv", days=1)


def test_a_pdf_renamed_to_csv_is_not_a_spreadsheet() -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01\x02\xff\nendstream\n"
    with pytest.raises(ParticipantFileError, match="is not a spreadsheet"):
        read_participants(pdf, "list.csv", days=1)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251"])
def test_headings_only(encoding: str) -> None:
    data = ";".join(SERBIAN.headers).encode(encoding) + "\r\n;;\r\n".encode(encoding)
    with pytest.raises(ParticipantFileError, match="has column headings but no participants"):
        read_participants(data, "празно.csv", days=2)


def test_no_heading_row_in_the_first_ten_rows() -> None:
    rows = [[f"{index}", "x"] for index in range(12)]
    data = csv_text(["1", "2"], rows).encode()
    with pytest.raises(
        ParticipantFileError, match="No column headings were found in the first 10 rows"
    ):
        read_participants(data, "numbers.csv", days=0)


def test_headings_without_a_name_column_carry_the_headings() -> None:
    data = csv_text(["Gjinia", "Institucioni"], [["F", "SPAK"]]).encode()
    with pytest.raises(ParticipantFileError, match="No column of names was found") as refused:
        read_participants(data, "pa-emra.csv", days=0)
    assert refused.value.headers == ["Gjinia", "Institucioni"]


def test_a_file_over_ten_megabytes_is_refused_before_reading() -> None:
    data = language_csv(SERBIAN, "utf-8") + b" " * MAX_FILE_BYTES
    with pytest.raises(ParticipantFileError, match=r"too large \(10\.0 MB\)\. .* up to 10 MB"):
        read_participants(data, "big.csv", days=2)


def test_more_than_five_thousand_rows_is_refused() -> None:
    rows = [[f"Person {index}", "F"] for index in range(MAX_ROWS + 1)]
    with pytest.raises(ParticipantFileError, match="more than 5,000 participant rows"):
        read_participants(csv_text(["Name", "Gender"], rows).encode(), "many.csv", days=0)
    with pytest.raises(ParticipantFileError, match="more than 5,000 participant rows"):
        read_participants(xlsx_bytes({"S": [["Name", "Gender"], *rows]}), "many.xlsx", days=0)


def test_exactly_five_thousand_rows_are_read() -> None:
    rows = [[f"Person {index}", "F"] for index in range(MAX_ROWS)]
    sheet = read_participants(csv_text(["Name", "Gender"], rows).encode(), "ok.csv", days=0)
    assert len(sheet.rows) == MAX_ROWS and sheet.ok


def test_nothing_is_written_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp_dir = tmp_path / "tmp"
    work_dir = tmp_path / "work"
    temp_dir.mkdir()
    work_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    monkeypatch.chdir(work_dir)
    monkeypatch.setattr(tempfile, "tempdir", None)  # let tempfile see the new TMPDIR
    read_participants(language_csv(SERBIAN, "cp1251"), "sr.csv", days=2)
    read_participants(xlsx_bytes({"S": [list(SERBIAN.headers), *SERBIAN.rows]}), "sr.xlsx", days=2)
    assert os.listdir(temp_dir) == [] and os.listdir(work_dir) == []
