"""Cycles are collected in the GUI thread only: a worker thread that allocates past every
threshold never runs the collector (which would destroy Qt objects outside their thread)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtWidgets import QWidget

from csc_desktop.ui.common.collector import collected_in_gui_thread


def test_collections_run_in_the_gui_thread_only(qtbot: Any) -> None:
    gui = threading.get_ident()
    threads: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.get_ident())

    before = gc.isenabled()
    gc.callbacks.append(note)
    try:
        with collected_in_gui_thread():
            for _ in range(50):  # closed windows left in cycles, as a closed editor may be
                widget = QWidget()
                widget.own = widget  # type: ignore[attr-defined]
                del widget

            kept: list[list[list[int]]] = []

            def allocate() -> None:  # objects that stay: past every generation's threshold
                for _ in range(20):
                    kept.append([[n] for n in range(gc.get_threshold()[0] * 20)])

            worker = threading.Thread(target=allocate)
            worker.start()
            qtbot.waitUntil(lambda: not worker.is_alive(), timeout=30_000)
            qtbot.waitUntil(lambda: len(threads) > 0, timeout=5_000)
    finally:
        gc.callbacks.remove(note)
    assert threads and set(threads) == {gui}
    assert gc.isenabled() == before  # as it was, once the collector stops
