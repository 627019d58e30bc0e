"""Helpers for the foundation tests: running the real `csc` command line in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE


def run_csc(
    profile: Path,
    *args: str,
    input_json: Any = None,
    passphrase: str | None = PASSPHRASE,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CSC_")}
    if passphrase is not None:
        full_env["CSC_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    stdin = json.dumps(input_json, ensure_ascii=False) if input_json is not None else None
    return subprocess.run(
        [sys.executable, "-m", "csc_desktop", "--profile", str(profile), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        preexec_fn=preexec,
        timeout=120,
    )


@pytest.fixture
def csc() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_csc
