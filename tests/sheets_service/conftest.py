"""Fixtures for the sheet service tests: profiles with stored records, and the real `csc`."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from csc_desktop.services.workspace import Workspace
from tests.conftest import PASSPHRASE

#: Participants in Cyrillic (Serbian, Macedonian) and Albanian spelling, as stored.
PEOPLE = (
    ("Љубиша Ђорђевић", "male", "rs-ppooc", "Заменик тужиоца"),
    ("Arbër Çela", "male", "al-spak", "Prokuror"),
    ("Ѓорѓи Ќосев", "male", None, "Инспектор"),
    ("Blerina Gashi", "female", None, "Komisare"),
    ("Jelena Marković", "female", "rs-ppooc", "Inspektorka"),
)


def training_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Финансијске истраге и одузимање имовине",
        "start_date": "2025-03-17",
        "end_date": "2025-03-19",
        "venue": "Hotel Metropol, Beograd",
        "trainers": "Dr. Maria Rossi (EU expert, Rome), Stefan Becker (BKA)",
        "topic": "Financial investigations",
        "participants": [
            {
                "name": name,
                "gender": gender,
                "position": position,
                "evaluation": 5 - n % 2,
                **({"institution": institution} if institution else {}),
            }
            for n, (name, gender, institution, position) in enumerate(PEOPLE)
        ],
    }
    return data | changes


@pytest.fixture
def training(team_ws: Workspace) -> dict[str, Any]:
    return team_ws.records.create("training", training_data())


@pytest.fixture
def xk_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(
        tmp_path / "xk", PASSPHRASE, role="team", person="Arbër Krasniqi", country="XK"
    )
    yield ws
    ws.engine.dispose()


Csc = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def csc() -> Csc:
    """Run ``csc --profile PROFILE ARGS…`` in a subprocess, passphrase from the environment."""

    def run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CSC_")}
        env["CSC_PASSPHRASE"] = PASSPHRASE
        return subprocess.run(
            [sys.executable, "-m", "csc_desktop", "--profile", str(profile), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    return run
