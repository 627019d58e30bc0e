"""Pre-investigation support sheet and TAF mission sheet: the record's facts, the support
given, and signature blocks for the adviser and the beneficiary institution."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from csc_desktop.sheets.blocks import fact_rows, facts_table
from csc_desktop.sheets.kosovo import country_display
from csc_desktop.sheets.model import ActivitySheet, Signatory
from csc_desktop.sheets.page import HeaderFact, content_width, render_pages
from csc_desktop.sheets.text import RULE, SHADE, TABLE_FONT, Words, safe

SIGNATURE_HEIGHT = 18 * mm
STAMP_HEIGHT = 28 * mm
BLOCK_GAP = 8 * mm
LABEL_WIDTH = 30 * mm


def render_activity(sheet: ActivitySheet, *, certified: bool) -> bytes:
    words = Words(sheet.context)
    width = content_width(False)
    header = [HeaderFact(words.both("activity"), f"<b>{safe(sheet.title)}</b>")]
    if sheet.country is not None:
        header.append(HeaderFact(words.both("country"), safe(country_display(sheet.country))))
    story: list[Flowable] = []
    if sheet.facts:
        story.append(facts_table(words, fact_rows(words, sheet.facts), width))
    story.append(Paragraph(words.both("support_given"), words.style.heading))
    for paragraph in sheet.support_given.split("\n"):
        if paragraph.strip():
            story.append(Paragraph(safe(paragraph), words.style.body))
            story.append(Spacer(1, 2 * mm))
    story.append(
        KeepTogether(
            [
                Paragraph(words.both("signatures"), words.style.heading),
                _signature_blocks(words, sheet.adviser, sheet.beneficiary, width),
            ]
        )
    )
    return render_pages(
        sheet, words, story, header_facts=header, landscape_pages=False, certified=certified
    )


def _signature_blocks(
    words: Words, adviser: Signatory, beneficiary: Signatory, width: float
) -> Table:
    """Both blocks side by side in one table, so that their lines stay level."""
    style = words.style
    value_width = (width - BLOCK_GAP) / 2 - LABEL_WIDTH

    def value(text: str) -> Paragraph:
        return Paragraph(safe(text), style.cell)

    def when(person: Signatory) -> str:
        return words.format.value(person.date) if person.date is not None else ""

    def row(key: str, left: Any, right: Any) -> list[Any]:
        label = Paragraph(words.both(key), style.head)
        return [label, left, "", Paragraph(words.both(key), style.head), right]

    data: list[list[Any]] = [
        [
            Paragraph(words.both("adviser"), style.head),
            "",
            "",
            Paragraph(words.both("beneficiary"), style.head),
            "",
        ],
        row("name", value(adviser.name), value(beneficiary.name)),
        row("function", value(adviser.function), value(beneficiary.function)),
        row("institution", value(adviser.institution), value(beneficiary.institution)),
        row("date", value(when(adviser)), value(when(beneficiary))),
        row("signature", "", ""),
        row("stamp", "", ""),
    ]
    last = len(data) - 1
    heights: list[float | None] = [None] * (last - 1) + [SIGNATURE_HEIGHT, STAMP_HEIGHT]
    commands: list[tuple[Any, ...]] = [
        TABLE_FONT,
        ("SPAN", (0, 0), (1, 0)),
        ("SPAN", (3, 0), (4, 0)),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("VALIGN", (0, last - 1), (-1, last), "TOP"),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        # Tall rows leave room to write a name or date by hand when the record has none.
        ("TOPPADDING", (0, 1), (-1, last - 2), 13),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, last - 1), (-1, last), 4),
    ]
    for first, second in ((0, 1), (3, 4)):
        commands += [
            ("BACKGROUND", (first, 0), (second, 0), SHADE),
            ("BOX", (first, 0), (second, last), 0.6, RULE),
            ("LINEBELOW", (second, 1), (second, last - 2), 0.3, RULE),
            ("BOX", (second, last - 1), (second, last - 1), 0.5, RULE),
            ("BOX", (second, last), (second, last), 0.5, RULE),
        ]
    return Table(
        data,
        colWidths=[LABEL_WIDTH, value_width, BLOCK_GAP, LABEL_WIDTH, value_width],
        rowHeights=heights,
        style=TableStyle(commands),
    )
