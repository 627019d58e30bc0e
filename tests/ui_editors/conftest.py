"""Fixtures for the editor, participant, attachment and audit screens: a team profile, the
application context with the one background runner and scripted dialogs, the shipped font."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from csc_desktop.services.workspace import Workspace
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.seams import ScriptedDialogs
from csc_desktop.ui.common.worker import Runner

PASSPHRASE = "correct horse battery staple"
FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"


@pytest.fixture(autouse=True)
def shipped_font(qapp: QApplication) -> None:
    """Letters, not boxes, in screenshots: the font the application ships."""
    if FONT.exists() and "DejaVu Sans" not in QFontDatabase.families():
        QFontDatabase.addApplicationFont(str(FONT))


def make_context(ws: Workspace) -> AppContext:
    ctx = AppContext(runner=Runner(), dialogs=ScriptedDialogs())
    ctx.attach(ws)
    return ctx


@pytest.fixture(autouse=True)
def no_window_left(qapp: QApplication) -> Iterator[None]:
    """Editors delete themselves when closed; whatever a test left open is closed unasked."""
    yield
    from csc_desktop.ui.editors.window import RecordEditor

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordEditor) and shiboken6.isValid(widget):
            widget.close_without_asking()
    QApplication.processEvents()


def closed(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Wait until a window that deletes itself on close is gone."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(
        tmp_path / "p", PASSPHRASE, role="team", person="Ana", country="RS"
    )
    yield workspace
    workspace.engine.dispose()


@pytest.fixture
def ctx(ws: Workspace) -> Iterator[AppContext]:
    context = make_context(ws)
    yield context
    context.runner.shutdown()


@pytest.fixture
def dialogs(ctx: AppContext) -> ScriptedDialogs:
    assert isinstance(ctx.dialogs, ScriptedDialogs)
    return ctx.dialogs


def type_text(widget: QWidget, text: str) -> None:
    """Type as a person would, one key at a time; letters beyond ASCII go through
    QTest.sendKeyEvent because qtbot.keyClicks aborts on them (STACK.md)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def clear_and_type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def wait_idle(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(ctx.runner.idle)
