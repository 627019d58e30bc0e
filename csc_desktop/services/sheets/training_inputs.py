"""A stored training as the attendance sheet and the training report print it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from csc_desktop.services.sheets.names import FactList, Names, as_date, as_number
from csc_desktop.sheets.model import (
    AttendanceSheet,
    EvaluationSummary,
    Gender,
    Participant,
    PrintContext,
    TrainingInfo,
    TrainingReportSheet,
)

#: Stored gender codes (reference list ``gender``) -> what the sheet prints.
GENDERS = {
    "female": Gender.FEMALE,
    "male": Gender.MALE,
    "other": Gender.OTHER,
    "undisclosed": Gender.UNSPECIFIED,
}


def attendance_sheet(
    record: dict[str, Any], context: PrintContext, names: Names
) -> AttendanceSheet:
    return AttendanceSheet(
        context=context,
        training=training_info(record, names),
        participants=participants(record, names),
    )


def report_sheet(
    record: dict[str, Any], context: PrintContext, names: Names
) -> TrainingReportSheet:
    facts = FactList(names)
    start = as_date(record.get("start_date"))
    facts.add("topic", record.get("topic"))
    facts.add("crime_areas", names.items("crime_area", record.get("crime_areas"), start))
    facts.add("organiser_institution", names.institution(record.get("organiser_institution")))
    facts.add(
        "beneficiary_institutions",
        names.items("institution", record.get("beneficiary_institutions")),
    )
    facts.add("status", names.item("status.training", record.get("status")))
    people = record.get("participants") or []
    return TrainingReportSheet(
        context=context,
        training=training_info(record, names),
        participants=participants(record, names),
        evaluation=evaluation(people),
        facts=tuple(facts.facts),
    )


def training_info(record: dict[str, Any], names: Names) -> TrainingInfo:
    return TrainingInfo(
        title=record["title"],
        venue=record.get("venue") or "",
        country=names.country(record["country"]),
        trainers=split_trainers(record.get("trainers") or ""),
        days=training_days(record),
    )


def training_days(record: dict[str, Any]) -> tuple[date, ...]:
    """Every day from the first to the last, one signature column each."""
    first = as_date(record.get("start_date"))
    last = as_date(record.get("end_date")) or first
    if first is None:
        raise ValueError("a training without a first day cannot be printed")
    if last is None or last < first:
        last = first
    return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))


def participants(record: dict[str, Any], names: Names) -> tuple[Participant, ...]:
    return tuple(
        Participant(
            number=number,
            name=person.get("name") or "",
            institution=names.institution(person.get("institution")),
            position=person.get("position") or "",
            gender=GENDERS.get(person.get("gender") or "", Gender.UNSPECIFIED),
        )
        for number, person in enumerate(record.get("participants") or [], start=1)
    )


def evaluation(people: list[dict[str, Any]]) -> EvaluationSummary:
    scores = [p["evaluation"] for p in people if p.get("evaluation") in (1, 2, 3, 4, 5)]
    return EvaluationSummary.from_scores(
        scores,
        pre_test_mean=_mean(p.get("pre_score") for p in people),
        post_test_mean=_mean(p.get("post_score") for p in people),
    )


# Separators between trainers: ";", "/", new lines, and commas outside parentheses.
_HARD_SEPARATORS = re.compile(r"\s*(?:;|\n|\s/\s)\s*")


def split_trainers(text: str) -> tuple[str, ...]:
    """One entry per trainer. "Maria Rossi (EU expert), Stefan Becker" is two trainers, but
    "Rossi, Maria" is one person written surname first: commas split only when every part has at
    least two words."""
    trainers: list[str] = []
    for part in _HARD_SEPARATORS.split(text.strip()):
        pieces = _split_commas_outside_parentheses(part)
        if len(pieces) > 1 and all(len(piece.split()) >= 2 for piece in pieces):
            trainers.extend(pieces)
        elif part.strip():
            trainers.append(" ".join(part.split()))
    return tuple(trainer for trainer in trainers if trainer)


def _split_commas_outside_parentheses(text: str) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return [" ".join(piece.split()) for piece in pieces if piece.strip()]


def _mean(values: Any) -> float | None:
    numbers = [as_number(v) for v in values if v is not None]
    present = [float(n) for n in numbers if n is not None]
    return round(sum(present) / len(present), 2) if present else None
