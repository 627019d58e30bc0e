"""Pasting rows copied from a spreadsheet (tab-separated text on the clipboard).

With a heading row the columns are recognised by their headings, as in an import, and the rows
are added; without one the cells fill the table from the current cell on, right and down."""

from __future__ import annotations

import csv
import io

from csc_desktop.participants_io import SURNAME, guess_mapping
from csc_desktop.ui.participants.model import ParticipantsModel


def clipboard_rows(text: str) -> list[list[str]]:
    """Rows of cells; quoted cells may hold tabs or line breaks, as spreadsheets copy them."""
    rows = list(csv.reader(io.StringIO(text.rstrip("\r\n")), delimiter="\t"))
    return [row for row in rows if any(cell.strip() for cell in row)]


def paste_rows(model: ParticipantsModel, text: str, at_row: int, at_column: int) -> int:
    """Put pasted rows into the table; returns how many rows were touched."""
    rows = clipboard_rows(text)
    if not rows:
        return 0
    mapping = guess_mapping(rows[0], model.days)
    if len(rows[0]) > 1 and "name" in mapping.values():
        return _paste_with_headings(model, rows[1:], mapping)
    for offset, cells in enumerate(rows):
        for column_offset, cell in enumerate(cells):
            column = at_column + column_offset
            if column < len(model.keys):
                model.set_text(at_row + offset, model.keys[column], cell)
    return len(rows)


def _paste_with_headings(
    model: ParticipantsModel, rows: list[list[str]], mapping: dict[int, str | None]
) -> int:
    surname_column = next((i for i, t in mapping.items() if t == SURNAME), None)
    for cells in rows:
        row = model.add_row()
        for index, target in mapping.items():
            if target is None or target == SURNAME or index >= len(cells):
                continue
            text = cells[index]
            if target == "name" and surname_column is not None and surname_column < len(cells):
                text = f"{text} {cells[surname_column]}"
            model.set_text(row, target, text)
    return len(rows)
