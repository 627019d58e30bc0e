"""Shared fixtures. Qt runs offscreen; profiles live in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CSC_PROFILE", None)
os.environ.pop("CSC_PASSPHRASE", None)

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def team_ws(tmp_path: Path) -> Iterator[object]:
    from csc_desktop.services.workspace import Workspace

    ws = Workspace.create(
        tmp_path / "team", PASSPHRASE, role="team", person="Ana Petrović", country="RS"
    )
    yield ws
    ws.engine.dispose()


@pytest.fixture
def hq_ws(tmp_path: Path) -> Iterator[object]:
    from csc_desktop.services.workspace import Workspace

    ws = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    yield ws
    ws.engine.dispose()


@pytest.fixture(autouse=True)
def _cycles_collected_in_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """As in the application (csc_desktop.ui.common.collector): while a test drives Qt, cycles
    are collected in the GUI thread only, never by the worker thread that happens to allocate."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    request.getfixturevalue("qapp")
    from csc_desktop.ui.common.collector import collected_in_gui_thread

    with collected_in_gui_thread():
        yield
