"""What every page of every sheet carries around its content.

Header (every page): project name, page "x of y", sheet title (and its second language), the
record's headline facts. Footer (every page): EU emblem and funding line, co-funders, record id
and version, print date and printer, the "not yet certified" note on self-signed sheets, and the
QR code. The Kosovo footnote prints once, at the foot of the first page, when the sheet names
Kosovo anywhere.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus.tables import TableStyle

from csc_desktop.sheets.content import sheet_payload
from csc_desktop.sheets.fonts import REGULAR
from csc_desktop.sheets.kosovo import sheet_names_kosovo
from csc_desktop.sheets.labels import PROJECT_NAME
from csc_desktop.sheets.marks import draw_eu_emblem, draw_qr, qr_modules
from csc_desktop.sheets.model import Sheet
from csc_desktop.sheets.text import MUTED, RULE, TABLE_FONT, Words, safe

MARGIN_X = 12 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 8 * mm
GAP = 3 * mm
QR_SIZE = 19 * mm
QR_QUIET_ZONE = 2.5 * mm
EMBLEM_HEIGHT = 8 * mm
PAGE_NUMBER_SIZE = 7.5
_PAGE_FORM = "CSCPage"


def content_width(landscape_pages: bool) -> float:
    """Width of the text area between the side margins."""
    page_width = landscape(A4)[0] if landscape_pages else A4[0]
    return page_width - 2 * MARGIN_X


@dataclass(frozen=True)
class HeaderFact:
    """A label (markup, maybe bilingual) and a value (markup) in the page header."""

    label: str
    value: str


def render_pages(
    sheet: Sheet,
    words: Words,
    story: list[Flowable],
    *,
    header_facts: Sequence[HeaderFact],
    landscape_pages: bool,
    certified: bool,
) -> bytes:
    """Lay ``story`` out on pages decorated for ``sheet``; returns the PDF."""
    page_size = landscape(A4) if landscape_pages else A4
    decor = _PageDecor(sheet, words, page_size, header_facts, certified)
    buffer = io.BytesIO()
    payload = decor.payload
    document = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=words(f"sheet.{sheet.kind.value}"),
        author=sheet.context.printed_by,
        subject=f"{PROJECT_NAME}: record {sheet.context.record_id}",
        keywords=payload,
        creator="CSC Desktop",
        lang=sheet.context.language.replace("_", "-"),
        # Start in the embedded font, so that no page refers to a non-embedded Helvetica.
        initialFontName=REGULAR,
    )
    document.addPageTemplates(decor.templates())
    document.build(story, canvasmaker=_numbered_canvas(decor.draw_page_number))
    return buffer.getvalue()


class _PageDecor:
    def __init__(
        self,
        sheet: Sheet,
        words: Words,
        page_size: tuple[float, float],
        header_facts: Sequence[HeaderFact],
        certified: bool,
    ) -> None:
        self.words = words
        self._form_ready = False
        self.width, self.height = page_size
        self.content_width = self.width - 2 * MARGIN_X
        self.payload = sheet_payload(sheet).encode()
        self.qr = qr_modules(self.payload)
        self.header = self._header_table(sheet, header_facts)
        self.header_height = self.header.wrap(self.content_width, self.height)[1]
        self.footer_text = self._footer_text(sheet, certified)
        footer_text_height = sum(
            p.wrap(self._footer_text_width, self.height)[1] for p in self.footer_text
        )
        # Blank paper above the QR code too (its quiet zone), before the footer rule.
        self.footer_height = max(QR_SIZE + QR_QUIET_ZONE, footer_text_height)
        self.footnote = self._footnote() if sheet_names_kosovo(sheet) else None
        self.footnote_height = (
            self.footnote.wrap(self.content_width, self.height)[1] + GAP
            if self.footnote is not None
            else 0.0
        )

    @property
    def _footer_text_width(self) -> float:
        return self.content_width - EMBLEM_HEIGHT * 1.5 - QR_SIZE - 2 * GAP - 4 * mm

    def templates(self) -> list[PageTemplate]:
        top = self.height - MARGIN_TOP - self.header_height - GAP
        bottom = MARGIN_BOTTOM + self.footer_height + GAP

        def frame(name: str, extra_bottom: float) -> Frame:
            return Frame(
                MARGIN_X,
                bottom + extra_bottom,
                self.content_width,
                top - bottom - extra_bottom,
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
                onPage=self._draw_first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame("later", 0.0)], onPage=self._draw_page),
        ]

    def _draw_first_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        self._draw_page(canvas, document)
        if self.footnote is not None:
            y = MARGIN_BOTTOM + self.footer_height + GAP
            self.footnote.drawOn(canvas, MARGIN_X, y)
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            line_y = y + self.footnote_height - GAP / 2
            canvas.line(MARGIN_X, line_y, MARGIN_X + 40 * mm, line_y)
            canvas.restoreState()

    def _draw_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        # Header and footer are the same on every page: draw them once into a form and place
        # that form on each page (smaller file, much faster than redrawing the QR each time).
        if not self._form_ready:
            canvas.beginForm(_PAGE_FORM)
            self._draw_header_and_footer(canvas)
            canvas.endForm()
            self._form_ready = True
        canvas.doForm(_PAGE_FORM)

    def _draw_header_and_footer(self, canvas: Canvas) -> None:
        header_bottom = self.height - MARGIN_TOP - self.header_height
        self.header.drawOn(canvas, MARGIN_X, header_bottom)
        footer_top = MARGIN_BOTTOM + self.footer_height
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(
            MARGIN_X, header_bottom - GAP / 2, self.width - MARGIN_X, header_bottom - GAP / 2
        )
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, footer_top + GAP / 2, self.width - MARGIN_X, footer_top + GAP / 2)
        canvas.restoreState()
        draw_eu_emblem(canvas, MARGIN_X, footer_top - EMBLEM_HEIGHT, EMBLEM_HEIGHT)
        text_x = MARGIN_X + EMBLEM_HEIGHT * 1.5 + GAP
        y = footer_top
        for paragraph in self.footer_text:
            height = paragraph.wrap(self._footer_text_width, self.height)[1]
            y -= height
            paragraph.drawOn(canvas, text_x, y)
        draw_qr(canvas, self.qr, self.width - MARGIN_X - QR_SIZE, MARGIN_BOTTOM, QR_SIZE)

    def draw_page_number(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
        canvas.setFillColor(MUTED)
        baseline = self.height - MARGIN_TOP - PAGE_NUMBER_SIZE
        text = self.words("page", page=page, pages=pages)
        canvas.drawRightString(self.width - MARGIN_X, baseline, text)
        canvas.restoreState()

    def _header_table(self, sheet: Sheet, facts: Sequence[HeaderFact]) -> Table:
        words, style = self.words, self.words.style
        title_key = f"sheet.{sheet.kind.value}"
        title: list[Flowable] = [
            Paragraph(PROJECT_NAME, style.project),
            Paragraph(escape(words(title_key)), style.title),
        ]
        if words.second is not None:
            title.append(Paragraph(escape(words.second[title_key]), style.subtitle))
        label_width = (38 if words.second is not None else 28) * mm
        value_width = (self.content_width - 2 * label_width) / 2
        rows: list[list[Any]] = [[title, "", "", ""]]
        spans = [("SPAN", (0, 0), (3, 0))]
        cells = [(Paragraph(f.label, style.head), Paragraph(f.value, style.cell)) for f in facts]
        if cells:
            first_label, first_value = cells[0]
            rows.append([first_label, first_value, "", ""])
            spans.append(("SPAN", (1, 1), (3, 1)))
        rest = cells[1:]
        for index in range(0, len(rest), 2):
            pair = rest[index : index + 2]
            row: list[Any] = [pair[0][0], pair[0][1], "", ""]
            if len(pair) == 2:
                row[2], row[3] = pair[1]
            rows.append(row)
        table = Table(
            rows,
            colWidths=[label_width, value_width, label_width, value_width],
            style=TableStyle(
                [
                    TABLE_FONT,
                    *spans,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                ]
            ),
        )
        return table

    def _footer_text(self, sheet: Sheet, certified: bool) -> list[Paragraph]:
        words, style = self.words, self.words.style
        context = sheet.context
        printed = words(
            "printed",
            when=words.format.moment(context.printed_at),
            person=context.printed_by,
            device=context.device_id,
        )
        record = words("record", record_id=context.record_id, version=context.record_version)
        lines = [
            Paragraph(escape(words("eu_funded")), style.project),
            Paragraph(escape(words("co_funded")), style.small),
            Paragraph(f"{safe(record)} · {safe(printed)}", style.small),
        ]
        if not certified:
            lines.append(Paragraph(escape(words("not_certified")), style.warning))
        return lines

    def _footnote(self) -> Paragraph:
        # Label text, not record text: the footnote's own "Kosovo" carries no asterisk.
        return Paragraph("* " + escape(self.words("kosovo_footnote")), self.words.style.small)


def _numbered_canvas(draw_page_number: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "page x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                draw_page_number(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
