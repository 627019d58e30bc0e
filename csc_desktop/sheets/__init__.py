"""Signed activity sheets: attendance sheets, training reports, pre-investigation support and
TAF mission sheets as PDF, tied to their record by a QR code and signed (PAdES).

Pure Python: no database and no Qt. The service layer builds the inputs (``model``) from stored
records, calls ``render_sheet`` then ``sign_pdf``, and records the disclosure in the audit log.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from csc_desktop.sheets.content import (
        SheetPayload,
        canonical_content,
        content_hash,
        sheet_payload,
    )
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

# Each name's module, imported on first use: the report labels and the record services need only
# a few light parts (labels, locales), and rendering and signing load reportlab and pyHanko
# (about a second).
_MODULE_OF = {
    "SheetPayload": "content",
    "canonical_content": "content",
    "content_hash": "content",
    "sheet_payload": "content",
    "SHEET_LANGUAGES": "locales",
    **dict.fromkeys(
        (
            "ActivitySheet",
            "AttendanceSheet",
            "Country",
            "EvaluationSummary",
            "Fact",
            "Gender",
            "Participant",
            "PrintContext",
            "Sheet",
            "SheetKind",
            "Signatory",
            "TrainingInfo",
            "TrainingReportSheet",
        ),
        "model",
    ),
    "render_sheet": "render",
    **dict.fromkeys(
        (
            "KeyAndCertificate",
            "generate_key",
            "is_self_signed",
            "issue_certificate",
            "make_root_ca",
            "make_self_signed",
            "public_key_pem",
            "sign_pdf",
        ),
        "signing",
    ),
    "Problem": "verification",
    "SheetVerification": "verification",
    "verify_sheet": "verification",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


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
