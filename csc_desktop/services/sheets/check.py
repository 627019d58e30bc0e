"""The result of checking a sheet against this profile: the signature (from ``verify_sheet``)
and how the record and version the sheet names compare with what the profile holds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from csc_desktop.domain.clock import Version
from csc_desktop.sheets.verification import SheetVerification


class RecordMatch(StrEnum):
    #: The record's current version, and the content rebuilt from it hashes the same.
    SAME = "same"
    #: The record exists here in a different (later) version: the paper shows an older one.
    OLDER_VERSION = "older version"
    #: The sheet shows a version this profile has not received yet (sync pending).
    NEWER_VERSION = "newer version"
    #: Same version, different content: reference names or labels differ from the printer's.
    CONTENT_DIFFERS = "content differs"
    #: No such record in this profile.
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SheetCheck:
    signature: SheetVerification
    #: None when the file names no record.
    match: RecordMatch | None
    record_kind: str | None = None
    held_version: str | None = None
    record_deleted: bool = False

    @property
    def intact(self) -> bool:
        return self.signature.intact

    @property
    def ok(self) -> bool:
        """Intact and showing the record exactly as this profile holds it."""
        return self.signature.intact and self.match is RecordMatch.SAME

    def to_json(self) -> dict[str, Any]:
        sig = self.signature
        payload = sig.payload
        return {
            "ok": self.ok,
            "signed": sig.signed,
            "intact": sig.intact,
            "certified": sig.certified,
            "chains_to_root": sig.chains_to_root,
            "signer": sig.signer_name,
            "signer_device_id": sig.signer_device_id,
            "signer_certificate_sha256": sig.signer_certificate_sha256,
            "signed_at": sig.signed_at.isoformat() if sig.signed_at else None,
            "sheet": payload.kind.value if payload else None,
            "record_id": sig.record_id,
            "record_kind": self.record_kind,
            "sheet_version": sig.record_version,
            "held_version": self.held_version,
            "record_deleted": self.record_deleted,
            "language": payload.language if payload else None,
            "content_hash": sig.content_hash,
            "match": self.match.value if self.match else None,
            "problems": [problem.value for problem in sig.problems],
        }

    def describe(self) -> list[str]:
        """Plain lines for a person: who signed, trust, integrity, record."""
        sig = self.signature
        lines = []
        if sig.signed:
            device = f" (device {sig.signer_device_id})" if sig.signer_device_id else ""
            when = f", signed {sig.signed_at:%Y-%m-%d %H:%M %Z}".rstrip() if sig.signed_at else ""
            lines.append(f"Signer: {sig.signer_name}{device}{when}")
            if sig.chains_to_root:
                trust = "issued by HQ's root certificate"
            elif sig.certified:
                trust = "NOT issued by the HQ root this profile trusts"
            else:
                trust = "self-signed: not yet certified by HQ"
            lines.append(f"Certificate: {trust}")
        lines.append(f"File intact: {'yes' if sig.intact else 'NO'}")
        if sig.record_id is not None:
            lines.append(
                f"Record: {sig.record_id} ({self.record_kind or 'not held here'}), "
                f"version {sig.record_version}: {self._match_words()}"
            )
        lines.extend(f"Problem: {problem.value}" for problem in sig.problems)
        return lines

    def _match_words(self) -> str:
        if self.match is RecordMatch.OLDER_VERSION:
            deleted = " and was deleted since" if self.record_deleted else ""
            return f"older version (this profile holds {self.held_version}{deleted})"
        if self.match is RecordMatch.NEWER_VERSION:
            return f"newer version (this profile holds {self.held_version}: sync pending)"
        return self.match.value if self.match else "no record reference"


def compare_versions(sheet_version: str, held_version: str) -> RecordMatch:
    """Which way a differing version goes, by the hybrid logical clock's order."""
    try:
        sheet, held = Version.parse(sheet_version), Version.parse(held_version)
    except ValueError:
        return RecordMatch.OLDER_VERSION
    return RecordMatch.NEWER_VERSION if sheet > held else RecordMatch.OLDER_VERSION
