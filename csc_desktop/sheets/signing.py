"""Signing keys, certificates and PAdES signatures for sheets.

Keys are EC P-256. HQ acts as the project's certificate authority:

- ``make_root_ca(hq_name)``: HQ's root. Subject CN = ``hq_name``, O = the project; basicConstraints
  CA (critical, path length 0), keyUsage keyCertSign + cRLSign (critical), valid 10 years.
- ``issue_certificate(...)``: an adviser's signing certificate, issued by HQ at enrolment.
  Subject CN = the person, serialNumber = the device id, O = the project; basicConstraints not CA
  (critical), keyUsage digitalSignature + nonRepudiation (critical), valid 3 years; subject and
  authority key identifiers. No extendedKeyUsage, so that PDF validators accept it for documents.
- ``make_self_signed(person, device_id)``: the same profile, signed by its own key, for use until
  HQ has certified the device; sheets printed with it say so.

``sign_pdf`` adds a PAdES B-B signature (no timestamp: laptops work offline) as an incremental
update, so the signed bytes are the rendered PDF exactly.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Final, NamedTuple

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from csc_desktop.sheets.labels import PROJECT_NAME

SIGNER_VALIDITY: Final = timedelta(days=3 * 365)
ROOT_VALIDITY: Final = timedelta(days=10 * 365)
#: Certificates start a little in the past so that a slightly slow clock still accepts them.
CLOCK_SKEW: Final = timedelta(minutes=10)
SIGNATURE_FIELD: Final = "CSCSheetSignature"


class KeyAndCertificate(NamedTuple):
    """A private key (PKCS#8 PEM, unencrypted: the caller stores it encrypted) and its
    certificate (PEM)."""

    key_pem: bytes
    cert_pem: bytes


def generate_key() -> bytes:
    """A new EC P-256 private key, PKCS#8 PEM, unencrypted (store it encrypted)."""
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def public_key_pem(key_pem: bytes) -> bytes:
    """The public half of a private key, for HQ to certify at enrolment."""
    key = _load_key(key_pem)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def make_root_ca(hq_name: str, *, now: datetime | None = None) -> KeyAndCertificate:
    key_pem = generate_key()
    key = _load_key(key_pem)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, hq_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, PROJECT_NAME),
        ]
    )
    start = (now or datetime.now(UTC)) - CLOCK_SKEW
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + ROOT_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    cert = builder.sign(key, hashes.SHA256())
    return KeyAndCertificate(key_pem, cert.public_bytes(serialization.Encoding.PEM))


def issue_certificate(
    ca_key_pem: bytes,
    ca_cert_pem: bytes,
    *,
    person: str,
    device_id: str,
    public_key_pem: bytes,
    now: datetime | None = None,
) -> bytes:
    """HQ certifies an adviser's signing key; returns the certificate (PEM)."""
    ca_key = _load_key(ca_key_pem)
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    public_key = serialization.load_pem_public_key(public_key_pem)
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        raise ValueError("signing keys are EC P-256")
    cert = _signer_certificate(
        subject=_signer_name(person, device_id),
        public_key=public_key,
        issuer=ca_cert.subject,
        issuer_key=ca_key,
        now=now,
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def make_self_signed(
    person: str, device_id: str, *, now: datetime | None = None
) -> KeyAndCertificate:
    """A key and a self-signed certificate, used until HQ certifies the device."""
    key_pem = generate_key()
    key = _load_key(key_pem)
    name = _signer_name(person, device_id)
    cert = _signer_certificate(
        subject=name, public_key=key.public_key(), issuer=name, issuer_key=key, now=now
    )
    return KeyAndCertificate(key_pem, cert.public_bytes(serialization.Encoding.PEM))


def is_self_signed(cert_pem: bytes) -> bool:
    cert = x509.load_pem_x509_certificate(cert_pem)
    return cert.issuer == cert.subject


def sign_pdf(
    pdf_bytes: bytes,
    key_pem: bytes,
    cert_pem: bytes,
    chain_pems: Sequence[bytes] = (),
    *,
    reason: str,
    location: str,
) -> bytes:
    """Sign the PDF (PAdES B-B, SHA-256). ``chain_pems``: issuing certificates to embed (HQ's
    root), so that any validator holding that root can check the chain."""
    signing_cert = asn1_certificate(cert_pem)
    signing_key = asn1_keys.PrivateKeyInfo.load(
        _load_key(key_pem).private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    registry = SimpleCertificateStore.from_certs([asn1_certificate(pem) for pem in chain_pems])
    signer = signers.SimpleSigner(
        signing_cert=signing_cert, signing_key=signing_key, cert_registry=registry
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    output = io.BytesIO()
    signers.sign_pdf(writer, metadata, signer=signer, output=output)
    return output.getvalue()


def asn1_certificate(cert_pem: bytes) -> asn1_x509.Certificate:
    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    return asn1_x509.Certificate.load(der)


def _load_key(key_pem: bytes) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(key_pem, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("signing keys are EC P-256")
    return key


def _signer_name(person: str, device_id: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, person),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, device_id),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, PROJECT_NAME),
        ]
    )


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,  # nonRepudiation
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _signer_certificate(
    *,
    subject: x509.Name,
    public_key: ec.EllipticCurvePublicKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    now: datetime | None,
) -> x509.Certificate:
    start = (now or datetime.now(UTC)) - CLOCK_SKEW
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + SIGNER_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    return builder.sign(issuer_key, hashes.SHA256())
