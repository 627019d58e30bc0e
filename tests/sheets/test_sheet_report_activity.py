"""Training report and activity sheets: what the auditors read on them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from csc_desktop.sheets import EvaluationSummary, Signatory, render_sheet
from csc_desktop.sheets.samples import sample_activity, sample_report
from tests.sheets.sheet_pdf_tools import pdf_text


def _flat(pdf: bytes) -> str:
    """Text with table rows kept on one line, all runs of spaces made single."""
    return " ".join(pdf_text(pdf, layout=True).replace("\u00a0", " ").split())


def test_report_counts_participants_by_gender_and_institution_without_names() -> None:
    sheet = sample_report(participants=24)
    text = _flat(render_sheet(sheet, certified=True))
    assert "Participants by gender" in text and "Participants by institution" in text
    assert "Women Men Other Not stated Total" in text
    assert "Participants 11 13 0 0 24" in text
    assert "Специјално" not in text
    for participant in sheet.participants:
        assert participant.name not in text  # the report prints counts, never names


def test_report_evaluation_summary() -> None:
    text = _flat(render_sheet(sample_report(), certified=True))
    assert "Score 1 2 3 4 5 Total" in text
    assert "Responses 0 1 3 9 11 24" in text
    assert "Average score 4.25" in text
    assert "Assessed positively (score 4 or 5) 83.3%" in text
    assert "54.50" in text and "78.25" in text


def test_report_without_evaluation_says_so() -> None:
    sheet = dataclasses.replace(sample_report(), evaluation=EvaluationSummary())
    assert "No evaluation recorded." in _flat(render_sheet(sheet, certified=True))


def test_evaluation_summary_arithmetic() -> None:
    summary = EvaluationSummary.from_scores([5, 4, 4, 3, 1])
    assert summary.score_counts == (1, 0, 1, 2, 1)
    assert summary.responses == 5
    assert summary.mean == pytest.approx(3.4)
    assert summary.positive_share == pytest.approx(0.6)
    assert EvaluationSummary().mean is None
    with pytest.raises(ValueError):
        EvaluationSummary.from_scores([6])


def test_activity_sheet_shows_facts_support_and_both_signature_blocks() -> None:
    sheet = dataclasses.replace(
        sample_activity(),
        beneficiary=Signatory(
            "Vesna Medenica", "Chief Special Prosecutor", "SDT", date(2025, 2, 4)
        ),
    )
    text = _flat(render_sheet(sheet, certified=True))
    assert "Pre-investigation support sheet" in text
    assert "Case reference KTS-12/2025" in text
    assert "Submitted to the prosecutor's office 3 February 2025" in text
    assert "Drafting of a request to Eurojust" in text
    assert "For the project (adviser)" in text and "For the beneficiary institution" in text
    assert "Marco Bianchi" in text and "Vesna Medenica" in text
    assert "4 February 2025" in text
    assert text.count("Stamp") == 2 and text.count("Signature") >= 2
