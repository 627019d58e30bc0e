"""Back up now (the File menu, Ctrl+Shift+B and Settings): an encrypted copy of the profile into
the backup folder chosen in Settings, or the profile's own backups folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.settings.declared import BACKUP_FOLDER
from csc_desktop.ui.shell.feedback import run_with_progress


def backup_folder(ctx: AppContext) -> Path | None:
    chosen = ctx.settings.get(BACKUP_FOLDER) if ctx.settings is not None else ""
    return Path(chosen) if chosen else None


def back_up_now(
    ctx: AppContext, parent: QWidget, on_done: Callable[[Path], None] | None = None
) -> None:
    ws = ctx.ws
    folder = backup_folder(ctx)

    def done(path: Path) -> None:
        ctx.dialogs.info(
            parent,
            QCoreApplication.translate("backup", "Backup written"),
            QCoreApplication.translate(
                "backup",
                "The backup is in {path}.\nIt is encrypted: it opens with this profile's "
                "passphrase.",
            ).format(path=path),
        )
        if on_done is not None:
            on_done(path)

    run_with_progress(
        ctx,
        parent,
        QCoreApplication.translate("backup", "Backing up…"),
        lambda _p: ws.backup(folder),
        on_done=done,
        cancellable=False,  # a backup is short and all-or-nothing
        determinate=False,
    )
