"""Checking a signed sheet at HQ: who signed, is the file intact, does the signer's certificate
chain to HQ's root, and which record (and version) the sheet shows.

Validation is point-in-time at the signing time the signature states (PAdES B-B carries no
trusted timestamp: laptops sign offline), so a sheet signed while its certificate was valid stays
valid after the certificate expires. Revocation is HQ's list of revoked devices: compare
``signer_certificate_sha256`` (or ``signer_device_id``) with it.

Comparing the record and version with what HQ holds (same, older version, unknown) is the
service layer's job: it has the database.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pyhanko.pdf_utils.generic import DictionaryObject
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from csc_desktop.sheets.content import SheetPayload
from csc_desktop.sheets.signing import asn1_certificate

# pyHanko logs a traceback for every certificate it cannot chain (self-signed ones included);
# that outcome is reported in the result, so keep it off the terminal unless the app logs it.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())


class Problem(StrEnum):
    """What can be wrong with a sheet, in plain words (the value); the UI may translate it."""

    NOT_A_PDF = "The file is not a readable PDF."
    NOT_SIGNED = "The file carries no digital signature."
    ALTERED = "The file was changed after it was signed: the signature no longer matches it."
    ADDED_AFTER_SIGNING = "Something was added to the file after it was signed."
    SELF_SIGNED = "The signer's certificate is self-signed: HQ has not certified it yet."
    UNKNOWN_ISSUER = "The signer's certificate was not issued by HQ's root certificate."
    NO_RECORD_REFERENCE = "The file does not say which record it shows."


@dataclass(frozen=True, slots=True)
class SheetVerification:
    signed: bool
    #: The signature matches the file, and nothing was added after signing.
    intact: bool
    #: The signer's certificate chains to one of the trusted roots (HQ's root).
    chains_to_root: bool
    #: The signer's certificate was issued by an authority (not self-signed).
    certified: bool
    signer_name: str | None
    signer_device_id: str | None
    signer_certificate_sha256: str | None
    signed_at: datetime | None
    payload: SheetPayload | None
    problems: tuple[Problem, ...]

    @property
    def record_id(self) -> str | None:
        return self.payload.record_id if self.payload else None

    @property
    def record_version(self) -> str | None:
        return self.payload.record_version if self.payload else None

    @property
    def content_hash(self) -> str | None:
        return self.payload.content_hash if self.payload else None

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.chains_to_root and self.payload is not None


def verify_sheet(pdf_bytes: bytes, trusted_root_pems: Sequence[bytes]) -> SheetVerification:
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        signatures = reader.embedded_regular_signatures
        payload = _read_payload(reader)
    except Exception:  # any parse failure means the same thing to the person checking
        return _unsigned(None, (Problem.NOT_A_PDF,))
    no_reference = () if payload is not None else (Problem.NO_RECORD_REFERENCE,)
    if not signatures:
        return _unsigned(payload, (Problem.NOT_SIGNED, *no_reference))

    signature = signatures[0]
    cert = signature.signer_cert
    signed_at = signature.self_reported_timestamp
    context = ValidationContext(
        trust_roots=[asn1_certificate(pem) for pem in trusted_root_pems],
        allow_fetching=False,
        moment=signed_at,
    )
    status = validate_pdf_signature(signature, context, skip_diff=True)
    problems: list[Problem] = []
    matches = bool(status.intact and status.valid)
    whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not matches:
        problems.append(Problem.ALTERED)
    elif not whole_file:
        problems.append(Problem.ADDED_AFTER_SIGNING)
    certified = cert.issuer != cert.subject
    chains_to_root = bool(status.trusted)
    if matches and not certified:
        problems.append(Problem.SELF_SIGNED)
    elif matches and not chains_to_root:
        problems.append(Problem.UNKNOWN_ISSUER)
    problems.extend(no_reference)
    subject = cert.subject.native
    return SheetVerification(
        signed=True,
        intact=matches and whole_file,
        chains_to_root=chains_to_root,
        certified=certified,
        signer_name=subject.get("common_name"),
        signer_device_id=subject.get("serial_number"),
        signer_certificate_sha256=cert.sha256.hex(),
        signed_at=signed_at,
        payload=payload,
        problems=tuple(problems),
    )


def _unsigned(payload: SheetPayload | None, problems: tuple[Problem, ...]) -> SheetVerification:
    return SheetVerification(
        signed=False,
        intact=False,
        chains_to_root=False,
        certified=False,
        signer_name=None,
        signer_device_id=None,
        signer_certificate_sha256=None,
        signed_at=None,
        payload=payload,
        problems=problems,
    )


def _read_payload(reader: PdfFileReader) -> SheetPayload | None:
    info = reader.trailer_view.get("/Info")
    if info is None:
        return None
    info = info.get_object()
    if not isinstance(info, DictionaryObject) or "/Keywords" not in info:
        return None
    try:
        return SheetPayload.parse(str(info["/Keywords"]))
    except ValueError:
        return None
