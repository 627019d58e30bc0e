"""Validation as the person types: after a short pause the form's data goes to
``ws.records.validate`` on the background runner; only the answer to the newest request counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from csc_desktop.domain.fields import FIELDS, FieldType, Kind
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress

PAUSE_MS = 300


class LiveValidation(QObject):
    errors_ready = Signal(object)  # dict: field -> message

    def __init__(
        self,
        ctx: AppContext,
        kind: Kind,
        request: Callable[[], tuple[dict[str, Any], str | None]],
        parent: QObject | None = None,
    ):
        """``request`` gives the data to check and the record's id (None for a new record)."""
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self._request = request
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.check_now)

    def schedule(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        """Forget pending checks (the record was just saved)."""
        self._timer.stop()
        self._generation += 1

    def check_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        data, record_id = self._request()
        kind = self.kind
        ws = self.ctx.ws

        def task(_progress: Progress) -> dict[str, str]:
            return ws.records.validate(kind, _without_new_institutions(ws, kind, data), record_id)

        def done(errors: dict[str, str]) -> None:
            if generation == self._generation:
                self.errors_ready.emit(errors)

        self.ctx.runner.run(task, on_done=done, on_error=lambda _e, _t: None, receiver=self)


def _without_new_institutions(ws: Any, kind: Kind, data: dict[str, Any]) -> dict[str, Any]:
    """Institution names the reference data does not know yet, replaced by a known one.

    Checking data with a new name makes the store add that institution to its reference data
    in memory even though the check saves nothing; the real save would then point at an
    institution that was never written. A new name is never an error in itself (the input
    limits its length), so a stand-in changes no answer."""
    stand_in = next((item.code for item in ws.reference.items("institution")), None)
    country = data.get("country") or ws.identity.country

    def known(value: Any) -> bool:
        return not isinstance(value, str) or (
            ws.reference.get("institution", value) is not None
            or ws.reference.find_institution(value, country) is not None
        )

    cleaned = dict(data)
    for spec in FIELDS[kind]:
        value = cleaned.get(spec.name)
        if spec.type == FieldType.INSTITUTION and value and not known(value):
            if stand_in is None:
                cleaned.pop(spec.name)
            else:
                cleaned[spec.name] = stand_in
        elif spec.type == FieldType.INSTITUTIONS and isinstance(value, list):
            cleaned[spec.name] = [
                v if known(v) else stand_in for v in value if known(v) or stand_in
            ]
    return cleaned
