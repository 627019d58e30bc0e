"""Every sheet in every language: labels complete, text in the right script, locale formats."""

from __future__ import annotations

import re
import string

import pytest

from csc_desktop.sheets import SHEET_LANGUAGES, Sheet, SheetKind, render_sheet
from csc_desktop.sheets.labels import LABELS
from csc_desktop.sheets.samples import sample_activity, sample_attendance, sample_report
from tests.sheets.sheet_pdf_tools import page_count, pdf_text


def _flat(pdf: bytes) -> str:
    """Extracted text on one line, Babel's no-break spaces read as spaces."""
    text = pdf_text(pdf).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split())


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_every_label_with_the_same_placeholders() -> None:
    english = LABELS["en"]
    assert set(LABELS) == set(SHEET_LANGUAGES)
    for language, labels in LABELS.items():
        assert set(labels) == set(english), language
        for key, text in labels.items():
            assert _placeholders(text) == _placeholders(english[key]), (language, key)
            if not key.endswith(".short"):
                assert text.strip(), (language, key)


@pytest.mark.parametrize("language", sorted(SHEET_LANGUAGES))
def test_every_sheet_renders_in_every_language(language: str) -> None:
    labels = LABELS[language]
    sheets: list[Sheet] = [
        sample_attendance(12, 4, language),
        sample_report(language=language),
        sample_activity(SheetKind.PRE_INVESTIGATION, language),
        sample_activity(SheetKind.TAF_MISSION, language),
    ]
    for sheet in sheets:
        pdf = render_sheet(sheet, certified=False)
        text = _flat(pdf)
        assert labels[f"sheet.{sheet.kind.value}"] in text
        assert labels["page"].format(page=1, pages=page_count(pdf)) in text
        assert labels["eu_funded"] in text
        assert labels["not_certified"] in text
        assert "Љубиша Ђорђевић" in text or sheet.kind is not SheetKind.ATTENDANCE


def test_serbian_cyrillic_and_latin_differ_in_script_only() -> None:
    cyrillic = _flat(render_sheet(sample_attendance(3, 2, "sr"), certified=True))
    latin = _flat(render_sheet(sample_attendance(3, 2, "sr_Latn"), certified=True))
    assert "Листа присуства на обуци" in cyrillic and "Потпис" in cyrillic
    assert "Lista prisustva na obuci" in latin and "Potpis" in latin


def test_dates_follow_the_locale() -> None:
    english = _flat(render_sheet(sample_attendance(1, 3, "en"), certified=True))
    albanian = _flat(render_sheet(sample_attendance(1, 3, "sq"), certified=True))
    serbian = _flat(render_sheet(sample_attendance(1, 3, "sr"), certified=True))
    assert "17 Mar 2025" in english and "20/03/2025, 14:05" in english
    assert "17 mar 2025" in albanian
    assert "17. 3. 2025." in serbian and "мар" in serbian


def test_numbers_follow_the_locale() -> None:
    english = _flat(render_sheet(sample_report(language="en"), certified=True))
    albanian = _flat(render_sheet(sample_report(language="sq"), certified=True))
    assert "4.25" in english and "83.3%" in english
    assert "4,25" in albanian and re.search(r"83,3 ?%", albanian)


def test_bilingual_header_shows_both_languages() -> None:
    text = _flat(render_sheet(sample_attendance(3, 2, "en", second_language="sq"), certified=True))
    assert "Training attendance sheet" in text
    assert "Lista e pjesëmarrjes në trajnim" in text
    assert "Trainers / Trajnerët" in text
    assert "Day 1 / Dita 1" in text
