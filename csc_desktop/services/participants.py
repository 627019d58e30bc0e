"""Importing participants of a training from a spreadsheet: all rows or none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from csc_desktop.errors import ValidationError
from csc_desktop.participants_io import ParticipantFileError, ParticipantSheet, read_participants
from csc_desktop.text.fold import fold

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class ImportResult:
    count: int
    sheet: ParticipantSheet


def function_code(ws: Workspace, text: str) -> str:
    """A participant's function as the spreadsheet names it ("Prosecutor", "Prokuror",
    "Тужилац"…) to its reference code; a name we do not know is kept as given, so the row is
    refused with the list's own message."""
    if ws.reference.get("function", text):
        return text
    wanted = fold(text)
    for item in ws.reference.items("function"):
        names = [item.code.replace("_", " "), *ws.reference.all_names("function", item.code)]
        if any(fold(name) == wanted for name in names):
            return item.code
    return text


def training_days(record: dict[str, Any]) -> int:
    start, end = record.get("start_date"), record.get("end_date")
    if not start or not end:
        return 1
    return max(1, (date.fromisoformat(end) - date.fromisoformat(start)).days + 1)


def preview_participants(
    ws: Workspace,
    training_id: str,
    data: bytes,
    filename: str,
    mapping: dict[int, str | None] | None = None,
) -> ParticipantSheet:
    record = ws.records.get(training_id, consult=False)
    if record["kind"] != "training":
        raise ValidationError({"": "participants can be imported only into a training"})
    try:
        return read_participants(data, filename, days=training_days(record), mapping=mapping)
    except ParticipantFileError as exc:
        raise ValidationError({"file": str(exc)}) from exc


def import_participants(
    ws: Workspace,
    training_id: str,
    data: bytes,
    filename: str,
    *,
    mapping: dict[int, str | None] | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Add every row of the file to the training's participants, or none if any row is wrong."""
    sheet = preview_participants(ws, training_id, data, filename, mapping)
    # each message already says "Row N: …"
    errors = {"": " ".join(m for row in sheet.rows for m in row.errors.values())}
    if errors[""]:
        raise ValidationError(errors)
    if not sheet.rows:
        raise ValidationError({"file": "the file has no participant rows"})
    if dry_run:
        return ImportResult(len(sheet.rows), sheet)
    record = ws.records.get(training_id, consult=False)
    existing = [{"id": p["id"]} for p in record["participants"]]
    new = []
    for row in sheet.rows:
        values = {k: v for k, v in row.values.items() if v not in (None, "")}
        function = values.get("function")
        if isinstance(function, str):
            values["function"] = function_code(ws, function)
        new.append(values)
    try:
        with ws.transaction() as tx:
            ws.records.update_in(tx, training_id, {"participants": existing + new})
            tx.audit.append(
                "import",
                tx.now,
                record_kind="training",
                record_id=training_id,
                details={"participants": len(new), "file": filename},
            )
    except ValidationError as exc:
        # map participants[n] back to spreadsheet rows
        offset = len(existing)
        mapped = {}
        for key, message in exc.errors.items():
            if key.startswith("participants["):
                n = int(key[len("participants[") : key.index("]")]) - offset - 1
                rest = key[key.index("]") + 2 :]
                row_no = sheet.rows[n].row_number if 0 <= n < len(sheet.rows) else "?"
                mapped[f"row {row_no}"] = f"{rest}: {message}"
            else:
                mapped[key] = message
        raise ValidationError(mapped) from exc
    return ImportResult(len(new), sheet)
