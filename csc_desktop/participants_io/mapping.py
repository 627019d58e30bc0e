"""Check a column mapping chosen by a person (in a preview) against the file's headings."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from . import messages
from .model import MAPPING_TARGETS, ParticipantFileError, day_of


def column_name(index: int) -> str:
    """The column's letter as a spreadsheet shows it (0 -> "A"): CSV files open in one too."""
    return get_column_letter(index + 1)


def target_label(target: str) -> str:
    day = day_of(target)
    if day is not None:
        return messages.DAY_LABEL.format(day=day)
    return messages.TARGET_LABELS.get(target, target)


def checked_mapping(
    chosen: dict[int, str | None], column_count: int, days: int
) -> dict[int, str | None]:
    """The chosen mapping completed with None for every other heading.

    A target that is not a field or a day of this training is a programming error (ValueError);
    one field chosen for two columns is the person's to fix (ParticipantFileError).
    """
    complete: dict[int, str | None] = dict.fromkeys(range(column_count))
    first_column: dict[str, int] = {}
    for index, target in sorted(chosen.items()):
        if index < 0:
            raise ValueError(f"column index must be 0 or more, not {index}")
        if target is not None:
            day = day_of(target)
            if target not in MAPPING_TARGETS and not (day is not None and day <= days):
                raise ValueError(f"{target!r} is not a field or a day of a {days}-day training")
            if target in first_column:
                raise ParticipantFileError(
                    messages.SAME_TARGET_TWICE.format(
                        first=column_name(first_column[target]),
                        second=column_name(index),
                        target=target_label(target),
                    )
                )
            first_column[target] = index
        complete[index] = target
    return complete
