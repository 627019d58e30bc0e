"""What a sheet prints: plain, immutable inputs that the service layer builds from stored records.

Nothing here knows about the database or about PDF. Every field that the sheet prints is part of
the sheet's content hash (see ``content.py``) unless it is marked ``LAYOUT`` (how the paper is laid
out, not what the record says).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar

from csc_desktop.sheets.locales import SHEET_LANGUAGES

#: Field metadata for inputs that shape the paper but are not record content (not hashed).
LAYOUT = {"layout": True}

#: Satisfaction scores of a level-1 evaluation, lowest to highest.
SCORES = (1, 2, 3, 4, 5)
#: A score at or above this counts as "assessed positively" (the project indicator).
POSITIVE_SCORE = 4

#: Day columns that fit on one landscape page; longer trainings print one table per group of days.
MAX_DAYS_PER_TABLE = 6
#: Up to this many days the attendance sheet is portrait; more days turn the page to landscape.
MAX_PORTRAIT_DAYS = 3


class SheetKind(StrEnum):
    ATTENDANCE = "attendance"
    TRAINING_REPORT = "report"
    PRE_INVESTIGATION = "pre-investigation"
    TAF_MISSION = "taf-mission"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


@dataclass(frozen=True, slots=True)
class Country:
    """A beneficiary or partner country: stable code (``XK`` for Kosovo) and its display name
    in the sheet's language, taken from reference data (never from the operating system)."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class PrintContext:
    """Which record is printed, in which language, when and by whom."""

    record_id: str
    record_version: str
    language: str
    printed_at: datetime
    printed_by: str
    device_id: str
    #: Labels of the header and table headings also appear in this language, after a slash.
    second_language: str | None = None

    def __post_init__(self) -> None:
        uuid.UUID(self.record_id)  # raises ValueError on anything but a UUID
        if not self.record_version or ";" in self.record_version:
            raise ValueError("record_version must be non-empty and contain no ';'")
        for language in (self.language, self.second_language):
            if language is not None and language not in SHEET_LANGUAGES:
                raise ValueError(f"unknown sheet language {language!r}")
        if self.second_language == self.language:
            raise ValueError("second_language must differ from language")


@dataclass(frozen=True, slots=True)
class Participant:
    number: int
    name: str
    institution: str
    position: str
    gender: Gender


@dataclass(frozen=True, slots=True)
class TrainingInfo:
    title: str
    venue: str
    country: Country
    trainers: tuple[str, ...]
    #: The training days, ascending, without repeats; one signature column each.
    days: tuple[date, ...]

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("a training has at least one day")
        if list(self.days) != sorted(set(self.days)):
            raise ValueError("training days must be ascending and distinct")

    @property
    def first_day(self) -> date:
        return self.days[0]

    @property
    def last_day(self) -> date:
        return self.days[-1]


FactValue = str | int | float | Decimal | date


@dataclass(frozen=True, slots=True)
class Fact:
    """One line of a record's facts: a label already in the sheet's language, and a value.
    Dates and numbers are formatted for the sheet's locale; strings print as given."""

    label: str
    value: FactValue


@dataclass(frozen=True, slots=True)
class EvaluationSummary:
    """Level-1 satisfaction (counts of scores 1..5) and level-2 test means of one training."""

    #: How many participants gave score 1, 2, 3, 4 and 5 (in that order).
    score_counts: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)
    pre_test_mean: float | None = None
    post_test_mean: float | None = None

    def __post_init__(self) -> None:
        if len(self.score_counts) != len(SCORES) or min(self.score_counts) < 0:
            raise ValueError("score_counts holds five non-negative counts")

    @classmethod
    def from_scores(
        cls,
        scores: Iterable[int],
        *,
        pre_test_mean: float | None = None,
        post_test_mean: float | None = None,
    ) -> EvaluationSummary:
        counts = [0] * len(SCORES)
        for score in scores:
            if score not in SCORES:
                raise ValueError(f"score {score} is outside 1..5")
            counts[score - SCORES[0]] += 1
        c1, c2, c3, c4, c5 = counts
        return cls((c1, c2, c3, c4, c5), pre_test_mean, post_test_mean)

    @property
    def responses(self) -> int:
        return sum(self.score_counts)

    @property
    def mean(self) -> float | None:
        if not self.responses:
            return None
        total = sum(s * n for s, n in zip(SCORES, self.score_counts, strict=True))
        return total / self.responses

    @property
    def positive_share(self) -> float | None:
        """Share (0..1) of responses with a score of ``POSITIVE_SCORE`` or more."""
        if not self.responses:
            return None
        positive = sum(
            n for s, n in zip(SCORES, self.score_counts, strict=True) if s >= POSITIVE_SCORE
        )
        return positive / self.responses


@dataclass(frozen=True, slots=True)
class Signatory:
    """A signature block. Empty fields and a missing date print as lines to fill in by hand."""

    name: str = ""
    function: str = ""
    institution: str = ""
    date: date | None = None


@dataclass(frozen=True, slots=True)
class AttendanceSheet:
    kind: ClassVar[SheetKind] = SheetKind.ATTENDANCE
    context: PrintContext
    training: TrainingInfo
    participants: tuple[Participant, ...]
    #: At least this many numbered blank rows for walk-ins; the last page is filled with more.
    walk_in_rows: int = field(default=5, metadata=LAYOUT)

    def __post_init__(self) -> None:
        if self.walk_in_rows < 0:
            raise ValueError("walk_in_rows cannot be negative")


@dataclass(frozen=True, slots=True)
class TrainingReportSheet:
    kind: ClassVar[SheetKind] = SheetKind.TRAINING_REPORT
    context: PrintContext
    training: TrainingInfo
    #: Only counts by gender and institution are printed, never names.
    participants: tuple[Participant, ...]
    evaluation: EvaluationSummary
    #: Further record fields (topic, organiser, ...), in the order they print.
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class ActivitySheet:
    """Pre-investigation support sheet or TAF mission sheet (``activity`` says which)."""

    context: PrintContext
    activity: SheetKind
    title: str
    country: Country | None
    facts: tuple[Fact, ...]
    support_given: str
    adviser: Signatory
    beneficiary: Signatory

    def __post_init__(self) -> None:
        if self.activity not in (SheetKind.PRE_INVESTIGATION, SheetKind.TAF_MISSION):
            raise ValueError("an activity sheet is a pre-investigation or a TAF mission sheet")

    @property
    def kind(self) -> SheetKind:
        return self.activity


Sheet = AttendanceSheet | TrainingReportSheet | ActivitySheet
