"""What a participant list reads into, and the limits on what we accept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The values every parsed row carries, besides "attendance" (one bool per training day).
FIELDS = (
    "name",
    "gender",
    "institution",
    "position",
    "function",
    "evaluation",
    "pre_score",
    "post_score",
)
ATTENDANCE = "attendance"
# Lists that keep given name and surname in two columns: the surname is appended to the name.
SURNAME = "surname"
# Everything a column can be mapped to, besides "day:N" and None (ignored).
MAPPING_TARGETS = (*FIELDS, SURNAME)
GENDER_CODES = ("female", "male", "other", "undisclosed")

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ROWS = 5_000
# Where we look for the header row: lists often start with a title or the training's dates.
HEADER_SEARCH_ROWS = 10
# Wider than any participant list; keeps a stray cell in column XFD from costing memory.
MAX_COLUMNS = 200
# Same limit as the record field for a participant's name and position.
MAX_TEXT_LENGTH = 200

_DAY_TARGET = re.compile(r"day:([1-9][0-9]*)")


def day_target(day: int) -> str:
    """The mapping value for attendance on training day `day` (1-based)."""
    return f"day:{day}"


def day_of(target: str | None) -> int | None:
    """The day number of a "day:N" mapping value, else None."""
    match = _DAY_TARGET.fullmatch(target or "")
    return int(match.group(1)) if match else None


class ParticipantFileError(ValueError):
    """The file as a whole cannot be imported. The message is for the person who chose the file.

    `headers` holds the row taken as column headings when there was one, so that a screen can
    let the person choose the columns by hand (for instance when no name column was recognised).
    """

    def __init__(self, message: str, headers: list[str] | None = None) -> None:
        super().__init__(message)
        self.headers = headers


@dataclass(frozen=True)
class ParsedRow:
    # 1-based, as the spreadsheet shows it (header row included in the count).
    row_number: int
    # FIELDS plus "attendance"; None where the cell was blank or in error.
    values: dict[str, object]
    # field ("name", "evaluation", "day:2"…) -> message in plain words, starting "Row N: ".
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ParticipantSheet:
    source_name: str
    encoding: str | None  # None for XLSX
    delimiter: str | None  # None for XLSX
    headers: list[str]
    mapping: dict[int, str | None]  # column index (0-based) -> field, "day:N" or None (ignored)
    rows: list[ParsedRow]
    sheet_name: str | None = None  # the worksheet read, for XLSX
    header_row: int = 1  # 1-based row number of the headers

    @property
    def ok(self) -> bool:
        return all(row.ok for row in self.rows)

    @property
    def error_rows(self) -> list[ParsedRow]:
        return [row for row in self.rows if not row.ok]
