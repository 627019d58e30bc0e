"""The editor window: the unsaved-changes guard, shortcuts, one window per record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from csc_desktop.ui.editors import open_editor
from tests.ui_editors.conftest import clear_and_type, closed, type_text
from tests.ui_editors.helpers import opened_editor

TRAINING = {
    "title": "Обука",
    "start_date": "2026-03-10",
    "end_date": "2026-03-11",
    "venue": "Ниш",
}


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, ctx, ws, dialogs):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    clear_and_type(editor.form.rows["venue"].input.widget, "Нови Сад")
    assert editor.is_dirty()

    dialogs.answers.append("cancel")
    editor.cancel_button.click()
    assert editor.isVisible()
    assert dialogs.asked[-1] == (
        "save_discard_cancel",
        "Save the changes to “Обука” before closing?",
    )

    dialogs.answers.append("discard")
    editor.close()
    closed(qtbot, editor)
    assert ws.records.get(record["id"], consult=False)["venue"] == "Ниш"


def test_save_in_the_guard_saves_then_closes(qtbot, ctx, ws, dialogs):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    clear_and_type(editor.form.rows["venue"].input.widget, "Нови Сад")
    dialogs.answers.append("save")
    editor.close()
    closed(qtbot, editor)
    assert ws.records.get(record["id"], consult=False)["venue"] == "Нови Сад"


def test_a_refused_save_in_the_guard_keeps_the_window_open(qtbot, ctx, ws, dialogs):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    clear_and_type(editor.form.rows["end_date"].input.widget.line, "1.3.2026")
    dialogs.answers.append("save")
    editor.close()
    qtbot.waitUntil(lambda: not editor.busy and "before" in editor.form.shown_error("end_date"))
    assert editor.isVisible()
    assert "Not saved" in editor.banner.text()


def test_closing_without_changes_asks_nothing(qtbot, ctx, ws, dialogs):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    editor.close()
    closed(qtbot, editor)
    assert dialogs.asked == []


def test_keyboard_shortcuts_save_and_close(qtbot, ctx, ws, dialogs):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    venue = editor.form.rows["venue"].input.widget
    clear_and_type(venue, "Крагујевац")
    QTest.keyClick(venue, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.is_dirty() and not editor.busy)
    assert ws.records.get(record["id"], consult=False)["venue"] == "Крагујевац"

    type_text(venue, " 2")
    QTest.keyClick(venue, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    closed(qtbot, editor)
    assert ws.records.get(record["id"], consult=False)["venue"] == "Крагујевац 2"
    assert dialogs.asked == []


def test_escape_closes_through_the_guard(qtbot, ctx, ws, dialogs):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    venue = editor.form.rows["venue"].input.widget
    type_text(venue, "!")
    dialogs.answers.append("cancel")
    QTest.keyClick(venue, Qt.Key.Key_Escape)
    assert dialogs.asked[-1][0] == "save_discard_cancel"
    assert editor.isVisible()


def test_opening_a_record_twice_brings_back_the_same_window(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    first = opened_editor(qtbot, ctx, "training", record["id"])
    assert open_editor(ctx, "training", record["id"], None) is first


def test_opening_a_record_is_an_audited_consultation(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    from csc_desktop.services.audit_view import AuditQuery, list_entries

    record = ws.records.create("training", TRAINING)
    opened_editor(qtbot, ctx, "training", record["id"])
    entries = list_entries(ws, AuditQuery(record_id=record["id"], action="consult"))
    assert len(entries) == 1
    assert entries[0]["person"] == "Ana"


def test_a_new_record_registers_under_its_id_after_the_first_save(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    editor = open_editor(ctx, "training", None, None)
    form = editor.form
    type_text(form.rows["title"].input.widget, "Нова обука")
    type_text(form.rows["start_date"].input.widget.line, "10.3.2026")
    type_text(form.rows["end_date"].input.widget.line, "10.3.2026")
    type_text(form.rows["venue"].input.widget, "Београд")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.record_id is not None and not editor.busy)
    assert open_editor(ctx, "training", editor.record_id, None) is editor
    assert "Нова обука" in editor.windowTitle()


def test_locking_hides_the_editor_and_unlocking_brings_it_back_with_the_edit(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    type_text(editor.form.rows["venue"].input.widget, " центар")
    ctx.bus.locked.emit()
    assert not editor.isVisible()
    ctx.bus.unlocked.emit()
    assert editor.isVisible()
    assert editor.form.rows["venue"].input.widget.text() == "Ниш центар"
    assert editor.is_dirty()


def test_a_language_change_shows_names_dates_and_amounts_in_the_new_language(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create(
        "taf-request",
        {
            "title": "Workshop",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "workshop",
            "start_date": "2026-03-07",
            "budget_eur": 12500.5,
        },
    )
    editor = opened_editor(qtbot, ctx, "taf-request", record["id"])
    rows = editor.form.rows
    assert rows["budget_eur"].input.widget.text() == "12,500.50"
    ctx.language = "sr"
    ctx.bus.language_changed.emit("sr")
    assert rows["start_date"].input.widget.text() == "7. 3. 2026."
    assert rows["budget_eur"].input.widget.text() == "12.500,50"
    assert rows["assistance_type"].input.widget.currentText() == "Радионица"
    assert "Јавно тужилаштво" in rows["requesting_institution"].input.widget.line.text()
    assert not editor.is_dirty()
