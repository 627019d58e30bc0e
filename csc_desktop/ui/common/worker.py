"""One way to run background work: a single worker thread owns all database work; results come
back on the GUI thread, and are dropped if the widget that asked is gone.

    ctx.runner.run(task, on_done=..., on_error=..., receiver=self, progress=dialog_progress)

``task`` is a plain function taking a :class:`Progress`; it may call ``progress.report`` and must
stop early (raising :class:`Cancelled`) when ``progress.cancelled`` is set.
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot


class Cancelled(Exception):
    """Raised inside a task when the person pressed Cancel."""


@dataclass
class Progress:
    """Handed to a task: report how far it got, and check whether to stop."""

    _emit: Callable[[float, str], None] = field(default=lambda f, t: None, repr=False)
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, fraction: float, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(max(0.0, min(1.0, fraction)), text)


@dataclass
class _Job:
    task: Callable[[Progress], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException, str], None] | None
    receiver: QObject | None
    progress: Progress
    on_progress: Callable[[float, str], None] | None


class Runner(QObject):
    """Runs tasks one after another on one worker thread."""

    _finished = Signal(object, object, str)  # job, result or exception, traceback
    _progressed = Signal(object, float, str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)
        self._thread = threading.Thread(target=self._loop, name="csc-worker", daemon=True)
        self._thread.start()

    def run(
        self,
        task: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        receiver: QObject | None = None,
        on_progress: Callable[[float, str], None] | None = None,
    ) -> Progress:
        progress = Progress()
        job = _Job(task, on_done, on_error, receiver, progress, on_progress)
        progress._emit = lambda f, t: self._progressed.emit(job, f, t)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.put(job)
        return progress

    def run_apart(
        self,
        task: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        receiver: QObject | None = None,
    ) -> Progress:
        """Like ``run``, on a thread of its own: for long reading that needs nothing of the
        worker's (it opens its own connection, e.g. checking every page of the database), so
        that the lists' queries do not wait seconds behind it."""
        progress = Progress()
        job = _Job(task, on_done, on_error, receiver, progress, None)
        progress._emit = lambda f, t: self._progressed.emit(job, f, t)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        threading.Thread(target=self._execute, args=(job,), name="csc-apart", daemon=True).start()
        return progress

    def call(self, task: Callable[[], Any]) -> Any:
        """Run a short task on the worker and wait for it (for start-up and tests only)."""
        done = threading.Event()
        box: dict[str, Any] = {}

        def wrapped(_p: Progress) -> None:
            try:
                box["value"] = task()
            except BaseException as exc:
                box["error"] = exc
            finally:
                done.set()

        self.run(wrapped)
        done.wait()
        if "error" in box:
            raise box["error"]
        return box.get("value")

    def idle(self) -> bool:
        return self._pending == 0

    def shutdown(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            self._execute(job)

    def _execute(self, job: _Job) -> None:
        try:
            result: Any = job.task(job.progress)
            self._finished.emit(job, ("ok", result), "")
        except BaseException as exc:
            self._finished.emit(job, ("error", exc), traceback.format_exc())

    @Slot(object, object, str)
    def _deliver(self, job: _Job, outcome: tuple[str, Any], trace: str) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if job.receiver is not None and not shiboken6.isValid(job.receiver):
            return
        status, value = outcome
        if status == "ok":
            if job.on_done:
                job.on_done(value)
        elif isinstance(value, Cancelled):
            return
        elif job.on_error:
            job.on_error(value, trace)

    @Slot(object, float, str)
    def _deliver_progress(self, job: _Job, fraction: float, text: str) -> None:
        if job.on_progress and (job.receiver is None or shiboken6.isValid(job.receiver)):
            job.on_progress(fraction, text)
