"""``ws.sheets``: print a record's sheets (signed PDF), check a sheet against the records held
here, attach the signed scan, and manage the profile's signing certificate.

The PDF and signature libraries take about half a second to import, so this module (loaded at
every unlock) imports them only when a sheet is printed or checked.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from csc_desktop.errors import NotFound, ValidationError
from csc_desktop.services.sheets.identity import (
    CA_CERTIFICATE,
    CA_KEY,
    CERTIFICATE,
    CHAIN,
    ROOTS,
    CertificateError,
    SigningIdentity,
    check_certificate_for_key,
    fingerprint,
    identity_from,
    load_certificate,
    load_ec_public_key,
    new_identity_values,
    read_values,
    roots_from,
)

if TYPE_CHECKING:
    from csc_desktop.services.sheets.check import SheetCheck
    from csc_desktop.services.sheets.requests import CertificateRequest
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.sheets.model import SheetKind

#: The audit log's "recipient" of a sheet sent to a printer rather than saved to a file.
PRINTER = "printer"


@dataclass(frozen=True)
class PreparedSheet:
    """A signed sheet in memory, ready to save or print; nothing is written or logged yet."""

    record_id: str
    record_kind: str
    kind: SheetKind
    title: str
    language: str
    second_language: str | None
    record_version: str
    content_hash: str
    certified: bool
    pdf: bytes

    @property
    def suggested_filename(self) -> str:
        """``attendance-financial-investigations-2025-03-20.pdf``: ASCII, safe on every system."""
        from csc_desktop.text.translit import cyrillic_to_latin

        latin = cyrillic_to_latin(self.title).replace("đ", "dj").replace("Đ", "Dj")
        plain = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:50].rstrip("-")
        return f"{self.kind.value}-{slug or self.record_id[:8]}-{datetime.now():%Y-%m-%d}.pdf"


class SheetService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # -- signing identity -----------------------------------------------------------------

    def ensure_signing_identity(self) -> SigningIdentity:
        """The profile's key and certificate, created on first need (profiles made before
        sheets existed get theirs here)."""
        with self.ws.reading() as conn:
            identity = identity_from(read_values(conn))
        if identity is not None:
            return identity
        with self.ws.transaction() as tx:
            identity = identity_from(read_values(tx.conn))
            if identity is None:
                ident = self.ws.identity
                values = new_identity_values(
                    role=ident.role, person=ident.person, device_id=ident.device_id
                )
                for key, value in values.items():
                    self.ws._put_meta(tx.conn, key, value)
                identity = identity_from(values)
                assert identity is not None
                tx.audit.append(
                    "profile",
                    tx.now,
                    details={
                        "event": "sheet signing key created",
                        "certified": identity.certified,
                        "certificate_sha256": fingerprint(identity.cert_pem),
                    },
                )
        return identity

    def is_certified(self) -> bool:
        """Whether sheets printed here carry a certificate HQ issued (else "not yet certified")."""
        return self.ensure_signing_identity().certified

    def signing_public_key_pem(self) -> str:
        """The public key HQ certifies (it travels on the team's card or in a request file)."""
        return self.ensure_signing_identity().public_key_pem()

    def signing_certificate_pem(self) -> str:
        return self.ensure_signing_identity().cert_pem.decode("ascii")

    def root_certificate_pem(self) -> str:
        """HQ: the project's root certificate (for HQ's card, as ``signing_root_pem``)."""
        self.ws.require_role("hq", "hand out the sheet signing root")
        self.ensure_signing_identity()
        with self.ws.reading() as conn:
            return read_values(conn)[CA_CERTIFICATE]

    def trusted_roots(self) -> list[str]:
        """Roots a sheet's certificate must chain to here: HQ's own, or the one a team received."""
        self.ensure_signing_identity()
        with self.ws.reading() as conn:
            return roots_from(read_values(conn))

    def trust_root(self, root_pem: str) -> None:
        """Team: accept HQ's root (from HQ's card) to check sheets against. A profile trusts one
        HQ root: a different one is refused, as it would mean another HQ."""
        self.ws.require_role("team", "take a sheet signing root from HQ")
        root = load_certificate(root_pem, "root certificate")
        if root.issuer != root.subject:
            raise CertificateError("The root certificate is not self-signed.")
        with self.ws.transaction() as tx:
            self._add_root(tx.conn, _pem_text(root_pem))

    def issue_for_device(self, device_id: str, person: str, public_key_pem: str) -> str:
        """HQ: certify a device's signing key; returns the certificate (PEM). Logged."""
        from csc_desktop.sheets.signing import issue_certificate

        self.ws.require_role("hq", "certify signing keys")
        person = " ".join(person.split())
        if not person or not device_id.strip():
            raise CertificateError("A certificate needs the person's name and the device id.")
        load_ec_public_key(public_key_pem)
        self.ensure_signing_identity()
        with self.ws.transaction() as tx:
            values = read_values(tx.conn)
            cert_pem = issue_certificate(
                values[CA_KEY].encode("ascii"),
                values[CA_CERTIFICATE].encode("ascii"),
                person=person,
                device_id=device_id.strip(),
                public_key_pem=_pem_bytes(public_key_pem),
            ).decode("ascii")
            tx.audit.append(
                "profile",
                tx.now,
                details={
                    "event": "sheet signing certificate issued",
                    "device_id": device_id,
                    "person": person,
                    "certificate_sha256": fingerprint(cert_pem),
                },
            )
        return cert_pem

    def install_certificate(self, cert_pem: str, root_pem: str) -> None:
        """Team: install the certificate HQ issued for this profile's key. Checks that it is
        for our key and device, that it chains to ``root_pem``, and that this root is the HQ
        root the profile already trusts (if any). Sheets print as certified from then on."""
        self.ws.require_role("team", "install a sheet signing certificate from HQ")
        identity = self.ensure_signing_identity()
        cert_text, root_text = check_certificate_for_key(
            cert_pem,
            root_pem,
            public_key_pem=identity.public_key_pem(),
            device_id=self.ws.identity.device_id,
        )
        with self.ws.transaction() as tx:
            self._add_root(tx.conn, root_text)
            self.ws._put_meta(tx.conn, CERTIFICATE, cert_text)
            self.ws._put_meta(tx.conn, CHAIN, root_text)
            tx.audit.append(
                "profile",
                tx.now,
                details={
                    "event": "sheet signing certificate installed",
                    "certificate_sha256": fingerprint(cert_text),
                    "root_sha256": fingerprint(root_text),
                },
            )

    def certificate_request(self) -> str:
        """Team: the request file (JSON) for HQ, when certifying without sync."""
        from csc_desktop.services.sheets.requests import CertificateRequest

        identity = self.ensure_signing_identity()
        ident = self.ws.identity
        request = CertificateRequest(
            device_id=ident.device_id,
            person=identity.signer_name or ident.person,
            country=ident.country,
            public_key_pem=identity.public_key_pem(),
        )
        return request.to_json(identity.key_pem)

    def issue_from_request(self, request_text: str) -> tuple[str, CertificateRequest]:
        """HQ: check a request file and answer it; returns the certificate file (JSON) and
        the request (to show who and which key was certified)."""
        from csc_desktop.services.sheets.requests import CertificateRequest, IssuedCertificate

        request = CertificateRequest.parse(request_text)
        cert_pem = self.issue_for_device(request.device_id, request.person, request.public_key_pem)
        issued = IssuedCertificate(request.device_id, cert_pem, self.root_certificate_pem())
        return issued.to_json(), request

    def install_from_file(self, text: str) -> str:
        """Team: install the certificate file HQ sent; returns the root's fingerprint."""
        from csc_desktop.services.sheets.requests import IssuedCertificate

        issued = IssuedCertificate.parse(text)
        if issued.device_id != self.ws.identity.device_id:
            raise CertificateError("This certificate file was made for another device.")
        self.install_certificate(issued.certificate_pem, issued.root_pem)
        return fingerprint(issued.root_pem)

    def _add_root(self, conn: Connection, root_text: str) -> None:
        roots = roots_from(read_values(conn))
        if root_text in roots:
            return
        if roots:
            raise CertificateError(
                "This profile already trusts another HQ root certificate: the new one was "
                "refused. Ask HQ which root is right before going on."
            )
        self.ws._put_meta(conn, ROOTS, json.dumps([*roots, root_text]))

    # -- sheets -----------------------------------------------------------------------------

    def sheet_kinds(self, record_id: str) -> list[SheetKind]:
        """The sheets a record prints (for a menu), default first."""
        from csc_desktop.services.sheets.inputs import RECORD_SHEETS

        record = self.ws.records.get(record_id, consult=False)
        return list(RECORD_SHEETS.get(record["kind"], ()))

    def prepare(
        self,
        record_id: str,
        kind: str | SheetKind | None = None,
        *,
        language: str | None = None,
        second_language: str | None = None,
    ) -> PreparedSheet:
        """Build, render and sign a record's sheet in memory. ``kind``: a sheet kind,
        "activity", or None for the record's default; ``language``: the profile's by default."""
        from csc_desktop.services.sheets.inputs import build_sheet, sheet_kind_for
        from csc_desktop.sheets import SHEET_LANGUAGES, render_sheet, sheet_payload, sign_pdf
        from csc_desktop.sheets.labels import labels_for

        record = self.ws.records.get(record_id, consult=False)
        if record.get("deleted"):
            raise NotFound(f"The record {record_id} was deleted: it has no sheet to print.")
        sheet_kind = sheet_kind_for(record["kind"], kind)
        language = language or self.ws.identity.language
        for given in (language, second_language):
            if given is not None and given not in SHEET_LANGUAGES:
                choices = ", ".join(SHEET_LANGUAGES)
                raise ValidationError({"language": f"{given} is not one of {choices}"})
        identity = self.ensure_signing_identity()
        sheet = build_sheet(
            record,
            sheet_kind,
            self._context(record, language, second_language),
            self.ws.reference,
            adviser=identity.signer_name,
        )
        pdf = sign_pdf(
            render_sheet(sheet, certified=identity.certified),
            identity.key_pem,
            identity.cert_pem,
            identity.chain_pems,
            reason=labels_for(language)[f"sheet.{sheet_kind.value}"],
            location=self.ws.reference.name("country", record["country"], language),
        )
        payload = sheet_payload(sheet)
        return PreparedSheet(
            record_id=record["id"],
            record_kind=record["kind"],
            kind=sheet_kind,
            title=record["title"],
            language=language,
            second_language=sheet.context.second_language,
            record_version=payload.record_version,
            content_hash=payload.content_hash,
            certified=identity.certified,
            pdf=pdf,
        )

    def save(self, sheet: PreparedSheet, path: Path) -> Path:
        """Write the signed PDF (temporary name, then rename) and log the disclosure."""
        from csc_desktop.services.sheets.files import write_atomically

        written = write_atomically(path, sheet.pdf)
        self._log_disclosure(sheet, str(written))
        return written

    def record_printed(self, sheet: PreparedSheet, printer: str = PRINTER) -> None:
        """Log that the sheet went to a printer (the GUI calls it once the print job is sent)."""
        self._log_disclosure(sheet, printer)

    def export(
        self,
        record_id: str,
        kind: str | SheetKind | None,
        path: Path,
        *,
        language: str | None = None,
        second_language: str | None = None,
    ) -> Path:
        """``prepare`` then ``save``: what ``csc sheet`` does."""
        sheet = self.prepare(record_id, kind, language=language, second_language=second_language)
        return self.save(sheet, path)

    def verify(self, pdf: bytes) -> SheetCheck:
        """Check a signed sheet: signer, chain to the trusted HQ root, integrity, and whether
        it shows the record's current version here (same / older / unknown …)."""
        from csc_desktop.services.sheets.check import RecordMatch, SheetCheck, compare_versions
        from csc_desktop.services.sheets.inputs import NoSuchSheet, build_sheet
        from csc_desktop.sheets import content_hash, verify_sheet

        roots = [root.encode("ascii") for root in self.trusted_roots()]
        signature = verify_sheet(pdf, roots)
        payload = signature.payload
        if payload is None:
            return SheetCheck(signature, None)
        try:
            record = self.ws.records.get(payload.record_id, consult=False)
        except NotFound:
            return SheetCheck(signature, RecordMatch.UNKNOWN)
        held = record["version"]
        if payload.record_version != held:
            match = compare_versions(payload.record_version, held)
        else:
            try:
                sheet = build_sheet(
                    record,
                    payload.kind,
                    self._context(record, payload.language, None),
                    self.ws.reference,
                    adviser=signature.signer_name or "",
                )
                same = content_hash(sheet) == payload.content_hash
            except (NoSuchSheet, ValueError, KeyError):
                same = False
            match = RecordMatch.SAME if same else RecordMatch.CONTENT_DIFFERS
        return SheetCheck(signature, match, record["kind"], held, bool(record.get("deleted")))

    def attach_signed_scan(self, record_id: str, filename: str, content: bytes) -> dict[str, Any]:
        """The scan of the sheet signed on paper, kept with the record as a "signed sheet"
        attachment (it travels with the next bundle like any attachment)."""
        return self.ws.attachments.add(record_id, filename, content, kind="signed_sheet")

    # -- internals ------------------------------------------------------------------------

    def _context(self, record: dict[str, Any], language: str, second_language: str | None) -> Any:
        from csc_desktop.sheets.model import PrintContext

        ident = self.ws.identity
        return PrintContext(
            record_id=record["id"],
            record_version=record["version"],
            language=language,
            # Printed in the laptop's local time, as people read it on the paper.
            printed_at=datetime.now().replace(microsecond=0),
            printed_by=ident.person,
            device_id=ident.device_id,
            second_language=second_language if second_language != language else None,
        )

    def _log_disclosure(self, sheet: PreparedSheet, recipient: str) -> None:
        self.ws.record_disclosure(
            "sheet",
            recipient,
            record_kind=sheet.record_kind,
            record_id=sheet.record_id,
            details={
                "sheet": sheet.kind.value,
                "language": sheet.language,
                "version": sheet.record_version,
                "content_hash": sheet.content_hash,
                "certified": sheet.certified,
            },
        )


def _pem_bytes(pem: str | bytes) -> bytes:
    return pem.encode("ascii") if isinstance(pem, str) else pem


def _pem_text(pem: str | bytes) -> str:
    from cryptography.hazmat.primitives import serialization

    cert = load_certificate(pem, "certificate")
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
