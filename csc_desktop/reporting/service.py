"""Reporting over an unlocked workspace: the scope a person may report on, the figures with
their "as of" information, and the drill-down lists.

Headquarters reports on any beneficiaries; a country team on its own country only (the same
indicators on its own data, so that what it sends and what HQ reports can be compared).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from csc_desktop.errors import NotAllowed
from csc_desktop.reporting.asof import AsOf, as_of
from csc_desktop.reporting.compute import (
    IndicatorReport,
    RecordRef,
    all_records_behind,
    compute,
    records_behind,
)
from csc_desktop.reporting.indicators import BY_KEY
from csc_desktop.reporting.memo import Reuse
from csc_desktop.reporting.scope import BENEFICIARIES, Quarter, Scope

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Report:
    figures: IndicatorReport
    as_of: AsOf
    prepared_by: str
    #: indicator key -> the records behind its total (exports ask for them; the dashboard
    #: fetches one figure's list when a person opens it)
    records: dict[str, list[RecordRef]] | None = None

    @property
    def scope(self) -> Scope:
        return self.figures.scope


def scope_for(ws: Workspace, first: date, last: date, countries: Sequence[str] = ()) -> Scope:
    """The scope ``ws``'s person may report on: a team only ever its own country."""
    ident = ws.identity
    if ident.role == "team":
        own = ident.country or ""
        if any(c != own for c in countries):
            raise NotAllowed(f"A {own} team reports on {own} only; headquarters reports on all.")
        return Scope(first, last, (own,))
    return Scope(first, last, tuple(countries) or BENEFICIARIES)


def run_report(ws: Workspace, scope: Scope, *, with_records: bool = False) -> Report:
    """Every indicator for ``scope``, what the figures include, and (when asked) the records
    behind every total, all read in one transaction so that they agree with each other."""
    with ws.reading() as conn:
        reuse = Reuse(conn)  # first: the stamp of the data about to be read
        figures = compute(conn, ws.reference, scope, reuse=reuse)
        freshness = as_of(
            conn,
            this_device=ws.identity.device_id,
            this_country=ws.identity.country,
            this_person=ws.identity.person,
            countries=scope.countries,
            reuse=reuse,
        )
        records = all_records_behind(conn, ws.reference, figures) if with_records else None
    return Report(figures=figures, as_of=freshness, prepared_by=ws.identity.person, records=records)


def drill_down(
    ws: Workspace,
    key: str,
    scope: Scope,
    *,
    country: str | None = None,
    quarter: Quarter | None = None,
    part: tuple[str, str] | None = None,
) -> list[RecordRef]:
    """The records behind one figure (see :func:`records_behind`)."""
    with ws.reading() as conn:
        return records_behind(
            conn, ws.reference, BY_KEY[key], scope, country=country, quarter=quarter, part=part
        )
