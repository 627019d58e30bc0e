"""Locking when the system tells us the person stepped away: the application is suspended, the
screen saver or screen lock starts, or the laptop goes to sleep — wherever Qt or the system lets
us know.

* everywhere: Qt's ``applicationStateChanged`` to ``ApplicationSuspended``;
* Linux: D-Bus signals of the freedesktop/GNOME screen saver, logind's session ``Lock`` and
  ``PrepareForSleep``;
* Windows: session-lock and suspend messages (``WM_WTSSESSION_CHANGE``, ``WM_POWERBROADCAST``),
  once the main window is registered with :meth:`SystemLockSignals.watch_window`.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4

_DBUS_SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class _WindowsMessages(QAbstractNativeEventFilter):
    def __init__(self, fire: Any):
        super().__init__()
        self.fire = fire

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if (msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK) or (
                msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND
            ):
                self.fire()
        return False, 0


class SystemLockSignals(QObject):
    lock_now = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._windows_filter: _WindowsMessages | None = None
        self._listening = False

    def start(self, window: QWidget) -> None:
        """Listen to the system (once a profile is open: it costs nothing at start-up)."""
        if not self._listening and sys.platform.startswith("linux"):
            with contextlib.suppress(Exception):  # no D-Bus (a container, a bare X session)
                self._connect_dbus()
        self._listening = True
        self.watch_window(window)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now.emit()

    def _connect_dbus(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        # The slots are given as SLOT() strings: PySide's stubs say bytes, but only a str
        # connects at run time (checked against a private bus with dbus-send).
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in _DBUS_SCREEN_SAVERS:
                # any sender: the screen saver's well-known name may not be owned yet
                session.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("_screen_saver(bool)")
                )
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("_screen_saver(bool)"),
            )
            system.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                self,
                SLOT("_session_locked()"),
            )

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.lock_now.emit()

    @Slot()
    def _session_locked(self) -> None:
        self.lock_now.emit()

    def watch_window(self, window: QWidget) -> None:
        """On Windows, ask for session-lock messages for ``window``."""
        if sys.platform != "win32" or self._windows_filter is not None:
            return
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), 0)  # type: ignore[attr-defined]
            self._windows_filter = _WindowsMessages(self.lock_now.emit)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._windows_filter)
