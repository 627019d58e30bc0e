"""Fixtures for the language tests: a team profile full of demo records, the application context
on it, the interface language switched through the real translators, the shipped font, and
QSettings kept out of the person's own configuration."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:  # PySide6 6.12 on Python 3.11 loses references to None (see csc_desktop.ui.app)
    from csc_desktop.ui.app import guard_none_refcount
except ImportError:  # pragma: no cover - an application without the guard
    pass
else:
    guard_none_refcount()

PASSPHRASE = "correct horse battery staple"
FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"


@pytest.fixture(autouse=True, scope="session")
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("CSC-tests")
    QCoreApplication.setApplicationName("CSC Desktop i18n tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )


@pytest.fixture(autouse=True)
def shipped_font(qapp: Any) -> None:
    """Letters, not boxes, and the widths a person sees: the font the application ships."""
    from PySide6.QtGui import QFontDatabase

    from csc_desktop.ui.theme import register_fonts

    if "DejaVu Sans" not in QFontDatabase.families():
        register_fonts()


@pytest.fixture(scope="session")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Serbian team's profile with demo records of every kind (closed: unlock it to use it)."""
    from csc_desktop.demo import populate
    from csc_desktop.services.workspace import Workspace
    from tests.ui_editors.demo_records import add_demo_records

    folder = tmp_path_factory.mktemp("i18n") / "demo"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ана Петровић", country="RS")
    try:
        populate(
            ws, pre_investigations=6, taf_requests=4, trainings=5, participants_per_training=(3, 6)
        )
        add_demo_records(ws)
    finally:
        ws.engine.dispose()
    return folder


@pytest.fixture(scope="session")
def hq_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Headquarters' profile with a few records (its pages differ from a team's)."""
    from csc_desktop.services.workspace import Workspace
    from tests.ui_editors import demo_records

    folder = tmp_path_factory.mktemp("i18n-hq") / "hq"
    ws = Workspace.create(folder, PASSPHRASE, role="hq", person="Maria Rossi")
    try:
        for kind, data in (
            ("training", demo_records.TRAINING),
            ("taf-request", demo_records.TAF_REQUEST),
            ("pre-investigation", demo_records.PRE_INVESTIGATION),
        ):
            ws.records.create(kind, {**data, "country": "RS"})
    finally:
        ws.engine.dispose()
    return folder


@pytest.fixture
def ws(demo_profile: Path) -> Iterator[Any]:
    from csc_desktop.services.workspace import Workspace

    workspace = Workspace.unlock(demo_profile, PASSPHRASE)
    yield workspace
    workspace.engine.dispose()


@pytest.fixture
def ctx(qapp: Any, ws: Any) -> Iterator[Any]:
    yield from context_on(qapp, ws)


def context_on(qapp: Any, ws: Any) -> Iterator[Any]:
    """The context after unlocking ``ws``, with every feature plugged in as the application
    does (the translations among them) and English as the language."""
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.seams import FakeClock, ScriptedDialogs
    from csc_desktop.ui.common.worker import Runner
    from csc_desktop.ui.i18n.translators import Translations
    from csc_desktop.ui.settings.store import ProfileSettings
    from csc_desktop.ui.shell import pages as page_registry
    from csc_desktop.ui.shell.builtin_pages import register_builtin_pages
    from csc_desktop.ui.shell.language import apply_language
    from csc_desktop.ui.shell.plugins import load_plugins
    from csc_desktop.ui.unlock.opening import settings_of

    register_builtin_pages()
    context = AppContext(runner=Runner(), dialogs=ScriptedDialogs(), clock=FakeClock())
    registered = dict(page_registry._PAGES)  # the features' pages are taken back afterwards
    load_plugins(context)
    context.translations = context.bus.findChild(Translations)  # type: ignore[attr-defined]
    assert context.translations is not None  # type: ignore[attr-defined]
    context.attach(ws)
    context.settings = ProfileSettings(context.runner, ws, settings_of(ws))
    apply_language(context, "en")
    yield context
    close_windows(qapp)
    context.runner.shutdown()
    context.translations.use("en")  # type: ignore[attr-defined]
    context.translations.deleteLater()  # type: ignore[attr-defined]
    qapp.processEvents()
    page_registry._PAGES.clear()
    page_registry._PAGES.update(registered)
    for name in [
        m for m in sys.modules if m.startswith("csc_desktop.ui.") and m.endswith(".plugin")
    ]:
        del sys.modules[name]  # imported again (and registering again) by the next test


def close_windows(app: Any) -> None:
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from csc_desktop.ui.editors.window import RecordEditor

    for widget in QApplication.topLevelWidgets():
        if not shiboken6.isValid(widget):
            continue
        if isinstance(widget, RecordEditor):
            widget.close_without_asking()
        elif widget.isVisible():
            widget.hide()
    app.processEvents()
