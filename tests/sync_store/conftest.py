"""Fixtures of the sync store tests: enrolled profiles (copied from session templates), a USB
stick folder, and a canonical dump of what a bundle may change."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))  # the file layer's forge

from sync_store_parties import PASSPHRASE, Template, freeze, trust_each_other

from csc_desktop.services.workspace import Workspace


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Template]:
    root = tmp_path_factory.mktemp("templates")
    hq = Workspace.create(root / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    teams = {
        name: Workspace.create(root / name, PASSPHRASE, role="team", person=person, country=country)
        for name, person, country in (
            ("rs", "Ana Petrović", "RS"),
            ("al", "Arta Hoxha", "AL"),
            ("xk", "Besa Krasniqi", "XK"),
        )
    }
    stranger = Workspace.create(root / "stranger", PASSPHRASE, role="hq", person="Other Office")
    for team in teams.values():
        trust_each_other(hq, team)
    stranger_card = teams["rs"].sync.card()
    from csc_desktop.sync import fingerprint

    stranger.sync.enrol(stranger_card.to_json(), fingerprint(stranger_card))
    made = {"hq": freeze(hq), "stranger": freeze(stranger)}
    made.update({name: freeze(ws) for name, ws in teams.items()})
    return made


@pytest.fixture
def profiles(
    templates: dict[str, Template], tmp_path: Path
) -> Iterator[Callable[[str], Workspace]]:
    """profiles("hq") → a fresh copy of that enrolled profile for this test."""
    opened: list[Workspace] = []

    def open_copy(name: str, copy: str | None = None) -> Workspace:
        ws = templates[name].open_copy(tmp_path / (copy or name))
        opened.append(ws)
        return ws

    yield open_copy
    for ws in opened:
        ws.engine.dispose()


@pytest.fixture
def hq(profiles: Callable[[str], Workspace]) -> Workspace:
    return profiles("hq")


@pytest.fixture
def team(profiles: Callable[[str], Workspace]) -> Workspace:
    return profiles("rs")


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder
