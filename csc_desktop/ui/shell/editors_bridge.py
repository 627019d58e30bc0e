"""Opening a record editor from the shell.

The editors live in :mod:`csc_desktop.ui.editors`, whose entry point is::

    open_editor(ctx: AppContext, kind: str, record_id: str | None, parent: QWidget) -> QWidget

``kind`` is a :class:`csc_desktop.domain.fields.Kind` value (``"training"``…), ``record_id`` None
for a new record. It returns the editor window, already shown; the shell does not keep it (locking
hides every window and shows it again afterwards, so unsaved edits stay).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from csc_desktop.ui.common.context import AppContext


def open_record_editor(
    ctx: AppContext, kind: str, record_id: str | None, parent: QWidget
) -> QWidget | None:
    try:
        from csc_desktop.ui.editors import open_editor  # type: ignore[attr-defined]
    except ImportError:
        ctx.dialogs.info(
            parent,
            QCoreApplication.translate("shell", "Record editor"),
            QCoreApplication.translate(
                "shell", "Records cannot be opened or added in this version: the editor is missing."
            ),
        )
        return None
    editor: QWidget = open_editor(ctx, kind, record_id, parent)
    return editor
