"""Print / Save as PDF in the GUI (offscreen): preview, save, print, signed scans, checking a
sheet. Dialog answers are scripted; printing goes to a PDF file instead of a printer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.services.workspace import Workspace
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.seams import ScriptedDialogs
from csc_desktop.ui.common.worker import Runner
from csc_desktop.ui.sheets import (
    SheetDialog,
    attach_signed_scans,
    check_sheet_file,
    open_sheet_dialog,
)
from tests.sheets.sheet_pdf_tools import page_count


@pytest.fixture
def ctx(team_ws: Workspace) -> Iterator[AppContext]:
    context = AppContext(runner=Runner(), dialogs=ScriptedDialogs())
    context.attach(team_ws)
    yield context
    context.runner.shutdown()


def _ready(qtbot: Any, dialog: SheetDialog) -> None:
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog.busy, timeout=20_000)


def _recipients(ws: Workspace) -> list[str]:
    return [e["recipient"] for e in list_entries(ws, AuditQuery(action="disclose"), limit=None)]


def test_preview_save_and_print(
    qtbot: Any, ctx: AppContext, team_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    dialog = open_sheet_dialog(ctx, None, training["id"])
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    kinds = [dialog.kind_box.itemData(i) for i in range(dialog.kind_box.count())]
    assert kinds == ["attendance", "report"]
    pages = [w for w in dialog.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]
    assert len(pages) == page_count(dialog.sheet.pdf)
    assert "not certified" in dialog.status.text()
    assert _recipients(team_ws) == []  # a preview discloses nothing

    dialog.language_box.setCurrentIndex(dialog.language_box.findData("sq"))
    _ready(qtbot, dialog)
    assert dialog.sheet.language == "sq"

    assert isinstance(ctx.dialogs, ScriptedDialogs)
    ctx.dialogs.answers.append(tmp_path / "attendance")
    dialog.save_pdf()
    saved = tmp_path / "attendance.pdf"
    # saved, and the dialog ready again (printing waits while it is busy)
    qtbot.waitUntil(lambda: str(saved) in _recipients(team_ws) and not dialog.busy, timeout=20_000)
    assert saved.read_bytes() == dialog.sheet.pdf

    printed = tmp_path / "printed.pdf"

    def to_file() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    dialog.ask_printer = to_file  # type: ignore[method-assign]
    dialog.print_sheet()
    assert page_count(printed.read_bytes()) == page_count(dialog.sheet.pdf)
    qtbot.waitUntil(lambda: len(_recipients(team_ws)) == 2, timeout=20_000)
    assert _recipients(team_ws)[0].startswith("printer")
    dialog.grab().save(str(tmp_path / "sheet-dialog.png"))


def test_scans_attach_as_signed_sheets_and_a_sheet_file_is_checked(
    qtbot: Any, ctx: AppContext, team_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a scan")
    done: list[Any] = []
    attach_signed_scans(ctx, None, training["id"], [scan], done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert [a["kind"] for a in team_ws.attachments.of_record(training["id"])] == ["signed_sheet"]

    sheet = tmp_path / "sheet.pdf"
    team_ws.sheets.export(training["id"], "report", sheet)
    assert isinstance(ctx.dialogs, ScriptedDialogs)
    ctx.dialogs.answers.append(sheet)
    check_sheet_file(ctx, None)
    qtbot.waitUntil(lambda: len(ctx.dialogs.asked) == 2, timeout=20_000)
    kind, text = ctx.dialogs.asked[1]
    assert kind == "info" and "same" in text and "Ana Petrović" in text
