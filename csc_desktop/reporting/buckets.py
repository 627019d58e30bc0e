"""The indicators' rows counted per country and month, kept in the database (``report_counts``),
so that a report just after a write reads a few hundred small rows instead of every record.

Why: after any write SQLite drops every connection's page cache, and in the encrypted store each
page read again is decrypted and checked; reading every record of three years costs far more
than the counting. A month's counts add up to a quarter's or a year's, so a period made of
whole months is read from the kept counts alone; its partial months at either end (a period
from the 15th) are counted from the records, as are the months whose counts are not known to
be right (below).

What is kept, per reading (an indicator's key, or ``participants``), month (``YYYY-MM`` of the
indicator's own date) and country: for each combination of its breakdowns' values (``key``, a
JSON list) the rows counted, the sum of their amounts and how many are positive — exactly what
the indicator counts from its rows, grouped by month instead of by quarter. The participants'
reading holds, per participant column and value (``["gender", "female"]``), the participants,
those who gave an evaluation and those whose evaluation was positive.

How it stays right whoever writes: triggers on every table a reading counts from mark the
(table, day, country) of each row written (the day's month is what is marked) — before and after an update, for each date an
indicator reads — in ``report_stale``, one statement per row (an update that changes nothing
an indicator reads marks nothing). A marked month's kept counts are never used: that month is
counted from the records until :func:`bring_up_to_date` counts it again and clears the marks
(after a bulk load, :func:`csc_desktop.reporting.upkeep.after_bulk_write`; after a training's
participants are saved, the record services). So what is kept is only ever used where it is
known to equal the records.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, String, and_, cast, func, literal_column, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql import util as sql_util
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import ColumnClause

from csc_desktop.reporting.indicators import HELD, INDICATORS, PARTICIPANTS, Indicator
from csc_desktop.reporting.participant_summary import COLUMNS, POSITIVE_FROM
from csc_desktop.reporting.sources import live
from csc_desktop.store.schema import (
    participants,
    report_bulk,
    report_counts,
    report_stale,
    trainings,
)
from csc_desktop.store.sqlite import keyed_by

#: (country, month, *breakdown values) -> [rows, amount, positive]; for the participants
#: (country, month, column, value) -> [participants, rated, positive].
Sums = dict[tuple[Any, ...], list[Any]]
Bucket = tuple[str, str]  # (month "YYYY-MM", country)
#: table name -> its marked buckets; None: none of its kept counts can be trusted (a bulk load
#: not brought up to date yet)
Stale = dict[str, set[Bucket] | None]

PARTICIPANTS_READING = "participants"
#: Beyond this many marked months in a period, a reading counts the whole period from the
#: records (one query) instead of month by month.
MOST_STALE_MONTHS = 12
EARLIEST = date(1, 1, 1)
LATEST = date(9999, 12, 31)


def kept_indicators() -> tuple[Indicator, ...]:
    """The indicators whose rows are kept per month (all but the participants', kept as one
    reading, and those that do not add up month by month)."""
    return tuple(i for i in INDICATORS if i.source.monthly and not i.source.read_together)


def tables_of(indicator: Indicator | None) -> tuple[str, ...]:
    """The tables a reading counts from (None: the participants' reading)."""
    source = PARTICIPANTS if indicator is None else indicator.source
    return tuple(sorted(t.name for t in sql_util.find_tables(source.from_)))


def conditions_of(indicator: Indicator) -> list[Any]:
    source = indicator.source
    where = source.additive if source.additive is not None else source.where
    return [*where, *([indicator.only] if indicator.only is not None else [])]


def columns_in(expressions: Iterable[Any]) -> list[Any]:
    """The table columns ``expressions`` are computed from, each once, in order."""
    found: dict[Any, None] = {}
    for expression in expressions:
        for element in visitors.iterate(expression):
            if isinstance(element, ColumnClause) and element.table is not None:
                found.setdefault(element, None)
    return list(found)


# -- counting from the records --------------------------------------------------------------


def _keys(indicator: Indicator) -> tuple[list[Any], int]:
    """What a row is counted by: country, day, its breakdowns' columns (``width`` of them so
    far), then its amount and whether it is positive, where the indicator has them."""
    source = indicator.source
    keys: list[Any] = [source.country, cast(source.day, String)]
    keys += [column for part in map(source.part, indicator.parts) for column in part.columns]
    width = len(keys)
    keys += [e for e in (indicator.amount, indicator.positive) if e is not None]
    return keys, width


def _fold(indicator: Indicator, rows: Iterable[Sequence[Any]], width: int) -> Sums:
    """Rows (their keys, then how many) by (country, month, *breakdown values)."""
    sums: Sums = {}
    has_amount = indicator.amount is not None
    has_positive = indicator.positive is not None
    for row in rows:
        count = row[-1]
        key = (row[0], str(row[1])[:7], *row[2:width])
        amount = (row[width] or 0) * count if has_amount else 0
        positive = count if has_positive and row[-2] else 0
        found = sums.get(key)
        if found is None:
            sums[key] = [count, amount, positive]
        else:
            found[0] += count
            found[1] += amount
            found[2] += positive
    return sums


def count_rows(
    conn: Connection,
    indicator: Indicator,
    first: date,
    last: date,
    countries: Sequence[str] | None = None,
) -> Sums:
    """The rows ``indicator`` counts dated ``first`` to ``last``, by (country, month, *its
    breakdowns' values): [rows, sum of amounts (unscaled), positive rows]."""
    source = indicator.source
    keys, width = _keys(indicator)
    conditions = [*conditions_of(indicator), source.day >= first, source.day <= last]
    if countries is not None:
        conditions.append(source.country.in_(countries))
    # Grouped by plain columns (an index holds them in order: no sort), as the figures are.
    stmt = (
        select(*keys, func.count())
        .where(*conditions)
        .group_by(*columns_in(keys))
        .select_from(source.from_)
    )
    return _fold(indicator, conn.execute(stmt).cursor.fetchall(), width)


def count_new_rows(
    conn: Connection, indicators: Sequence[Indicator], after_rowid: int
) -> dict[str, Sums]:
    """Indicator key -> what it counts among the rows of its table stored after ``after_rowid``
    (the rows a bulk load inserted), as :func:`count_rows`; the indicators share one table.

    One pass in storage order for all of them: the conditions are columns, not a WHERE (an
    index they could use would have SQLite read every row), and rows are counted here."""
    columns: list[Any] = []
    slices = []
    for indicator in indicators:
        keys, width = _keys(indicator)
        start = len(columns)
        columns += [*keys, and_(*conditions_of(indicator))]
        slices.append((indicator, itemgetter(*range(start, len(columns))), width))
    table = indicators[0].source.from_.name  # type: ignore[attr-defined]
    stmt = (
        select(*columns)
        .where(literal_column(f"{table}.rowid") > after_rowid)
        .select_from(indicators[0].source.from_)
    )
    rows = conn.execute(stmt).cursor.fetchall()
    found: dict[str, Sums] = {}
    for indicator, take, width in slices:
        counted = Counter(map(take, rows))  # in C; the rows not counted dropped after
        found[indicator.key] = _fold(
            indicator, [(*row[:-1], n) for row, n in counted.items() if row[-1]], width
        )
    return found


def count_participants(
    conn: Connection,
    first: date | None = None,
    last: date | None = None,
    countries: Sequence[str] | None = None,
    *,
    after_rowid: int | None = None,
) -> Sums:
    """The participants of the trainings held from ``first`` to ``last`` (or: the participants
    stored after ``after_rowid``), by (country, month, column, value): [participants, those who
    gave an evaluation, those who gave 4 or 5]."""
    p, tr = participants.c, trainings.c
    month = func.substr(cast(tr.start_date, String), 1, 7)
    # 1 positive, 0 rated otherwise, NULL not rated
    rating = p.evaluation >= POSITIVE_FROM
    rows: Sequence[Sequence[Any]]
    if after_rowid is not None:
        rows = _newest_participants(conn, after_rowid, month, rating)
    else:
        conditions = [live(trainings), live(participants), HELD]
        if first is not None and last is not None:
            conditions += [tr.start_date >= first, tr.start_date <= last]
        if countries is not None:
            conditions.append(tr.country.in_(countries))
        stmt = (
            select(tr.country, month, p.gender, p.function, p.institution, rating)
            .select_from(PARTICIPANTS.from_)
            .where(*conditions)
        )
        rows = conn.execute(stmt).cursor.fetchall()
    sums: Sums = {}
    # Per column, identical (country, month, value, rating) counted in C (no GROUP BY over a
    # join: it would sort, see compute's note).
    for position, column in enumerate(COLUMNS, start=2):
        for (country, month_, value, rated), n in Counter(
            map(itemgetter(0, 1, position, 5), rows)
        ).items():
            key = (country, month_, column, value or "")
            found = sums.get(key)
            if found is None:
                found = sums[key] = [0, 0, 0]
            found[0] += n
            if rated is not None:
                found[1] += n
                if rated:
                    found[2] += n
    return sums


def _newest_participants(
    conn: Connection, after_rowid: int, month: Any, rating: Any
) -> list[tuple[Any, ...]]:
    """(country, month, gender, function, institution, rating) of the live participants stored
    after ``after_rowid`` on live, held trainings: read in storage order, their trainings then
    looked up by key (a join would start from the trainings and read them all)."""
    p, tr = participants.c, trainings.c
    stmt = select(
        p.training_id, p.gender, p.function, p.institution, rating, live(participants)
    ).where(literal_column("participants.rowid") > after_rowid)
    people = [row for row in conn.execute(stmt).cursor.fetchall() if row[-1]]
    if not people:
        return []
    # Looked up by key alone, whether live and held read rather than required: with those
    # conditions in the query, SQLite probed the trainings' report index by `deleted` for each
    # key (reading every live training) instead of their key's.
    trainings_ = select(tr.id, tr.country, month, live(trainings), HELD).select_from(
        keyed_by(tr.id, {row[0] for row in people})
    )
    held = {
        row[0]: row[1:3] for row in conn.execute(trainings_).cursor.fetchall() if row[3] and row[4]
    }
    return [(*held[row[0]], *row[1:5]) for row in people if row[0] in held]


def counter(indicator: Indicator | None) -> Callable[..., Sums]:
    if indicator is None:
        return count_participants
    return lambda conn, first, last, countries=None: count_rows(
        conn, indicator, first, last, countries
    )


def reading_of(indicator: Indicator | None) -> str:
    return PARTICIPANTS_READING if indicator is None else indicator.key


def _merge(into: Sums, key: tuple[Any, ...], values: Sequence[Any]) -> None:
    found = into.get(key)
    if found is None:
        into[key] = list(values)
    else:
        for n, value in enumerate(values):
            found[n] += value


# -- months ---------------------------------------------------------------------------------


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_first(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


def month_last(month: str) -> date:
    first = month_first(month)
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _next_month(month: str) -> str:
    return month_of(month_last(month) + timedelta(days=1))


def _previous_month(month: str) -> str:
    return month_of(month_first(month) - timedelta(days=1))


def runs_of(months: Iterable[str]) -> list[tuple[str, str]]:
    """Consecutive months as (first, last) runs, in order."""
    runs: list[tuple[str, str]] = []
    for month in sorted(set(months)):
        if runs and _next_month(runs[-1][1]) == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs


# -- reading: kept counts where they are right, the records elsewhere -------------------------


def read_marks(conn: Connection) -> dict[str, set[Bucket]]:
    """The buckets marked by the triggers, per table. A mark holds the row's day as stored
    (``YYYY-MM-DD``, or ``""`` for none): its first seven characters are the month."""
    marks: dict[str, set[Bucket]] = {}
    for table_name, day, country in conn.execute(select(report_stale)):
        marks.setdefault(table_name, set()).add((day[:7], country))
    return marks


def read_stale(conn: Connection) -> Stale | None:
    """What a report must not take from the kept counts: the marked buckets per table, and the
    tables of a bulk load not brought up to date (None); None on a database without them."""
    try:
        loading = conn.execute(select(report_bulk.c.table_name)).scalars().all()
        stale: Stale = dict(read_marks(conn))
    except OperationalError:
        return None
    for table_name in loading:
        stale[table_name] = None
    return stale


_decoded: dict[str, tuple[Any, ...]] = {}


def _decode(key: str) -> tuple[Any, ...]:
    found = _decoded.get(key)
    if found is None:
        found = _decoded[key] = tuple(json.loads(key))
    return found


def read_sums(
    conn: Connection,
    indicator: Indicator | None,
    first: date,
    last: date,
    countries: Sequence[str],
    stale: Stale | None,
) -> Sums:
    """What ``indicator`` (None: the participants) counts from ``first`` to ``last`` (from the
    beginning for a cumulative one), as :func:`count_rows` but by quarter: (country, (year,
    quarter), …). Whole months from the kept counts, partial and marked months from the
    records."""
    count = counter(indicator)
    cumulative = indicator is not None and indicator.source.cumulative
    start = EARLIEST if cumulative else first
    months_from = month_of(start) if start.day == 1 else _next_month(month_of(start))
    last_month = month_of(last)
    months_to = last_month if last == month_last(last_month) else _previous_month(last_month)
    tables = tables_of(indicator)
    if (
        stale is None  # no kept counts
        or months_from > months_to  # no whole month in the period
        or any(table in stale and stale[table] is None for table in tables)  # a bulk load
    ):
        return by_quarter(count(conn, start, last, countries))
    marked = {
        bucket
        for table in tables
        for bucket in stale.get(table) or ()
        if months_from <= bucket[0] <= months_to
    }
    stale_months = sorted({month for month, _ in marked})
    if len(stale_months) > MOST_STALE_MONTHS:
        return by_quarter(count(conn, start, last, countries))
    wanted = set(countries)
    c = report_counts.c
    rows = conn.execute(
        select(c.month, c.country, c.key, c.n, c.rated, c.positive, c.amount).where(
            c.reading == reading_of(indicator), c.month >= months_from, c.month <= months_to
        )
    ).cursor.fetchall()
    sums: Sums = {}
    get = sums.get
    second = 4 if indicator is None else 6  # rated for the participants, else the amount
    for row in rows:
        month, country = row[0], row[1]
        if country not in wanted or (marked and (month, country) in marked):
            continue
        quarter = _quarters.get(month) or _quarter_of_month(month)
        key = (country, quarter, *(_decoded.get(row[2]) or _decode(row[2])))
        found = get(key)
        if found is None:
            sums[key] = [row[3], row[second], row[5]]
        else:
            found[0] += row[3]
            found[1] += row[second]
            found[2] += row[5]
    pieces: list[Sums] = []
    if start < month_first(months_from):
        pieces.append(count(conn, start, month_first(months_from) - timedelta(days=1), countries))
    if last > month_last(months_to):
        pieces.append(count(conn, month_first(_next_month(months_to)), last, countries))
    for month in stale_months:
        again = sorted({country for m, country in marked if m == month} & wanted)
        pieces.append(count(conn, month_first(month), month_last(month), again))
    for piece in pieces:
        by_quarter(piece, sums)
    return sums


def _quarter_of_month(month: str) -> tuple[int, int]:
    found = _quarters.get(month)
    if found is None:
        found = _quarters[month] = (int(month[:4]), (int(month[5:7]) - 1) // 3 + 1)
    return found


_quarters: dict[str, tuple[int, int]] = {}


def by_quarter(sums: Sums, into: Sums | None = None) -> Sums:
    """``sums`` by (country, month, …) added up by (country, quarter, …) (into ``into``)."""
    folded: Sums = {} if into is None else into
    for (country, month, *rest), values in sums.items():
        _merge(folded, (country, _quarter_of_month(month), *rest), values)
    return folded
