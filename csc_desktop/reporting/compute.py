"""Computing the indicators — from the counts kept per country and month where they are right
(:mod:`csc_desktop.reporting.buckets`), otherwise one SQL query per indicator over the records,
grouped by country, day, each breakdown, the amount and whether the row is "positive", counting
rows only — and the drill-down lists of the records behind any figure, from the same source and
conditions.

Why the SQL looks like this: with SQLCipher's memory security on (the store's setting), every
allocation SQLite makes outside its per-connection lookaside memory is a system call (``mlock``,
and ``munlock`` to free it). A sort allocates per row; grouping allocates per group once the
lookaside is taken (the store gives each connection a large one for this reason). So the
queries never sort (no ORDER BY; a join hands over its rows ungrouped), group only by plain
columns an index holds in group order, count only rows, and this module does the rest: amounts
times counts, days into quarters, the order of drill-down lists. Rows handed over one by one
are counted with ``collections.Counter`` (in C).

Works on a SQLAlchemy ``Connection`` and the reference data, so the GUI can run it on its
background runner and the CLI on the workspace directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, String, Table, cast, func, literal, or_, select
from sqlalchemy.sql import visitors

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.reporting.buckets import (
    Stale,
    Sums,
    columns_in,
    kept_indicators,
    read_stale,
    read_sums,
    tables_of,
)
from csc_desktop.reporting.indicators import INDICATORS, PARTICIPANTS, Indicator, Unit
from csc_desktop.reporting.memo import Reuse
from csc_desktop.reporting.participant_summary import COLUMNS
from csc_desktop.reporting.scope import BENEFICIARIES, Quarter, Scope, quarter_of
from csc_desktop.reporting.sources import Part, Source

#: (country, quarter, participant column, value) -> [participants, rated, positive]
Summed = dict[tuple[str, Quarter, str, str], list[int]]

Figure = int | float | None


@dataclass
class Tally:
    """What one bucket of an indicator holds: the rows counted, the sum of their amounts, and how
    many of them are in the numerator of a share."""

    count: int = 0
    amount: float = 0.0
    positive: int = 0

    def add(self, count: int, amount: float, positive: int) -> None:
        self.count += count
        self.amount += amount
        self.positive += positive


@dataclass(frozen=True)
class IndicatorValue:
    indicator: Indicator
    total: Tally
    by_country: dict[str, Tally]
    by_quarter: dict[Quarter, Tally]
    #: breakdown name -> code -> tally (a code of a breakdown with flags may share rows)
    by_part: dict[str, dict[str, Tally]]
    countries_in_scope: int

    @property
    def key(self) -> str:
        return self.indicator.key

    def figure(self, tally: Tally | None = None) -> Figure:
        """The headline number of ``tally`` (the total by default) in the indicator's unit."""
        t = self.total if tally is None else tally
        unit = self.indicator.unit
        if unit in (Unit.COUNT, Unit.OF_COUNTRIES):
            return t.count
        if unit == Unit.DAYS:
            return t.amount
        if unit == Unit.EUR:
            return round(t.amount, 2)
        if unit == Unit.SHARE:
            return t.positive / t.count if t.count else None
        return t.positive  # OF_RECORDS

    def out_of(self, tally: Tally | None = None, *, countries: int | None = None) -> int | None:
        """The "of N" of an "n of N" figure: the records counted, or the countries reported on."""
        t = self.total if tally is None else tally
        if self.indicator.unit == Unit.OF_RECORDS:
            return t.count
        if self.indicator.unit == Unit.OF_COUNTRIES:
            return self.countries_in_scope if countries is None else countries
        return None

    def country_figure(self, country: str) -> Figure:
        return self.figure(self.by_country.get(country, Tally()))


@dataclass(frozen=True)
class IndicatorReport:
    scope: Scope
    values: tuple[IndicatorValue, ...]
    computed_at: str

    def __getitem__(self, key: str) -> IndicatorValue:
        for value in self.values:
            if value.key == key:
                return value
        raise KeyError(key)


@dataclass(frozen=True)
class RecordRef:
    """One record behind a figure, with what the figure took from it."""

    kind: str  # a record kind, or "participant"
    id: str
    country: str
    day: date
    title: str  # a participant's: the training's title (participant names stay out of reports)
    parent_id: str | None = None  # a participant's training
    amount: float | None = None
    positive: bool | None = None
    parts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _params(scope: Scope) -> dict[str, date]:
    return {"period_first": scope.first, "period_last": scope.last}


def _conditions(source: Source, scope: Scope, countries: Sequence[str] | None = None) -> list[Any]:
    chosen = scope.countries if countries is None else countries
    return [*source.where, *source.in_period(), source.country.in_(chosen)]


def _row_parts(parts: Sequence[Part], values: Sequence[Any]) -> list[tuple[Part, Any]]:
    """Per breakdown: the value(s) this row carries for it (one column, or one per flag)."""
    out: list[tuple[Part, Any]] = []
    position = 0
    for part in parts:
        width = len(part.columns)
        chunk = values[position : position + width]
        out.append((part, tuple(bool(v) for v in chunk) if part.flags else chunk[0]))
        position += width
    return out


def _empty_value(indicator: Indicator, scope: Scope) -> IndicatorValue:
    return IndicatorValue(
        indicator=indicator,
        total=Tally(),
        by_country={c: Tally() for c in scope.countries},
        by_quarter={q: Tally() for q in scope.quarters()} if indicator.by_quarter else {},
        by_part={name: {} for name in indicator.parts},
        countries_in_scope=len(scope.countries),
    )


def compute_indicator(
    conn: Connection, reference: ReferenceData, indicator: Indicator, scope: Scope
) -> IndicatorValue:
    parts = [indicator.source.part(name) for name in indicator.parts]
    folded = _read_indicator(conn, indicator, scope, scope.countries)
    return _tallies(reference, indicator, scope, parts, folded)


_tables_of: dict[str, tuple[str, ...]] = {}


def _tables_read(indicator: Indicator) -> tuple[str, ...]:
    """Every table the indicator's rows are read from (its source, joins, subqueries): a reading
    is kept while none of them is written (:mod:`csc_desktop.reporting.memo`)."""
    known = _tables_of.get(indicator.key)
    if known is not None:
        return known
    source = indicator.source
    stmt = select(source.country).select_from(source.from_)
    stmt = stmt.where(*source.where, *source.in_period(), *indicator.conditions())
    found = {
        element.name
        for element in visitors.iterate(stmt, {"column_collections": False})
        if isinstance(element, Table)
    }
    known = _tables_of[indicator.key] = tuple(sorted(found))
    return known


def _read_indicator(
    conn: Connection, indicator: Indicator, scope: Scope, countries: Sequence[str]
) -> dict[tuple[Any, ...], int]:
    """The rows ``indicator`` counts for ``countries`` in the scope's period, counted by key:
    (country, [quarter], the parts' values, [amount], [positive])."""
    source = indicator.source
    quarterly = indicator.by_quarter
    parts = [source.part(name) for name in indicator.parts]
    # The day as text: the same ISO string on every backend, and no conversion per row.
    keys: list[Any] = [source.country] + ([cast(source.day, String)] if quarterly else [])
    keys += [column for part in parts for column in part.columns]
    if indicator.amount is not None:
        keys.append(indicator.amount)
    if indicator.positive is not None:
        keys.append(indicator.positive)
    conditions = _conditions(source, scope, countries)
    conditions += list(indicator.conditions()[len(source.where) :])
    # Grouped by the plain columns the keys are made of (an index holds rows in that order; it
    # cannot for an expression), each key computed from them; the driver's rows are plain
    # tuples (no per-row result processing).
    stmt = (
        select(*keys, func.count())
        .where(*conditions)
        .group_by(*columns_in(keys))
        .select_from(source.from_)
    )
    rows = conn.execute(stmt, _params(scope)).cursor.fetchall()
    # One pass: days into quarters (rows of a quarter come together); a key computed from
    # several columns may come more than once.
    folded: dict[tuple[Any, ...], int] = {}
    get = folded.get
    if quarterly:
        quarter_of_day: dict[Any, Quarter] = {}
        for row in rows:
            day = row[1]
            quarter = quarter_of_day.get(day)
            if quarter is None:
                quarter = quarter_of_day[day] = quarter_of(date.fromisoformat(str(day)[:10]))
            key = (row[0], quarter, *row[2:-1])
            folded[key] = get(key, 0) + row[-1]
    else:
        for row in rows:
            key = row[:-1]
            folded[key] = get(key, 0) + row[-1]
    return folded


def _tallies(
    reference: ReferenceData,
    indicator: Indicator,
    scope: Scope,
    parts: Sequence[Part],
    folded: dict[tuple[Any, ...], int],
) -> IndicatorValue:
    """The indicator's value from rows counted by key: (country, [quarter], the parts' values,
    [amount], [positive])."""
    quarterly = indicator.by_quarter
    value = _empty_value(indicator, scope)
    first_part = 2 if quarterly else 1
    after_parts = first_part + sum(len(p.columns) for p in parts)
    wanted = value.by_country
    for key, count in folded.items():
        if key[0] not in wanted:  # read for every country, reported for some
            continue
        position = after_parts
        amount = 0.0
        if indicator.amount is not None:
            amount = float(key[position] or 0) * count / indicator.amount_scale  # type: ignore[arg-type]
            position += 1
        positive = count if indicator.positive is not None and key[position] else 0
        value.total.add(count, amount, positive)
        value.by_country[key[0]].add(count, amount, positive)
        if quarterly:
            value.by_quarter[key[1]].add(count, amount, positive)
        for part, part_value in _row_parts(parts, key[first_part:after_parts]):
            for code in part.codes(reference, part_value):
                value.by_part[part.name].setdefault(code, Tally()).add(count, amount, positive)
    return value


def compute_row_by_row(
    conn: Connection, reference: ReferenceData, indicators: Sequence[Indicator], scope: Scope
) -> list[IndicatorValue]:
    """Indicators of one source whose rows come one by one (a join): one pass over the rows
    for all of them, each taking the rows its own condition keeps."""
    folded = _read_row_by_row(conn, indicators, scope, scope.countries)
    return [
        _tallies(reference, i, scope, [i.source.part(n) for n in i.parts], folded[i.key])
        for i in indicators
    ]


def _read_row_by_row(
    conn: Connection, indicators: Sequence[Indicator], scope: Scope, countries: Sequence[str]
) -> dict[str, dict[tuple[Any, ...], int]]:
    """Indicator key -> its rows counted by key (as :func:`_read_indicator`), from one pass."""
    source = indicators[0].source
    if len(indicators) == 1 or any(i.amount is not None for i in indicators):
        return {i.key: _read_indicator(conn, i, scope, countries) for i in indicators}
    names = list(dict.fromkeys(name for i in indicators for name in i.parts))
    columns: list[Any] = [source.country, cast(source.day, String)]
    offsets: dict[str, list[int]] = {}  # where each breakdown's column(s) are in a row
    for name in names:
        part_columns = source.part(name).columns
        offsets[name] = list(range(len(columns), len(columns) + len(part_columns)))
        columns += part_columns
    flags: list[tuple[int | None, int | None]] = []  # where each one's only and positive are
    for indicator in indicators:
        only = positive = None
        if indicator.only is not None:
            only = len(columns)
            columns.append(indicator.only)
        if indicator.positive is not None:
            positive = len(columns)
            columns.append(indicator.positive)
        flags.append((only, positive))
    conditions = _conditions(source, scope, countries)
    narrowing = [i.only for i in indicators if i.only is not None]
    if len(narrowing) == len(indicators):
        conditions.append(or_(*narrowing))
    stmt = select(*columns).where(*conditions).select_from(source.from_)
    # Identical rows counted first, in C: each indicator then goes through the distinct ones.
    counted = Counter(conn.execute(stmt, _params(scope)).cursor.fetchall())
    quarter_of_day = {
        day: quarter_of(date.fromisoformat(str(day)[:10])) for day in {row[1] for row in counted}
    }
    found: dict[str, dict[tuple[Any, ...], int]] = {}
    for indicator, (only, positive) in zip(indicators, flags, strict=True):
        at = [i for name in indicator.parts for i in offsets[name]]
        folded: dict[tuple[Any, ...], int] = {}
        get = folded.get
        for row, count in counted.items():
            if only is not None and not row[only]:
                continue
            key = (row[0], quarter_of_day[row[1]], *[row[i] for i in at])
            if positive is not None:
                key = (*key, bool(row[positive]))
            folded[key] = get(key, 0) + count
        found[indicator.key] = folded
    return found


def _value_from_sums(
    reference: ReferenceData, indicator: Indicator, scope: Scope, sums: Sums
) -> IndicatorValue:
    """The indicator's value from its rows counted by (country, quarter, *breakdown values):
    [rows, sum of amounts, positive rows] (:func:`csc_desktop.reporting.buckets.read_sums`)."""
    value = _empty_value(indicator, scope)
    wanted = value.by_country
    if indicator.source.cumulative:  # a country counts once if it has any row
        for country in sorted({key[0] for key, (n, _, _) in sums.items() if n}):
            if country in wanted:
                value.total.add(1, 0.0, 0)
                wanted[country].add(1, 0.0, 0)
        return value
    parts = [indicator.source.part(name) for name in indicator.parts]
    # Added up as plain lists first (a few thousand keys), made into tallies once.
    per_country: dict[Any, list[Any]] = {}
    per_quarter: dict[Any, list[Any]] = {}
    per_rest: dict[Any, list[Any]] = {}
    for (country, quarter, *rest), counts in sums.items():
        if country not in wanted or not counts[0]:
            continue
        for table, key in ((per_country, country), (per_quarter, quarter), (per_rest, tuple(rest))):
            found = table.get(key)
            if found is None:
                table[key] = list(counts)
            else:
                found[0] += counts[0]
                found[1] += counts[1]
                found[2] += counts[2]
    for country, (count, amount, positive) in per_country.items():
        value.total.add(count, amount, positive)
        wanted[country].add(count, amount, positive)
    for quarter, (count, amount, positive) in per_quarter.items():
        value.by_quarter[quarter].add(count, amount, positive)
    for values, (count, amount, positive) in per_rest.items():
        for part, part_value in _row_parts(parts, values):
            for code in part.codes(reference, part_value):
                value.by_part[part.name].setdefault(code, Tally()).add(count, amount, positive)
    if indicator.amount_scale != 1:  # sums of whole cents, divided once: the same in any order
        for tally in _every_tally(value):
            tally.amount /= indicator.amount_scale
    return value


def _every_tally(value: IndicatorValue) -> list[Tally]:
    return [
        value.total,
        *value.by_country.values(),
        *value.by_quarter.values(),
        *[t for codes in value.by_part.values() for t in codes.values()],
    ]


def _summed_tallies(
    reference: ReferenceData, indicator: Indicator, scope: Scope, summed: Summed
) -> IndicatorValue:
    """A participant indicator from summed tallies: every participant (``only`` None), or those
    who gave an evaluation and how many of them were positive (the share)."""
    value = _empty_value(indicator, scope)
    wanted = value.by_country
    rated = indicator.only is not None
    parts = {
        p.column.name: p
        for p in map(indicator.source.part, indicator.parts)
        if p.column is not None
    }
    totals_from = COLUMNS[0]  # every participant has one value in each column: any column sums up
    for (country, quarter, column, code), (n, evaluated, positive) in summed.items():
        if country not in wanted:
            continue
        count, good = (evaluated, positive) if rated else (n, 0)
        if not count:
            continue
        if column == totals_from:
            value.total.add(count, 0.0, good)
            value.by_country[country].add(count, 0.0, good)
            value.by_quarter[quarter].add(count, 0.0, good)
        part = parts.get(column)
        if part is not None:
            for name in part.codes(reference, code):
                value.by_part[part.name].setdefault(name, Tally()).add(count, 0.0, good)
    return value


def compute(
    conn: Connection,
    reference: ReferenceData,
    scope: Scope,
    indicators: Iterable[Indicator] = INDICATORS,
    *,
    reuse: Reuse | None = None,
) -> IndicatorReport:
    """Every indicator for the scope, in the order given.

    What is read from the database is reused while the data stay the same (``reuse``, see
    :mod:`csc_desktop.reporting.memo`): read once for the period and every country, it answers
    any set of countries. Where the database cannot tell whether it changed, only the scope's
    countries are read, every time."""
    reuse = Reuse(conn) if reuse is None else reuse
    countries = BENEFICIARIES if reuse.active else scope.countries
    period = (scope.first, scope.last)
    chosen = list(indicators)
    marks: list[Stale | None] = []

    def stale() -> Stale | None:  # read once, when a reading is not reused
        if not marks:
            marks.append(read_stale(conn))
        return marks[0]

    def by_month(indicator: Indicator | None) -> Sums:
        return read_sums(conn, indicator, scope.first, scope.last, countries, stale())

    monthly = {i.key for i in kept_indicators()}
    values: list[IndicatorValue] = []
    for indicator in chosen:
        if indicator.source is PARTICIPANTS:
            sums = reuse.get(
                ("participants", *period, countries),
                lambda: by_month(None),
                tables_of(None),
            )
            values.append(_summed_tallies(reference, indicator, scope, sums))
        elif indicator.key in monthly:
            sums = reuse.get(
                ("monthly", indicator.key, *period, countries),
                lambda i=indicator: by_month(i),  # type: ignore[misc]
                _tables_read(indicator),
            )
            values.append(_value_from_sums(reference, indicator, scope, sums))
        else:
            folded = reuse.get(
                ("indicator", indicator.key, *period, countries),
                lambda i=indicator: _read_indicator(conn, i, scope, countries),  # type: ignore[misc]
                _tables_read(indicator),
            )
            parts = [indicator.source.part(n) for n in indicator.parts]
            values.append(_tallies(reference, indicator, scope, parts, folded))
    stamp = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return IndicatorReport(scope=scope, values=tuple(values), computed_at=stamp)


def records_behind(
    conn: Connection,
    reference: ReferenceData,
    indicator: Indicator,
    scope: Scope,
    *,
    country: str | None = None,
    quarter: Quarter | None = None,
    part: tuple[str, str] | None = None,
) -> list[RecordRef]:
    """Exactly the records counted in one figure: the total, or one country's, one quarter's, or
    one breakdown code's (``part=("gender", "female")``), oldest first."""
    source = indicator.source
    conditions = [*_conditions(source, scope), *indicator.conditions()[len(source.where) :]]
    if country is not None:
        conditions.append(source.country == country)
    if quarter is not None:
        first, last = scope.quarter_bounds(quarter)
        conditions += [source.day >= first, source.day <= last]
    parts = [source.part(name) for name in indicator.parts]
    columns: list[Any] = [
        source.id,
        source.country,
        source.day,
        source.title,
        source.parent_id if source.parent_id is not None else literal(None),
        indicator.amount if indicator.amount is not None else literal(None),
        indicator.positive if indicator.positive is not None else literal(None),
    ]
    stmt = (
        select(*columns, *[column for p in parts for column in p.columns])
        .select_from(source.from_)
        .where(*conditions)
    )
    refs: list[RecordRef] = []
    for row in conn.execute(stmt, _params(scope)):
        codes = {p.name: tuple(p.codes(reference, v)) for p, v in _row_parts(parts, row[7:])}
        if part is not None and part[1] not in codes.get(part[0], ()):
            continue
        refs.append(
            RecordRef(
                kind=source.kind,
                id=row[0],
                country=row[1],
                day=row[2],
                title=row[3],
                parent_id=row[4],
                amount=float(row[5] or 0) / indicator.amount_scale
                if indicator.amount is not None
                else None,
                positive=bool(row[6]) if indicator.positive is not None else None,
                parts=codes,
            )
        )
    refs.sort(key=lambda r: (r.day, r.id))  # here, not in SQL (see the module's note)
    return refs


def all_records_behind(
    conn: Connection, reference: ReferenceData, report: IndicatorReport
) -> dict[str, list[RecordRef]]:
    """The records behind every total of ``report`` (for exports)."""
    return {
        v.key: records_behind(conn, reference, v.indicator, report.scope) for v in report.values
    }
