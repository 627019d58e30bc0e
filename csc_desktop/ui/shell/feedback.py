"""Long work and its errors, the same way everywhere: a progress dialog with Cancel when work
takes more than half a second, and errors as clear dialogs whose details can be copied."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from csc_desktop.errors import CscError
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress

SHOW_PROGRESS_AFTER_MS = 500


def show_error(
    ctx: AppContext, parent: QWidget | None, title: str, exc: BaseException, trace: str = ""
) -> None:
    """A person's error (CscError) in its own plain words; anything else as "something went
    wrong" with the technical details to copy into a report."""
    if isinstance(exc, CscError):
        ctx.dialogs.error(parent, title, str(exc))
        return
    text = QCoreApplication.translate(
        "shell",
        "Something went wrong: {error}\n\nNothing else was changed. If it happens again, copy the "
        "details below into a message to the project's support.",
    ).format(error=str(exc) or type(exc).__name__)
    ctx.dialogs.error(parent, title, text, details=trace or repr(exc))


def run_with_progress(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    task: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    cancellable: bool = True,
    determinate: bool = True,
) -> Progress:
    """Run ``task`` on the worker; if it is not done within half a second a progress dialog
    appears (with Cancel when ``cancellable``). Errors go to ``on_error`` or to a dialog."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setRange(0, 1000 if determinate else 0)  # 0..0: moving, for work that cannot count
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(QCoreApplication.translate("shell", "Cancel"))
    dialog.setValue(0)

    def finish() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(exc: BaseException, trace: str) -> None:
        finish()
        if on_error:
            on_error(exc, trace)
        else:
            show_error(ctx, parent, title, exc, trace)

    def progressed(fraction: float, text: str) -> None:
        if determinate:
            dialog.setValue(int(fraction * 1000))
        if text:
            dialog.setLabelText(text)

    progress = ctx.runner.run(
        task, on_done=done, on_error=failed, receiver=parent, on_progress=progressed
    )
    dialog.canceled.connect(progress.cancel)
    dialog.canceled.connect(finish)
    return progress
