"""The application context handed to every screen: the unlocked workspace, the one background
runner, the change bus, the test seams and the person's settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from csc_desktop.ui.common.seams import Clock, Dialogs
from csc_desktop.ui.common.worker import Runner

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Change, Workspace
    from csc_desktop.ui.settings.store import ProfileSettings


class ChangeBus(QObject):
    """One notification for every committed change: screens refresh from it, not by guessing."""

    changed = Signal(object)  # list[Change]
    language_changed = Signal(str)
    locked = Signal()
    unlocked = Signal()


@dataclass
class AppContext:
    runner: Runner
    dialogs: Dialogs = field(default_factory=Dialogs)
    clock: Clock = field(default_factory=Clock)
    bus: ChangeBus = field(default_factory=ChangeBus)
    workspace: Workspace | None = None
    # The interface language chosen in Settings (None: the profile's language). Screens read it
    # through csc_desktop.ui.widgets.language.ui_language; a change is announced on
    # bus.language_changed.
    language: str | None = None
    # The profile's settings in memory (csc_desktop.ui.settings.declared lists them); set at
    # unlock.
    settings: ProfileSettings | None = None

    def attach(self, ws: Workspace) -> None:
        """Use ``ws`` from now on; its change notifications (sent from the worker thread) reach
        the GUI thread through the bus's queued signal."""
        self.workspace = ws

        def forward(changes: list[Change]) -> None:
            self.bus.changed.emit(changes)

        ws.on_change(forward)

    @property
    def ws(self) -> Workspace:
        assert self.workspace is not None, "no profile is unlocked"
        return self.workspace
