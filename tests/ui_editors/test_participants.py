"""A training's participants: typed, pasted from a spreadsheet, saved with the training."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui_editors.helpers import opened_editor, saved

TRAINING = {
    "title": "Финансијске истраге",
    "start_date": "2026-03-10",
    "end_date": "2026-03-12",
    "venue": "Београд",
}


def test_rows_pasted_with_their_headings_are_recognised_and_saved(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    panel = editor.participants
    assert panel.model.days == 3
    clipboard = (
        "Име и презиме\tПол\tИнституција\tДан 1\tДан 2\tДан 3\tОцена\n"
        "Јелена Петровић\tЖ\tЈавно тужилаштво за организовани криминал\tx\tx\t\t5\n"
        "Arben Krasniqi\tM\tPolicia e Kosovës\tx\t\tx\t4\n"
        "Ana Anić\t\tCentar za obuku sudija\t\tx\tx\t\n"
    )
    assert panel.paste_text(clipboard) == 3
    assert panel.count_label.text() == "Participants: 3"
    assert editor.is_dirty()
    saved(qtbot, editor)

    people = ws.records.get(record["id"], consult=False)["participants"]
    assert [p["name"] for p in people] == ["Јелена Петровић", "Arben Krasniqi", "Ana Anić"]
    assert people[0]["gender"] == "female" and people[1]["gender"] == "male"
    assert people[0]["institution"] == "rs-ppooc"  # found by its Serbian name
    assert people[1]["institution"] == "xk-kp"  # by its Albanian name
    assert people[2]["institution_name"] == "Centar za obuku sudija"  # a new one, as typed
    assert people[2]["gender"] == "undisclosed"
    assert people[0]["attendance"] == [True, True, False]
    assert people[1]["evaluation"] == 4


def test_rows_pasted_without_headings_fill_the_table_from_the_selected_cell(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create(
        "training",
        {**TRAINING, "participants": [{"name": "Марко Марковић", "gender": "male"}]},
    )
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    panel = editor.participants
    model = panel.model
    panel.view.setCurrentIndex(model.index(1, 0))  # below the last row: new rows
    panel.paste_text("Ана Анић\tF\nVesna Vukić\tž\n")
    assert model.rowCount() == 3
    panel.view.setCurrentIndex(model.index(0, model.keys.index("evaluation")))
    panel.paste_text("5\t40\t85\n")
    saved(qtbot, editor)

    people = ws.records.get(record["id"], consult=False)["participants"]
    assert [p["name"] for p in people] == ["Марко Марковић", "Ана Анић", "Vesna Vukić"]
    assert people[0]["id"] == record["participants"][0]["id"]  # the same person, changed
    assert (people[0]["evaluation"], people[0]["pre_score"], people[0]["post_score"]) == (5, 40, 85)
    assert people[2]["gender"] == "female"


def test_a_cell_that_cannot_be_read_is_marked_and_the_save_refused(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    model = editor.participants.model
    editor.participants.paste_text("Name\tEvaluation\nDrita Kelmendi\t7\n")
    column = model.keys.index("evaluation")
    assert "from 1 to 5" in model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, column), Qt.ItemDataRole.BackgroundRole) is not None

    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.busy and "Not saved" in editor.banner.text())
    assert ws.records.get(record["id"], consult=False)["participants"] == []
    assert editor.form.tabs.currentIndex() == editor.participants_tab

    model.setData(model.index(0, column), "4", Qt.ItemDataRole.EditRole)
    assert model.data(model.index(0, column), Qt.ItemDataRole.BackgroundRole) is None
    saved(qtbot, editor)
    assert ws.records.get(record["id"], consult=False)["participants"][0]["evaluation"] == 4


def test_adding_ticking_and_removing_participants(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create(
        "training",
        {
            **TRAINING,
            "participants": [
                {"name": "Прва Особа", "gender": "female"},
                {"name": "Друга Особа", "gender": "male"},
            ],
        },
    )
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    panel = editor.participants
    model = panel.model
    model.setData(
        model.index(1, model.keys.index("day:2")),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    panel.view.setCurrentIndex(model.index(0, 0))
    panel.remove_button.click()
    panel.add_button.click()
    model.setData(model.index(1, 0), "Трећа Особа", Qt.ItemDataRole.EditRole)
    model.setData(
        model.index(1, model.keys.index("function")), "prosecutor", Qt.ItemDataRole.EditRole
    )
    saved(qtbot, editor)

    people = ws.records.get(record["id"], consult=False)["participants"]
    assert [p["name"] for p in people] == ["Друга Особа", "Трећа Особа"]
    assert people[0]["attendance"] == [False, True, False]
    assert people[1]["function"] == "prosecutor"
    assert people[1]["gender"] == "undisclosed"


def test_a_longer_training_gets_more_day_columns_as_the_dates_change(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    from tests.ui_editors.conftest import clear_and_type

    record = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", record["id"])
    clear_and_type(editor.form.rows["end_date"].input.widget.line, "14.3.2026")
    assert editor.participants.model.days == 5
    assert "day:5" in editor.participants.model.keys
