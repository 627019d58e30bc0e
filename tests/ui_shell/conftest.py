"""Fixtures for the application shell: a context with scripted dialogs and a fake clock, real
profiles in temporary folders, and QSettings kept out of the person's own configuration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "correct horse battery staple"

# The application's guard against PySide6 6.12's lost references to None (see
# csc_desktop.ui.app.guard_none_refcount): a long test session calls Qt often enough to crash.
from csc_desktop.ui.app import guard_none_refcount  # noqa: E402

guard_none_refcount()


@pytest.fixture(autouse=True, scope="session")
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("CSC-tests")
    QCoreApplication.setApplicationName("CSC Desktop tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )


@pytest.fixture
def ctx(qapp: Any) -> Iterator[Any]:
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.seams import FakeClock, ScriptedDialogs
    from csc_desktop.ui.common.worker import Runner
    from csc_desktop.ui.shell.builtin_pages import register_builtin_pages

    register_builtin_pages()
    context = AppContext(runner=Runner(), dialogs=ScriptedDialogs(), clock=FakeClock())
    yield context
    context.runner.shutdown()
    if context.workspace is not None:
        context.workspace.engine.dispose()


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    """A real team profile (Serbia), closed: unlock it to use it."""
    from csc_desktop.services.workspace import Workspace

    ws = Workspace.create(tmp_path / "p", PASSPHRASE, role="team", person="Ana", country="RS")
    ws.engine.dispose()
    return tmp_path / "p"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Any]:
    from csc_desktop.services.workspace import Workspace

    workspace = Workspace.create(
        tmp_path / "p", PASSPHRASE, role="team", person="Ana", country="RS"
    )
    yield workspace
    workspace.engine.dispose()


@pytest.fixture
def opened(ctx: Any, ws: Any) -> Any:
    """The context with ``ws`` open and its settings read, as after unlocking."""
    from csc_desktop.ui.settings.store import ProfileSettings
    from csc_desktop.ui.unlock.opening import settings_of

    ctx.attach(ws)
    ctx.settings = ProfileSettings(ctx.runner, ws, settings_of(ws))
    ctx.language = "sr_Latn"
    return ctx


def training(title: str, venue: str = "Sarajevo", start: str = "2025-03-03", **more: Any) -> dict:
    return {
        "title": title,
        "country": "RS",
        "start_date": start,
        "end_date": start,
        "venue": venue,
        **more,
    }


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    """Qt's warnings during the test (QAbstractItemModelTester reports "FAIL!" through them)."""
    from PySide6.QtCore import qInstallMessageHandler

    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: messages.append(message))
    yield messages
    qInstallMessageHandler(previous)
