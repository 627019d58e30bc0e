"""Keys for matching headings and marks whatever script, case or diacritics a spreadsheet uses
("Име и презиме", "IME I PREZIME", "Emri dhe mbiemri"): the application's one search folding, so
that an import matches words the way search does.

Only for matching: values shown to people or stored are never folded."""

from __future__ import annotations

from functools import lru_cache

from csc_desktop.text.fold import fold as search_fold


# Lists repeat the same marks, genders and institutions on every row.
@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case Latin words without diacritics, one space apart; punctuation dropped."""
    return search_fold(text)


def compact(text: str) -> str:
    """The folded letters and digits only: "Pre-test", "pretest" and "PRE TEST" all give "pretest"."""
    return fold(text).replace(" ", "")
