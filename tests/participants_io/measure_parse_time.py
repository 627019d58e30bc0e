"""Time read_participants on a 2,000-row list as CSV (UTF-8 and Windows-1250) and XLSX.

Run: .venv/bin/python tests/participants_io/measure_parse_time.py   (figures, no thresholds)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[2]))

from participants_samples import csv_text, many_rows, xlsx_bytes

from csc_desktop.participants_io import read_participants

ROWS = 2_000
REPEATS = 7


def best_and_median(action: Callable[[], object]) -> tuple[float, float]:
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings), statistics.median(timings)


def main() -> None:
    headers, rows = many_rows(ROWS)
    text = csv_text(headers, rows)
    latin_rows = [
        row for row in rows if str(row[1]).isascii() or "ë" in str(row[1]) or "ž" in str(row[1])
    ]
    files = {
        "CSV UTF-8": text.encode("utf-8"),
        "CSV UTF-16": text.encode("utf-16"),
        "CSV Windows-1251 (Cyrillic rows)": csv_text(
            headers, [row for row in rows if not str(row[1])[0].isascii()]
        ).encode("cp1251", errors="replace"),
        "CSV Windows-1250 (Latin rows)": csv_text(headers, latin_rows).encode(
            "cp1250", errors="replace"
        ),
        "XLSX": xlsx_bytes({"Participants": [headers, *rows]}),
    }
    print(f"read_participants, {REPEATS} runs each, days=3 (best / median)")
    for label, data in files.items():
        sheet = read_participants(data, "list", days=3)
        best, median = best_and_median(partial(read_participants, data, "list", days=3))
        print(
            f"  {label:<34} {len(sheet.rows):>5} rows {len(data) / 1024:>7.0f} KiB "
            f"{best * 1000:>7.1f} ms / {median * 1000:>7.1f} ms "
            f"({len(sheet.rows) / median:,.0f} rows/s), errors: {len(sheet.error_rows)}"
        )


if __name__ == "__main__":
    main()
