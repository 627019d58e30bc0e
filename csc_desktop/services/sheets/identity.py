"""A profile's signing identity for sheets, kept in the encrypted database (``meta``).

Every profile has an EC P-256 key and a certificate for it. A team's certificate is self-signed
until HQ certifies the key (its sheets then say "not yet certified"); HQ is the project's
certificate authority: its profile holds the root (key and certificate) and a signing certificate
of its own issued by that root. ``trusted roots`` are the roots this profile accepts when it
verifies a sheet: HQ's own root, or on a team the root that came with its certificate.

The private keys never leave the database unencrypted: they are read into memory to sign.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Connection, select

from csc_desktop.errors import CscError
from csc_desktop.store.schema import meta

KEY: Final = "sheets.signing_key_pem"
CERTIFICATE: Final = "sheets.signing_cert_pem"
#: The issuing root (PEM) embedded in each signature; empty while the certificate is self-signed.
CHAIN: Final = "sheets.signing_chain_pem"
ROOTS: Final = "sheets.trusted_roots"
CA_KEY: Final = "sheets.ca_key_pem"
CA_CERTIFICATE: Final = "sheets.ca_cert_pem"
#: Common name of HQ's root certificate.
ROOT_NAME: Final = "CSC HQ sheet signing root"


class CertificateError(CscError):
    """A certificate or certificate request that this profile cannot accept."""

    exit_code = 2


@dataclass(frozen=True)
class SigningIdentity:
    key_pem: bytes
    cert_pem: bytes
    chain_pems: tuple[bytes, ...]

    @property
    def certified(self) -> bool:
        return bool(self.chain_pems) and not _is_self_signed(self.cert_pem)

    @property
    def signer_name(self) -> str:
        """The certificate's common name: the adviser printed on activity sheets."""
        return common_name(self.cert_pem)

    def public_key_pem(self) -> str:
        key = serialization.load_pem_private_key(self.key_pem, password=None)
        return (
            key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode("ascii")
        )


def read_values(conn: Connection) -> dict[str, str]:
    keys = (KEY, CERTIFICATE, CHAIN, ROOTS, CA_KEY, CA_CERTIFICATE)
    rows = conn.execute(select(meta.c.key, meta.c.value).where(meta.c.key.in_(keys))).all()
    return {key: value for key, value in rows}


def identity_from(values: dict[str, str]) -> SigningIdentity | None:
    if not values.get(KEY) or not values.get(CERTIFICATE):
        return None
    chain = values.get(CHAIN) or ""
    return SigningIdentity(
        key_pem=values[KEY].encode("ascii"),
        cert_pem=values[CERTIFICATE].encode("ascii"),
        chain_pems=(chain.encode("ascii"),) if chain else (),
    )


def roots_from(values: dict[str, str]) -> list[str]:
    return list(json.loads(values.get(ROOTS) or "[]"))


def new_identity_values(*, role: str, person: str, device_id: str) -> dict[str, str]:
    """Meta values for a profile that has no signing identity yet: a self-signed key for a
    team; for HQ the root CA and a key certified by it."""
    from csc_desktop.sheets.signing import (  # pyHanko is slow to import: only when needed
        generate_key,
        issue_certificate,
        make_root_ca,
        make_self_signed,
        public_key_pem,
    )

    if role != "hq":
        key_pem, cert_pem = make_self_signed(person, device_id)
        return {KEY: key_pem.decode(), CERTIFICATE: cert_pem.decode(), CHAIN: "", ROOTS: "[]"}
    root = make_root_ca(ROOT_NAME)
    key_pem = generate_key()
    cert_pem = issue_certificate(
        root.key_pem,
        root.cert_pem,
        person=person,
        device_id=device_id,
        public_key_pem=public_key_pem(key_pem),
    )
    return {
        KEY: key_pem.decode(),
        CERTIFICATE: cert_pem.decode(),
        CHAIN: root.cert_pem.decode(),
        ROOTS: json.dumps([root.cert_pem.decode()]),
        CA_KEY: root.key_pem.decode(),
        CA_CERTIFICATE: root.cert_pem.decode(),
    }


def load_certificate(pem: str | bytes, what: str) -> x509.Certificate:
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError as exc:
        raise CertificateError(f"The {what} is not a PEM certificate.") from exc


def load_ec_public_key(pem: str | bytes) -> ec.EllipticCurvePublicKey:
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise CertificateError("The public key is not a PEM public key.") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise CertificateError("Sheet signing keys are EC P-256 keys; this one is not.")
    return key


def check_certificate_for_key(
    cert_pem: str | bytes, root_pem: str | bytes, *, public_key_pem: str, device_id: str
) -> tuple[str, str]:
    """Check that a certificate HQ issued is for our key and device and chains to ``root_pem``;
    returns both as normalised PEM text. Raises ``CertificateError`` with the reason."""
    cert = load_certificate(cert_pem, "certificate")
    root = load_certificate(root_pem, "root certificate")
    ours = load_ec_public_key(public_key_pem)
    if _spki(cert.public_key()) != _spki(ours):
        raise CertificateError("The certificate is for another key, not this profile's.")
    serials = cert.subject.get_attributes_for_oid(x509.NameOID.SERIAL_NUMBER)
    if not serials or serials[0].value != device_id:
        raise CertificateError("The certificate was issued for another device.")
    if root.issuer != root.subject or not _is_ca(root):
        raise CertificateError("The root certificate is not a certificate authority's root.")
    if cert.issuer != root.subject:
        raise CertificateError("The certificate was not issued by this root.")
    try:
        cert.verify_directly_issued_by(root)
    except (InvalidSignature, ValueError, TypeError) as exc:
        raise CertificateError(
            "The certificate's signature does not verify with the root."
        ) from exc
    now = datetime.now(UTC)
    for which, item in (("certificate", cert), ("root certificate", root)):
        if not item.not_valid_before_utc <= now <= item.not_valid_after_utc:
            raise CertificateError(f"The {which} is not valid today.")
    pem = serialization.Encoding.PEM
    return cert.public_bytes(pem).decode("ascii"), root.public_bytes(pem).decode("ascii")


def fingerprint(cert_pem: str | bytes) -> str:
    """SHA-256 of the certificate, in groups of four hex digits, for reading out on the phone."""
    digest = load_certificate(cert_pem, "certificate").fingerprint(hashes.SHA256()).hex().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def common_name(cert_pem: str | bytes) -> str:
    names = load_certificate(cert_pem, "certificate").subject.get_attributes_for_oid(
        x509.NameOID.COMMON_NAME
    )
    value = names[0].value if names else ""
    return value if isinstance(value, str) else value.decode("utf-8")


def _is_self_signed(cert_pem: bytes) -> bool:
    cert = x509.load_pem_x509_certificate(cert_pem)
    return cert.issuer == cert.subject


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _spki(key: object) -> bytes:
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return b""
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
