"""The PDF report in one language: scope, what the figures include, each indicator group as a
table by country with its charts (by country, by quarter) and breakdowns, then the definitions.

Every page carries the EU emblem, the funding lines and "page x of y"; the Kosovo footnote
prints once, at the foot of the first page, when the report names Kosovo. Fonts are the sheets'
embedded DejaVu; numbers and dates are formatted for the language's locale (Babel).
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.reporting.asof import parse_stamp
from csc_desktop.reporting.charts import bars_by_category, lines_by_category
from csc_desktop.reporting.compute import IndicatorValue
from csc_desktop.reporting.indicators import GROUPS, Unit
from csc_desktop.reporting.present import Presenter
from csc_desktop.reporting.service import Report
from csc_desktop.sheets.fonts import REGULAR
from csc_desktop.sheets.labels import PROJECT_NAME
from csc_desktop.sheets.marks import draw_eu_emblem
from csc_desktop.sheets.text import MUTED, RULE, SHADE, TABLE_FONT, styles

MARGIN = 15 * mm
FOOTER = 16 * mm
EMBLEM = 7 * mm
WIDTH = A4[0] - 2 * MARGIN


def pdf_bytes(report: Report, language: str, reference: ReferenceData) -> bytes:
    show = Presenter(language, reference)
    buffer = io.BytesIO()
    decor = _Decor(show, names_kosovo=show.names_kosovo(report.scope))
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=show.words("report.title"),
        author=report.prepared_by,
        subject=f"{PROJECT_NAME}: {show.period(report.scope)}",
        creator="CSC Desktop",
        lang=language.replace("_", "-"),
        initialFontName=REGULAR,
    )
    document.addPageTemplates(decor.templates())
    document.build(_story(report, show), canvasmaker=decor.canvas_class())
    return buffer.getvalue()


# -- page decoration -------------------------------------------------------------------------


class _Decor:
    def __init__(self, show: Presenter, *, names_kosovo: bool) -> None:
        self.show = show
        style = styles()
        self.footer_lines = [
            Paragraph(escape(show.words("eu_funded")), style.project),
            Paragraph(escape(show.words("co_funded")), style.small),
        ]
        self.footnote = (
            Paragraph("* " + escape(show.words("kosovo_footnote")), style.small)
            if names_kosovo
            else None
        )
        self.footnote_height = (
            self.footnote.wrap(WIDTH, A4[1])[1] + 3 * mm if self.footnote is not None else 0.0
        )

    def templates(self) -> list[PageTemplate]:
        bottom = MARGIN + FOOTER

        def frame(name: str, extra: float) -> Frame:
            return Frame(
                MARGIN,
                bottom + extra,
                WIDTH,
                A4[1] - MARGIN - bottom - extra,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=name,
            )

        return [
            PageTemplate(
                "first",
                [frame("first", self.footnote_height)],
                onPage=self._first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame("later", 0.0)], onPage=self._page),
        ]

    def _first_page(self, canvas: Canvas, document: Any) -> None:
        self._page(canvas, document)
        if self.footnote is not None:
            y = MARGIN + FOOTER + 1 * mm
            self.footnote.drawOn(canvas, MARGIN, y)
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            line_y = y + self.footnote_height - 2 * mm
            canvas.line(MARGIN, line_y, MARGIN + 40 * mm, line_y)
            canvas.restoreState()

    def _page(self, canvas: Canvas, document: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        top = MARGIN + FOOTER - 2 * mm
        canvas.line(MARGIN, top, A4[0] - MARGIN, top)
        canvas.restoreState()
        draw_eu_emblem(canvas, MARGIN, top - 2 * mm - EMBLEM, EMBLEM)
        y = top - 2 * mm
        text_width = WIDTH - EMBLEM * 1.5 - 30 * mm
        for line in self.footer_lines:
            height = line.wrap(text_width, A4[1])[1]
            y -= height
            line.drawOn(canvas, MARGIN + EMBLEM * 1.5 + 3 * mm, y)

    def canvas_class(self) -> type[Canvas]:
        words = self.show.words

        class NumberedCanvas(Canvas):
            """Holds pages back until the end, so that each can say "page x of y"."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._held: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._held.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                for state in self._held:
                    self.__dict__.update(state)
                    self.saveState()
                    self.setFont(REGULAR, 7)
                    self.setFillColor(MUTED)
                    text = words("page", page=self._pageNumber, pages=len(self._held))
                    self.drawRightString(A4[0] - MARGIN, MARGIN + FOOTER - 6 * mm, text)
                    self.restoreState()
                    super().showPage()
                super().save()

        return NumberedCanvas


# -- content -----------------------------------------------------------------------------------


def _story(report: Report, show: Presenter) -> list[Flowable]:
    style = styles()
    words = show.words
    prepared = show.format.moment(parse_stamp(report.figures.computed_at))
    story: list[Flowable] = [
        Paragraph(escape(PROJECT_NAME), style.project),
        Paragraph(escape(words("report.title")), style.title),
        Spacer(1, 2 * mm),
        _facts(
            [
                (words("period"), show.period(report.scope)),
                (words("countries"), show.countries(report.scope)),
            ]
        ),
        Paragraph(escape(words("prepared", when=prepared, person=report.prepared_by)), style.small),
        *_as_of(report, show),
    ]
    for group in GROUPS:
        values = [v for v in report.figures.values if v.indicator.group == group]
        if values:
            story += _group(report, values, show, words(f"group.{group.value}"))
    story += _definitions(report, show)
    return story


def _table(rows: list[list[Any]], widths: list[float], *, header: bool = True) -> Table:
    commands: list[Any] = [
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table = Table(rows, colWidths=widths, style=TableStyle(commands), repeatRows=1 if header else 0)
    table.hAlign = "LEFT"
    return table


def _facts(pairs: list[tuple[str, str]]) -> Table:
    style = styles()
    rows = [[Paragraph(escape(k), style.head), Paragraph(escape(v), style.cell)] for k, v in pairs]
    table = _table(rows, [40 * mm, WIDTH - 40 * mm], header=False)
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "LEFT")]))
    return table


def _as_of(report: Report, show: Presenter) -> list[Flowable]:
    style = styles()
    words = show.words
    freshness = report.as_of
    head = [
        words("country"),
        words("as_of.person"),
        words("as_of.records"),
        words("as_of.bundles"),
        words("as_of.latest_change"),
        words("as_of.age"),
    ]
    rows: list[list[Any]] = [[Paragraph(escape(h), style.head) for h in head]]
    for team in freshness.teams:
        age = team.age_days(freshness.now)
        who = team.person or team.device_id
        if team.is_this_device:
            who += f" ({words('as_of.this_device')})"
        latest = team.latest_data_at
        rows.append(
            [
                Paragraph(escape(show.country(team.country)), style.cell),
                Paragraph(escape(who), style.cell),
                show.format.count(team.records),
                show.format.count(len(team.bundles)),
                show.format.moment(parse_stamp(latest)) if latest else words("none"),
                show.format.decimal(age, 1) if age is not None else words("none"),
            ]
        )
    flow: list[Flowable] = [
        Paragraph(escape(words("as_of")), style.heading),
        _table(rows, [38 * mm, 46 * mm, 18 * mm, 18 * mm, 34 * mm, WIDTH - 154 * mm]),
    ]
    notes = []
    if not freshness.from_bundles:
        notes.append(words("as_of.no_sync"))
    if freshness.countries_without_data:
        missing = ", ".join(show.country(c) for c in freshness.countries_without_data)
        notes.append(words("as_of.missing", countries=missing))
    flow += [Paragraph(escape(n), style.small) for n in notes]
    return flow


def _group(
    report: Report, values: list[IndicatorValue], show: Presenter, title: str
) -> list[Flowable]:
    style = styles()
    countries = report.scope.countries
    label_width = 62 * mm
    column = (WIDTH - label_width) / (len(countries) + 1)
    rows: list[list[Any]] = [
        [Paragraph(escape(show.words("indicator")), style.head)]
        + [Paragraph(escape(show.words("total")), style.head_right)]
        + [Paragraph(escape(show.country(c)), style.head_right) for c in countries]
    ]
    for value in values:
        rows.append(
            [Paragraph(escape(show.words.label(value.key)), style.cell), show.figure(value)]
            + [show.country_figure(value, c) for c in countries]
        )
    flow: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph(escape(title), style.heading),
        _table(rows, [label_width] + [column] * (len(countries) + 1)),
        Spacer(1, 3 * mm),
    ]
    charted = [v for v in values if v.indicator.unit == Unit.COUNT]
    if charted:
        flow += _charts(report, charted, show, title)
    return flow + _breakdowns(values, show)


def _charts(
    report: Report, values: list[IndicatorValue], show: Presenter, title: str
) -> list[Flowable]:
    words = show.words
    number = show.format.count
    labels = [show.words.label(v.key) for v in values]
    countries = report.scope.countries
    by_country = bars_by_category(
        words("chart.by_country", group=title),
        [show.country(c) for c in countries],
        [
            (label, [v.by_country[c].count for c in countries])
            for label, v in zip(labels, values, strict=True)
        ],
        lambda x: number(int(x)),
        width=WIDTH,
    )
    quarters = report.scope.quarters()
    flow: list[Flowable] = [KeepTogether([by_country])]
    if len(quarters) > 1:
        by_quarter = lines_by_category(
            words("chart.by_quarter", group=title),
            [show.quarter(q) for q in quarters],
            [
                (label, [v.by_quarter[q].count for q in quarters])
                for label, v in zip(labels, values, strict=True)
            ],
            lambda x: number(int(x)),
            width=WIDTH,
        )
        flow.append(KeepTogether([by_quarter]))
    return flow


def _breakdowns(values: list[IndicatorValue], show: Presenter) -> list[Flowable]:
    """One table per breakdown of the group (gender, kind of institution…): a row per code, a
    column per indicator split that way."""
    style = styles()
    flow: list[Flowable] = []
    names = list(dict.fromkeys(name for v in values for name in v.indicator.parts))
    for name in names:
        split = [v for v in values if name in v.indicator.parts and v.by_part.get(name)]
        if not split:
            continue
        codes = list(dict.fromkeys(code for v in split for code in _by_size(v.by_part[name])))
        names_list = split[0].indicator.source.part(name).names_list
        column = min(35 * mm, (WIDTH - 60 * mm) / len(split))
        rows: list[list[Any]] = [
            [Paragraph(escape(show.words("breakdown." + name)), style.head)]
            + [Paragraph(escape(show.words.label(v.key)), style.head_right) for v in split]
        ]
        for code in codes:
            rows.append(
                [Paragraph(escape(show.code(names_list, code)), style.cell)]
                + [
                    show.figure(v, v.by_part[name][code]) if code in v.by_part[name] else ""
                    for v in split
                ]
            )
        table = _table(rows, [60 * mm] + [column] * len(split))
        flow += [KeepTogether([table]), Spacer(1, 3 * mm)]
    return flow


def _by_size(codes: dict[str, Any]) -> list[str]:
    return sorted(codes, key=lambda code: -codes[code].count)


def _definitions(report: Report, show: Presenter) -> list[Flowable]:
    style = styles()
    flow: list[Flowable] = [
        CondPageBreak(40 * mm),
        Paragraph(escape(show.words("definitions")), style.heading),
        Paragraph(escape(show.words("rules")), style.body),
        Spacer(1, 2 * mm),
    ]
    for value in report.figures.values:
        flow.append(
            KeepTogether(
                [
                    Paragraph(f"<b>{escape(show.words.label(value.key))}</b>", style.body),
                    Paragraph(escape(show.words.definition(value.key)), style.body),
                    Spacer(1, 1.5 * mm),
                ]
            )
        )
    return flow
