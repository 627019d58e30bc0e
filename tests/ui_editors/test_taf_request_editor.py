"""A TAF request: institutions typed by any name, amounts the local way, Submit when allowed,
headquarters' fields closed to a country team."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from csc_desktop.services.workspace import Workspace
from tests.ui_editors.conftest import PASSPHRASE, clear_and_type, make_context, type_text
from tests.ui_editors.helpers import choose, new_editor, opened_editor, saved


def test_a_taf_request_is_saved_with_a_local_amount_and_submitted(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = Workspace.create(
        tmp_path / "sr", PASSPHRASE, role="team", person="Ана", country="RS", language="sr"
    )
    ctx = make_context(ws)
    try:
        editor = new_editor(qtbot, ctx, "taf-request")
        form = editor.form
        type_text(form.rows["title"].input.widget, "Студијска посета Еуроџасту")
        type_text(
            form.rows["requesting_institution"].input.widget.line, "тужилаштво за организовани"
        )
        popup = form.rows["requesting_institution"].input.picker.completer.popup()
        assert popup.isVisible() and popup.model().rowCount() == 1  # found across scripts
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        choose(form.rows["assistance_type"].input.widget, "study_visit")
        type_text(form.rows["budget_eur"].input.widget, "12.500,50")
        assert editor.workflow.shown_actions() == []  # nothing to submit before the first save

        saved(qtbot, editor)
        record = ws.records.get(editor.record_id, consult=False)
        assert record["requesting_institution"] == "rs-ppooc"
        assert record["budget_eur"] == 12500.5
        assert form.rows["budget_eur"].input.widget.text() == "12.500,50"
        submit = editor.workflow.button("submit")
        assert submit is not None and submit.isVisible()

        ctx.dialogs.answers.append(True)  # type: ignore[attr-defined]
        submit.click()
        qtbot.waitUntil(
            lambda: editor.record is not None and editor.record["status"] == "submitted"
        )
        assert editor.workflow.button("submit") is None
        assert editor.workflow.shown_actions() == ["withdraw"]
        assert ws.records.get(editor.record_id, consult=False)["submitted_on"] is not None
        assert ctx.dialogs.asked[-1][0] == "confirm"  # type: ignore[attr-defined]
    finally:
        ctx.runner.shutdown()
        ws.engine.dispose()


def test_submit_asks_first_and_does_nothing_when_the_person_says_no(qtbot, ctx, ws, dialogs):  # type: ignore[no-untyped-def]
    record = ws.records.create(
        "taf-request",
        {"title": "Workshop", "requesting_institution": "rs-ppooc", "assistance_type": "workshop"},
    )
    editor = opened_editor(qtbot, ctx, "taf-request", record["id"])
    dialogs.answers.append(False)
    editor.workflow.button("submit").click()
    assert ws.records.get(record["id"], consult=False)["status"] == "draft"
    assert editor.workflow.shown_actions() == ["submit"]


def test_headquarters_fields_are_read_only_for_a_country_team(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create(
        "taf-request",
        {"title": "Workshop", "requesting_institution": "rs-ppooc", "assistance_type": "workshop"},
    )
    editor = opened_editor(qtbot, ctx, "taf-request", record["id"])
    rows = editor.form.rows
    assert rows["assessment"].input.widget.isReadOnly()
    assert rows["decision_notes"].input.widget.isReadOnly()
    assert rows["approved_budget_eur"].input.widget.isReadOnly()
    assert rows["assessed_on"].input.widget.line.isReadOnly()
    assert rows["submitted_on"].input.widget.line.isReadOnly()  # set by the application
    assert not rows["country"].input.widget.isEnabled()  # a team records its own country only
    assert not rows["title"].input.widget.isReadOnly()
    clear_and_type(rows["title"].input.widget, "Workshop on JITs")
    saved(qtbot, editor)
    assert ws.records.get(record["id"], consult=False)["title"] == "Workshop on JITs"


def test_headquarters_edits_its_decision_but_not_the_teams_fields(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    hq = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    ctx = make_context(hq)
    try:
        record = hq.records.create(
            "taf-request",
            {
                "title": "Study visit",
                "country": "AL",
                "requesting_institution": "Prokuroria e Posaçme",
                "assistance_type": "study_visit",
            },
        )
        editor = opened_editor(qtbot, ctx, "taf-request", record["id"])
        assert not editor.form.rows["assessment"].input.widget.isReadOnly()
        assert editor.form.rows["country"].input.widget.isEnabled()
    finally:
        ctx.runner.shutdown()
        hq.engine.dispose()


def test_read_only_fields_look_different_from_editable_ones(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    record = ws.records.create(
        "taf-request",
        {"title": "Workshop", "requesting_institution": "rs-ppooc", "assistance_type": "workshop"},
    )
    editor = opened_editor(qtbot, ctx, "taf-request", record["id"])
    base = QPalette.ColorRole.Base

    def background(name: str) -> str:
        return editor.form.rows[name].input.widget.palette().color(base).name()

    assert background("assessment") != background("title")
    assert background("title") == editor.palette().color(base).name()
