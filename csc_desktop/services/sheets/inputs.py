"""Which sheets a record has, and the sheet input built from the record as stored."""

from __future__ import annotations

from typing import Any, Final

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.errors import CscError
from csc_desktop.services.sheets.activity_inputs import pre_investigation_sheet, taf_mission_sheet
from csc_desktop.services.sheets.names import Names
from csc_desktop.services.sheets.training_inputs import attendance_sheet, report_sheet
from csc_desktop.sheets.model import PrintContext, Sheet, SheetKind

#: Record kind -> the sheets it prints, the first being the default.
RECORD_SHEETS: Final[dict[str, tuple[SheetKind, ...]]] = {
    "training": (SheetKind.ATTENDANCE, SheetKind.TRAINING_REPORT),
    "pre-investigation": (SheetKind.PRE_INVESTIGATION,),
    "taf-request": (SheetKind.TAF_MISSION,),
}


class NoSuchSheet(CscError):
    exit_code = 2


def sheet_kind_for(record_kind: str, requested: str | SheetKind | None) -> SheetKind:
    """The sheet to print for a record: ``requested`` is a sheet kind, "activity", or None for
    the record's default sheet."""
    available = RECORD_SHEETS.get(record_kind)
    if not available:
        raise NoSuchSheet(f"A {record_kind} record has no printable sheet.")
    if requested is None:
        return available[0]
    if requested == "activity":
        activity = [
            k for k in available if k in (SheetKind.PRE_INVESTIGATION, SheetKind.TAF_MISSION)
        ]
        if activity:
            return activity[0]
    else:
        try:
            kind = SheetKind(requested)
        except ValueError:
            kind = None
        if kind in available:
            return kind
    choices = ", ".join(_requested_name(k) for k in available)
    raise NoSuchSheet(f"A {record_kind} record prints as: {choices} (not {requested}).")


def build_sheet(
    record: dict[str, Any],
    kind: SheetKind,
    context: PrintContext,
    reference: ReferenceData,
    *,
    adviser: str,
) -> Sheet:
    """The sheet input for ``record`` (the JSON of ``ws.records.get``). Everything it holds
    comes from the record, the reference data and the label catalogue, so HQ rebuilds the same
    content (and content hash) from the same record version; ``adviser`` is the signer's name."""
    if kind not in RECORD_SHEETS.get(record["kind"], ()):
        raise NoSuchSheet(f"A {record['kind']} record has no {kind.value} sheet.")
    names = Names(reference, context.language)
    if kind is SheetKind.ATTENDANCE:
        return attendance_sheet(record, context, names)
    if kind is SheetKind.TRAINING_REPORT:
        return report_sheet(record, context, names)
    if kind is SheetKind.PRE_INVESTIGATION:
        return pre_investigation_sheet(record, context, names, adviser)
    return taf_mission_sheet(record, context, names, adviser)


def _requested_name(kind: SheetKind) -> str:
    if kind in (SheetKind.PRE_INVESTIGATION, SheetKind.TAF_MISSION):
        return "activity"
    return kind.value
