"""Sync crypto and file layer: encryption throughput against the `age` command on the same
bytes in the same run, and writing + reading a bundle of 10,000 change lines.

Run: .venv/bin/python bench/bench_sync_crypto.py [--megabytes 50] [--changes 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from csc_desktop.sync import (
    BundleContent,
    ChangeRange,
    Manifest,
    SenderKey,
    generate_device_keys,
    read_bundle,
    utc_timestamp,
    write_bundle,
)
from csc_desktop.sync.bundle import encrypt_for
from csc_desktop.sync.bundle_reader import decrypt_with_identity

ROUNDS = 5


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def encryption_figures(megabytes: int, folder: Path) -> dict[str, float]:
    """Ours and the age command take turns, round after round, so that a busy machine
    slows both alike; the best round of each counts."""
    keys = generate_device_keys()
    data = os.urandom(megabytes * 1024 * 1024)
    plain_file, age_file = folder / "plain.bin", folder / "plain.age"
    identity_file = folder / "id.txt"
    plain_file.write_bytes(data)
    identity_file.write_text(keys.age_identity + "\n")
    ciphertext = encrypt_for([keys.age_recipient], data)
    has_cli = shutil.which("age") is not None
    cli_encrypt = ["age", "-r", keys.age_recipient, "-o", str(age_file), str(plain_file)]
    cli_decrypt = ["age", "-d", "-i", str(identity_file), "-o", os.devnull, str(age_file)]
    times: dict[str, list[float]] = {"ours_enc": [], "ours_dec": [], "cli_enc": [], "cli_dec": []}
    for _ in range(ROUNDS):
        times["ours_enc"].append(timed(lambda: encrypt_for([keys.age_recipient], data)))
        times["ours_dec"].append(
            timed(lambda: decrypt_with_identity(ciphertext, keys.age_identity))
        )
        if has_cli:
            times["cli_enc"].append(timed(lambda: subprocess.run(cli_encrypt, check=True)))
            times["cli_dec"].append(timed(lambda: subprocess.run(cli_decrypt, check=True)))
    best = {name: min(values) for name, values in times.items() if values}
    figures = {
        "megabytes": float(megabytes),
        "ours_encrypt_MBps": megabytes / best["ours_enc"],
        "ours_decrypt_MBps": megabytes / best["ours_dec"],
    }
    if has_cli:
        figures |= {
            "age_cli_encrypt_MBps": megabytes / best["cli_enc"],
            "age_cli_decrypt_MBps": megabytes / best["cli_dec"],
            "encrypt_ratio_ours_over_cli": best["cli_enc"] / best["ours_enc"],
            "decrypt_ratio_ours_over_cli": best["cli_dec"] / best["ours_dec"],
        }
    return figures


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
    "обука",
    "о",
    "трговини",
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


def sample_change(number: int, origin: str) -> dict[str, Any]:
    """A training record with participants, varied like real entries (so it compresses
    like real data, not like one line repeated)."""
    pick = random.Random(number)
    return {
        "kind": "training",
        "id": str(uuid.UUID(int=pick.getrandbits(128))),
        "fields": {
            "title": " ".join(pick.choices(WORDS, k=6)),
            "start_date": f"2026-{pick.randint(1, 12):02d}-{pick.randint(1, 28):02d}",
            "venue": " ".join(pick.choices(WORDS, k=3)),
            "budget_eur": pick.randint(500, 90_000),
            "notes": " ".join(pick.choices(WORDS, k=pick.randint(5, 30))),
            "participants": [
                {
                    "name": f"{pick.choice(WORDS).title()} {pick.choice(WORDS).title()}",
                    "gender": pick.choice("fm"),
                    "institution": str(uuid.UUID(int=pick.getrandbits(128))),
                    "score": pick.randint(1, 5),
                }
                for _ in range(pick.randint(1, 6))
            ],
        },
        "version": f"{1_700_000_000_000 + number:013d}-00000-{origin}",
        "origin_device": origin,
        "deleted": False,
    }


def bundle_figures(change_count: int, folder: Path) -> dict[str, float]:
    team, hq = generate_device_keys(), generate_device_keys()
    team_id, hq_id = str(uuid.uuid4()), str(uuid.uuid4())
    changes = [sample_change(number, team_id) for number in range(1, change_count + 1)]
    manifest = Manifest(
        sender=team_id,
        receiver=hq_id,
        sender_role="team",
        country="MK",
        sequence=1,
        previous_bundle_hash=None,
        created_at=utc_timestamp(),
        schema_version=1,
        changes_range=ChangeRange(1, change_count),
    )
    content = BundleContent(manifest, changes)
    senders = {team_id: SenderKey(team_id, team.minisign_public_key, "team")}
    write_times, read_times = [], []
    size = 0
    for round_number in range(ROUNDS):
        out_dir = folder / f"round{round_number}"
        out_dir.mkdir()
        start = time.perf_counter()
        written = write_bundle(content, sender=team, recipients=[hq.age_recipient], out_dir=out_dir)
        write_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        verified = read_bundle(
            written.path,
            identity=hq.age_identity,
            expected_receiver=hq_id,
            trusted_senders=senders,
            max_schema_version=1,
        )
        read_times.append(time.perf_counter() - start)
        assert len(verified.changes) == change_count
        size = written.size
    raw_json = sum(len(json.dumps(change, ensure_ascii=False).encode()) + 1 for change in changes)
    return {
        "changes": float(change_count),
        "write_s": min(write_times),
        "read_verify_s": min(read_times),
        "write_s_median": statistics.median(write_times),
        "read_verify_s_median": statistics.median(read_times),
        "raw_json_bytes": float(raw_json),
        "bundle_bytes": float(size),
        "bundle_over_raw": size / raw_json,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--changes", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as temp:
        folder = Path(temp)
        crypto = encryption_figures(args.megabytes, folder)
        bundle = bundle_figures(args.changes, folder)
    print(f"age encryption, {args.megabytes} MB of random bytes, best of {ROUNDS}:")
    print(
        f"  this layer (pyrage): encrypt {crypto['ours_encrypt_MBps']:.0f} MB/s, "
        f"decrypt {crypto['ours_decrypt_MBps']:.0f} MB/s"
    )
    if "age_cli_encrypt_MBps" in crypto:
        print(
            f"  age command:         encrypt {crypto['age_cli_encrypt_MBps']:.0f} MB/s, "
            f"decrypt {crypto['age_cli_decrypt_MBps']:.0f} MB/s (file to file)"
        )
        print(
            f"  ratio ours/age:      encrypt {crypto['encrypt_ratio_ours_over_cli']:.2f}x, "
            f"decrypt {crypto['decrypt_ratio_ours_over_cli']:.2f}x (target >= 0.5x)"
        )
    else:
        print("  age command not found: no comparison")
    print(f"bundle of {args.changes:,} change lines, best of {ROUNDS} (median):")
    print(
        f"  write (sign, zip, encrypt, atomic write + read-back): {bundle['write_s']:.3f} s "
        f"({bundle['write_s_median']:.3f})"
    )
    print(
        f"  read + verify everything:                              {bundle['read_verify_s']:.3f} s "
        f"({bundle['read_verify_s_median']:.3f})"
    )
    print(
        f"  size: {bundle['bundle_bytes'] / 1e6:.2f} MB bundle for {bundle['raw_json_bytes'] / 1e6:.2f} MB "
        f"of raw JSON ({bundle['bundle_over_raw']:.2f}x)"
    )
    print(json.dumps({"encryption": crypto, "bundle": bundle}, indent=None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
