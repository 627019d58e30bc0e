"""The participant table's columns: the declared participant fields, with one attendance column
per training day between the institution details and the evaluation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csc_desktop.domain.fields import PARTICIPANT_FIELDS, Field
from csc_desktop.participants_io import day_of, day_target

FIELD_BY_NAME: dict[str, Field] = {f.name: f for f in PARTICIPANT_FIELDS}
BEFORE_DAYS = ("name", "gender", "institution", "position", "function")
AFTER_DAYS = ("evaluation", "pre_score", "post_score")


def column_keys(days: int) -> list[str]:
    return [*BEFORE_DAYS, *(day_target(d) for d in range(1, days + 1)), *AFTER_DAYS]


def column_title(key: str) -> str:
    day = day_of(key)
    if day is not None:
        return QCoreApplication.translate("participants", "Day {day}").format(day=day)
    return QCoreApplication.translate("fields", FIELD_BY_NAME[key].label)
