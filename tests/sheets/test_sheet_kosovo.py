"""Kosovo* and its footnote: printed once per document when, and only when, Kosovo is named."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from csc_desktop.sheets import Country, Participant, render_sheet
from csc_desktop.sheets.model import Gender
from csc_desktop.sheets.samples import (
    sample_activity,
    sample_attendance,
    sample_report,
    sample_training,
)
from tests.sheets.sheet_pdf_tools import page_count, pdf_text

FOOTNOTE_MARK = "1244/1999"  # in the footnote in every language


def _footnotes(pdf: bytes) -> int:
    return " ".join(pdf_text(pdf).split()).count(FOOTNOTE_MARK)


def test_kosovo_as_the_beneficiary_prints_the_asterisk_and_one_footnote() -> None:
    sheet = sample_attendance(150, 5)
    sheet = dataclasses.replace(sheet, training=sample_training(5, country=Country("XK", "Kosovo")))
    pdf = render_sheet(sheet, certified=True)
    assert page_count(pdf) > 5  # Kosovo* is in the header of every page...
    text = pdf_text(pdf)
    assert text.count("Kosovo*") >= page_count(pdf)
    assert _footnotes(pdf) == 1  # ...and the footnote prints once


def test_kosovo_named_only_inside_a_participant_row_still_gets_the_footnote() -> None:
    sheet = sample_attendance(40, 3)
    people = list(sheet.participants)
    people[30] = Participant(31, "Blerta Krasniqi", "Policia e Kosovës", "Rreshtere", Gender.FEMALE)
    pdf = render_sheet(dataclasses.replace(sheet, participants=tuple(people)), certified=True)
    assert "Policia e Kosovës*" in pdf_text(pdf)
    assert _footnotes(pdf) == 1


def test_the_footnote_is_in_the_sheet_language() -> None:
    sheet = sample_activity(language="sr")
    sheet = dataclasses.replace(sheet, country=Country("XK", "Косово"))
    text = " ".join(pdf_text(render_sheet(sheet, certified=True)).split())
    assert "Косово*" in text
    assert "Овај назив не доводи у питање ставове о статусу" in text
    assert text.count(FOOTNOTE_MARK) == 1


@pytest.mark.parametrize(
    "pdf_of",
    [
        lambda: render_sheet(sample_attendance(150, 5), certified=True),
        lambda: render_sheet(sample_report(), certified=True),
        lambda: render_sheet(sample_activity(), certified=False),
    ],
    ids=["attendance", "report", "activity"],
)
def test_no_footnote_when_kosovo_is_not_named(pdf_of: Callable[[], bytes]) -> None:
    pdf = pdf_of()
    assert _footnotes(pdf) == 0
    assert "Kosovo" not in pdf_text(pdf)
