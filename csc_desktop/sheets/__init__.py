"""Signed activity sheets: attendance sheets, training reports, pre-investigation support and
TAF mission sheets as PDF, tied to their record by a QR code and signed (PAdES).

Pure Python: no database and no Qt. The service layer builds the inputs (``model``) from stored
records, calls ``render_sheet`` then ``sign_pdf``, and records the disclosure in the audit log.
"""

from csc_desktop.sheets.content import SheetPayload, canonical_content, content_hash, sheet_payload
from csc_desktop.sheets.locales import SHEET_LANGUAGES
from csc_desktop.sheets.model import (
    ActivitySheet,
    AttendanceSheet,
    Country,
    EvaluationSummary,
    Fact,
    Gender,
    Participant,
    PrintContext,
    Sheet,
    SheetKind,
    Signatory,
    TrainingInfo,
    TrainingReportSheet,
)
from csc_desktop.sheets.render import render_sheet
from csc_desktop.sheets.signing import (
    KeyAndCertificate,
    generate_key,
    is_self_signed,
    issue_certificate,
    make_root_ca,
    make_self_signed,
    public_key_pem,
    sign_pdf,
)
from csc_desktop.sheets.verification import Problem, SheetVerification, verify_sheet

__all__ = [
    "SHEET_LANGUAGES",
    "ActivitySheet",
    "AttendanceSheet",
    "Country",
    "EvaluationSummary",
    "Fact",
    "Gender",
    "KeyAndCertificate",
    "Participant",
    "PrintContext",
    "Problem",
    "Sheet",
    "SheetKind",
    "SheetPayload",
    "SheetVerification",
    "Signatory",
    "TrainingInfo",
    "TrainingReportSheet",
    "canonical_content",
    "content_hash",
    "generate_key",
    "is_self_signed",
    "issue_certificate",
    "make_root_ca",
    "make_self_signed",
    "public_key_pem",
    "render_sheet",
    "sheet_payload",
    "sign_pdf",
    "verify_sheet",
]
