"""Building blocks shared by the report and activity sheets: label/value lists and count tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from csc_desktop.sheets.fonts import BOLD
from csc_desktop.sheets.model import Fact
from csc_desktop.sheets.text import RULE, SHADE, TABLE_FONT, Words, safe

LABEL_WIDTH = 62 * mm


def fact_rows(words: Words, facts: Sequence[Fact]) -> list[tuple[str, str]]:
    """Record facts as (label markup, value markup), values formatted for the locale."""
    return [(safe(fact.label), safe(words.format.value(fact.value))) for fact in facts]


def facts_table(words: Words, rows: Sequence[tuple[str, str]], width: float) -> Table:
    style = words.style
    data = [[Paragraph(label, style.head), Paragraph(value, style.cell)] for label, value in rows]
    return Table(
        data,
        colWidths=[LABEL_WIDTH, width - LABEL_WIDTH],
        hAlign="LEFT",
        style=TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )


def counts_table(
    words: Words,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    total_row: bool = False,
) -> Table:
    """A grid with a shaded header row; first column text (wraps), other columns numbers."""
    style = words.style
    data: list[list[Any]] = [
        [Paragraph(header[0], style.head), *(Paragraph(h, style.head_right) for h in header[1:])]
    ]
    for row in rows:
        first, *numbers = row
        data.append([Paragraph(first, style.cell), *numbers])
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        TABLE_FONT,
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_row:
        commands += [
            ("FONT", (1, -1), (-1, -1), BOLD, 8),
            ("LINEABOVE", (0, -1), (-1, -1), 1, RULE),
        ]
    return Table(
        data, colWidths=list(col_widths), hAlign="LEFT", repeatRows=1, style=TableStyle(commands)
    )
