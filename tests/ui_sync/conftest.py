"""Fixtures of the sync screen tests: a team profile (Serbia) and an HQ profile, made once per
session and copied for each test, each opened in its own application context with scripted
dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# The application's guard against PySide6 6.12's lost references to None.
from csc_desktop.ui.app import guard_none_refcount

guard_none_refcount()

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class _Template:
    folder: Path
    key: bytes


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, _Template]:
    from csc_desktop.services.workspace import Workspace

    root = tmp_path_factory.mktemp("sync-ui-templates")
    made = {
        "team": Workspace.create(
            root / "team", PASSPHRASE, role="team", person="Ana", country="RS"
        ),
        "hq": Workspace.create(root / "hq", PASSPHRASE, role="hq", person="Maria Rossi"),
    }
    templates = {}
    for name, ws in made.items():
        ws.sync.keys()  # keys made once, in the template
        templates[name] = _Template(ws.profile.folder, ws._key)
        ws.engine.dispose()  # the last connection folds the WAL into the database file
    return templates


def _open_copy(template: _Template, destination: Path) -> Any:
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.store import sqlite
    from csc_desktop.store.profile import Profile

    shutil.copytree(template.folder, destination)
    return Workspace(
        Profile(destination), sqlite.make_engine(destination / "csc.db", template.key), template.key
    )


@pytest.fixture
def make_ctx(
    qapp: Any, _templates: dict[str, _Template], tmp_path: Path
) -> Iterator[Callable[[str], Any]]:
    """make_ctx("team") / make_ctx("hq"): a context with that profile open (a fresh copy)."""
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.seams import FakeClock, ScriptedDialogs
    from csc_desktop.ui.common.worker import Runner

    made: list[Any] = []

    def make(name: str) -> Any:
        context = AppContext(runner=Runner(), dialogs=ScriptedDialogs(), clock=FakeClock())
        context.attach(_open_copy(_templates[name], tmp_path / name))
        context.language = "en"
        made.append(context)
        return context

    yield make
    for context in made:
        context.runner.shutdown()
        context.ws.engine.dispose()


@pytest.fixture
def team(make_ctx: Callable[[str], Any]) -> Any:
    return make_ctx("team")


@pytest.fixture
def hq(make_ctx: Callable[[str], Any]) -> Any:
    return make_ctx("hq")


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder
