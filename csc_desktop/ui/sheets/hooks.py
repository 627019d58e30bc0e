"""What the record editor and the main window call: open the print dialog of a record, attach
dropped scans as signed sheets, check a sheet file (HQ)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from csc_desktop.errors import CscError
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.sheets.dialog import SheetDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sheets", text)


def open_sheet_dialog(ctx: AppContext, parent: QWidget | None, record_id: str) -> SheetDialog:
    """ "Print / Save as PDF…" of a saved record: the dialog, shown (not modal)."""
    dialog = SheetDialog(ctx, record_id, parent)
    dialog.show()
    return dialog


def attach_signed_scans(
    ctx: AppContext,
    parent: QWidget | None,
    record_id: str,
    paths: Sequence[Path],
    on_done: Callable[[list[dict[str, Any]]], None] | None = None,
) -> None:
    """Keep scans of the sheet signed on paper with the record, marked "signed sheet"."""
    ws = ctx.ws
    files = list(paths)

    def task(_progress: object) -> list[dict[str, Any]]:
        return [ws.sheets.attach_signed_scan(record_id, p.name, p.read_bytes()) for p in files]

    def failed(error: BaseException, trace: str) -> None:
        text = (
            str(error) if isinstance(error, (CscError, OSError)) else _tr("Something went wrong.")
        )
        ctx.dialogs.error(parent, _tr("Signed sheet not attached"), text, trace)

    ctx.runner.run(task, on_done=on_done, on_error=failed, receiver=parent)


def check_sheet_file(ctx: AppContext, parent: QWidget | None) -> None:
    """Ask for a sheet (PDF) and say who signed it, whether HQ certified the signer, whether the
    file is intact, and whether it shows the record as held here."""
    path = ctx.dialogs.open_file(parent, _tr("Check a signed sheet"), "PDF (*.pdf)")
    if path is None:
        return
    ws = ctx.ws

    def done(check: Any) -> None:
        text = "\n".join(check.describe())
        if check.ok:
            ctx.dialogs.info(parent, _tr("The sheet checks out"), text)
        else:
            ctx.dialogs.error(parent, _tr("Do not rely on this sheet as it is"), text)

    def failed(error: BaseException, trace: str) -> None:
        ctx.dialogs.error(parent, _tr("Check a signed sheet"), str(error), trace)

    ctx.runner.run(
        lambda _p: ws.sheets.verify(path.read_bytes()),
        on_done=done,
        on_error=failed,
        receiver=parent,
    )
