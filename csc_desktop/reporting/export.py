"""Writing a report file (XLSX or PDF) and recording the disclosure in the audit log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from csc_desktop.errors import ValidationError
from csc_desktop.reporting.compute import RecordRef
from csc_desktop.reporting.labels import LANGUAGES
from csc_desktop.reporting.scope import Scope, quarter_label
from csc_desktop.reporting.service import Report, run_report

if TYPE_CHECKING:
    from csc_desktop.services.workspace import Workspace

FORMATS = (".xlsx", ".pdf")


def export_report(ws: Workspace, scope: Scope, path: Path, language: str) -> Report:
    """Compute and write the report ``path`` asks for (its suffix says XLSX or PDF)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError({"out": "the report file must end in .xlsx or .pdf"})
    if language not in LANGUAGES:
        raise ValidationError({"lang": f"must be one of {', '.join(LANGUAGES)}"})
    report = run_report(ws, scope, with_records=suffix == ".xlsx")
    if suffix == ".xlsx":
        from csc_desktop.reporting.xlsx import xlsx_bytes

        data = xlsx_bytes(report, language, ws.reference)
    else:
        from csc_desktop.reporting.pdf import pdf_bytes

        data = pdf_bytes(report, language, ws.reference)
    path.write_bytes(data)
    ws.record_disclosure(
        "report",
        str(path),
        details={
            "format": suffix[1:],
            "language": language,
            "from": scope.first.isoformat(),
            "to": scope.last.isoformat(),
            "countries": list(scope.countries),
        },
    )
    return report


def report_json(report: Report, *, with_records: bool = True) -> dict[str, Any]:
    """The figures as plain JSON (``csc report --json``): every value with its breakdowns and,
    when computed, the ids of the records behind each total."""
    figures = report.figures
    out: dict[str, Any] = {
        "from": report.scope.first.isoformat(),
        "to": report.scope.last.isoformat(),
        "countries": list(report.scope.countries),
        "computed_at": figures.computed_at,
        "indicators": [],
        "as_of": {
            "at": report.as_of.at,
            "from_bundles": report.as_of.from_bundles,
            "countries_without_data": list(report.as_of.countries_without_data),
            "devices": [
                {
                    "device_id": t.device_id,
                    "country": t.country,
                    "person": t.person,
                    "this_device": t.is_this_device,
                    "records": t.records,
                    "bundles": [b.sequence for b in t.bundles],
                    "latest_bundle_at": t.newest_bundle_at,
                    "latest_change_at": t.latest_change_at,
                    "age_days": _round(t.age_days(report.as_of.now)),
                }
                for t in report.as_of.teams
            ],
        },
    }
    for value in figures.values:
        item: dict[str, Any] = {
            "key": value.key,
            "group": value.indicator.group.value,
            "label": value.indicator.label,
            "unit": value.indicator.unit.value,
            "definition": value.indicator.definition,
            "value": _round(value.figure()),
            "out_of": value.out_of(),
            "by_country": {c: _round(value.figure(t)) for c, t in value.by_country.items()},
            "by_quarter": {
                quarter_label(q): _round(value.figure(t)) for q, t in value.by_quarter.items()
            },
            "by_part": {
                name: {code: _round(value.figure(t)) for code, t in codes.items()}
                for name, codes in value.by_part.items()
            },
        }
        if with_records and report.records is not None:
            item["records"] = [_ref_json(r) for r in report.records[value.key]]
        out["indicators"].append(item)
    return out


def _ref_json(ref: RecordRef) -> dict[str, Any]:
    out: dict[str, Any] = {"id": ref.id, "kind": ref.kind, "country": ref.country}
    out["date"] = ref.day.isoformat()
    if ref.parent_id:
        out["training_id"] = ref.parent_id
    if ref.amount is not None:
        out["amount"] = ref.amount
    if ref.positive is not None:
        out["positive"] = ref.positive
    return out


def _round(value: float | int | None) -> float | int | None:
    if isinstance(value, float):
        return round(value, 4)
    return value
