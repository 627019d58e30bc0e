"""read_participants: from the bytes of a CSV or XLSX file to checked participant rows.

Nothing is written anywhere: the caller shows the rows, resolves institutions and saves them
all or nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator

from . import messages
from .cells import cell_text, is_blank
from .csv_source import csv_rows, sniff_delimiter, split_separator_line
from .encoding import NotText, UnreadableText, decode_text
from .headers import guess_mapping, has_name_column
from .mapping import checked_mapping
from .model import (
    HEADER_SEARCH_ROWS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    ParsedRow,
    ParticipantFileError,
    ParticipantSheet,
)
from .rows import RowParser
from .table import Grid, NoTable, Table, find_table, headings
from .xlsx_source import OLE2_MAGIC, ZIP_MAGIC, BrokenWorkbook, is_opendocument, worksheets

# A sheet formatted down to row 1,048,576 streams a million empty rows: stop after this many.
BLANK_ROWS_THAT_END_THE_LIST = 1_000


def read_participants(
    data: bytes, filename: str, *, days: int, mapping: dict[int, str | None] | None = None
) -> ParticipantSheet:
    """Read a participant list from the bytes of a CSV or XLSX file.

    `days` is the training's number of days. `mapping` (column index -> field, "day:N" or None)
    replaces the guess from the headings, as a person chose it in a preview.
    Raises ParticipantFileError when the file as a whole cannot be read; a problem in one row is
    in that row's `errors` instead.
    """
    if days < 0:
        raise ValueError(f"days must be 0 or more, not {days}")
    name = _base_name(filename)
    if not data.strip():
        raise ParticipantFileError(messages.EMPTY_FILE.format(file=name))
    if len(data) > MAX_FILE_BYTES:
        raise ParticipantFileError(
            messages.TOO_LARGE.format(
                file=name, size_mb=f"{len(data) / 2**20:.1f}", limit_mb=MAX_FILE_BYTES // 2**20
            )
        )
    if data.startswith(OLE2_MAGIC):
        raise ParticipantFileError(messages.OLD_OR_PROTECTED_WORKBOOK.format(file=name))
    if data.startswith(ZIP_MAGIC):
        if is_opendocument(data):
            raise ParticipantFileError(messages.OPENDOCUMENT.format(file=name))
        return _read_workbook(data, name, days, mapping)
    return _read_csv(data, name, days, mapping)


def _base_name(filename: str) -> str:
    return re.split(r"[\\/]", filename)[-1] or filename


def _read_workbook(
    data: bytes, name: str, days: int, mapping: dict[int, str | None] | None
) -> ParticipantSheet:
    sheets = worksheets(data)
    try:
        grids = (Grid(title, rows) for title, rows in sheets)
        return _read_grids(grids, name, days, mapping, encoding=None, delimiter=None)
    except BrokenWorkbook as exc:
        raise ParticipantFileError(messages.BROKEN_WORKBOOK.format(file=name)) from exc
    finally:
        sheets.close()  # closes the workbook, once every row has been read


def _read_csv(
    data: bytes, name: str, days: int, mapping: dict[int, str | None] | None
) -> ParticipantSheet:
    try:
        decoded = decode_text(data)
    except NotText as exc:
        raise ParticipantFileError(messages.NOT_A_SPREADSHEET.format(file=name)) from exc
    except UnreadableText as exc:
        raise ParticipantFileError(messages.UNREADABLE_TEXT.format(file=name)) from exc
    declared, text = split_separator_line(decoded.text)
    delimiter = declared or sniff_delimiter(text)
    grid = Grid(None, csv_rows(text, delimiter))
    try:
        return _read_grids([grid], name, days, mapping, decoded.encoding, delimiter)
    except csv.Error as exc:
        raise ParticipantFileError(messages.BROKEN_CSV.format(file=name, detail=exc)) from exc


def _read_grids(
    grids: Iterable[Grid],
    name: str,
    days: int,
    chosen: dict[int, str | None] | None,
    encoding: str | None,
    delimiter: str | None,
) -> ParticipantSheet:
    found = find_table(grids, days, name_column_required=chosen is None)
    if isinstance(found, NoTable):
        raise _no_table_error(found, name)
    if chosen is None:
        mapping = guess_mapping(found.headers, days)
    else:
        mapping = checked_mapping(chosen, len(found.headers), days)
        if not has_name_column(mapping):
            raise ParticipantFileError(
                messages.NO_NAME_COLUMN.format(file=name), headers=found.headers
            )
    rows = _parsed_rows(found, mapping, days, name)
    if not rows:
        raise ParticipantFileError(messages.NO_PARTICIPANTS.format(file=name))
    return ParticipantSheet(
        source_name=name,
        encoding=encoding,
        delimiter=delimiter,
        headers=found.headers,
        mapping=mapping,
        rows=rows,
        sheet_name=found.sheet_name,
        header_row=found.header_row,
    )


def _no_table_error(found: NoTable, name: str) -> ParticipantFileError:
    if not found.any_rows:
        return ParticipantFileError(messages.EMPTY_FILE.format(file=name))
    if found.any_field_recognised:
        message = messages.NO_NAME_COLUMN.format(file=name)
    else:
        message = messages.NO_HEADER_ROW.format(file=name, rows=HEADER_SEARCH_ROWS)
    return ParticipantFileError(message, headers=found.closest_headers)


def _parsed_rows(
    table: Table, mapping: dict[int, str | None], days: int, name: str
) -> list[ParsedRow]:
    parser = RowParser(mapping, days)
    parsed: list[ParsedRow] = []
    # Counted before mapping: a huge sheet is refused even if its columns are all ignored.
    rows_with_content = 0
    for row_number, cells in _rows_until_the_list_ends(table.data_rows):
        rows_with_content += 1
        if rows_with_content > MAX_ROWS:
            raise ParticipantFileError(
                messages.TOO_MANY_ROWS.format(file=name, limit=f"{MAX_ROWS:,}")
            )
        if _repeats_headings(cells, table.headers):
            continue  # headings repeated on every printed page of a long list
        if not parser.is_blank(cells):
            parsed.append(parser.parse(row_number, cells))
    return parsed


def _repeats_headings(cells: list[object], headers: list[str]) -> bool:
    # Compared cell by cell so that a participant row stops at its first cell.
    return (
        len(cells) >= len(headers)
        and all(cell_text(cell) == heading for cell, heading in zip(cells, headers, strict=False))
        and headings(cells) == headers
    )


def _rows_until_the_list_ends(
    rows: Iterator[tuple[int, list[object]]],
) -> Iterator[tuple[int, list[object]]]:
    blank_run = 0
    for row_number, cells in rows:
        if all(is_blank(cell) for cell in cells):
            blank_run += 1
            if blank_run >= BLANK_ROWS_THAT_END_THE_LIST:
                return
            continue
        blank_run = 0
        yield row_number, cells
