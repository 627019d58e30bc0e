"""Rows of the worksheets of an XLSX workbook, read from memory and streamed (read-only)."""

from __future__ import annotations

import io
import warnings
from collections.abc import Generator, Iterator
from typing import Any

from openpyxl import load_workbook

from .model import MAX_COLUMNS

ZIP_MAGIC = b"PK\x03\x04"
# Old .xls workbooks and password-protected .xlsx files are both OLE2 compound files.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OPENDOCUMENT_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


class BrokenWorkbook(ValueError):
    """The ZIP file is not a workbook openpyxl can read."""


def is_opendocument(data: bytes) -> bool:
    # An ODS file stores its media type uncompressed as the first ZIP member.
    return OPENDOCUMENT_MIMETYPE in data[:200]


def worksheets(data: bytes) -> Generator[tuple[str, Iterator[list[object]]], None, None]:
    """(title, rows) for each worksheet in order. Rows are lists of cell values; missing rows
    come as empty lists so that a row's position is its row number."""
    workbook = _open(data)
    try:
        for sheet in workbook.worksheets:
            yield sheet.title, _rows(sheet)
    finally:
        workbook.close()


def _open(data: bytes) -> Any:
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it drops; they do not matter here.
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file: all mean the same
        raise BrokenWorkbook(str(exc)) from exc


def _rows(sheet: Any) -> Iterator[list[object]]:
    # Some programs write a wrong <dimension>; without this a read-only sheet can lose cells.
    sheet.reset_dimensions()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for row in sheet.iter_rows():
                yield [_cell_value(cell) for cell in row[:MAX_COLUMNS]]
    except Exception as exc:  # a damaged sheet fails while streaming, not when opened
        raise BrokenWorkbook(str(exc)) from exc


def _cell_value(cell: Any) -> object:
    value = cell.value
    if value is None:
        return None
    # A score typed as 85% is stored as 0.85: give it back as the person sees it.
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and "%" in (cell.number_format or "")
    ):
        return f"{value * 100:.10g}%"
    return value
