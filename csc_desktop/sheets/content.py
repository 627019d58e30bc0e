"""What ties a paper sheet to its record: the content hash and the QR payload.

The content hash is SHA-256 over a canonical JSON form of everything the sheet prints from the
record (see ``canonical_content``), truncated to 32 hex digits (128 bits). It covers the record
id, version, sheet kind and language (record field labels and some values are in the sheet's
language), and not the print date, the printer, the second header language or the walk-in rows:
the same record version printed twice in one language gives the same hash. HQ recomputes it by
building the same sheet input from the record version it holds.

QR payload: ``CSC1;<kind>;<record_id>;<record_version>;<language>;<content_hash>``.
The same text is stored in the PDF's Keywords, so a verifier can read it without decoding images.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Final

from csc_desktop.sheets.locales import SHEET_LANGUAGES
from csc_desktop.sheets.model import Sheet, SheetKind

PAYLOAD_SCHEME: Final = "CSC1"
HASH_HEX_DIGITS: Final = 32


@dataclass(frozen=True, slots=True)
class SheetPayload:
    kind: SheetKind
    record_id: str
    record_version: str
    language: str
    content_hash: str

    def encode(self) -> str:
        parts = (
            PAYLOAD_SCHEME,
            self.kind.value,
            self.record_id,
            self.record_version,
            self.language,
            self.content_hash,
        )
        return ";".join(parts)

    @classmethod
    def parse(cls, text: str) -> SheetPayload:
        """Read a payload; ``ValueError`` when the text is not one."""
        parts = text.strip().split(";")
        if len(parts) != 6 or parts[0] != PAYLOAD_SCHEME:
            raise ValueError("not a sheet payload")
        _, kind, record_id, version, language, digest = parts
        if language not in SHEET_LANGUAGES or not version:
            raise ValueError("not a sheet payload")
        if len(digest) != HASH_HEX_DIGITS or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError("not a sheet payload")
        return cls(SheetKind(kind), record_id, version, language, digest)


def canonical_content(sheet: Sheet) -> bytes:
    """UTF-8 JSON, keys sorted, no spaces, text in Unicode NFC, dates in ISO 8601."""
    context = sheet.context
    document = {
        "scheme": PAYLOAD_SCHEME,
        "kind": sheet.kind.value,
        "record_id": context.record_id.lower(),
        "record_version": context.record_version,
        "language": context.language,
        "content": _canonical(sheet),
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def content_hash(sheet: Sheet) -> str:
    return hashlib.sha256(canonical_content(sheet)).hexdigest()[:HASH_HEX_DIGITS]


def sheet_payload(sheet: Sheet) -> SheetPayload:
    context = sheet.context
    return SheetPayload(
        kind=sheet.kind,
        record_id=context.record_id.lower(),
        record_version=context.record_version,
        language=context.language,
        content_hash=content_hash(sheet),
    )


def _canonical(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_canonical(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _canonical(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if field.name != "context" and not field.metadata.get("layout")
        }
    raise TypeError(f"no canonical form for {type(value).__name__}")
