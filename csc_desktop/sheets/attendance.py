"""Training attendance sheet: one row per participant, one signature column per training day.

Layout decisions:
- up to ``MAX_PORTRAIT_DAYS`` (3) days the page is portrait; more days turn it to landscape;
- a table holds at most ``MAX_DAYS_PER_TABLE`` (6) day columns; a longer training prints the
  whole list again for each further group of days, each group starting on a new page;
- after the participants come at least ``walk_in_rows`` numbered blank rows for walk-ins, and
  as many more as fill the last page;
- every row is tall enough to sign in (about 9 mm); long names and institutions wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from csc_desktop.sheets.fonts import REGULAR
from csc_desktop.sheets.kosovo import mark_kosovo
from csc_desktop.sheets.model import (
    MAX_DAYS_PER_TABLE,
    MAX_PORTRAIT_DAYS,
    AttendanceSheet,
    Participant,
)
from csc_desktop.sheets.page import render_pages
from csc_desktop.sheets.text import CELL_FONT_SIZE, RULE, SHADE, TABLE_FONT, Words, safe
from csc_desktop.sheets.training_header import training_header_facts

NUMBER_WIDTH = 9 * mm
GENDER_WIDTH = 14 * mm
DAY_WIDTH = 24 * mm
#: Shares of the remaining width for name, institution and position.
TEXT_SHARES = (0.36, 0.38, 0.26)
#: Room to sign in: every participant row is at least this tall.
MIN_ROW_HEIGHT = 9 * mm
CELL_PADDING = 3.0
HEADER_ROWS = 2
_TEXT_COLUMNS = (1, 2, 3)


def render_attendance(sheet: AttendanceSheet, *, certified: bool) -> bytes:
    words = Words(sheet.context)
    days = sheet.training.days
    story: list[Flowable] = []
    groups = [days[i : i + MAX_DAYS_PER_TABLE] for i in range(0, len(days), MAX_DAYS_PER_TABLE)]
    for group_index, group in enumerate(groups):
        first_day_number = group_index * MAX_DAYS_PER_TABLE + 1
        if group_index:
            story.append(PageBreak())
        if len(groups) > 1:
            caption = words.both(
                "days_group", first=first_day_number, last=first_day_number + len(group) - 1
            )
            story.append(Paragraph(caption, words.style.heading))
        table = _AttendanceTable(words, group, first_day_number)
        if sheet.participants:
            story.append(_ParticipantRows(table, sheet.participants))
        story.append(
            _WalkInRows(
                table,
                first_number=_next_number(sheet.participants),
                minimum=sheet.walk_in_rows,
                with_header=not sheet.participants,
                fill=True,
            )
        )
    return render_pages(
        sheet,
        words,
        story,
        header_facts=training_header_facts(sheet.training, words),
        landscape_pages=len(days) > MAX_PORTRAIT_DAYS,
        certified=certified,
    )


def _next_number(participants: Sequence[Participant]) -> int:
    return max((p.number for p in participants), default=0) + 1


class _AttendanceTable:
    """Header rows, participant rows and blank rows for one group of days, all sharing the same
    column widths (known once the frame width is: portrait or landscape)."""

    def __init__(self, words: Words, days: Sequence[date], first_day_number: int) -> None:
        self.words = words
        self.days = days
        self.first_day_number = first_day_number
        self.col_widths: list[float] = []
        self._header_height: float | None = None

    def size_to(self, available_width: float) -> None:
        if self.col_widths:
            return
        text_width = available_width - NUMBER_WIDTH - GENDER_WIDTH - DAY_WIDTH * len(self.days)
        name, institution, position = (text_width * share for share in TEXT_SHARES)
        self.col_widths = [NUMBER_WIDTH, name, institution, position, GENDER_WIDTH]
        self.col_widths += [DAY_WIDTH] * len(self.days)

    @property
    def header_height(self) -> float:
        if self._header_height is None:
            table = self.table([], [], with_header=True)
            self._header_height = table.wrap(sum(self.col_widths), 10_000)[1]
        return self._header_height

    def _header_rows(self) -> list[list[Any]]:
        words, style = self.words, self.words.style
        first = [
            Paragraph(words.both("no"), style.head_center),
            Paragraph(words.both("name"), style.head),
            Paragraph(words.both("institution"), style.head),
            Paragraph(words.both("position"), style.head),
            Paragraph(words.both("gender"), style.head_center),
            Paragraph(words.both("signature"), style.head_center),
        ] + [""] * (len(self.days) - 1)
        second: list[Any] = [""] * 5 + [
            Paragraph(
                f"{words.both('day', n=self.first_day_number + i)}<br/>"
                f"<font name='{REGULAR}'>{safe(words.format.day(day))}</font>",
                style.head_center,
            )
            for i, day in enumerate(self.days)
        ]
        return [first, second]

    def participant_row(self, participant: Participant) -> list[Any]:
        """Cells for one participant; call once the column widths are known."""
        return [
            str(participant.number),
            self._text_cell(participant.name, 1),
            self._text_cell(participant.institution, 2),
            self._text_cell(participant.position, 3),
            self.words(f"gender.{participant.gender.value}.short"),
        ] + [""] * len(self.days)

    def _text_cell(self, text: str, column: int) -> str | Paragraph:
        """Text that fits on one line stays a plain string (several times cheaper to lay out
        and draw than a paragraph); anything longer, or on several lines, wraps."""
        marked = mark_kosovo(text)
        room = self.col_widths[column] - 2 * CELL_PADDING
        if "\n" not in marked and stringWidth(marked, REGULAR, CELL_FONT_SIZE) <= room:
            return marked
        return self.words.text(text)

    def blank_row(self, number: int) -> list[Any]:
        return [str(number)] + [""] * (4 + len(self.days))

    def measure(self, row: list[Any]) -> float:
        """The row's height: its tallest wrapped text, and never less than room to sign."""
        tallest = 0.0
        for column in _TEXT_COLUMNS:
            cell = row[column]
            if isinstance(cell, Paragraph):
                width = self.col_widths[column] - 2 * CELL_PADDING
                tallest = max(tallest, cell.wrap(width, 10_000)[1])
        return max(MIN_ROW_HEIGHT, tallest + 2 * CELL_PADDING)

    def table(self, rows: list[list[Any]], heights: list[float], *, with_header: bool) -> Table:
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            TABLE_FONT,
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("ALIGN", (4, 0), (4, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        row_heights: list[float | None] = list(heights)
        if with_header:
            rows = self._header_rows() + rows
            row_heights = [*([None] * HEADER_ROWS), *row_heights]
            commands += [
                ("BACKGROUND", (0, 0), (-1, HEADER_ROWS - 1), SHADE),
                ("TOPPADDING", (0, 0), (-1, HEADER_ROWS - 1), 2),
                ("SPAN", (5, 0), (-1, 0)),
                *[("SPAN", (c, 0), (c, 1)) for c in range(5)],
            ]
        return Table(
            rows, colWidths=self.col_widths, rowHeights=row_heights, style=TableStyle(commands)
        )


class _RowsFlowable(Flowable):
    """Rows that split between pages by their measured heights, with the header rows on top
    of every page. Each row is measured once (reportlab's own table split re-measures every
    remaining row on every page)."""

    def __init__(self, table: _AttendanceTable, *, with_header: bool = True) -> None:
        super().__init__()
        self.owner = table
        self.with_header = with_header
        self._rows: list[list[Any]] = []
        self._heights: list[float] = []

    def rows_and_heights(self, available_width: float) -> tuple[list[list[Any]], list[float]]:
        raise NotImplementedError

    def _header(self) -> float:
        return self.owner.header_height if self.with_header else 0.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.owner.size_to(aW)
        self._rows, self._heights = self.rows_and_heights(aH)
        return sum(self.owner.col_widths), self._header() + sum(self._heights)

    def draw(self) -> None:
        if not self._rows and not self.with_header:
            return  # no blank rows asked for and no room left for any
        # The table is built only for the rows that land on this page.
        table = self.owner.table(self._rows, self._heights, with_header=self.with_header)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


class _ParticipantRows(_RowsFlowable):
    def __init__(
        self,
        table: _AttendanceTable,
        participants: Sequence[Participant],
        rows: list[list[Any]] | None = None,
        heights: list[float] | None = None,
    ) -> None:
        super().__init__(table)
        self.participants = participants
        self.rows = rows
        self.heights = heights

    def rows_and_heights(self, available_height: float) -> tuple[list[list[Any]], list[float]]:
        if self.rows is None or self.heights is None:
            self.rows = [self.owner.participant_row(p) for p in self.participants]
            self.heights = [self.owner.measure(row) for row in self.rows]
        return self.rows, self.heights

    def split(self, aW: float, aH: float) -> list[Flowable]:
        self.owner.size_to(aW)
        rows, heights = self.rows_and_heights(aH)
        room = aH - self._header()
        count = 0
        while count < len(heights) and heights[count] <= room:
            room -= heights[count]
            count += 1
        if count == 0:
            return []
        people = self.participants
        here = _ParticipantRows(self.owner, people[:count], rows[:count], heights[:count])
        rest = _ParticipantRows(self.owner, people[count:], rows[count:], heights[count:])
        return [here, rest]


class _WalkInRows(_RowsFlowable):
    """Numbered blank rows: at least ``minimum``, and when ``fill``, as many as fill the page."""

    def __init__(
        self,
        table: _AttendanceTable,
        *,
        first_number: int,
        minimum: int,
        with_header: bool,
        fill: bool,
    ) -> None:
        super().__init__(table, with_header=with_header)
        self.first_number = first_number
        self.minimum = minimum
        self.fill = fill

    def _fitting(self, available_height: float) -> int:
        return max(0, int((available_height - self._header()) // MIN_ROW_HEIGHT))

    def rows_and_heights(self, available_height: float) -> tuple[list[list[Any]], list[float]]:
        count = self.minimum
        if self.fill:
            count = max(count, self._fitting(available_height))
        rows = [self.owner.blank_row(self.first_number + i) for i in range(count)]
        return rows, [MIN_ROW_HEIGHT] * count

    def split(self, aW: float, aH: float) -> list[Flowable]:
        self.owner.size_to(aW)
        fitting = self._fitting(aH)
        rest = _WalkInRows(
            self.owner,
            first_number=self.first_number + fitting,
            minimum=self.minimum - fitting,
            with_header=True,
            fill=False,
        )
        if fitting == 0:
            return [PageBreak(), rest]
        here = _WalkInRows(
            self.owner,
            first_number=self.first_number,
            minimum=fitting,
            with_header=self.with_header,
            fill=False,
        )
        return [here, rest]
