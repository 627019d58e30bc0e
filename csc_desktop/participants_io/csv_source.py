"""Rows of a decoded CSV text, with the delimiter found from the text itself."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator

# Excel in the region saves ";" (the decimal separator is ","); "Unicode text" uses tabs.
DELIMITERS = (";", ",", "\t")
_SNIFF_LINES = 50
# Excel writes and honours a first line "sep=;" that it does not show as a row.
_SEP_LINE = re.compile(r"sep=(.)\r?\n?")


def split_separator_line(text: str) -> tuple[str | None, str]:
    """The delimiter a "sep=" first line declares, and the text without that line."""
    first_line, newline, rest = text.partition("\n")
    match = _SEP_LINE.fullmatch(first_line + newline)
    if match and match.group(1) in DELIMITERS:
        return match.group(1), rest
    return None, text


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most rows of one common width.

    csv.Sniffer guesses wrong on short lists and on ";" files with decimal commas; counting
    consistent widths is simpler and deterministic. Ties keep the order of DELIMITERS.
    """
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best_score, best = (0, 0), DELIMITERS[0]
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        split_widths = [width for width in widths if width > 1]
        if not split_widths:
            continue
        width, count = Counter(split_widths).most_common(1)[0]
        score = (count, width)
        if score > best_score:
            best_score, best = score, delimiter
    return best


def csv_rows(text: str, delimiter: str) -> Iterator[list[object]]:
    """Each record as a list of cells; blank lines come as empty lists, so that the position of a
    record is the row number a spreadsheet shows."""
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        cells: list[object] = list(record)
        yield cells
