"""Training report: the record, participants by gender and by institution, the evaluation.

Participants appear only as counts; no names are printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from csc_desktop.sheets.blocks import counts_table, fact_rows, facts_table
from csc_desktop.sheets.model import (
    SCORES,
    EvaluationSummary,
    Gender,
    Participant,
    TrainingReportSheet,
)
from csc_desktop.sheets.page import content_width, render_pages
from csc_desktop.sheets.text import Words, safe
from csc_desktop.sheets.training_header import training_header_facts

NUMBER_COLUMN = 22 * mm


def render_report(sheet: TrainingReportSheet, *, certified: bool) -> bytes:
    words = Words(sheet.context)
    width = content_width(False)
    count = words.format.count
    record_rows = [
        *fact_rows(words, sheet.facts),
        (safe(words("training_days")), count(len(sheet.training.days))),
        (safe(words("participants")), count(len(sheet.participants))),
    ]
    story: list[Flowable] = [
        Paragraph(words.both("training"), words.style.heading),
        facts_table(words, record_rows, width),
        KeepTogether(_by_gender(words, sheet.participants)),
        *_by_institution(words, sheet.participants, width),
        KeepTogether(_evaluation(words, sheet.evaluation, width)),
    ]
    return render_pages(
        sheet,
        words,
        story,
        header_facts=training_header_facts(sheet.training, words),
        landscape_pages=False,
        certified=certified,
    )


def _by_gender(words: Words, participants: Sequence[Participant]) -> list[Flowable]:
    tally = Counter(p.gender for p in participants)
    genders = list(Gender)
    header = ["", *(words.both(f"gender.{g.value}") for g in genders), words.both("total")]
    row = [
        safe(words("participants")),
        *(words.format.count(tally[g]) for g in genders),
        words.format.count(len(participants)),
    ]
    widths = [NUMBER_COLUMN * 2] + [NUMBER_COLUMN] * (len(genders) + 1)
    return [
        Paragraph(words.both("by_gender"), words.style.heading),
        counts_table(words, header, [row], widths),
    ]


def _by_institution(
    words: Words, participants: Sequence[Participant], width: float
) -> list[Flowable]:
    count = words.format.count
    per_institution: dict[str, Counter[Gender]] = {}
    for participant in participants:
        per_institution.setdefault(participant.institution, Counter())[participant.gender] += 1
    ordered = sorted(
        per_institution.items(), key=lambda item: (-item[1].total(), item[0].casefold())
    )
    header = [
        words.both("institution"),
        words.both("gender.female"),
        words.both("gender.male"),
        words.both("gender.other"),
        words.both("total"),
    ]
    rows = []
    for institution, tally in ordered:
        other = tally[Gender.OTHER] + tally[Gender.UNSPECIFIED]
        rows.append(
            [
                safe(institution),
                count(tally[Gender.FEMALE]),
                count(tally[Gender.MALE]),
                count(other),
                count(tally.total()),
            ]
        )
    totals = Counter(p.gender for p in participants)
    rows.append(
        [
            f"<b>{safe(words('total'))}</b>",
            count(totals[Gender.FEMALE]),
            count(totals[Gender.MALE]),
            count(totals[Gender.OTHER] + totals[Gender.UNSPECIFIED]),
            count(len(participants)),
        ]
    )
    widths = [width - 4 * NUMBER_COLUMN] + [NUMBER_COLUMN] * 4
    return [
        Paragraph(words.both("by_institution"), words.style.heading),
        counts_table(words, header, rows, widths, total_row=True),
    ]


def _evaluation(words: Words, evaluation: EvaluationSummary, width: float) -> list[Flowable]:
    fmt = words.format
    story: list[Flowable] = [Paragraph(words.both("evaluation"), words.style.heading)]
    if evaluation.responses:
        header = [words.both("score"), *(fmt.count(s) for s in SCORES), words.both("total")]
        row = [
            safe(words("responses")),
            *(fmt.count(n) for n in evaluation.score_counts),
            fmt.count(evaluation.responses),
        ]
        widths = [NUMBER_COLUMN * 2] + [NUMBER_COLUMN] * (len(SCORES) + 1)
        story += [counts_table(words, header, [row], widths), Spacer(1, 3 * mm)]
    else:
        story.append(Paragraph(safe(words("no_evaluation")), words.style.body))
    summary: list[tuple[str, str]] = []
    if evaluation.mean is not None:
        summary.append((safe(words("mean_score")), fmt.decimal(evaluation.mean)))
    if evaluation.positive_share is not None:
        summary.append((safe(words("positive_share")), fmt.percent(evaluation.positive_share)))
    if evaluation.pre_test_mean is not None:
        summary.append((safe(words("pre_test_mean")), fmt.decimal(evaluation.pre_test_mean)))
    if evaluation.post_test_mean is not None:
        summary.append((safe(words("post_test_mean")), fmt.decimal(evaluation.post_test_mean)))
    if summary:
        story.append(facts_table(words, summary, width))
    return story
