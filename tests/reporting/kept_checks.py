"""Checks shared by the kept-counts tests: the figures a report gives (from the kept counts where
they are right) against the figures counted from the records alone, and the kept counts
against a count made again from scratch."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Connection, select

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.reporting.compute import (
    IndicatorValue,
    Tally,
    compute,
    compute_indicator,
    compute_row_by_row,
)
from csc_desktop.reporting.indicators import INDICATORS, PARTICIPANTS
from csc_desktop.reporting.memo import Reuse
from csc_desktop.reporting.scope import Scope
from csc_desktop.reporting.upkeep import rebuild_all
from csc_desktop.store.schema import report_counts, report_stale

#: Periods of every shape: whole months, partial months at either end, inside one month, long.
SCOPES = (
    Scope(date(2025, 1, 1), date(2025, 6, 30)),
    Scope(date(2025, 1, 15), date(2025, 5, 20)),
    Scope(date(2025, 2, 3), date(2025, 2, 20)),
    Scope(date(2024, 11, 1), date(2025, 12, 31), ("AL", "RS")),
    Scope(date(2020, 1, 1), date(2030, 12, 31)),
)


def _tally(t: Tally) -> tuple[int, int, Any]:
    return (t.count, t.positive, pytest.approx(t.amount, abs=1e-6))


def _shape(v: IndicatorValue) -> dict[str, Any]:
    return {
        "total": _tally(v.total),
        "country": {c: _tally(t) for c, t in v.by_country.items()},
        "quarter": {q: _tally(t) for q, t in v.by_quarter.items()},
        "part": {
            name: {code: _tally(t) for code, t in codes.items() if t.count}
            for name, codes in v.by_part.items()
        },
    }


def from_records(conn: Connection, reference: ReferenceData, scope: Scope) -> dict[str, Any]:
    """Every indicator counted from the records only (no kept counts, no reuse)."""
    participant_ones = [i for i in INDICATORS if i.source is PARTICIPANTS]
    found = {
        i.key: _shape(compute_indicator(conn, reference, i, scope))
        for i in INDICATORS
        if i.source is not PARTICIPANTS
    }
    for value in compute_row_by_row(conn, reference, participant_ones, scope):
        found[value.key] = _shape(value)
    return found


def from_report(conn: Connection, reference: ReferenceData, scope: Scope) -> dict[str, Any]:
    """Every indicator as a report gives it (kept counts where right), nothing reused."""
    reuse = Reuse(conn)
    reuse.epoch = None  # read, not reused
    report = compute(conn, reference, scope, reuse=reuse)
    return {v.key: _shape(v) for v in report.values}


def assert_reports_agree(conn: Connection, reference: ReferenceData) -> None:
    for scope in SCOPES:
        assert from_report(conn, reference, scope) == from_records(conn, reference, scope), scope


def kept(conn: Connection) -> dict[tuple[str, str, str, str], tuple[Any, ...]]:
    return {
        (r.reading, r.month, r.country, r.key): (r.n, r.rated, r.positive, float(r.amount))
        for r in conn.execute(select(report_counts))
        if r.n  # a bucket added down to nothing is the same as none
    }


def assert_kept_counts_exact(conn: Connection) -> None:
    """With no month marked, the kept counts equal those made again from scratch (in the
    caller's write transaction; left as they were found)."""
    assert conn.execute(select(report_stale)).first() is None
    before = kept(conn)
    rebuild_all(conn)
    after = kept(conn)
    assert before == after, {
        k: (before.get(k), after.get(k)) for k in {*before, *after} if before.get(k) != after.get(k)
    }
