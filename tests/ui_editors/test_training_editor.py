"""Creating, validating and saving a training in its editor, as a person types."""

from __future__ import annotations

from tests.ui_editors.conftest import clear_and_type, type_text
from tests.ui_editors.helpers import new_editor


def test_a_training_is_typed_checked_and_saved(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    editor = new_editor(qtbot, ctx, "training")
    form = editor.form
    type_text(form.rows["title"].input.widget, "Обука о финансијским истрагама")
    type_text(form.rows["start_date"].input.widget.line, "10.3.2026")
    type_text(form.rows["end_date"].input.widget.line, "8.3.2026")
    qtbot.waitUntil(lambda: "before" in form.shown_error("end_date"))
    assert form.shown_error("venue") == ""  # not touched yet: no nagging

    clear_and_type(form.rows["end_date"].input.widget.line, "2026-03-12")
    qtbot.waitUntil(lambda: form.shown_error("end_date") == "")
    type_text(form.rows["venue"].input.widget, "Београд")
    form.rows["crime_areas"].input.widget.set_checked("online_fraud", True)
    assert editor.is_dirty()

    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.record_id is not None and not editor.busy)
    assert not editor.is_dirty()
    saved = ws.records.get(editor.record_id, consult=False)
    assert saved["title"] == "Обука о финансијским истрагама"
    assert (saved["start_date"], saved["end_date"]) == ("2026-03-10", "2026-03-12")
    assert saved["venue"] == "Београд"
    assert saved["crime_areas"] == ["online_fraud"]
    assert saved["country"] == "RS"


def test_a_training_links_the_taf_request_it_came_from(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    from tests.ui_editors.helpers import choose, opened_editor, saved

    taf = ws.records.create(
        "taf-request",
        {
            "title": "Студијска посета",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "study_visit",
        },
    )
    training = ws.records.create(
        "training",
        {"title": "Обука", "start_date": "2026-03-10", "end_date": "2026-03-10", "venue": "Ниш"},
    )
    editor = opened_editor(qtbot, ctx, "training", training["id"])
    picker = editor.form.rows["linked_taf_request"].input.widget
    qtbot.waitUntil(lambda: picker.findData(taf["id"]) >= 0)
    assert "Студијска посета" in picker.itemText(picker.findData(taf["id"]))
    choose(picker, taf["id"])
    saved(qtbot, editor)
    assert ws.records.get(training["id"], consult=False)["linked_taf_request"] == taf["id"]
