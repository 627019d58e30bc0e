"""Words on the page: labels in the sheet's language(s), record text made safe for paragraphs,
and the paragraph styles every sheet shares."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from csc_desktop.sheets.fonts import BOLD, REGULAR, register_fonts
from csc_desktop.sheets.formatting import Formatter
from csc_desktop.sheets.kosovo import mark_kosovo
from csc_desktop.sheets.labels import labels_for
from csc_desktop.sheets.model import PrintContext

INK = Color(0.1, 0.1, 0.1)
MUTED = Color(0.35, 0.35, 0.35)
RULE = Color(0.55, 0.55, 0.55)
SHADE = Color(0.9, 0.92, 0.95)
WARNING = Color(0.62, 0.1, 0.05)
#: Text in table cells, as a paragraph or as a plain string.
CELL_FONT_SIZE = 8
#: First command of every table style: plain cells in the embedded font (reportlab's default
#: would pull in a non-embedded Helvetica, even for empty cells).
TABLE_FONT = ("FONT", (0, 0), (-1, -1), REGULAR, CELL_FONT_SIZE)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_center: ParagraphStyle
    head_right: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    project: ParagraphStyle
    small: ParagraphStyle
    warning: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK)
    cell = ParagraphStyle("cell", body, fontSize=CELL_FONT_SIZE, leading=CELL_FONT_SIZE * 1.2)
    head = ParagraphStyle("head", cell, fontName=BOLD, fontSize=7.5, leading=9)
    small = ParagraphStyle("small", body, fontSize=6.5, leading=8, textColor=MUTED)
    return Styles(
        body=body,
        cell=cell,
        cell_center=ParagraphStyle("cell_center", cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", cell, alignment=TA_RIGHT),
        head=head,
        head_center=ParagraphStyle("head_center", head, alignment=TA_CENTER),
        head_right=ParagraphStyle("head_right", head, alignment=TA_RIGHT),
        heading=ParagraphStyle(
            "heading", body, fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=4
        ),
        title=ParagraphStyle("title", body, fontName=BOLD, fontSize=13, leading=16),
        subtitle=ParagraphStyle("subtitle", body, fontSize=9, leading=11, textColor=MUTED),
        project=ParagraphStyle(
            "project", body, fontName=BOLD, fontSize=7.5, leading=9, textColor=MUTED
        ),
        small=small,
        warning=ParagraphStyle("warning", small, fontName=BOLD, textColor=WARNING),
    )


def safe(text: str) -> str:
    """Record text as paragraph markup: escaped, line breaks kept, Kosovo marked."""
    return escape(mark_kosovo(text)).replace("\n", "<br/>")


class Words:
    """Labels and formatting for one printing of one sheet."""

    def __init__(self, context: PrintContext) -> None:
        self.labels = labels_for(context.language)
        self.second = labels_for(context.second_language) if context.second_language else None
        self.format = Formatter(context.language)
        self.style = styles()

    def __call__(self, key: str, **values: object) -> str:
        """The label in the sheet's language, placeholders filled, as plain text."""
        return self.labels[key].format(**values)

    def both(self, key: str, **values: object) -> str:
        """Markup: the label, then (bilingual sheets) a slash and the second language."""
        first = escape(self.labels[key].format(**values))
        if self.second is None:
            return first
        return f"{first} / {escape(self.second[key].format(**values))}"

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.style.cell)

    def text(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of record text (escaped, Kosovo marked)."""
        return Paragraph(safe(text), style or self.style.cell)
