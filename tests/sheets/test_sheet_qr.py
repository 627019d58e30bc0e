"""The QR code ties the paper to its record: record id, version and a hash of what is printed."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from csc_desktop.sheets import (
    Participant,
    SheetKind,
    SheetPayload,
    content_hash,
    render_sheet,
    sheet_payload,
)
from csc_desktop.sheets.model import Gender
from csc_desktop.sheets.samples import SAMPLE_RECORD_ID, sample_activity, sample_attendance
from tests.sheets.sheet_pdf_tools import decode_qr, page_count


def test_qr_code_decodes_to_record_and_content_hash(tmp_path: Path) -> None:
    sheet = sample_attendance(30, 3)
    pdf = render_sheet(sheet, certified=True)
    for page in (1, page_count(pdf)):
        codes = decode_qr(pdf, page, tmp_path)
        assert len(codes) == 1
        payload = SheetPayload.parse(codes[0])
        assert payload.record_id == SAMPLE_RECORD_ID
        assert payload.record_version == "3"
        assert payload.kind is SheetKind.ATTENDANCE
        assert payload.content_hash == content_hash(sheet)


def test_activity_sheet_carries_its_qr_code_too(tmp_path: Path) -> None:
    sheet = sample_activity(SheetKind.TAF_MISSION, language="mk")
    codes = decode_qr(render_sheet(sheet, certified=False), 1, tmp_path)
    assert codes == [sheet_payload(sheet).encode()]


def test_hash_ignores_when_and_by_whom_the_sheet_was_printed() -> None:
    sheet = sample_attendance(10, 3)
    reprint = dataclasses.replace(
        sheet,
        context=dataclasses.replace(
            sheet.context,
            printed_at=datetime(2026, 1, 2, 9, 0),
            printed_by="Someone Else",
            second_language="sq",
        ),
        walk_in_rows=12,
    )
    assert content_hash(reprint) == content_hash(sheet)


def test_hash_changes_with_the_printed_content_and_the_version() -> None:
    sheet = sample_attendance(10, 3)
    renamed = list(sheet.participants)
    renamed[0] = Participant(1, "Љубиша Ђорђевић-Ћирић", "X", "Y", Gender.MALE)
    edited = dataclasses.replace(sheet, participants=tuple(renamed))
    newer = dataclasses.replace(
        sheet, context=dataclasses.replace(sheet.context, record_version="4")
    )
    assert len({content_hash(sheet), content_hash(edited), content_hash(newer)}) == 3


def test_hash_does_not_depend_on_unicode_normalisation() -> None:
    sheet = sample_attendance(1, 1)
    composed = Participant(1, "Arbër Çela", "SPAK", "Prokuror", Gender.MALE)
    decomposed = Participant(1, "Arbe\u0308r C\u0327ela", "SPAK", "Prokuror", Gender.MALE)
    one = dataclasses.replace(sheet, participants=(composed,))
    other = dataclasses.replace(sheet, participants=(decomposed,))
    assert content_hash(one) == content_hash(other)


def test_payload_round_trips_and_rejects_other_text() -> None:
    payload = sheet_payload(sample_attendance(2, 1))
    assert SheetPayload.parse(payload.encode()) == payload
    for text in ("", "hello", "CSC1;attendance;x;1;en;zz", "CSC2;" + payload.encode()[5:]):
        try:
            SheetPayload.parse(text)
        except ValueError:
            continue
        raise AssertionError(f"accepted {text!r}")
