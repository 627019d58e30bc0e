"""Python's cycle collector, run from the GUI thread only.

CPython collects reference cycles in whichever thread happens to allocate when a generation's
threshold is crossed. A window, dialog or model that was closed may still sit in a cycle; if the
worker thread (`worker.Runner`, which does all database work) is the one that crosses the
threshold, it destroys those Qt objects outside the GUI thread, and Qt crashes the whole
application. So while the application runs, automatic collection is off, and a timer in the GUI
thread collects with the same thresholds instead, checking a few times a second.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Collects cycles on the GUI thread (create it there, after the QApplication)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """What CPython's own collector would have done by now: the oldest generation whose
        count passed its threshold, with the younger ones."""
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                due = generation
        if due >= 0:
            gc.collect(due)

    def stop(self) -> None:
        """Back to automatic collection, after a last full collection here."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


@contextlib.contextmanager
def collected_in_gui_thread() -> Iterator[GuiThreadCollector]:
    collector = GuiThreadCollector()
    try:
        yield collector
    finally:
        collector.stop()
        collector.deleteLater()
