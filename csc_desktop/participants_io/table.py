"""Find the list inside a file: which worksheet, which row holds the column headings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from .cells import cell_text
from .headers import guess_mapping, has_name_column, numbered_day, recognised_fields
from .model import HEADER_SEARCH_ROWS


@dataclass(frozen=True)
class Grid:
    """One table of cells, a CSV file or one worksheet. Row i of `rows` is spreadsheet row i+1."""

    sheet_name: str | None
    rows: Iterator[list[object]]


@dataclass(frozen=True)
class Table:
    sheet_name: str | None
    header_row: int  # 1-based
    headers: list[str]
    # (row number, cells) of every row below the headings, read lazily.
    data_rows: Iterator[tuple[int, list[object]]]


@dataclass(frozen=True)
class NoTable:
    """Why no list was found, with the row that came closest to headings (for a manual mapping)."""

    any_rows: bool
    any_field_recognised: bool
    closest_headers: list[str] | None


def headings(cells: list[object]) -> list[str]:
    texts = [cell_text(cell) for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    return texts


def find_table(grids: Iterable[Grid], days: int, *, name_column_required: bool) -> Table | NoTable:
    """The first grid with a heading row that names a name column within its first rows; in it,
    the row that names the most fields (a title such as "Participants" above the real headings
    names only one).

    With `name_column_required` off (the caller brings its own mapping) and no such row, the row
    naming the most fields anywhere is taken, the same row a NoTable reports.
    """
    closest: tuple[int, Table] | None = None  # (fields recognised, table)
    any_rows = False
    for grid in grids:
        head = list(islice(grid.rows, HEADER_SEARCH_ROWS + 1))  # +1: a second heading row
        rest = chain(head, grid.rows)
        candidates: list[tuple[bool, int, int, list[str]]] = []
        for index, cells in enumerate(head[:HEADER_SEARCH_ROWS]):
            row_headings = headings(cells)
            if row_headings:
                mapping = guess_mapping(row_headings, days)
                recognised = len(recognised_fields(mapping))
                candidates.append((has_name_column(mapping), recognised, index, row_headings))
        any_rows = any_rows or bool(candidates)
        named = [candidate for candidate in candidates if candidate[0]]
        if named:
            # max() keeps the earliest of equal counts.
            _, _, index, row_headings = max(named, key=lambda candidate: candidate[1])
            return _table(grid, index, row_headings, head, rest)
        for _, recognised, index, row_headings in candidates:
            if closest is None or recognised > closest[0]:
                closest = (recognised, _table(grid, index, row_headings, head, rest))
    if closest is not None and not name_column_required:
        return closest[1]
    return NoTable(
        any_rows=any_rows,
        any_field_recognised=closest is not None and closest[0] > 0,
        closest_headers=closest[1].headers if closest else None,
    )


def _table(
    grid: Grid,
    header_index: int,
    row_headings: list[str],
    head: list[list[object]],
    rest: Iterator[list[object]],
) -> Table:
    first_data_index = header_index + 1
    below = head[first_data_index] if first_data_index < len(head) else None
    if below is not None and _is_day_sub_heading_row(row_headings, below):
        row_headings = _merged_headings(row_headings, headings(below))
        first_data_index += 1
    rows = enumerate(rest, start=1)
    data_rows = ((number, cells) for number, cells in rows if number > first_data_index)
    return Table(grid.sheet_name, header_index + 1, row_headings, data_rows)


def _is_day_sub_heading_row(top: list[str], below: list[object]) -> bool:
    """A second heading row such as "Day 1 | Day 2 | Day 3" under a merged "Attendance" cell."""
    name_index = guess_mapping(top, 0)
    name_columns = [index for index, target in name_index.items() if target == "name"]
    below_texts = headings(below)
    if any(index < len(below_texts) and below_texts[index] for index in name_columns):
        return False
    return any(numbered_day(text) is not None for text in below_texts)


def _merged_headings(top: list[str], below: list[str]) -> list[str]:
    width = max(len(top), len(below))
    top = top + [""] * (width - len(top))
    below = below + [""] * (width - len(below))
    return [
        sub if numbered_day(sub) is not None else heading
        for heading, sub in zip(top, below, strict=True)
    ]
