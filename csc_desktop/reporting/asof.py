"""What the figures are made of: which bundles from which teams HQ has imported, and how old
each team's latest data is.

The usual case is cheap: the enrolled devices and the bundles received come from the sync
tables (``sync_devices``, ``sync_received_bundles``), record counts per country from the country
indexes, and this laptop's newest change from its own change counter. When a reported country
has no enrolled device (a profile without sync, records typed at HQ, test data), the devices are
found in the records themselves (``origin_device``, ``updated_at``): a full read of the records,
slower on a large profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, MetaData, Table, case, func, inspect, select

from csc_desktop.reporting.memo import Reuse
from csc_desktop.store.schema import RECORD_TABLES


@dataclass(frozen=True)
class BundleSeen:
    sequence: int
    file_name: str
    created_at: str  # when the team wrote it (its own clock)
    imported_at: str
    changes: int | None


@dataclass(frozen=True)
class TeamData:
    """One device whose records the figures include."""

    device_id: str
    country: str | None  # the team's country; None: headquarters
    person: str | None
    countries: tuple[str, ...]  # the countries its records are about
    is_this_device: bool
    records: int  # live records that device made
    latest_change_at: str | None  # newest change among them (that device's clock)
    bundles: tuple[BundleSeen, ...]  # imported from it, newest first

    @property
    def latest_data_at(self) -> str | None:
        """The newest of: the last bundle imported from it, its newest change."""
        stamps = [s for s in (self.latest_change_at, self.newest_bundle_at) if s]
        return max(stamps) if stamps else None

    @property
    def newest_bundle_at(self) -> str | None:
        return self.bundles[0].created_at if self.bundles else None

    def age_days(self, now: datetime) -> float | None:
        stamp = self.latest_data_at
        if stamp is None:
            return None
        return max(0.0, (now - parse_stamp(stamp)).total_seconds() / 86_400)


@dataclass(frozen=True)
class AsOf:
    at: str
    from_bundles: bool  # whether this profile keeps imported bundles
    teams: tuple[TeamData, ...]
    countries_without_data: tuple[str, ...]

    @property
    def now(self) -> datetime:
        return parse_stamp(self.at)


def parse_stamp(stamp: str) -> datetime:
    value = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _changes_by_device(conn: Connection, reuse: Reuse) -> dict[str, dict[str, Any]]:
    """Per device: its live records by country, how many, and its newest change. Each table's
    part is kept while that table is not written (an edit reads one table again)."""
    found: dict[str, dict[str, Any]] = {}
    for table in RECORD_TABLES.values():
        rows = reuse.get(
            ("changes_by_device", table.name),
            lambda t=table: _table_changes_by_device(conn, t),  # type: ignore[misc]
            (table.name,),
        )
        for device, country, latest, live_count in rows:
            entry = found.setdefault(device, {"countries": {}, "latest": None, "records": 0})
            entry["countries"][country] = entry["countries"].get(country, 0) + int(live_count or 0)
            entry["records"] += int(live_count or 0)
            if latest and (entry["latest"] is None or latest > entry["latest"]):
                entry["latest"] = latest
    return found


def _table_changes_by_device(conn: Connection, table: Table) -> list[tuple[Any, ...]]:
    stmt = select(
        table.c.origin_device,
        table.c.country,
        func.max(table.c.updated_at),
        func.sum(case((table.c.deleted.is_(False), 1), else_=0)),
    ).group_by(table.c.origin_device, table.c.country)
    return [tuple(row) for row in conn.execute(stmt)]


def _sync_tables(conn: Connection) -> tuple[Table, Table] | None:
    """The sync tables, reflected, or None on a profile that has none: this module does not
    depend on the sync code being there."""
    names = set(inspect(conn).get_table_names())
    if not {"sync_received_bundles", "sync_devices"} <= names:
        return None
    meta = MetaData()
    return (
        Table("sync_received_bundles", meta, autoload_with=conn),
        Table("sync_devices", meta, autoload_with=conn),
    )


def as_of(
    conn: Connection,
    *,
    this_device: str,
    this_country: str | None,
    this_person: str,
    countries: tuple[str, ...],
    now: str | None = None,
    reuse: Reuse | None = None,
) -> AsOf:
    """The devices whose data the figures for ``countries`` include, newest data first.
    The full read of the records (see the module's note) is reused while the data stay the
    same (``reuse``)."""
    tables = _sync_tables(conn)
    devices: dict[str, dict[str, Any]] = {}
    bundles: dict[str, list[BundleSeen]] = {}
    if tables is not None:
        received, known = tables
        for row in conn.execute(select(known)).mappings():
            devices[row["device_id"]] = {
                "country": row.get("country"),
                "person": row.get("person_name"),
                "team": row.get("role") == "team",
            }
        stmt = select(received).where(received.c.receiver == this_device)
        for row in conn.execute(stmt).mappings():
            counts = row.get("counts") or {}
            bundles.setdefault(row["sender"], []).append(
                BundleSeen(
                    sequence=int(row["sequence"]),
                    file_name=row["file_name"],
                    created_at=row["created_at"],
                    imported_at=row["imported_at"],
                    changes=counts.get("changes") if isinstance(counts, dict) else None,
                )
            )
    enrolled = {d for d, info in devices.items() if info["team"] and info["country"] in countries}
    covered = {devices[d]["country"] for d in enrolled} | ({this_country} - {None})
    devices[this_device] = {"country": this_country, "person": this_person, "team": False}
    if all(c in covered for c in countries):
        changes = _changes_from_indexes(conn, enrolled, devices, this_device)
    else:
        reuse = Reuse(conn) if reuse is None else reuse
        changes = _changes_by_device(conn, reuse)
    wanted = set(countries)
    teams: list[TeamData] = []
    for device in sorted(set(changes) | set(bundles) | enrolled):
        info = changes.get(device, {"countries": {}, "latest": None, "records": 0})
        covered_here = tuple(c for c in countries if info["countries"].get(c))
        known_device = devices.get(device, {})
        country = known_device.get("country")
        if device not in devices and len(info["countries"]) == 1:
            # A device the sync tables do not know, whose records are all about one country.
            country = next(iter(info["countries"]))
        seen = sorted(bundles.get(device, []), key=lambda b: b.sequence, reverse=True)
        if not (covered_here or (country in wanted and (seen or device in enrolled))):
            continue
        teams.append(
            TeamData(
                device_id=device,
                country=country,
                person=known_device.get("person"),
                countries=covered_here,
                is_this_device=device == this_device,
                records=sum(info["countries"].get(c, 0) for c in countries),
                latest_change_at=info["latest"],
                bundles=tuple(seen),
            )
        )
    teams.sort(key=lambda t: t.latest_data_at or "", reverse=True)
    with_data = {c for t in teams for c in t.countries} | {
        t.country for t in teams if t.bundles and t.country
    }
    return AsOf(
        at=now or _utc_now(),
        from_bundles=tables is not None,
        teams=tuple(teams),
        countries_without_data=tuple(c for c in countries if c not in with_data),
    )


def _changes_from_indexes(
    conn: Connection, enrolled: set[str], devices: dict[str, dict[str, Any]], this_device: str
) -> dict[str, dict[str, Any]]:
    """Per device: the live records of its country (each enrolled team device), or the records
    made on this laptop with its newest change; read from indexes only."""
    per_country: dict[str, int] = {}
    made_here, latest_here = 0, None
    for table in RECORD_TABLES.values():
        for country, count in conn.execute(
            select(table.c.country, func.count()).group_by(table.c.country)
        ):
            per_country[country] = per_country.get(country, 0) + int(count)
        for country, count in conn.execute(
            select(table.c.country, func.count())
            .where(table.c.deleted.is_(True))
            .group_by(table.c.country)
        ):
            per_country[country] -= int(count)
        # Rows made on this laptop carry its change counter (received rows carry 0).
        made_here += int(
            conn.execute(select(func.count()).where(table.c.change_seq > 0)).scalar_one()
        )
        newest = conn.execute(
            select(table.c.updated_at).where(
                table.c.change_seq == select(func.max(table.c.change_seq)).scalar_subquery(),
                table.c.change_seq > 0,
            )
        ).scalar()
        if newest and (latest_here is None or newest > latest_here):
            latest_here = newest
    found: dict[str, dict[str, Any]] = {}
    for device in enrolled:
        country = devices[device]["country"]
        found[device] = {
            "countries": {country: per_country.get(country, 0)},
            "latest": None,
            "records": per_country.get(country, 0),
        }
    if made_here:
        country = devices[this_device]["country"]
        found[this_device] = {
            "countries": {country: made_here} if country else {},
            "latest": latest_here,
            "records": made_here,
        }
    return found
