"""Noticing that nobody has touched the application for a while.

Every keyboard, mouse and touch event of the application counts as activity. Time comes from the
context's clock: tests advance a FakeClock instead of waiting minutes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from csc_desktop.ui.common.seams import Clock

CHECK_EVERY_MS = 5_000
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    idle = Signal()  # nobody has touched the application for the idle time

    def __init__(self, clock: Clock, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.active = False
        self.last_activity = clock.now()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        listeners = getattr(clock, "listeners", None)
        if isinstance(listeners, list):  # a FakeClock: check whenever a test moves time on
            listeners.append(self.check)

    def start(self) -> None:
        self.last_activity = self.clock.now()
        if not self.active:
            self.active = True
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._timer.start()

    def stop(self) -> None:
        if self.active:
            self.active = False
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def touch(self) -> None:
        self.last_activity = self.clock.now()

    def check(self) -> None:
        if not self.active or self.minutes <= 0:
            return
        if self.clock.now() - self.last_activity >= self.minutes * 60:
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = self.clock.now()
        return False
