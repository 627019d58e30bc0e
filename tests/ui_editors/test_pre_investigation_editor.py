"""A pre-investigation: crime areas of the EMPACT cycle in force on its date, milestone order
checked as the person types."""

from __future__ import annotations

from csc_desktop.ui.widgets.code_picker import CODE_ROLE
from tests.ui_editors.conftest import clear_and_type, type_text
from tests.ui_editors.helpers import new_editor, saved


def offered(select) -> list[str]:  # type: ignore[no-untyped-def]
    return [select.model.item(r).data(CODE_ROLE) for r in range(select.model.rowCount())]


def test_crime_areas_follow_the_cycle_in_force_on_the_start_date(qtbot, ctx):  # type: ignore[no-untyped-def]
    editor = new_editor(qtbot, ctx, "pre-investigation")
    form = editor.form
    areas = form.rows["crime_areas"].input.widget
    type_text(form.rows["opened_on"].input.widget.line, "15.5.2025")
    assert "organised_property_crime" in offered(areas)  # 2022–2025 only
    assert "online_fraud" not in offered(areas)
    areas.set_checked("organised_property_crime", True)

    clear_and_type(form.rows["opened_on"].input.widget.line, "2.2.2026")
    assert "online_fraud" in offered(areas)
    # still ticked, and marked, so that the refusal below makes sense
    assert areas.value() == ["organised_property_crime"]
    assert "not in force" in areas.model.item(areas.model.rowCount() - 1).text()
    qtbot.waitUntil(lambda: "EMPACT" in form.shown_error("crime_areas"))

    areas.set_checked("organised_property_crime", False)
    areas.set_checked("migrant_smuggling", True)
    qtbot.waitUntil(lambda: form.shown_error("crime_areas") == "")


def test_a_pre_investigation_is_saved_with_its_milestones_in_order(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    editor = new_editor(qtbot, ctx, "pre-investigation")
    form = editor.form
    type_text(form.rows["title"].input.widget, "Krijumčarenje migranata preko Drine")
    type_text(form.rows["reference"].input.widget, "ТОК-ПИ-2026/014")
    type_text(form.rows["opened_on"].input.widget.line, "2.2.2026")
    form.rows["crime_areas"].input.widget.set_checked("migrant_smuggling", True)
    type_text(form.rows["accepted_by_prosecutor_on"].input.widget.line, "1.3.2026")
    qtbot.waitUntil(lambda: "submitted" in form.shown_error("accepted_by_prosecutor_on"))

    type_text(form.rows["submitted_to_prosecutor_on"].input.widget.line, "15.2.2026")
    qtbot.waitUntil(lambda: form.shown_error("accepted_by_prosecutor_on") == "")
    form.rows["cross_border"].input.widget.click()
    saved(qtbot, editor)

    record = ws.records.get(editor.record_id, consult=False)
    assert record["reference"] == "ТОК-ПИ-2026/014"
    assert record["submitted_to_prosecutor_on"] == "2026-02-15"
    assert record["accepted_by_prosecutor_on"] == "2026-03-01"
    assert record["cross_border"] is True
    assert record["status"] == "accepted"  # follows from the milestone dates
    assert editor.workflow.shown_actions() == []  # no workflow buttons for this kind
    assert "accepted" in editor.status_label.text().lower()


def test_an_unreadable_date_is_said_so_and_blocks_saving(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    editor = new_editor(qtbot, ctx, "pre-investigation")
    form = editor.form
    type_text(form.rows["title"].input.widget, "Case")
    type_text(form.rows["opened_on"].input.widget.line, "31.2.2026")
    editor.save_button.click()
    assert "is not a date" in form.shown_error("opened_on")
    assert editor.record_id is None
    assert "cannot be read" in editor.banner.text()


def test_the_kosovo_footnote_shows_where_kosovo_can_be_chosen(qtbot, ctx):  # type: ignore[no-untyped-def]
    editor = new_editor(qtbot, ctx, "pre-investigation")
    assert "UNSCR 1244/1999" in editor.form.footnote("General")  # partner countries listed
    assert "UNSCR 1244/1999" in editor.form.footnote("Milestones")  # JIT partner states
