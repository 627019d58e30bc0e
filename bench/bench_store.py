"""Encrypted profile store against plain SQLite, on the same demo data in the same run.

Two stores get the same records from `csc_desktop.demo` (all three kinds, trainings with 8 to 40
participants, Latin and Cyrillic): the real encrypted profile, and a plain file opened with the
standard library's `sqlite3` (no encryption) with the same schema, the same session PRAGMAs and
the same services on top. Every figure is measured on both, in turns (a chunk of records into
one store, then the same chunk into the other; a round of queries on one, then on the other), so
that a machine busy with other work slows both alike; medians and percentiles count.

Figures: unlock (median; the key derivation apart), bulk insert rate, the first page of each
list sorted by date, search p50/p95 over realistic queries, and the encrypted/plain ratio of each.

Run: .venv/bin/python bench/bench_store.py [--records 100000] [--rounds 10] [--quick]
     --quick is the CI smoke run (2,000 records, fewer rounds).
     --memory-security off measures the store with SQLCipher's memory security off (the store
     itself keeps it on): how much of the cost is that setting.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import QueuePool

from csc_desktop.demo import BulkFiller
from csc_desktop.domain.fields import Kind
from csc_desktop.domain.ids import uuid7
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace, utc_now
from csc_desktop.store import sqlite as store_sqlite
from csc_desktop.store.keyheader import KeyHeader
from csc_desktop.store.migrate import current_revision, upgrade_to_head
from csc_desktop.store.profile import Profile
from csc_desktop.store.schema import RECORD_TABLES

PASSPHRASE = "benchmark passphrase, not a secret"
CHUNK = 1000
KINDS = (Kind.PRE_INVESTIGATION, Kind.TAF_REQUEST, Kind.TRAINING)

# What people type: Latin for Cyrillic data, partial words, no diacritics, names, references.
QUERIES = (
    "petrovic",  # Петровић, Petrović
    "Beograd",  # Београд
    "Skopje",  # Скопје
    "djukic",  # Ђукић
    "kosevski",  # Ќосевски
    "Tirane",  # Tiranë
    "finans istr",  # financial / finansijske / финансиски + istrage / истраги
    "krijumcarenje migranata",  # krijumčarenje / кријумчарење миграната
    "Çela",
    "hodzic",  # Hodžić
    "gjorce petrov",  # Ѓорче Петров
    "zajednicki istrazni",  # Заједнички истражни / Zajednički istražni
    "kto 0004",  # case references КТО-0004x/yy
    "Ѕвездана",
    "europol siena",
)

TARGETS = {"unlock": 0.5, "search_p95": 0.030, "list_page": 0.010, "ratio": 1.3}


# -- the plain store ------------------------------------------------------------------------


def plain_engine(path: Path) -> Engine:
    """`store.sqlite.make_engine` without the cipher: stdlib sqlite3, the same session PRAGMAs,
    the same SQL functions and the same BEGIN handling."""

    def creator() -> sqlite3.Connection:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        store_sqlite.apply_session_pragmas(conn)
        sort_key = getattr(store_sqlite, "_sort_key_or_null", None)
        if sort_key is not None:  # csc_sortkey(text, language), for lists sorted by name
            conn.create_function("csc_sortkey", 2, sort_key, deterministic=True)
        return conn

    engine = create_engine(
        "sqlite://",
        module=sqlite3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=2,
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    return engine


def create_plain(folder: Path, like: Workspace) -> Workspace:
    """A plain profile with the same schema and the same identity as ``like``."""
    folder.mkdir(parents=True)
    engine = plain_engine(folder / "csc.db")
    upgrade_to_head(engine)
    ident = like.identity
    meta = {
        "device_id": uuid7(),
        "role": ident.role,
        "country": ident.country or "",
        "person": ident.person,
        "language": ident.language,
        "created_at": utc_now(),
        "change_seq": "0",
    }
    with store_sqlite.write_transaction(engine) as conn:
        for key, value in meta.items():
            conn.execute(
                text("INSERT INTO meta(key, value) VALUES (:k, :v)"), {"k": key, "v": value}
            )
    return Workspace(Profile(folder), engine, bytes(32))


def open_plain(folder: Path) -> Workspace:
    """What unlocking does, minus the key: the first page and the file's length, then the
    engine, the schema version and the profile's facts."""
    conn = sqlite3.connect(folder / "csc.db")
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert (folder / "csc.db").stat().st_size >= pages * page_size
    engine = plain_engine(folder / "csc.db")
    current_revision(engine)
    return Workspace(Profile(folder), engine, bytes(32))


def memory_security_off() -> None:
    keyed = store_sqlite._key_statements

    def statements(raw_key: bytes) -> list[str]:
        return [s.replace("memory_security = ON", "memory_security = OFF") for s in keyed(raw_key)]

    store_sqlite._key_statements = statements  # type: ignore[assignment]


# -- measuring ------------------------------------------------------------------------------


@dataclass
class Pair:
    """Samples of one figure, encrypted and plain."""

    encrypted: list[float] = field(default_factory=list)
    plain: list[float] = field(default_factory=list)

    def add(self, encrypted: bool, seconds: float) -> None:
        (self.encrypted if encrypted else self.plain).append(seconds)


@dataclass
class Results:
    counts: dict[str, int] = field(default_factory=dict)
    sizes: tuple[int, int] = (0, 0)
    fill: Pair = field(default_factory=Pair)
    filled: tuple[int, int] = (0, 0)  # records the fill samples cover, encrypted and plain
    unlock: Pair = field(default_factory=Pair)
    integrity: Pair = field(default_factory=Pair)
    kdf: list[float] = field(default_factory=list)
    lists: Pair = field(default_factory=Pair)
    search: Pair = field(default_factory=Pair)
    in_list: Pair = field(default_factory=Pair)
    per_query: dict[str, Pair] = field(default_factory=lambda: {q: Pair() for q in QUERIES})


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
clock = CLOCKS["wall"]


def timed(action: Callable[[], object]) -> float:
    start = clock()
    action()
    return clock() - start


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def progress_line(message: str) -> None:
    print(f"\r{message:<78}", end="", file=sys.stderr, flush=True)


def fill(folder: Path, records: int, seed: int, results: Results) -> None:
    encrypted = create_encrypted(folder)
    plain = create_plain(folder / "plain", encrypted)
    try:
        fillers = (BulkFiller(encrypted, seed), BulkFiller(plain, seed))
        while fillers[0].done < records:
            chunk = min(CHUNK, records - fillers[0].done)
            for filler, is_encrypted in zip(fillers, (True, False), strict=True):
                results.fill.add(is_encrypted, timed(lambda: filler.add(chunk)))  # noqa: B023
            progress_line(f"inserting: {fillers[0].done:,} of {records:,} records")
        assert fillers[0].counts == fillers[1].counts
        results.counts = fillers[0].counts
        results.filled = (fillers[0].done, fillers[1].done)
    finally:
        encrypted.engine.dispose()
        plain.engine.dispose()
    results.sizes = store_sizes(folder)
    for side, samples in (("encrypted", results.fill.encrypted), ("plain", results.fill.plain)):
        save_fill(folder, side, results.counts, samples)


def create_encrypted(folder: Path) -> Workspace:
    return Workspace.create(folder / "encrypted", PASSPHRASE, role="hq", person="Benchmark")


def store_sizes(folder: Path) -> tuple[int, int]:
    return (
        sum(f.stat().st_size for f in (folder / "encrypted").glob("csc.db*")),
        sum(f.stat().st_size for f in (folder / "plain").glob("csc.db*")),
    )


def save_fill(folder: Path, side: str, counts: dict[str, int], seconds: list[float]) -> None:
    """What building a store took, kept next to it for a later run with --stores."""
    (folder / f"fill-{side}.json").write_text(json.dumps({"counts": counts, "seconds": seconds}))


def build_one(folder: Path, side: str, records: int, seed: int) -> None:
    """One store of the pair, alone (--build): the two sides of a large run can then be built
    at once by two processes. The plain side waits for the encrypted profile, whose identity it
    copies; the same seed gives both the same records."""
    folder.mkdir(parents=True, exist_ok=True)
    if side == "encrypted":
        ws = create_encrypted(folder)
    else:
        while not (folder / "encrypted" / "csc.db").exists():
            time.sleep(1)
        time.sleep(2)  # the profile's facts are written right after the file appears
        like = Workspace.unlock(folder / "encrypted", PASSPHRASE)
        like.engine.dispose()
        ws = create_plain(folder / "plain", like)
    samples: list[float] = []
    try:
        filler = BulkFiller(ws, seed)
        while filler.done < records:
            chunk = min(CHUNK, records - filler.done)
            samples.append(timed(lambda: filler.add(chunk)))  # noqa: B023
            save_fill(folder, side, filler.counts, samples)  # so far: a build may be cut short
            progress_line(f"inserting ({side}): {filler.done:,} of {records:,} records")
    finally:
        ws.engine.dispose()


def copy_encrypted(folder: Path) -> None:
    """The encrypted store of the pair as an encrypted copy of the plain one (--build copy): the
    encrypted build is the slow one, and the copy holds the same records. Both files come out
    compacted, as by VACUUM, so that neither has the better page layout. The insert rate of the
    encrypted side is then that of a build cut short (its fill-encrypted.json, copied by hand)."""
    key = KeyHeader.read(folder / "encrypted").derive(PASSPHRASE)
    for old in (folder / "encrypted").glob("csc.db*"):
        old.unlink()
    conn = sqlcipher3.connect(str(folder / "plain" / "csc.db"))  # no key: the plain file
    try:
        conn.execute("VACUUM")
        store_sqlite.export_rekeyed(conn, folder / "encrypted" / "csc.db", key)
    finally:
        conn.close()


def count_records(folder: Path) -> dict[str, int]:
    conn = sqlite3.connect(folder / "plain" / "csc.db")
    try:
        counts = {
            kind.value: conn.execute(f"SELECT count(*) FROM {RECORD_TABLES[kind].name}").fetchone()[
                0
            ]
            for kind in KINDS
        }
        counts["participants"] = conn.execute("SELECT count(*) FROM participants").fetchone()[0]
    finally:
        conn.close()
    return counts


def _filled_records(saved: dict[str, Any]) -> int:
    return sum(saved["counts"][k.value] for k in KINDS)


def reuse(folder: Path, results: Results) -> None:
    """Stores built before (--keep or --build): their schema brought to this version's head
    (as unlocking an older profile does), their build times read back."""
    saved = {
        side: json.loads((folder / f"fill-{side}.json").read_text())
        for side in ("encrypted", "plain")
        if (folder / f"fill-{side}.json").exists()
    }
    if len(saved) < 2:  # a copy made by hand: counted, no build times
        saved = {
            side: {"counts": count_records(folder), "seconds": []}
            for side in ("encrypted", "plain")
        }
    results.counts = saved["plain"]["counts"]
    results.fill.encrypted.extend(saved["encrypted"]["seconds"])
    results.fill.plain.extend(saved["plain"]["seconds"])
    results.filled = (_filled_records(saved["encrypted"]), _filled_records(saved["plain"]))
    Workspace.unlock(folder / "encrypted", PASSPHRASE).engine.dispose()
    plain = plain_engine(folder / "plain" / "csc.db")
    try:
        upgrade_to_head(plain)
    finally:
        plain.dispose()
    results.sizes = store_sizes(folder)


def measure_unlock(folder: Path, rounds: int, results: Results) -> None:
    header = KeyHeader.read(folder / "encrypted")
    key = header.derive(PASSPHRASE)

    def unlock_encrypted() -> None:
        Workspace.unlock(folder / "encrypted", PASSPHRASE).engine.dispose()

    def unlock_plain() -> None:
        open_plain(folder / "plain").engine.dispose()

    for n in range(rounds):
        progress_line(f"unlocking: round {n + 1} of {rounds}")
        results.unlock.add(True, timed(unlock_encrypted))
        results.unlock.add(False, timed(unlock_plain))
        results.kdf.append(timed(lambda: header.derive(PASSPHRASE)))
    # The full check of every page (`csc check`, the GUI's background check): slow on a large
    # database, so a single round. The plain file has no page HMACs: SQLite's own check only.
    progress_line("checking every page")
    results.integrity.add(True, timed(lambda: Profile(folder / "encrypted").check_integrity(key)))
    results.integrity.add(False, timed(lambda: plain_check(folder / "plain" / "csc.db")))


def plain_check(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA quick_check(5)").fetchall()
    finally:
        conn.close()


def measure_queries(folder: Path, rounds: int, results: Results) -> None:
    sides = (
        (True, Workspace.unlock(folder / "encrypted", PASSPHRASE)),
        (False, open_plain(folder / "plain")),
    )
    try:
        for _, ws in sides:  # warm up: connections, statement caches
            for kind in KINDS:
                ws.records.rows(ListQuery(kind), limit=100)
            ws.search.find(QUERIES[0])
        for n in range(rounds):
            progress_line(f"querying: round {n + 1} of {rounds}")
            for is_encrypted, ws in sides:
                _query_round(ws, is_encrypted, KINDS[n % len(KINDS)], results)
    finally:
        for _, ws in sides:
            ws.engine.dispose()


def _query_round(ws: Workspace, is_encrypted: bool, list_kind: Kind, results: Results) -> None:
    for kind in KINDS:
        results.lists.add(is_encrypted, timed(lambda: ws.records.rows(ListQuery(kind), limit=100)))  # noqa: B023
    for query in QUERIES:
        spent = timed(lambda: ws.search.find(query))  # noqa: B023
        results.search.add(is_encrypted, spent)
        results.per_query[query].add(is_encrypted, spent)
        in_list = ListQuery(list_kind, search=query)
        results.in_list.add(is_encrypted, timed(lambda: ws.records.rows(in_list, limit=100)))  # noqa: B023


# -- reporting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    label: str
    encrypted: float
    plain: float | None
    unit: str  # "s", "ms" (values in seconds) or a rate
    target: float | None = None
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        """Encrypted over plain, as a cost: above 1 the encrypted store is slower."""
        if self.plain is None or not self.plain or not self.encrypted:
            return None
        return self.plain / self.encrypted if self.higher_is_better else self.encrypted / self.plain

    def show(self, value: float) -> str:
        if self.unit == "s":
            return f"{value:.3f} s"
        if self.unit == "ms":
            return f"{value * 1000:.2f} ms"
        return f"{value:,.0f} {self.unit}"

    def line(self) -> str:
        ratio = self.ratio
        ratio_text = "" if ratio is None else f"{ratio:.2f} {_verdict(ratio, TARGETS['ratio'])}"
        ratio_text = f"{ratio_text:<14}"
        goal = "" if self.target is None else f"≤ {self.show(self.target)}"
        target_text = f"{goal} {_verdict(self.encrypted, self.target)}".strip()
        plain = "–" if self.plain is None else self.show(self.plain)
        return (
            f"{self.label:<36}{self.show(self.encrypted):>12}{plain:>12}  {ratio_text}{target_text}"
        )


def _verdict(value: float, target: float | None) -> str:
    if target is None:
        return ""
    return "ok" if value <= target else "MISSED"


def figures(results: Results) -> list[Figure]:
    unlock, lists, search, in_list = results.unlock, results.lists, results.search, results.in_list
    kdf = statistics.median(results.kdf)
    median, p95 = statistics.median, lambda xs: percentile(xs, 95)
    out = [
        Figure(  # no ratio: the key derivation is slow on purpose
            f"unlock (median of {len(unlock.encrypted)})",
            median(unlock.encrypted),
            None,
            "s",
            TARGETS["unlock"],
        ),
        Figure("  of which Argon2id key derivation", kdf, None, "s"),
        Figure(
            "  opening without the derivation",
            max(0.0, median(unlock.encrypted) - kdf),
            median(unlock.plain),
            "s",
        ),
        Figure(
            "full page check (csc check)",
            median(results.integrity.encrypted),
            median(results.integrity.plain),
            "s",
        ),
        *[
            Figure(
                "bulk insert",
                results.filled[0] / sum(results.fill.encrypted),
                results.filled[1] / sum(results.fill.plain),
                "rec/s",
                higher_is_better=True,
            )
            for _ in range(bool(results.fill.encrypted and results.fill.plain))
        ],
        Figure(
            "list, first page of 100 (median)",
            median(lists.encrypted),
            median(lists.plain),
            "ms",
            TARGETS["list_page"],
        ),
        Figure("list, first page, p95", p95(lists.encrypted), p95(lists.plain), "ms"),
        Figure("search p50", median(search.encrypted), median(search.plain), "ms"),
        Figure("search p95", p95(search.encrypted), p95(search.plain), "ms", TARGETS["search_p95"]),
        Figure("search in a list p50", median(in_list.encrypted), median(in_list.plain), "ms"),
        Figure("search in a list p95", p95(in_list.encrypted), p95(in_list.plain), "ms"),
    ]
    return out


def report(args: argparse.Namespace, results: Results) -> None:
    with sqlcipher3.connect(":memory:") as conn:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        engine_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    counts = results.counts
    records = sum(counts[k.value] for k in KINDS)
    print(
        f"Store benchmark: {records:,} records ({counts['pre-investigation']:,} pre-investigations, "
        f"{counts['taf-request']:,} TAF requests, {counts['training']:,} trainings with "
        f"{counts['participants']:,} participants)"
    )
    print(
        f"encrypted: SQLCipher {cipher} (SQLite {engine_version}), memory security "
        f"{args.memory_security.upper()}; plain: stdlib sqlite3 {sqlite3.sqlite_version}; "
        f"{args.clock} clock"
    )
    print(
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}, load average "
        f"{os.getloadavg()[0]:.1f}; database files: encrypted {results.sizes[0] / 1e6:,.0f} MB, "
        f"plain {results.sizes[1] / 1e6:,.0f} MB"
    )
    print()
    print(f"{'figure':<36}{'encrypted':>12}{'plain':>12}  {'ratio':<14}target")
    print("-" * 94)
    table = figures(results)
    for figure in table:
        print(figure.line())
    print()
    print("search p50 per query (the 50 best matches across kinds):")
    for query, pair in results.per_query.items():
        figure = Figure(
            f"  {query}", statistics.median(pair.encrypted), statistics.median(pair.plain), "ms"
        )
        print(figure.line())
    print(
        json.dumps(
            {
                "records": records,
                **counts,
                "memory_security": args.memory_security,
                "figures": {
                    f.label.strip(): {
                        "encrypted": f.encrypted,
                        "plain": f.plain,
                        "unit": "s" if f.unit in ("s", "ms") else f.unit,
                        "ratio": f.ratio,
                    }
                    for f in table
                },
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=10, help="query rounds (unlocks: at least 5)")
    parser.add_argument(
        "--quick", action="store_true", help="CI smoke run: 2,000 records, 3 rounds"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--memory-security", choices=("on", "off"), default="on")
    parser.add_argument(
        "--clock",
        choices=tuple(CLOCKS),
        default="wall",
        help="cpu: this process's CPU time, for a machine busy with other work (waits for the "
        "disk are then not counted)",
    )
    parser.add_argument(
        "--folder",
        type=Path,
        help="where to build the two stores (default: a temporary folder, removed)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the two stores (demo data only) afterwards"
    )
    parser.add_argument(
        "--stores",
        type=Path,
        help="measure the two stores kept in this folder by an earlier run (--keep or --build) "
        "instead of building them; their schema is first brought up to date",
    )
    parser.add_argument(
        "--build",
        choices=("encrypted", "plain", "copy"),
        help="only build this store of the pair in --folder (no measurement): run once with "
        "each, at the same time, then measure with --stores; copy: make the encrypted store an "
        "encrypted copy of the plain one (both compacted)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.records, args.rounds = min(args.records, 2000), min(args.rounds, 3)
    if args.memory_security == "off":
        memory_security_off()
    global clock
    clock = CLOCKS[args.clock]
    if args.build:
        if args.folder is None:
            parser.error("--build needs --folder (where the pair of stores is built)")
        if args.build == "copy":
            copy_encrypted(args.folder)
        else:
            build_one(args.folder, args.build, args.records, args.seed)
        return 0
    results = Results()
    if args.stores:
        reuse(args.stores, results)
        measure_unlock(args.stores, max(5, args.rounds // 2), results)
        measure_queries(args.stores, args.rounds, results)
        progress_line("")
        print(file=sys.stderr)
        report(args, results)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bench-store-", dir=args.folder))
    try:
        fill(folder, args.records, args.seed, results)
        measure_unlock(folder, max(5, args.rounds // 2), results)
        measure_queries(folder, args.rounds, results)
    finally:
        if args.keep:
            print(f"\nstores kept in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    progress_line("")
    print(file=sys.stderr)
    report(args, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
