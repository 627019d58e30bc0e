"""Saving and printing are disclosures in the audit log; the signed scan comes back to the
record; a deleted record prints nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from csc_desktop.errors import NotFound
from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.services.workspace import Workspace


def _disclosures(ws: Workspace) -> list[dict[str, Any]]:
    return list_entries(ws, AuditQuery(action="disclose"), limit=None)


def test_saving_and_printing_are_logged_preparing_is_not(
    team_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    sheet = team_ws.sheets.prepare(training["id"], "report", language="bs")
    assert _disclosures(team_ws) == []

    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"an older file under the same name")
    written = team_ws.sheets.save(sheet, target)
    assert written == target and target.read_bytes() == sheet.pdf
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]  # no temporary left
    team_ws.sheets.record_printed(sheet)

    printed, saved = _disclosures(team_ws)
    assert (saved["recipient"], printed["recipient"]) == (str(target), "printer")
    details = json.loads(saved["details"])
    assert details["what"] == "sheet" and details["sheet"] == "report"
    assert details["language"] == "bs" and details["content_hash"] == sheet.content_hash
    assert saved["record_id"] == training["id"] and saved["record_kind"] == "training"
    assert team_ws.verify_audit().ok


def test_the_signed_scan_is_attached_as_a_signed_sheet(
    team_ws: Workspace, training: dict[str, Any]
) -> None:
    scan = b"%PDF-1.4 scanned signatures"
    added = team_ws.sheets.attach_signed_scan(training["id"], "C:\\Scans\\attendance.pdf", scan)
    assert added["kind"] == "signed_sheet" and added["filename"] == "attendance.pdf"
    (listed,) = team_ws.attachments.of_record(training["id"])
    assert listed["kind"] == "signed_sheet"


def test_a_deleted_record_has_no_sheet(team_ws: Workspace, training: dict[str, Any]) -> None:
    team_ws.records.delete(training["id"])
    with pytest.raises(NotFound):
        team_ws.sheets.prepare(training["id"])


def test_a_file_that_is_no_sheet_is_reported_not_matched(team_ws: Workspace) -> None:
    check = team_ws.sheets.verify(b"%PDF-1.7 nothing here")
    assert not check.ok and check.match is None
    assert check.to_json()["problems"] == ["The file is not a readable PDF."]


def test_suggested_file_name_is_plain_ascii(team_ws: Workspace, training: dict[str, Any]) -> None:
    sheet = team_ws.sheets.prepare(training["id"])
    assert sheet.suggested_filename.startswith("attendance-finansijske-istrage-i-oduzimanje")
    assert sheet.suggested_filename.isascii() and sheet.suggested_filename.endswith(".pdf")
