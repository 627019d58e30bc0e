"""Opening editors and waiting for them, for the editor tests."""

from __future__ import annotations

from typing import Any

from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.editors import open_editor
from csc_desktop.ui.editors.window import RecordEditor


def new_editor(qtbot: Any, ctx: AppContext, kind: str) -> RecordEditor:
    editor = open_editor(ctx, kind, None, None)
    assert isinstance(editor, RecordEditor)
    return editor


def opened_editor(qtbot: Any, ctx: AppContext, kind: str, record_id: str) -> RecordEditor:
    editor = open_editor(ctx, kind, record_id, None)
    assert isinstance(editor, RecordEditor)
    qtbot.waitUntil(lambda: editor.record is not None and not editor.busy)
    return editor


def saved(qtbot: Any, editor: RecordEditor) -> None:
    """Press Save and wait for the store's answer."""
    before = (editor.record or {}).get("version")
    editor.save_button.click()
    qtbot.waitUntil(
        lambda: (
            not editor.busy and editor.record is not None and editor.record.get("version") != before
        )
    )


def choose(combo: Any, code: str) -> None:
    """Pick an entry of a combo box as a person does (sends ``activated``)."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
