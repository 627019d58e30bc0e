"""Reading what a person typed or pasted into a participant cell: the spreadsheet import's own
cell readers, so that a pasted list reads exactly as an imported one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.participants_io import GENDER_CODES, day_of
from csc_desktop.participants_io import messages as io_messages
from csc_desktop.participants_io.cells import (
    InvalidCell,
    parse_attendance,
    parse_evaluation,
    parse_gender,
    parse_score,
    shown_as_found,
)
from csc_desktop.text.fold import fold


@dataclass(frozen=True)
class CellValue:
    value: Any
    error: str | None = None  # in plain words, for the cell's tooltip


def read_cell(
    key: str, text: str, row_number: int, reference: ReferenceData, country: str | None
) -> CellValue:
    """``key`` is a field name or "day:N"; ``row_number`` is 1-based, as the table shows it."""
    text = " ".join(str(text).split())

    def problem(template: str, **extra: object) -> str:
        return template.format(row=row_number, found=shown_as_found(text), **extra)

    day = day_of(key)
    if day is not None:
        try:
            return CellValue(parse_attendance(text))
        except InvalidCell:
            return CellValue(False, problem(io_messages.ATTENDANCE_INVALID, day=day))
    if key in ("name", "position"):
        return CellValue(text or None)
    if key == "gender":
        if text in GENDER_CODES:
            return CellValue(text)
        try:
            return CellValue(parse_gender(text))
        except InvalidCell:
            code = _code_by_name(reference, "gender", text)
            if code:
                return CellValue(code)
            return CellValue(text, problem(io_messages.GENDER_UNKNOWN))
    if key == "function":
        if not text:
            return CellValue(None)
        code = _code_by_name(reference, "function", text)
        if code:
            return CellValue(code)
        unknown = QCoreApplication.translate(
            "participants", "Row {row}: “{found}” is not one of the functions in the list"
        )
        return CellValue(text, unknown.format(row=row_number, found=shown_as_found(text)))
    if key == "institution":
        if not text:
            return CellValue(None)
        return CellValue(reference.find_institution(text, country) or text)
    if key == "evaluation":
        try:
            return CellValue(parse_evaluation(text))
        except InvalidCell:
            return CellValue(text, problem(io_messages.EVALUATION_INVALID))
    if key in ("pre_score", "post_score"):
        template = (
            io_messages.PRE_SCORE_INVALID if key == "pre_score" else io_messages.POST_SCORE_INVALID
        )
        try:
            return CellValue(parse_score(text, template))
        except InvalidCell:
            return CellValue(text, problem(template))
    raise KeyError(key)


def _code_by_name(reference: ReferenceData, list_name: str, text: str) -> str | None:
    """A code from the code itself or any of its names, in any language or script."""
    key = fold(text)
    for item in reference.items(list_name):
        if item.code == text or key in {fold(n) for n in item.names.values()}:
            return item.code
    return None
