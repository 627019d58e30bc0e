"""The background helper: work in order on one worker thread, and long reading apart from it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from csc_desktop.ui.common.worker import Runner


def test_work_apart_is_not_held_up_by_the_worker(qtbot: Any, qapp: Any) -> None:
    runner = Runner()
    release = threading.Event()
    order: list[str] = []
    runner.run(lambda _p: release.wait(30), on_done=lambda _r: order.append("list query"))
    runner.run_apart(lambda _p: "intact", on_done=order.append)
    qtbot.waitUntil(lambda: order == ["intact"], timeout=10_000)  # the worker is still busy
    assert not runner.idle()
    release.set()
    qtbot.waitUntil(lambda: order == ["intact", "list query"], timeout=10_000)
    assert runner.idle()
    runner.shutdown()


def test_an_error_apart_reaches_its_handler(qtbot: Any, qapp: Any) -> None:
    runner = Runner()
    errors: list[str] = []

    def damaged(_progress: Any) -> None:
        raise ValueError("page 7")

    runner.run_apart(damaged, on_error=lambda exc, trace: errors.append(str(exc)))
    qtbot.waitUntil(lambda: errors == ["page 7"], timeout=10_000)
    runner.shutdown()


def test_the_page_check_after_unlocking_reports_damage_with_the_newest_backup(
    qtbot: Any, ctx: Any, profile_dir: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from csc_desktop.domain.fields import Kind
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.ui.shell.session import Session

    from .conftest import PASSPHRASE, training

    ws = Workspace.unlock(profile_dir, PASSPHRASE)
    ws.records.create_many(
        Kind.TRAINING, [training(f"Obuka {n}", notes="Napomena. " * 300) for n in range(60)]
    )
    backup = ws.backup()
    ws.close()
    db = profile_dir / "csc.db"
    data = bytearray(db.read_bytes())
    page = (len(data) // 4096 - 1) * 4096  # the last page, a training's: unlocking skips it
    data[page + 100 : page + 164] = b"\x00" * 64
    db.write_bytes(bytes(data))
    ws = Workspace.unlock(profile_dir, PASSPHRASE)
    ctx.attach(ws)
    window = QWidget()
    qtbot.addWidget(window)
    Session(ctx, profile_dir.parent)._check_integrity(ws, window)
    qtbot.waitUntil(lambda: bool(ctx.dialogs.asked), timeout=30_000)
    [(kind, text)] = ctx.dialogs.asked
    assert kind == "error"
    assert str(backup) in text
