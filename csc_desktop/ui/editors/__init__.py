"""Record editors: one non-modal window per record, built from the field declarations."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from csc_desktop.domain.fields import Kind
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.editors.window import RecordEditor

# record id -> its open editor: opening a record twice brings the first window forward
_open_editors: dict[str, RecordEditor] = {}


def open_editor(
    ctx: AppContext, kind: str, record_id: str | None, parent: QWidget | None
) -> QWidget:
    """Open a non-modal editor for a "pre-investigation", "taf-request" or "training"
    (``record_id`` None: a new one), or raise the one already open for that record."""
    existing = _open_editors.get(record_id) if record_id else None
    if existing is not None and shiboken6.isValid(existing):
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    editor = RecordEditor(ctx, Kind(kind), record_id, parent)
    if record_id:
        _open_editors[record_id] = editor
    editor.record_saved.connect(lambda saved_id: _remember(saved_id, editor))
    editor.destroyed.connect(lambda *_a: _forget(editor))
    editor.show()
    return editor


def _remember(record_id: str, editor: RecordEditor) -> None:
    _open_editors[record_id] = editor


def _forget(closed: RecordEditor) -> None:
    for record_id, editor in list(_open_editors.items()):
        if editor is closed:
            del _open_editors[record_id]


__all__ = ["RecordEditor", "open_editor"]
