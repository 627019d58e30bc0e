"""The training's headline facts, printed in the header of every page of its sheets."""

from __future__ import annotations

from csc_desktop.sheets.kosovo import country_display
from csc_desktop.sheets.model import TrainingInfo
from csc_desktop.sheets.page import HeaderFact
from csc_desktop.sheets.text import Words, safe


def training_header_facts(training: TrainingInfo, words: Words) -> list[HeaderFact]:
    period = words.format.period(training.first_day, training.last_day)
    return [
        HeaderFact(words.both("training"), f"<b>{safe(training.title)}</b>"),
        HeaderFact(words.both("dates"), safe(period)),
        HeaderFact(words.both("venue"), safe(training.venue)),
        HeaderFact(words.both("country"), safe(country_display(training.country))),
        HeaderFact(words.both("trainers"), safe(", ".join(training.trainers))),
    ]
