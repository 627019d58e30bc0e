"""The profile's settings, read once on the worker at unlock and kept in memory for the screens.

``get`` never touches the database (screens call it while painting); ``set`` updates the memory
copy at once and writes to the profile on the worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from csc_desktop.ui.settings.declared import DECLARED, Setting

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.ui.common.worker import Runner


def read_settings(ws: Workspace, extra_keys: Iterable[str] = ()) -> dict[str, Any]:
    """Every declared setting and the ``extra_keys`` (e.g. list layouts); runs on the worker."""
    values: dict[str, Any] = {}
    for spec in DECLARED:
        values[spec.key] = spec.coerce(ws.get_setting(spec.key))
    for key in extra_keys:
        values[key] = ws.get_setting(key)
    return values


class ProfileSettings(QObject):
    changed = Signal(str, object)  # key, new value

    def __init__(
        self,
        runner: Runner,
        ws: Workspace | None,
        values: dict[str, Any],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._values = dict(values)
        self.ws = ws  # None: kept in memory only (tests, screenshots)

    def get(self, setting: Setting | str, default: Any = None) -> Any:
        if isinstance(setting, Setting):
            return setting.coerce(self._values.get(setting.key))
        value = self._values.get(setting)
        return default if value is None else value

    def set(self, setting: Setting | str, value: Any) -> None:
        key = setting.key if isinstance(setting, Setting) else setting
        if self._values.get(key) == value:
            return
        self._values[key] = value
        ws = self.ws
        if ws is not None:
            self._runner.run(lambda _p: ws.set_setting(key, value))
        self.changed.emit(key, value)
