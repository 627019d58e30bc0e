"""Which columns each record list shows, and how each column's values read.

The columns name fields of :mod:`csc_desktop.domain.fields` (or the system columns ``status`` and
``updated_at``); how a value is shown follows from the field's declared type, so nothing about a
field is declared twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from csc_desktop.domain.fields import DATE_FIELD, STATUS_LIST, FieldType, Kind, field_map

# How a column's values are shown.
TEXT, DATE, CODE, CODES, NUMBER, MONEY, TIMESTAMP = (
    "text",
    "date",
    "code",
    "codes",
    "number",
    "money",
    "timestamp",
)
_SHOWN_AS = {
    FieldType.TEXT: TEXT,
    FieldType.LONGTEXT: TEXT,
    FieldType.DATE: DATE,
    FieldType.INT: NUMBER,
    FieldType.NUMBER: NUMBER,
    FieldType.MONEY: MONEY,
    FieldType.CODE: CODE,
    FieldType.CODES: CODES,
    FieldType.INSTITUTION: CODE,
    FieldType.INSTITUTIONS: CODES,
    FieldType.BOOL: TEXT,
    FieldType.RECORD: TEXT,
}


@dataclass(frozen=True)
class Column:
    name: str  # the field (or system column) it shows
    shown_as: str  # one of TEXT, DATE, CODE, CODES, NUMBER, MONEY, TIMESTAMP
    label: str  # English, translated in the "fields" context when shown
    ref_list: str | None = None  # the reference list of CODE/CODES columns
    width: int = 140  # pixels at 100 % scaling, until the person resizes it
    hq_only: bool = False  # a team profile sees its own country only

    @property
    def sortable(self) -> bool:
        return self.shown_as != CODES  # a list of codes has no meaningful order

    @property
    def numeric(self) -> bool:
        return self.shown_as in (NUMBER, MONEY)

    def header(self) -> str:
        return QCoreApplication.translate("fields", self.label)


_WIDTHS = {
    "title": 260,
    "reference": 130,
    "venue": 160,
    "trainers": 160,
    "crime_areas": 180,
    "country": 120,
    "requesting_institution": 170,
}
_LIST_LAYOUT: dict[Kind, tuple[str, ...]] = {
    Kind.PRE_INVESTIGATION: (
        "reference",
        "title",
        "opened_on",
        "crime_areas",
        "status",
        "country",
    ),
    Kind.TAF_REQUEST: (
        "title",
        "requesting_institution",
        "assistance_type",
        "start_date",
        "budget_eur",
        "status",
        "country",
    ),
    Kind.TRAINING: ("title", "start_date", "end_date", "venue", "trainers", "status", "country"),
}


def _column(kind: Kind, name: str) -> Column:
    if name == "status":
        return Column("status", CODE, "Status", ref_list=STATUS_LIST.get(kind), width=120)
    if name == "updated_at":
        return Column("updated_at", TIMESTAMP, "Last changed", width=150)
    spec = field_map(kind)[name]
    shown_as = _SHOWN_AS[spec.type]
    width = _WIDTHS.get(name, 110 if shown_as in (DATE, NUMBER, MONEY) else 150)
    return Column(
        name,
        shown_as,
        spec.label,
        ref_list=spec.ref_list,
        width=width,
        hq_only=name == "country",
    )


def columns_for(kind: Kind, *, is_hq: bool) -> tuple[Column, ...]:
    """The list's columns; kinds added later get title, date, status and country."""
    names = _LIST_LAYOUT.get(kind) or ("title", DATE_FIELD[kind], "status", "country")
    return tuple(c for c in (_column(kind, n) for n in names) if is_hq or not c.hq_only)
