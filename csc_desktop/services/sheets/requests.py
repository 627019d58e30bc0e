"""The files of the certification flow without sync: a team's certificate request and the
certificate HQ sends back.

A request carries the device id, the person and the public key, signed with the private key
(proof that the requester holds it). It is not secret; what makes it trustworthy is how it
reaches HQ (in person, or read out and compared by phone: both sides print the key's
fingerprint).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from csc_desktop.services.sheets.identity import CertificateError, load_ec_public_key

REQUEST_FORMAT: Final = "csc-sheet-certificate-request"
ISSUED_FORMAT: Final = "csc-sheet-certificate"
FORMAT_VERSION: Final = 1
MAX_FILE_BYTES: Final = 64 * 1024


@dataclass(frozen=True)
class CertificateRequest:
    device_id: str
    person: str
    country: str | None
    public_key_pem: str

    def payload(self) -> dict[str, Any]:
        return {"format": REQUEST_FORMAT, "format_version": FORMAT_VERSION, **asdict(self)}

    def to_json(self, key_pem: bytes) -> str:
        """The request file, signed with the private key of ``public_key_pem``."""
        key = serialization.load_pem_private_key(key_pem, password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise CertificateError("Sheet signing keys are EC P-256 keys.")
        signature = key.sign(_canonical(self.payload()), ec.ECDSA(hashes.SHA256()))
        document = self.payload() | {"signature": base64.b64encode(signature).decode("ascii")}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def parse(cls, text: str) -> CertificateRequest:
        """Read a request and check its signature; ``CertificateError`` if it is not one."""
        document = _document(text, REQUEST_FORMAT, "certificate request")
        try:
            request = cls(
                device_id=str(document["device_id"]),
                person=" ".join(str(document["person"]).split()),
                country=document.get("country") or None,
                public_key_pem=str(document["public_key_pem"]),
            )
            signature = base64.b64decode(str(document["signature"]), validate=True)
        except (KeyError, ValueError) as exc:
            raise CertificateError("The certificate request is incomplete.") from exc
        if not request.person or not request.device_id:
            raise CertificateError("The certificate request names no person or no device.")
        key = load_ec_public_key(request.public_key_pem)
        try:
            key.verify(signature, _canonical(request.payload()), ec.ECDSA(hashes.SHA256()))
        except InvalidSignature as exc:
            raise CertificateError(
                "The certificate request's signature does not match its key: it was changed "
                "or not made by the holder of the key."
            ) from exc
        return request

    def key_fingerprint(self) -> str:
        return key_fingerprint(self.public_key_pem)


@dataclass(frozen=True)
class IssuedCertificate:
    device_id: str
    certificate_pem: str
    root_pem: str

    def to_json(self) -> str:
        document = {"format": ISSUED_FORMAT, "format_version": FORMAT_VERSION, **asdict(self)}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def parse(cls, text: str) -> IssuedCertificate:
        document = _document(text, ISSUED_FORMAT, "certificate file")
        try:
            return cls(
                device_id=str(document["device_id"]),
                certificate_pem=str(document["certificate_pem"]),
                root_pem=str(document["root_pem"]),
            )
        except KeyError as exc:
            raise CertificateError("The certificate file is incomplete.") from exc


def key_fingerprint(public_key_pem: str) -> str:
    """SHA-256 of the public key (DER), in groups of four hex digits."""
    der = load_ec_public_key(public_key_pem).public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashlib.sha256(der).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def _canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _document(text: str, expected_format: str, what: str) -> dict[str, Any]:
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise CertificateError(f"The file is too large to be a {what}.")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CertificateError(f"The file is not a {what} (not JSON).") from exc
    if not isinstance(document, dict) or document.get("format") != expected_format:
        raise CertificateError(f"The file is not a {what}.")
    if document.get("format_version") != FORMAT_VERSION:
        raise CertificateError(f"The {what} was written by another version of CSC Desktop.")
    return document
