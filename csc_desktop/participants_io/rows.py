"""Turn the cells of one spreadsheet row into a ParsedRow, in the context of the rows before it."""

from __future__ import annotations

from collections.abc import Callable

from . import messages
from .cells import (
    InvalidCell,
    cell_text,
    is_blank,
    parse_attendance,
    parse_evaluation,
    parse_gender,
    parse_name,
    parse_score,
    parse_text,
    shown_as_found,
)
from .folding import fold
from .model import ATTENDANCE, FIELDS, MAX_TEXT_LENGTH, SURNAME, ParsedRow, day_target

_PARSERS: dict[str, Callable[[object], object]] = {
    "gender": parse_gender,
    "institution": parse_text,
    "position": parse_text,
    "function": parse_text,
    "evaluation": parse_evaluation,
    "pre_score": lambda value: parse_score(value, messages.PRE_SCORE_INVALID),
    "post_score": lambda value: parse_score(value, messages.POST_SCORE_INVALID),
}


class RowParser:
    """Parses the rows of one list in order; remembers names to flag a person listed twice."""

    def __init__(self, mapping: dict[int, str | None], days: int) -> None:
        self._days = days
        self._columns: dict[str, int] = {}
        for index, target in mapping.items():
            if target is not None:
                self._columns[target] = index
        self._first_row_of: dict[tuple[str, str], int] = {}

    def is_blank(self, cells: list[object]) -> bool:
        """True when every mapped cell is empty: template rows with only a running number."""
        return all(is_blank(self._cell(cells, target)) for target in self._columns)

    def parse(self, row_number: int, cells: list[object]) -> ParsedRow:
        values: dict[str, object] = dict.fromkeys(FIELDS)
        values["gender"] = "undisclosed"
        errors: dict[str, str] = {}

        def attempt(
            key: str, value: object, parse: Callable[[object], object], **extra: object
        ) -> object:
            try:
                return parse(value)
            except InvalidCell as problem:
                errors[key] = problem.template.format(
                    row=row_number,
                    found=shown_as_found(value),
                    field=messages.TARGET_LABELS.get(key, key),
                    limit=MAX_TEXT_LENGTH,
                    **extra,
                )
                return None

        full_name = " ".join(
            part
            for part in (
                cell_text(self._cell(cells, "name")),
                cell_text(self._cell(cells, SURNAME)),
            )
            if part
        )
        values["name"] = attempt("name", full_name, parse_name)
        for field, parse in _PARSERS.items():
            if field in self._columns:
                values[field] = attempt(field, self._cell(cells, field), parse)
        values[ATTENDANCE] = [
            bool(
                attempt(
                    day_target(day), self._cell(cells, day_target(day)), parse_attendance, day=day
                )
            )
            for day in range(1, self._days + 1)
        ]
        if "name" not in errors:
            self._flag_if_listed_before(row_number, values, errors)
        return ParsedRow(row_number=row_number, values=values, errors=errors)

    def _cell(self, cells: list[object], target: str) -> object:
        index = self._columns.get(target)
        return cells[index] if index is not None and index < len(cells) else None

    def _flag_if_listed_before(
        self, row_number: int, values: dict[str, object], errors: dict[str, str]
    ) -> None:
        name = str(values["name"])
        institution = values["institution"]
        key = (" ".join(fold(name).split()), " ".join(fold(str(institution or "")).split()))
        first_row = self._first_row_of.setdefault(key, row_number)
        if first_row == row_number:
            return
        template = (
            messages.DUPLICATE_PERSON if institution else messages.DUPLICATE_PERSON_NO_INSTITUTION
        )
        errors["name"] = template.format(
            row=row_number, name=name, institution=institution, first_row=first_row
        )
