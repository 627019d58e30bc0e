"""Packaging benchmark: build time, folder size and its biggest parts, start-up of the frozen GUI.

    .venv/bin/python bench/bench_packaging.py [--runs 7] [--dist DIR] [--rebuild] [--drop-caches]

Builds the Linux application with ``packaging/release.py --unsigned`` into a temporary folder
(fresh PyInstaller work folder: a full build), then measures:

- build time, in total and per step (translations, freeze, package, checksums);
  ``--rebuild`` also times a second build that reuses PyInstaller's work folder;
- the size of the application folder and of the tarball, and the biggest contributors;
- the start of the frozen ``csc-desktop`` to its unlock window (target ≤ 1.5 s, median), from
  starting the process to the ``unlock-window-ready`` line (``CSC_EXIT_AFTER_STARTUP=1``);
  baseline in the same run: the same start from the source tree (the same entry script run by
  the virtualenv's Python), alternating the two; and ``csc --version`` frozen vs source.

``--dist DIR`` measures an existing build (``packaging/build --out DIR``) instead of building.
``--drop-caches`` (root only) empties the page cache before each start: a first start after a
reboot, rather than a start with the files already in memory.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "bench passphrase 2026"
TARGET_START_SECONDS = 1.5


def build(out: Path, work: Path) -> tuple[float, dict[str, float]]:
    release = [sys.executable, str(ROOT / "packaging/release.py"), "--unsigned"]
    started = time.perf_counter()
    done = subprocess.run(
        [*release, "--out", str(out), "--work", str(work)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"build failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
    steps = {
        m.group(1): float(m.group(2))
        for m in re.finditer(r"^   (\w+): ([\d.]+) s$", done.stdout, re.MULTILINE)
    }
    return elapsed, steps


def files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def part_of(path: Path, folder: Path) -> str:
    """Group a file of the folder into a part worth naming: each Qt library and plugin kind,
    each top-level package or library."""
    parts = path.relative_to(folder).parts
    if parts[0] != "_internal":
        return parts[0]
    inner = parts[1:]
    if inner[:3] == ("PySide6", "Qt", "lib"):
        return "/".join(inner[:4])
    if inner[:3] == ("PySide6", "Qt", "plugins"):
        return "/".join(inner[:4]) + "/"
    if inner[0] == "PySide6":
        return "PySide6 (bindings)"
    return inner[0] + ("/" if len(inner) > 1 else "")


def sizes(folder: Path) -> tuple[int, list[tuple[str, int]]]:
    by_part: Counter[str] = Counter()
    for path in files(folder):
        by_part[part_of(path, folder)] += path.stat().st_size
    return sum(by_part.values()), by_part.most_common()


def make_profile(home: Path) -> Path:
    from csc_desktop.services.workspace import Workspace

    folder = home / "profile"
    Workspace.create(folder, PASSPHRASE, role="team", person="Bench", country="RS").close()
    return folder


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_to_line(command: list[str], env: dict[str, str], line: str, cold: bool) -> float:
    """Seconds from starting ``command`` until it prints ``line`` (then it is left to exit)."""
    if cold:
        drop_caches()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    for output in process.stdout:
        if output.strip() == line:
            elapsed = time.perf_counter() - started
            break
    else:
        process.wait()
        sys.exit(f"{command[0]} ended without printing {line!r} (exit {process.returncode})")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dist", type=Path, help="measure this existing build instead")
    parser.add_argument("--rebuild", action="store_true", help="also time a warm rebuild")
    parser.add_argument("--drop-caches", action="store_true", help="root: cold page cache")
    args = parser.parse_args()
    if args.drop_caches and os.geteuid() != 0:
        sys.exit("--drop-caches needs root")

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-packaging-") as scratch:
        base = Path(scratch)
        dist = args.dist
        if dist is None:
            dist = base / "dist"
            figures["build_s"], steps = build(dist, base / "work")
            figures |= {f"build_{k}_s": v for k, v in steps.items()}
            if args.rebuild:
                figures["rebuild_s"], _ = build(dist, base / "work")
        folder = dist / "csc-desktop"
        total, parts = sizes(folder)
        figures["folder_mb"] = total / 1e6
        tarballs = list(dist.glob("csc-desktop-*-linux-*.tar.gz"))
        if tarballs:
            figures["tarball_mb"] = tarballs[0].stat().st_size / 1e6

        home = base / "home"
        home.mkdir()
        profile = make_profile(home)
        env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "CSC_EXIT_AFTER_STARTUP": "1",
        }
        frozen_gui = [str(folder / "csc-desktop"), "--profile", str(profile)]
        source_gui = [sys.executable, str(ROOT / "packaging/entry/csc_gui.py")]
        source_gui += ["--profile", str(profile)]
        source_env = env | {"PYTHONPATH": str(ROOT)}
        ready = "unlock-window-ready"
        first = time_to_line(frozen_gui, env, ready, args.drop_caches)
        frozen, source, frozen_cli, source_cli = [], [], [], []
        for _ in range(args.runs):
            frozen.append(time_to_line(frozen_gui, env, ready, args.drop_caches))
            source.append(time_to_line(source_gui, source_env, ready, args.drop_caches))
            frozen_cli.append(
                time_to_line([str(folder / "csc"), "--version"], env, f"csc {version()}", False)
            )
            source_cli.append(
                time_to_line(
                    [sys.executable, "-m", "csc_desktop", "--version"],
                    source_env,
                    f"csc {version()}",
                    False,
                )
            )

    figures["gui_start_first_s"] = first
    figures["gui_start_frozen_median_s"] = statistics.median(frozen)
    figures["gui_start_source_median_s"] = statistics.median(source)
    figures["gui_start_ratio"] = (
        figures["gui_start_frozen_median_s"] / figures["gui_start_source_median_s"]
    )
    figures["cli_version_frozen_median_s"] = statistics.median(frozen_cli)
    figures["cli_version_source_median_s"] = statistics.median(source_cli)

    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    if "build_s" in figures:
        steps_text = ", ".join(
            f"{k[6:-2]} {v:.0f} s"
            for k, v in figures.items()
            if k.startswith("build_") and k != "build_s"
        )
        print(f"build (full, fresh work folder): {figures['build_s']:.0f} s ({steps_text})")
    if "rebuild_s" in figures:
        print(f"rebuild (PyInstaller work folder reused): {figures['rebuild_s']:.0f} s")
    print(f"application folder: {figures['folder_mb']:.0f} MB", end="")
    print(f", tarball {figures['tarball_mb']:.0f} MB" if "tarball_mb" in figures else "")
    print("biggest parts:")
    for name, size in parts[:15]:
        print(f"  {size / 1e6:6.1f} MB  {name}")
    print(
        f"GUI start to the unlock window (target ≤ {TARGET_START_SECONDS} s), {args.runs} runs"
        f"{', page cache dropped' if args.drop_caches else ''}:"
    )
    print(f"  frozen: median {figures['gui_start_frozen_median_s']:.2f} s"
          f" (runs {', '.join(f'{t:.2f}' for t in frozen)}; first after build {first:.2f} s)")  # fmt: skip
    print(f"  source: median {figures['gui_start_source_median_s']:.2f} s"
          f" (runs {', '.join(f'{t:.2f}' for t in source)})")  # fmt: skip
    print(f"  frozen / source: {figures['gui_start_ratio']:.2f}")
    print(f"csc --version: frozen {figures['cli_version_frozen_median_s']:.2f} s,"
          f" source {figures['cli_version_source_median_s']:.2f} s")  # fmt: skip
    print(json.dumps({k: round(v, 3) for k, v in figures.items()}))


def version() -> str:
    from csc_desktop import __version__

    return __version__


if __name__ == "__main__":
    main()
