"""Sheets of stored records: building their inputs from the records as stored, printing and
signing them, checking printed sheets against the records, and each profile's signing
certificate (self-signed until HQ, the project's certificate authority, issues one).

``ws.sheets`` is a ``SheetService``; see ``docs/sheets.md``.
"""

from csc_desktop.services.sheets.identity import CertificateError, SigningIdentity
from csc_desktop.services.sheets.service import PRINTER, PreparedSheet, SheetService

__all__ = ["PRINTER", "CertificateError", "PreparedSheet", "SheetService", "SigningIdentity"]
