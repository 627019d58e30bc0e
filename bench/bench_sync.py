"""USB sync through the store: a team exports 10,000 changed records with their participants;
HQ imports six such bundles (60,000 records); bundle size against the raw JSON; encryption
throughput against the `age` command on the same bytes, in the same run.

Targets: export <= 2 s, HQ import of 60,000 <= 10 s, encryption >= 0.5x `age`.

The teams' records are written straight into their stores the way the record services write
them (versions, field versions, change numbers, audit entries), so that setting up 60,000 records
does not dominate the run; what is measured goes through `ws.sync` only.

Run: .venv/bin/python bench/bench_sync.py [--records 10000] [--teams 6] [--participants 3]
     [--profile-import]   (cProfile of the HQ import, top 25 functions)
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from csc_desktop.domain.fields import Kind
from csc_desktop.domain.ids import uuid7
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import RECORD_TABLES, participants
from csc_desktop.sync import fingerprint
from csc_desktop.sync.bundle import encrypt_for
from csc_desktop.sync.bundle_reader import decrypt_with_identity

PASSPHRASE = "bench passphrase, long enough"
COUNTRIES = ("AL", "BA", "XK", "ME", "MK", "RS")
WORDS = [
    "обука",
    "истрага",
    "финансиски",
    "криминал",
    "trajnim",
    "hetim",
    "financiar",
    "prokurori",
    "policia",
    "трговија",
    "људима",
    "krijumčarenje",
    "migranata",
    "tužilaštvo",
    "suradnja",
    "Europol",
    "Eurojust",
    "joint",
    "investigation",
    "team",
    "cross-border",
    "cooperation",
    "workshop",
    "study",
    "visit",
    "expert",
    "mission",
]
NAMES = [
    "Ana Petrović",
    "Љубиша Ђорђевић",
    "Arbër Çela",
    "Mira Hoxha",
    "Драган Николић",
    "Teuta Berisha",
    "Emina Hodžić",
    "Марија Стојановска",
    "Besnik Krasniqi",
    "Jelena Vuković",
]
ROUNDS = 5


def timed(action: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def cpu_and_wall(action: Any) -> tuple[float, float, Any]:
    """This process's CPU time and the wall-clock time of `action`: on a busy machine the
    wall clock counts other programs too, the CPU time only ours."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = action()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def memory_security_off() -> None:
    """For comparison only: the store keeps SQLCipher's memory security on."""
    from csc_desktop.store import sqlite as store_sqlite

    keyed = store_sqlite._key_statements

    def statements(raw_key: bytes) -> list[str]:
        return [s.replace("memory_security = ON", "memory_security = OFF") for s in keyed(raw_key)]

    store_sqlite._key_statements = statements  # type: ignore[assignment]


def fill_team(ws: Workspace, records: int, per_record: int, rng: random.Random) -> None:
    """`records` trainings, each with `per_record` participants, and one audit entry per
    training, as the record services would have stored them."""
    table = RECORD_TABLES[Kind.TRAINING]
    country = ws.identity.country
    with ws.transaction() as tx:
        rows, people = [], []
        for number in range(records):
            version, seq = tx.next_version()
            start = date(2026, 1, 5) + timedelta(days=number % 300)
            values: dict[str, Any] = {
                "title": " ".join(rng.choices(WORDS, k=6)).capitalize(),
                "country": country,
                "topic": " ".join(rng.choices(WORDS, k=3)),
                "crime_areas": [],
                "start_date": start,
                "end_date": start + timedelta(days=2),
                "venue": rng.choice(("Tiranë", "Београд", "Sarajevo", "Skopje", "Podgorica")),
                "trainers": "J. Schmidt, A. Rossi",
                "organiser_institution": None,
                "beneficiary_institutions": [],
                "linked_taf_request": None,
                "notes": " ".join(rng.choices(WORDS, k=25)),
            }
            record_id = uuid7()
            rows.append(
                {
                    **values,
                    "id": record_id,
                    "status": "held",
                    "origin_device": ws.identity.device_id,
                    "version": version,
                    "field_versions": {
                        k: version for k, v in values.items() if v not in (None, [])
                    },
                    "change_seq": seq,
                    "deleted": False,
                    "created_at": tx.now,
                    "created_by": ws.identity.person,
                    "updated_at": tx.now,
                    "updated_by": ws.identity.person,
                }
            )
            for position in range(per_record):
                p_version, p_seq = tx.next_version()
                person = {
                    "name": rng.choice(NAMES),
                    "gender": rng.choice(("female", "male")),
                    "institution": None,
                    "position": "Inspector",
                    "function": None,
                    "evaluation": rng.randint(1, 5),
                    "pre_score": float(rng.randint(30, 70)),
                    "post_score": float(rng.randint(60, 100)),
                }
                people.append(
                    {
                        **person,
                        "id": uuid7(),
                        "training_id": record_id,
                        "position_no": position,
                        "attendance": [True, True, rng.random() > 0.2],
                        "origin_device": ws.identity.device_id,
                        "version": p_version,
                        "field_versions": {k: p_version for k in person},
                        "change_seq": p_seq,
                        "deleted": False,
                        "created_at": tx.now,
                        "created_by": ws.identity.person,
                        "updated_at": tx.now,
                        "updated_by": ws.identity.person,
                    }
                )
            tx.audit.append("create", tx.now, record_kind="training", record_id=record_id)
        tx.conn.execute(insert(table), rows)
        tx.conn.execute(insert(participants), people)


def encryption_against_age(data: bytes, folder: Path) -> dict[str, float]:
    """Ours and the age command take turns on the same bytes; the best round of each counts."""
    from csc_desktop.sync import generate_device_keys

    keys = generate_device_keys()
    plain, sealed, identity = folder / "plain.zip", folder / "plain.age", folder / "id.txt"
    plain.write_bytes(data)
    identity.write_text(keys.age_identity + "\n")
    ciphertext = encrypt_for([keys.age_recipient], data)
    best: dict[str, float] = {}
    has_cli = shutil.which("age") is not None
    for _ in range(ROUNDS):
        runs = {
            "ours_enc": lambda: encrypt_for([keys.age_recipient], data),
            "ours_dec": lambda: decrypt_with_identity(ciphertext, keys.age_identity),
        }
        if has_cli:
            runs["age_enc"] = lambda: subprocess.run(
                ["age", "-r", keys.age_recipient, "-o", str(sealed), str(plain)], check=True
            )
            runs["age_dec"] = lambda: subprocess.run(
                ["age", "-d", "-i", str(identity), "-o", os.devnull, str(sealed)], check=True
            )
        for name, run in runs.items():
            seconds, _ = timed(run)
            best[name] = min(best.get(name, seconds), seconds)
    megabytes = len(data) / 1e6
    figures = {name: megabytes / seconds for name, seconds in best.items()}
    if has_cli:
        figures["encrypt_ratio"] = best["age_enc"] / best["ours_enc"]
        figures["decrypt_ratio"] = best["age_dec"] / best["ours_dec"]
    return figures


# What an import writes, table by table, in the order it writes them (and the search documents'
# text, which FTS5 keeps in its own table).
FLOOR_TABLES = (
    ("trainings", "origin_device = ?"),
    ("participants", "origin_device = ?"),
    ("team_audit_log", "device = ?"),
    ("search_docs", "record_id IN (SELECT id FROM trainings WHERE origin_device = ?)"),
)


def storage_floor(hq: Workspace, folder: Path, senders: list[str]) -> tuple[float, float]:
    """The baseline for the import: the rows it wrote, copied into a new HQ store by plain
    INSERTs, one transaction per sender as the import has one per bundle (same schema,
    triggers, indexes, search index, SQLCipher settings and bulk page cache). No verification,
    no checks, no row built in Python: what the import costs above this is its own work. Only
    the writes and COMMITs are timed; each sender's rows are read back before."""
    from csc_desktop.services.sync.bulk import page_cache_for_bulk
    from csc_desktop.store import sqlite as store_sqlite

    floor = Workspace.create(folder, PASSPHRASE, role="hq", person="Bench floor")
    cpu = wall = 0.0
    for sender in senders:
        with hq.engine.connect() as source:
            rows = {
                table: [
                    tuple(row)
                    for row in source.exec_driver_sql(
                        f"SELECT * FROM {table} WHERE {where} ORDER BY rowid", (sender,)
                    )
                ]
                for table, where in FLOOR_TABLES
            }
            documents = [
                tuple(row)
                for row in source.exec_driver_sql(
                    "SELECT rowid, body FROM search_fts WHERE rowid IN (SELECT rowid FROM search_docs "
                    "WHERE record_id IN (SELECT id FROM trainings WHERE origin_device = ?))",
                    (sender,),
                )
            ]

        def write(rows: dict[str, list[Any]] = rows, documents: list[Any] = documents) -> None:
            with (
                store_sqlite.write_transaction(floor.engine) as conn,
                page_cache_for_bulk(conn),
            ):
                for table, table_rows in rows.items():
                    marks = ", ".join("?" * len(table_rows[0]))
                    conn.exec_driver_sql(
                        f"INSERT OR ROLLBACK INTO {table} VALUES ({marks})",
                        table_rows,
                    )
                store_sqlite.put_search_documents(conn, documents)

        spent_cpu, spent_wall, _ = cpu_and_wall(write)
        cpu, wall = cpu + spent_cpu, wall + spent_wall
    tables = [table for table, _ in FLOOR_TABLES] + ["search_fts"]

    def counts(store: Workspace) -> list[int]:
        with store.engine.connect() as conn:
            return [conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in tables]

    assert counts(floor) == counts(hq), "the floor wrote what the import wrote"
    floor.engine.dispose()
    return cpu, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--teams", type=int, default=6)
    parser.add_argument("--participants", type=int, default=3)
    parser.add_argument("--profile-import", action="store_true")
    parser.add_argument(
        "--memory-security",
        choices=("on", "off"),
        default="on",
        help="SQLCipher memory security: on as in the store; off to see what it costs",
    )
    args = parser.parse_args(argv)
    if args.memory_security == "off":
        memory_security_off()
    rng = random.Random(7)
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as temp:
        root = Path(temp)
        stick = root / "stick"
        stick.mkdir()
        print(f"setting up HQ and {args.teams} teams of {args.records:,} trainings …", flush=True)
        hq = Workspace.create(root / "hq", PASSPHRASE, role="hq", person="Bench HQ")
        hq_card = hq.sync.card()
        bundles, exports, senders = [], [], []
        raw_json = 0
        for number in range(args.teams):
            country = COUNTRIES[number % len(COUNTRIES)]
            team = Workspace.create(
                root / f"team{number}",
                PASSPHRASE,
                role="team",
                person=f"Team {country}",
                country=country,
            )
            team_card = team.sync.card()
            senders.append(team.identity.device_id)
            team.sync.enrol(hq_card.to_json(), fingerprint(hq_card))
            hq.sync.enrol(team_card.to_json(), fingerprint(team_card))
            fill_team(team, args.records, args.participants, rng)
            cpu, seconds, [result] = cpu_and_wall(lambda team=team: team.sync.export_bundle(stick))
            exports.append((cpu, seconds))
            bundles.append(result.path)
            if number == 0:
                from csc_desktop.services.sync.export import team_outgoing

                with team.transaction() as tx:
                    out = team_outgoing(tx, hq.identity.device_id)
                raw_json = sum(len(json.dumps(c, ensure_ascii=False)) + 1 for c in out.changes)
                figures["changes_per_bundle"] = len(out.changes)
            team.engine.dispose()
        sizes = [path.stat().st_size for path in bundles]
        figures["export_s"] = {
            "cpu_best": min(c for c, _ in exports),
            "cpu_worst": max(c for c, _ in exports),
            "wall_best": min(w for _, w in exports),
            "wall_worst": max(w for _, w in exports),
        }
        figures["bundle_bytes"] = sizes[0]
        figures["raw_json_bytes"] = raw_json

        profiler = cProfile.Profile() if args.profile_import else None
        if profiler:
            profiler.enable()
        phases: dict[str, float] = {}

        def progress(done: int, total: int, what: str) -> None:
            if what.startswith("applying") and "verified" not in phases:
                phases["verified"] = time.process_time()

        start_cpu = time.process_time()
        cpu, seconds, results = cpu_and_wall(lambda: hq.sync.import_bundles(bundles, progress))
        if profiler:
            profiler.disable()
        assert all(r.status == "applied" for r in results), [r.message for r in results]
        figures["import_s"] = {
            "cpu": cpu,
            "wall": seconds,
            "cpu_verify": phases["verified"] - start_cpu,
            "cpu_apply": cpu - (phases["verified"] - start_cpu),
        }
        figures["records_imported"] = sum(r.counts.get("training", 0) for r in results)
        figures["participants_imported"] = sum(r.counts.get("participant", 0) for r in results)
        assert hq.search.find(WORDS[3], limit=5), "imported records are searchable"
        cpu, seconds, again = cpu_and_wall(lambda: hq.sync.import_bundles(bundles))
        assert all(r.status == "already_imported" for r in again)
        figures["reimport_s"] = {"cpu": cpu, "wall": seconds}
        cpu, seconds = storage_floor(hq, root / "floor", senders)
        figures["floor_s"] = {"cpu": cpu, "wall": seconds}

        plaintext = decrypt_with_identity(bundles[0].read_bytes(), hq.sync.keys().age_identity)
        figures["encryption"] = encryption_against_age(plaintext, root)
        hq.engine.dispose()

    export, imported = figures["export_s"], figures["import_s"]
    print(f"SQLCipher memory security {args.memory_security}; CPU time is this process's only")
    print(
        f"export of {args.records:,} changed trainings with {args.participants} participants each "
        f"({figures['changes_per_bundle']:,} change lines incl. audit entries), over {args.teams} "
        f"teams: CPU {export['cpu_best']:.2f}-{export['cpu_worst']:.2f} s, wall "
        f"{export['wall_best']:.2f}-{export['wall_worst']:.2f} s (target <= 2 s)"
    )
    print(
        f"bundle: {figures['bundle_bytes'] / 1e6:.2f} MB for {figures['raw_json_bytes'] / 1e6:.2f} MB "
        f"of raw JSON ({figures['bundle_bytes'] / figures['raw_json_bytes']:.2f}x)"
    )
    print(
        f"HQ import of {args.teams} bundles = {figures['records_imported']:,} trainings and "
        f"{figures['participants_imported']:,} participants: CPU {imported['cpu']:.2f} s "
        f"(verify {imported['cpu_verify']:.2f}, apply {imported['cpu_apply']:.2f}), wall "
        f"{imported['wall']:.2f} s; {figures['records_imported'] / imported['cpu']:,.0f} records/s "
        f"of CPU (target <= 10 s); the same bundles again (already imported): CPU "
        f"{figures['reimport_s']['cpu']:.2f} s, wall {figures['reimport_s']['wall']:.2f} s"
    )
    floor = figures["floor_s"]
    print(
        f"  baseline, the storage floor: the same rows written by plain INSERTs into a new HQ "
        f"store, one transaction per bundle: CPU {floor['cpu']:.2f} s, wall {floor['wall']:.2f} s; "
        f"the import is {imported['cpu'] / floor['cpu']:.2f}x its floor (CPU)"
    )
    crypto = figures["encryption"]
    print(
        f"age encryption of a real bundle's {figures['bundle_bytes'] / 1e6:.1f} MB ZIP, best of "
        f"{ROUNDS}: ours {crypto['ours_enc']:.0f} MB/s encrypt, {crypto['ours_dec']:.0f} MB/s decrypt"
    )
    if "encrypt_ratio" in crypto:
        print(
            f"  age command {crypto['age_enc']:.0f} / {crypto['age_dec']:.0f} MB/s (file to file); "
            f"ratio ours/age {crypto['encrypt_ratio']:.2f}x encrypt, "
            f"{crypto['decrypt_ratio']:.2f}x decrypt (target >= 0.5x)"
        )
    else:
        print("  age command not found: no comparison")
    print(json.dumps(figures))
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
