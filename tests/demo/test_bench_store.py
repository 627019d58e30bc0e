"""The store benchmark runs end to end in its quick mode and prints its table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_store.py"


def test_bench_store_prints_every_figure_with_its_ratio(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--records",
            "500",
            "--rounds",
            "2",
            "--folder",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    table = done.stdout
    assert "500 records" in table
    for figure in (
        "unlock",
        "Argon2id key derivation",
        "bulk insert",
        "list, first page of 100",
        "search p50",
        "search p95",
    ):
        line = next(line for line in table.splitlines() if figure in line)
        assert any(ch.isdigit() for ch in line), line
    ratios = [line for line in table.splitlines() if line.startswith(("bulk insert", "search p95"))]
    assert all(len(line.split()) >= 6 for line in ratios)  # encrypted, plain and their ratio
    assert list(tmp_path.iterdir()) == []  # both stores removed afterwards
