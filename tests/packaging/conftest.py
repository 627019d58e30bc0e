"""The frozen application, built once per test session with ``packaging/release.py``, and a way
to run its programs the way a laptop would: no virtualenv, no source tree, an empty home."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from csc_desktop import __version__
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
RELEASE = ROOT / "packaging" / "release.py"
BUILD_MINUTES = 15


@dataclass(frozen=True)
class Build:
    out: Path
    folder: Path  # the application folder: csc-desktop, csc, _internal/
    tarball: Path
    public_key: Path  # the throw-away release key's public half, as `minisign -G` wrote it
    version: str

    @property
    def csc(self) -> Path:
        return self.folder / "csc"

    @property
    def gui(self) -> Path:
        return self.folder / "csc-desktop"


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"`{name}` is not installed (packaging/dev setup installs it as root)")
    return found


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Build the Linux application into a temporary folder, signed with a throw-away key that
    the real ``minisign`` made."""
    minisign = require_tool("minisign")
    base = tmp_path_factory.mktemp("release")
    key, public_key = base / "release.key", base / "release.pub"
    subprocess.run(
        [minisign, "-G", "-W", "-p", str(public_key), "-s", str(key)],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CSC_")}
    command = [sys.executable, str(RELEASE), "--key", str(key), "--out", str(base / "dist")]
    done = subprocess.run(
        [*command, "--work", str(base / "work")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_MINUTES * 60,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = base / "dist"
    return Build(
        out=out,
        folder=out / "csc-desktop",
        tarball=out / f"csc-desktop-{__version__}-linux-x86_64.tar.gz",
        public_key=public_key,
        version=__version__,
    )


Run = Callable[..., subprocess.CompletedProcess[str]]


def laptop_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a person's session on a laptop without Python: only system paths,
    a home of its own, Qt offscreen, the passphrase given as automation would."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "QT_QPA_PLATFORM": "offscreen",
        "CSC_PASSPHRASE": PASSPHRASE,
    }
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env | extra


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def run(home: Path) -> Run:
    """Run a program with the laptop environment; ``env`` adds variables."""

    def run_program(
        program: Path | str, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program), *args],
            env=laptop_env(home, **(env or {})),
            cwd=cwd or home,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return run_program
