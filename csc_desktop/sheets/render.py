"""Render any sheet to PDF bytes."""

from __future__ import annotations

from csc_desktop.sheets.activity import render_activity
from csc_desktop.sheets.attendance import render_attendance
from csc_desktop.sheets.model import ActivitySheet, AttendanceSheet, Sheet, TrainingReportSheet
from csc_desktop.sheets.report import render_report


def render_sheet(sheet: Sheet, *, certified: bool) -> bytes:
    """The sheet as an unsigned PDF. ``certified=False`` prints the note that the signer's
    certificate is not yet certified by HQ (self-signed); sign the result with ``sign_pdf``."""
    if isinstance(sheet, AttendanceSheet):
        return render_attendance(sheet, certified=certified)
    if isinstance(sheet, TrainingReportSheet):
        return render_report(sheet, certified=certified)
    if isinstance(sheet, ActivitySheet):
        return render_activity(sheet, certified=certified)
    raise TypeError(f"not a sheet: {type(sheet).__name__}")
