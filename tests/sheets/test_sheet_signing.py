"""Signatures: valid for pyHanko and Poppler, broken by any change, chained to HQ's root."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from csc_desktop.sheets import (
    KeyAndCertificate,
    Problem,
    SheetKind,
    content_hash,
    is_self_signed,
    render_sheet,
    sign_pdf,
    verify_sheet,
)
from csc_desktop.sheets.samples import SAMPLE_RECORD_ID, sample_activity, sample_attendance
from csc_desktop.sheets.signing import asn1_certificate
from tests.sheets.conftest import Signer
from tests.sheets.sheet_pdf_tools import pdf_text, pdfsig_report


def _signed(signer: Signer, *, certified: bool = True, participants: int = 20) -> bytes:
    pdf = render_sheet(sample_attendance(participants, 3), certified=certified)
    return sign_pdf(
        pdf,
        signer.key_pem,
        signer.cert_pem,
        signer.chain,
        reason="Training attendance sheet",
        location="Beograd",
    )


def _flip_one_signed_byte(pdf: bytes) -> bytes:
    """Change one character of the document title: inside the signed byte range."""
    changed = bytearray(pdf)
    at = changed.index(b"/Title (") + len(b"/Title (")
    changed[at] ^= 0x01
    return bytes(changed)


def test_pyhanko_validates_the_signature(
    certified_signer: Signer, hq_root: KeyAndCertificate
) -> None:
    reader = PdfFileReader(io.BytesIO(_signed(certified_signer)))
    (signature,) = reader.embedded_regular_signatures
    context = ValidationContext(trust_roots=[asn1_certificate(hq_root.cert_pem)])
    status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid and status.trusted
    assert status.bottom_line


def test_pdfsig_reports_valid_then_digest_mismatch_after_one_byte(
    certified_signer: Signer, tmp_path: Path
) -> None:
    signed = _signed(certified_signer)
    report = pdfsig_report(signed, tmp_path)
    assert "Signature is Valid." in report
    assert "Ana Petrović" in report
    tampered = pdfsig_report(_flip_one_signed_byte(signed), tmp_path)
    assert "Signature is Valid." not in tampered
    assert "Digest Mismatch." in tampered


def test_verify_sheet_reports_an_intact_certified_sheet(
    certified_signer: Signer, hq_root: KeyAndCertificate
) -> None:
    result = verify_sheet(_signed(certified_signer), [hq_root.cert_pem])
    assert result.ok
    assert result.intact and result.chains_to_root and result.certified
    assert result.signer_name == "Ana Petrović"
    assert result.signer_device_id == "RS-LAPTOP-02"
    assert result.record_id == SAMPLE_RECORD_ID
    assert result.record_version == "3"
    assert result.payload is not None and result.payload.kind is SheetKind.ATTENDANCE
    assert result.content_hash == content_hash(sample_attendance(20, 3))
    assert result.problems == ()


def test_one_changed_byte_makes_the_sheet_not_intact(
    certified_signer: Signer, hq_root: KeyAndCertificate
) -> None:
    result = verify_sheet(_flip_one_signed_byte(_signed(certified_signer)), [hq_root.cert_pem])
    assert not result.intact
    assert not result.ok
    assert Problem.ALTERED in result.problems


def test_bytes_added_after_signing_are_reported(
    certified_signer: Signer, hq_root: KeyAndCertificate
) -> None:
    result = verify_sheet(_signed(certified_signer) + b"\n% appended\n", [hq_root.cert_pem])
    assert not result.intact
    assert Problem.ADDED_AFTER_SIGNING in result.problems


def test_self_signed_sheet_is_intact_but_does_not_chain_to_hq(
    self_signed_signer: Signer, hq_root: KeyAndCertificate, tmp_path: Path
) -> None:
    signed = _signed(self_signed_signer, certified=False)
    assert "Signature is Valid." in pdfsig_report(signed, tmp_path)
    result = verify_sheet(signed, [hq_root.cert_pem])
    assert result.intact
    assert not result.chains_to_root and not result.certified
    assert result.problems == (Problem.SELF_SIGNED,)
    assert result.signer_name == "Ана Петровић"


def test_certificate_from_another_authority_does_not_chain(
    certified_signer: Signer,
) -> None:
    from csc_desktop.sheets import make_root_ca

    other_root = make_root_ca("Not our HQ")
    result = verify_sheet(_signed(certified_signer), [other_root.cert_pem])
    assert result.intact and result.certified and not result.chains_to_root
    assert result.problems == (Problem.UNKNOWN_ISSUER,)


def test_unsigned_and_unreadable_files_say_so(hq_root: KeyAndCertificate) -> None:
    unsigned = verify_sheet(render_sheet(sample_activity(), certified=True), [hq_root.cert_pem])
    assert not unsigned.signed and unsigned.problems == (Problem.NOT_SIGNED,)
    assert unsigned.record_id == SAMPLE_RECORD_ID  # the reference is still readable
    assert verify_sheet(b"%PDF-1.7 nothing", [hq_root.cert_pem]).problems == (Problem.NOT_A_PDF,)


@pytest.mark.parametrize("certified", [True, False])
def test_only_uncertified_sheets_say_the_signature_is_not_certified(certified: bool) -> None:
    text = " ".join(pdf_text(render_sheet(sample_activity(), certified=certified)).split())
    assert ("not yet certified" in text) is not certified


def test_certificate_profiles(certified_signer: Signer, hq_root: KeyAndCertificate) -> None:
    root = x509.load_pem_x509_certificate(hq_root.cert_pem)
    signer = x509.load_pem_x509_certificate(certified_signer.cert_pem)
    assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = signer.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not signer.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert signer.issuer == root.subject
    assert (signer.not_valid_after_utc - signer.not_valid_before_utc).days >= 3 * 365
    assert not is_self_signed(certified_signer.cert_pem)
    assert is_self_signed(hq_root.cert_pem)
