"""Sheets in the GUI: Print / Save as PDF with a preview, signed scans, checking a sheet."""

from csc_desktop.ui.sheets.dialog import SheetDialog
from csc_desktop.ui.sheets.hooks import attach_signed_scans, check_sheet_file, open_sheet_dialog

__all__ = ["SheetDialog", "attach_signed_scans", "check_sheet_file", "open_sheet_dialog"]
