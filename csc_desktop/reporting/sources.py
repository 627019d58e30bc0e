"""The building blocks an indicator is declared with: which rows it counts (a ``Source``), the date
that places a row in the period, and the breakdowns (``Part``) it can be split by.

The period's days are bound parameters (``PERIOD_FIRST``, ``PERIOD_LAST``) so that a source is
declared once, as plain SQLAlchemy Core, and both the figures and the drill-down lists run the
very same conditions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Table, and_, bindparam, exists, not_, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause
from sqlalchemy.sql.util import ClauseAdapter

from csc_desktop.domain.reference import ReferenceData

PERIOD_FIRST = bindparam("period_first", type_=Date())
PERIOD_LAST = bindparam("period_last", type_=Date())

#: The code a breakdown shows for a row with no value (no institution, no function given).
UNSPECIFIED = "unspecified"

Translate = Callable[[ReferenceData, Any], str]


@dataclass(frozen=True)
class Part:
    """One way to split an indicator: by the value of ``column`` (turned into a code by
    ``translate`` when given), or by yes/no ``flags`` under which one row may count several
    times (a case of both trafficking and smuggling counts under each)."""

    name: str
    column: ColumnElement[Any] | None = None
    flags: tuple[tuple[str, ColumnElement[Any]], ...] = ()
    translate: Translate | None = None
    #: The reference list that names the codes (``gender``, ``function``…), for display.
    names_list: str | None = None

    def codes(self, reference: ReferenceData, value: Any) -> list[str]:
        """The codes a row with ``value`` (the column's value, or the flags' values) counts under."""
        if self.flags:
            return [code for (code, _), on in zip(self.flags, value, strict=True) if on]
        if self.translate is not None:
            return [self.translate(reference, value)]
        return [value if value not in (None, "") else UNSPECIFIED]

    @property
    def columns(self) -> list[ColumnElement[Any]]:
        if self.flags:
            return [flag for _, flag in self.flags]
        assert self.column is not None
        return [self.column]


@dataclass(frozen=True)
class Source:
    """Rows several indicators count from: one grouped query computes all of them together.

    ``day`` is the one date that puts a row in the period; ``where`` holds the conditions every
    indicator of the source shares (never a deleted row); ``parts`` are the breakdowns its
    indicators may use. A ``cumulative`` source counts everything up to the end of the period.
    """

    kind: str
    from_: FromClause
    id: ColumnElement[Any]
    country: ColumnElement[Any]
    day: ColumnElement[Any]
    title: ColumnElement[Any]
    where: tuple[ColumnElement[Any], ...]
    parts: tuple[Part, ...] = ()
    cumulative: bool = False
    parent_id: ColumnElement[Any] | None = None
    #: Whether the indicators of this source are read in one pass over its rows (a join with
    #: many rows: the participants) rather than one query each.
    read_together: bool = False
    #: Whether its figures add up month by month, so that they can be kept per country and
    #: month (:mod:`csc_desktop.reporting.buckets`): not for "the latest row of each group in
    #: the period", which depends on where the period starts.
    monthly: bool = True
    #: For a source whose ``where`` keeps one row per group (``first_of_each``): the conditions
    #: without it — the rows whose existence, per country up to the period's end, the source
    #: stands for. None: ``where`` itself.
    additive: tuple[ColumnElement[Any], ...] | None = None

    def in_period(self) -> list[ColumnElement[Any]]:
        if self.cumulative:
            return [self.day <= PERIOD_LAST]
        return [self.day >= PERIOD_FIRST, self.day <= PERIOD_LAST]

    def part(self, name: str) -> Part:
        return next(p for p in self.parts if p.name == name)


def live(table: Table) -> ColumnElement[bool]:
    """Deleted records (tombstones) never count."""
    return table.c.deleted.is_(False)


def first_of_each(table: Table, group: str, day: str, *conditions: Any) -> ColumnElement[bool]:
    """True for the earliest live row of its ``group`` (ties broken by id) among rows meeting
    ``conditions`` dated up to the end of the period: one row stands for the whole group."""
    other = table.alias(f"earlier_{table.name}")
    earlier = or_(
        other.c[day] < table.c[day], and_(other.c[day] == table.c[day], other.c.id < table.c.id)
    )
    return not_(
        exists(
            select(other.c.id).where(
                other.c[group] == table.c[group],
                other.c.deleted.is_(False),
                other.c[day] <= PERIOD_LAST,
                earlier,
                *[_rebind(c, table, other) for c in conditions],
            )
        )
    )


def latest_of_each(table: Table, group: str, day: str) -> ColumnElement[bool]:
    """True for the latest live row of its ``group`` within the period (ties broken by id)."""
    other = table.alias(f"later_{table.name}")
    later = or_(
        other.c[day] > table.c[day], and_(other.c[day] == table.c[day], other.c.id > table.c.id)
    )
    # No lower bound from the period: a later row than one in the period is in the period, if
    # not past its end. The row's own day as the lower bound (implied by ``later``) starts the
    # index range there, so the first later row ends the search instead of every earlier row of
    # the group being read first.
    return not_(
        exists(
            select(other.c.id).where(
                other.c[group] == table.c[group],
                other.c.deleted.is_(False),
                other.c[day] >= table.c[day],
                other.c[day] <= PERIOD_LAST,
                later,
            )
        )
    )


def _rebind(condition: Any, table: Table, other: FromClause) -> Any:
    """``condition`` written on ``table``, restated on its alias ``other``."""
    return ClauseAdapter(other).traverse(condition)
