"""Importing participants from CSV/XLSX: a preview with the column mapping, rows in error marked,
nothing saved until Import, then all rows or none."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt

from csc_desktop.ui.participants.import_dialog import ImportDialog
from tests.ui_editors.helpers import opened_editor

TRAINING = {
    "title": "Hetimet financiare",
    "start_date": "2026-03-10",
    "end_date": "2026-03-12",
    "venue": "Prishtinë",
}
WITH_BAD_ROWS = (
    "Emri dhe mbiemri;Gjinia;Institucioni;Dita 1;Dita 2;Dita 3;Vlerësimi\n"
    "Arta Berisha;F;Policia e Kosovës;x;x;x;5\n"
    "Drita Kelmendi;Ž;Policia e Kosovës;x;x;;7\n"
    ";M;Policia e Kosovës;x;x;x;4\n"
    "Besnik Shala;M;Dogana e Kosovës;x;x;x;3\n"
).encode()


def open_import(qtbot, ctx, editor, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    ctx.dialogs.answers.append(path)
    editor.participants.import_button.click()
    qtbot.waitUntil(lambda: editor.findChild(ImportDialog) is not None)
    dialog = editor.findChild(ImportDialog)
    assert isinstance(dialog, ImportDialog)
    return dialog


def error_rows(dialog: ImportDialog) -> list[int]:
    model = dialog.model
    return [
        int(model.data(model.index(r, 0)))
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) is not None
    ]


def test_rows_in_error_are_marked_and_nothing_can_be_imported(qtbot, ctx, ws, tmp_path):  # type: ignore[no-untyped-def]
    training = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", training["id"])
    path = tmp_path / "pjesemarresit.csv"
    path.write_bytes(WITH_BAD_ROWS)
    dialog = open_import(qtbot, ctx, editor, path)

    assert error_rows(dialog) == [3, 4]  # spreadsheet row numbers, heading row counted
    tooltip = dialog.model.data(dialog.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "evaluation must be a whole number from 1 to 5" in tooltip
    assert "4 rows" in dialog.summary.text() and "2 with errors" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.run_import()  # even pressed, nothing happens
    assert ws.records.get(training["id"], consult=False)["participants"] == []

    dialog.reject()
    assert ws.records.get(training["id"], consult=False)["participants"] == []


def test_changing_the_column_mapping_reads_the_file_again(qtbot, ctx, ws, tmp_path):  # type: ignore[no-untyped-def]
    training = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", training["id"])
    path = tmp_path / "pjesemarresit.csv"
    path.write_bytes(WITH_BAD_ROWS.replace(b";M;Policia e Kosov\xc3\xabs;x;x;x;4\n", b""))
    dialog = open_import(qtbot, ctx, editor, path)
    assert error_rows(dialog) == [3]

    dialog.mapping.choose(6, None)  # do not import the evaluation column
    qtbot.waitUntil(lambda: not dialog.busy and error_rows(dialog) == [])
    assert dialog.import_button.isEnabled()
    assert "evaluation" not in dialog.model.keys

    dialog.mapping.choose(1, "name")  # two columns for one field: the file as a whole is refused
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview.problem != "")
    assert "both set to" in dialog.banner.text()
    assert not dialog.import_button.isEnabled()


def test_a_good_workbook_is_imported_after_confirming(qtbot, ctx, ws, tmp_path):  # type: ignore[no-untyped-def]
    training = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", training["id"])
    book = Workbook()
    sheet = book.active
    sheet.append(["Lista e pjesëmarrësve"])
    sheet.append(["Emri", "Mbiemri", "Gjinia", "Pozita", "Dita 1", "Dita 2", "Dita 3"])
    sheet.append(["Arta", "Berisha", "F", "Hetuese", "x", "x", "x"])
    sheet.append(["Ilir", "Gashi", "M", "Prokuror", "x", "", "x"])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    dialog = open_import(qtbot, ctx, editor, path)
    assert error_rows(dialog) == []
    assert dialog.import_button.isEnabled()
    assert ws.records.get(training["id"], consult=False)["participants"] == []  # not yet

    dialog.import_button.click()
    qtbot.waitUntil(lambda: editor.participants.model.rowCount() == 2)
    people = ws.records.get(training["id"], consult=False)["participants"]
    assert [p["name"] for p in people] == ["Arta Berisha", "Ilir Gashi"]
    assert people[1]["attendance"] == [True, False, True]
    assert not editor.is_dirty()


def test_a_row_the_store_refuses_is_marked_and_nothing_is_saved(qtbot, ctx, ws, tmp_path):  # type: ignore[no-untyped-def]
    training = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", training["id"])
    path = tmp_path / "lista.csv"
    path.write_text(
        "Name,Gender,Function\nArta Berisha,F,\nIlir Gashi,M,Astronaut\n", encoding="utf-8"
    )
    dialog = open_import(qtbot, ctx, editor, path)
    assert dialog.import_button.isEnabled()  # the file reads well

    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and error_rows(dialog) == [3])
    assert "Astronaut" in dialog.model.data(dialog.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert not dialog.import_button.isEnabled()
    assert ws.records.get(training["id"], consult=False)["participants"] == []


def test_import_waits_for_unsaved_changes_to_be_saved(qtbot, ctx, ws, tmp_path):  # type: ignore[no-untyped-def]
    training = ws.records.create("training", TRAINING)
    editor = opened_editor(qtbot, ctx, "training", training["id"])
    editor.participants.add_button.click()
    editor.participants.import_button.click()
    assert ctx.dialogs.asked[-1][0] == "info"
    assert editor.findChild(ImportDialog) is None
