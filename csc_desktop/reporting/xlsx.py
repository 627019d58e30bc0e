"""The XLSX report: a summary sheet (scope, what the figures include), one sheet per indicator
group (totals by country, by quarter, breakdowns, definitions), the definitions, and one sheet per
group listing the records behind every total.

Figures are numbers (shares between 0 and 1 in percent format), dates are dates, so the donor's
own spreadsheet can recompute them. Participant names are never exported: a participant is its
id, its training and the codes it was counted under.
"""

from __future__ import annotations

import io
import re
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.reporting.compute import IndicatorValue, RecordRef, Tally
from csc_desktop.reporting.indicators import GROUPS, Group, Unit
from csc_desktop.reporting.present import Presenter
from csc_desktop.reporting.service import Report
from csc_desktop.sheets.kosovo import mark_kosovo

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="top")
_FORMATS = {
    Unit.COUNT: "#,##0",
    Unit.OF_COUNTRIES: "#,##0",
    Unit.OF_RECORDS: "#,##0",
    Unit.DAYS: "#,##0.0",
    Unit.EUR: '#,##0.00 "EUR"',
    Unit.SHARE: "0.0%",
}


def xlsx_bytes(report: Report, language: str, reference: ReferenceData) -> bytes:
    """The workbook as bytes (written once to the file the person chose)."""
    if report.records is None:
        raise ValueError("an XLSX report lists the records behind the figures: compute them")
    show = Presenter(language, reference)
    book = Workbook(write_only=True)
    names: set[str] = set()
    _summary(book.create_sheet(_name(show.words("report.title"), names)), report, show)
    for group in GROUPS:
        values = [v for v in report.figures.values if v.indicator.group == group]
        if values:
            title = show.words(f"group.{group.value}")
            _group_sheet(book.create_sheet(_name(title, names)), report, values, show)
    _definitions(book.create_sheet(_name(show.words("definitions"), names)), report, show)
    for n, group in enumerate(GROUPS, start=1):
        values = [v for v in report.figures.values if v.indicator.group == group]
        if values:
            title = f"{n} {show.words('records')}"
            _records_sheet(
                book.create_sheet(_name(title, names)), group, values, report.records, show
            )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _name(text: str, taken: set[str]) -> str:
    """A valid, unique sheet name (31 characters at most, none of []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", " ", text).strip()[:31]
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _cell(
    sheet: WriteOnlyWorksheet,
    value: Any,
    *,
    font: Font | None = None,
    number_format: str | None = None,
    wrap: bool = False,
) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    if wrap:
        cell.alignment = _WRAP
    return cell


def _heading(sheet: WriteOnlyWorksheet, *texts: str) -> None:
    sheet.append([_cell(sheet, t, font=_BOLD) for t in texts])


def _number(sheet: WriteOnlyWorksheet, value: IndicatorValue, tally: Tally | None = None) -> Any:
    figure = value.figure(tally)
    return _cell(sheet, figure, number_format=_FORMATS[value.indicator.unit])


def _summary(sheet: WriteOnlyWorksheet, report: Report, show: Presenter) -> None:
    words = show.words
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 40
    sheet.append([_cell(sheet, words("report.title"), font=_TITLE)])
    sheet.append([words("period"), report.scope.first, report.scope.last])
    sheet.append([words("countries"), show.countries(report.scope)])
    sheet.append([words("prepared", when=report.figures.computed_at, person=report.prepared_by)])
    sheet.append([])
    sheet.append([_cell(sheet, words("as_of"), font=_BOLD)])
    _heading(
        sheet,
        words("country"),
        words("as_of.person"),
        words("as_of.device"),
        words("as_of.records"),
        words("as_of.bundles"),
        words("as_of.latest_bundle"),
        words("as_of.latest_change"),
        words("as_of.age"),
    )
    freshness = report.as_of
    for team in freshness.teams:
        age = team.age_days(freshness.now)
        device = team.device_id + (
            f" ({words('as_of.this_device')})" if team.is_this_device else ""
        )
        sheet.append(
            [
                show.country(team.country),
                team.person or "",
                device,
                team.records,
                len(team.bundles),
                team.newest_bundle_at or "",
                team.latest_change_at or "",
                _cell(sheet, round(age, 1) if age is not None else None, number_format="0.0"),
            ]
        )
    if not freshness.from_bundles:
        sheet.append([words("as_of.no_sync")])
    if freshness.countries_without_data:
        missing = ", ".join(show.country(c) for c in freshness.countries_without_data)
        sheet.append([words("as_of.missing", countries=missing)])
    sheet.append([])
    sheet.append([words("rules")])
    if show.names_kosovo(report.scope) or _titles_name_kosovo(report):
        sheet.append([])
        sheet.append(["* " + words("kosovo_footnote")])
    sheet.append([])
    sheet.append([words("eu_funded")])
    sheet.append([words("co_funded")])


def _titles_name_kosovo(report: Report) -> bool:
    return any(
        mark_kosovo(ref.title) != ref.title
        for refs in (report.records or {}).values()
        for ref in refs
    )


def _group_sheet(
    sheet: WriteOnlyWorksheet, report: Report, values: list[IndicatorValue], show: Presenter
) -> None:
    words = show.words
    countries = report.scope.countries
    sheet.column_dimensions["A"].width = 48
    out_of = any(v.out_of() is not None for v in values)
    _heading(
        sheet,
        words("indicator"),
        words("total"),
        *([words("out_of")] if out_of else []),
        *[show.country(c) for c in countries],
        words("definition"),
    )
    for value in values:
        row: list[Any] = [show.words.label(value.key), _number(sheet, value)]
        if out_of:
            row.append(value.out_of())
        row += [_number(sheet, value, value.by_country[c]) for c in countries]
        row.append(_cell(sheet, show.words.definition(value.key), wrap=True))
        sheet.append(row)
    quarterly = [v for v in values if v.indicator.by_quarter]
    if quarterly:
        quarters = report.scope.quarters()
        sheet.append([])
        _heading(sheet, words("by_quarter"), *[show.quarter(q) for q in quarters])
        for value in quarterly:
            sheet.append(
                [show.words.label(value.key)]
                + [_number(sheet, value, value.by_quarter[q]) for q in quarters]
            )
    for value in values:
        source = value.indicator.source
        for name in value.indicator.parts:
            codes = value.by_part.get(name, {})
            if not codes:
                continue
            sheet.append([])
            _heading(sheet, f"{show.words.label(value.key)}: {words('breakdown.' + name)}")
            names_list = source.part(name).names_list
            for code, tally in sorted(codes.items(), key=lambda kv: -kv[1].count):
                sheet.append([show.code(names_list, code), _number(sheet, value, tally)])


def _definitions(sheet: WriteOnlyWorksheet, report: Report, show: Presenter) -> None:
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 100
    _heading(sheet, show.words("indicator"), show.words("definition"))
    for value in report.figures.values:
        sheet.append(
            [
                _cell(sheet, show.words.label(value.key), wrap=True),
                _cell(sheet, show.words.definition(value.key), wrap=True),
            ]
        )
    sheet.append([])
    sheet.append([show.words("rules")])


def _records_sheet(
    sheet: WriteOnlyWorksheet,
    group: Group,
    values: list[IndicatorValue],
    records: dict[str, list[RecordRef]],
    show: Presenter,
) -> None:
    words = show.words
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["C"].width = 38
    sheet.column_dimensions["F"].width = 40
    _heading(
        sheet,
        words("indicator"),
        words("col.kind"),
        words("col.id"),
        words("country"),
        words("col.date"),
        words("col.title"),
        words("col.training_id"),
        words("col.amount"),
        words("col.positive"),
        words("col.details"),
    )
    for value in values:
        label = show.words.label(value.key)
        source = value.indicator.source
        for ref in records.get(value.key, []):
            details = "; ".join(
                f"{words('breakdown.' + name)}: "
                + ", ".join(show.code(source.part(name).names_list, c) for c in codes)
                for name, codes in ref.parts.items()
            )
            sheet.append(
                [
                    label,
                    show.kind(ref.kind),
                    ref.id,
                    show.country(ref.country),
                    _cell(sheet, ref.day, number_format="yyyy-mm-dd"),
                    mark_kosovo(ref.title),
                    ref.parent_id or "",
                    ref.amount,
                    None if ref.positive is None else words("yes" if ref.positive else "no"),
                    details,
                ]
            )
