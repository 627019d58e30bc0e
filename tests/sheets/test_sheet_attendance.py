"""The attendance sheet as participants and trainers see it on paper."""

from __future__ import annotations

import dataclasses
import re

import pytest

from csc_desktop.sheets import Participant, render_sheet
from csc_desktop.sheets.model import Gender
from csc_desktop.sheets.samples import sample_attendance
from tests.sheets.sheet_pdf_tools import page_count, page_size, page_words, pdf_text


def test_cyrillic_and_albanian_names_extract_exactly() -> None:
    pdf = render_sheet(sample_attendance(10, 3), certified=True)
    text = " ".join(pdf_text(pdf).split())  # a long name may wrap onto two lines
    for name in (
        "Љубиша Ђорђевић",
        "Arbër Çela",
        "Ѓорѓи Ќосев",
        "Emina Hadžić",
        "Milica Vujošević",
    ):
        assert name in text
    assert "Prokuroria e Posaçme kundër Korrupsionit" in text


def test_150_participants_over_5_days_repeat_the_header_on_every_page() -> None:
    sheet = sample_attendance(150, 5)
    pdf = render_sheet(sheet, certified=True)
    pages = page_count(pdf)
    assert pages > 5
    for page in range(1, pages + 1):
        text = pdf_text(pdf, first=page, last=page)
        assert f"Page {page} of {pages}" in text
        assert "Financial investigations and asset recovery" in text  # training header
        assert "Name and surname" in text  # column header row
        for day in range(1, 6):
            assert f"Day {day}" in text
    every_number = set(re.findall(r"^(\d+)$", pdf_text(pdf), re.MULTILINE))
    assert {str(n) for n in range(1, 151)} <= every_number


def test_more_than_three_days_turn_the_page_to_landscape() -> None:
    width, height = page_size(render_sheet(sample_attendance(5, 3), certified=True))
    assert width < height
    width, height = page_size(render_sheet(sample_attendance(5, 4), certified=True))
    assert width > height


def test_every_training_day_gets_a_signature_column_even_beyond_one_page_width() -> None:
    pdf = render_sheet(sample_attendance(4, 8), certified=True)
    text = pdf_text(pdf)
    for day in range(1, 9):
        assert f"Day {day}" in text
    assert "Days 1–6" in text and "Days 7–8" in text


def test_blank_rows_for_walk_ins_follow_the_participants() -> None:
    sheet = dataclasses.replace(sample_attendance(10, 3), walk_in_rows=5)
    text = pdf_text(render_sheet(sheet, certified=True))
    numbers = {int(n) for n in re.findall(r"^(\d+)$", text, re.MULTILINE)}
    assert set(range(1, 16)) <= numbers  # ten participants, then at least five blank rows


def test_a_sheet_without_participants_is_a_blank_list() -> None:
    pdf = render_sheet(sample_attendance(0, 2), certified=True)
    text = pdf_text(pdf)
    assert "Name and surname" in text
    assert re.search(r"^1$", text, re.MULTILINE)


def test_long_names_wrap_inside_their_column() -> None:
    long_name = "Aleksandra-Katarina Konstantinović-Hadžiavdagić Petrović-Njegoš Bajraktari"
    unbroken = "Drejtoriapërhetimetfinanciaredhekonfiskiminepasurivetëpaligjshme"
    sheet = sample_attendance(3, 3)
    people = (
        Participant(1, long_name, unbroken, "Inspektor", Gender.FEMALE),
        *sheet.participants[1:],
    )
    pdf = render_sheet(dataclasses.replace(sheet, participants=people), certified=True)
    words = page_words(pdf, 1)
    header = next(w for w in words if w.text == "Institution")
    position_column = next(w for w in words if w.text == "Position").x_min
    next_row = next(w for w in words if w.text == "Arbër").y_min
    first_row = [w for w in words if header.y_min < w.y_min < next_row - 12]
    name_pieces = [w for w in first_row if w.x_min < header.x_min - 5 and len(w.text) > 2]
    assert "".join(w.text for w in name_pieces) == long_name.replace(" ", "")
    assert all(w.x_max < header.x_min - 2 for w in name_pieces)
    institution_pieces = [
        w
        for w in first_row
        if header.x_min - 5 < w.x_min < position_column - 5
        and len(w.text) > 3
        and w.text in unbroken
    ]
    assert "".join(w.text for w in institution_pieces) == unbroken
    assert len(institution_pieces) > 1  # the unbroken word was split over lines
    assert all(w.x_max < position_column - 2 for w in institution_pieces)


@pytest.mark.parametrize("walk_ins", [0, 1, 7])
def test_any_list_length_lays_out_with_every_row_numbered(walk_ins: int) -> None:
    # Lengths around a page break, where the blank rows must start on the next page or vanish.
    for participants in range(12, 34):
        sheet = dataclasses.replace(sample_attendance(participants, 2), walk_in_rows=walk_ins)
        text = pdf_text(render_sheet(sheet, certified=True))
        numbers = {int(n) for n in re.findall(r"^(\d+)$", text, re.MULTILINE)}
        assert set(range(1, participants + walk_ins + 1)) <= numbers, participants


def test_negative_walk_in_rows_are_refused() -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(sample_attendance(1, 1), walk_in_rows=-1)
