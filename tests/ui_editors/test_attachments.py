"""Attachments in an editor: add, list, open a copy (after a warning), export, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from csc_desktop.ui.attachments import opened_copies
from tests.ui_editors.helpers import opened_editor

TRAINING = {"title": "Обука", "start_date": "2026-03-10", "end_date": "2026-03-10", "venue": "Ниш"}


def shown(panel) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_files_are_added_listed_and_removed(qtbot, ctx, ws, dialogs, tmp_path: Path):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    panel = editor.attachments
    sheet = tmp_path / "Листа присутних.pdf"
    sheet.write_bytes(b"%PDF-1.4 signed")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("signed_sheet"))
    dialogs.answers.append([sheet])
    panel.add_button.click()
    qtbot.waitUntil(lambda: shown(panel) == ["Листа присутних.pdf"])
    assert panel.model.data(panel.model.index(0, 1)) == "Signed sheet"
    assert panel.model.data(panel.model.index(0, 3)) == "Ana"
    assert [a["kind"] for a in ws.attachments.of_record(record["id"])] == ["signed_sheet"]

    panel.view.selectRow(0)
    dialogs.answers.append(False)
    panel.remove_button.click()
    assert len(ws.attachments.of_record(record["id"])) == 1  # the person said no
    dialogs.answers.append(True)
    panel.remove_button.click()
    qtbot.waitUntil(lambda: shown(panel) == [])
    assert ws.attachments.of_record(record["id"]) == []


def test_a_file_dropped_on_the_editor_is_added(qtbot, ctx, ws, tmp_path: Path):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    agenda = tmp_path / "Agenda.docx"
    agenda.write_bytes(b"PK agenda")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(agenda))])
    where = QPointF(10, 10)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    editor.dragEnterEvent(enter)  # offscreen Qt delivers no drag events: call the handlers
    assert enter.isAccepted()
    editor.dropEvent(QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys))
    qtbot.waitUntil(lambda: shown(editor.attachments) == ["Agenda.docx"])
    assert editor.form.tabs.currentIndex() == editor.attachments_tab


def test_opening_a_copy_warns_first_and_says_where_it_went(qtbot, ctx, ws, dialogs):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    ws.attachments.add(record["id"], "Извештај.pdf", b"%PDF report", "report")
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    panel = editor.attachments
    opened: list[Path] = []
    panel.open_externally = opened.append
    qtbot.waitUntil(lambda: shown(panel) == ["Извештај.pdf"])
    panel.view.selectRow(0)

    dialogs.answers.append(False)
    panel.open_button.click()
    assert "outside the encrypted store" in dialogs.asked[-1][1]
    assert opened == [] and opened_copies.folder() is None  # nothing written

    dialogs.answers.append(True)
    panel.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0].read_bytes() == b"%PDF report"
    assert str(opened[0]) in dialogs.asked[-1][1]  # the person is told where
    ctx.bus.locked.emit()
    assert not opened[0].exists()  # opened copies go when the profile locks


def test_exporting_writes_the_file_where_the_person_chose(qtbot, ctx, ws, dialogs, tmp_path: Path):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    ws.attachments.add(record["id"], "Agenda.pdf", b"%PDF agenda", "agenda")
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    panel = editor.attachments
    qtbot.waitUntil(lambda: shown(panel) == ["Agenda.pdf"])
    panel.view.selectRow(0)
    target = tmp_path / "out" / "agenda-copy.pdf"
    target.parent.mkdir()
    dialogs.answers.append(target)
    panel.export_button.click()
    qtbot.waitUntil(lambda: target.exists())
    assert target.read_bytes() == b"%PDF agenda"


def test_a_new_record_takes_files_only_once_saved(qtbot, ctx):  # type: ignore[no-untyped-def]
    from tests.ui_editors.helpers import new_editor

    editor = new_editor(qtbot, ctx, "pre-investigation")
    assert not editor.attachments.add_button.isEnabled()
    assert "Save the record first" in editor.attachments.note.text()
