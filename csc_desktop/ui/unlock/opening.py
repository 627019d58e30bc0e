"""Opening a profile, on the worker: derive the key, open the database, read the settings the
screens need. Nothing here touches Qt widgets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from csc_desktop.domain.fields import Kind
from csc_desktop.ui.settings.declared import list_view_key
from csc_desktop.ui.settings.store import read_settings

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace


def settings_of(ws: Workspace) -> dict[str, Any]:
    return read_settings(ws, [list_view_key(kind.value) for kind in Kind])


def open_profile(folder: Path, passphrase: str) -> tuple[Workspace, dict[str, Any]]:
    from csc_desktop.services.workspace import Workspace

    ws = Workspace.unlock(folder, passphrase)
    try:
        return ws, settings_of(ws)
    except BaseException:
        ws.close()
        raise


def warm_up() -> None:
    """Import the services while the person types the passphrase (it saves a quarter second
    at unlock)."""
    import csc_desktop.services.records
    import csc_desktop.services.workspace  # noqa: F401
