"""Recognise what each column of a participant list holds from its heading.

Headings are compared folded and compacted (see folding.py), so one entry here covers case,
diacritics, Cyrillic or Latin spelling, spaces and hyphens: "Име и презиме", "Ime i prezime" and
"IME I PREZIME" are one key. Bilingual headings ("Emri / Name") are tried part by part.
"""

from __future__ import annotations

import re

from .folding import compact, fold
from .model import SURNAME, day_target

# field -> headings seen in the region's spreadsheets (English, Albanian, Bosnian/Croatian/
# Montenegrin/Serbian in both scripts, Macedonian). Written as people write them.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "Name", "Full name", "Name and surname", "Name surname", "First and last name",
        "Participant", "Participant name", "Participant's name",
        "Emri", "Emër", "Emri dhe mbiemri", "Emri mbiemri", "Emri i plotë", "Emër mbiemër",
        "Pjesëmarrësi", "Emri i pjesëmarrësit",
        "Ime i prezime", "Prezime i ime", "Ime prezime", "Ime", "Učesnik", "Sudionik",
        "Ime i prezime učesnika", "Име и презиме", "Презиме и име", "Име", "Учесник",
    ),
    SURNAME: ("Surname", "Last name", "Family name", "Mbiemri", "Mbiemër", "Prezime", "Презиме"),
    "gender": (
        "Gender", "Sex", "M/F", "F/M", "Gjinia", "Gjini", "Pol", "Spol", "Rod", "M/Ž", "Ž/M",
        "Пол", "Род",
    ),
    "institution": (
        "Institution", "Institution name", "Organisation", "Organization", "Agency", "Employer",
        "Institucioni", "Institucion", "Organizata", "Institucija", "Ustanova", "Organizacija",
        "Organ", "Институција", "Установа", "Организација",
    ),
    "position": (
        "Position", "Job title", "Rank", "Pozicioni", "Pozita", "Detyra",
        "Pozicioni i punës", "Pozicija", "Radno mjesto", "Radno mesto", "Zvanje", "Čin",
        "Позиција", "Радно место", "Работно место", "Работна позиција", "Звање", "Чин",
    ),
    "function": (
        "Function", "Role", "Profession", "Funksioni", "Funksion", "Roli", "Profesioni",
        "Funkcija", "Uloga", "Zanimanje", "Функција", "Улога", "Занимање",
    ),
    "evaluation": (
        "Evaluation", "Rating", "Overall rating", "Overall evaluation", "Satisfaction",
        "Vlerësimi", "Vlerësim", "Vlerësimi i trajnimit", "Ocjena", "Ocena", "Ocjena obuke",
        "Ocena obuke", "Оцена", "Оцјена", "Оценка",
    ),
    "pre_score": (
        "Pre-test", "Pre-test score", "Pre score", "Test before", "Entry test", "Initial test",
        "Para-testi", "Testi paraprak", "Testi hyrës", "Pre-testi", "Predtest", "Ulazni test",
        "Inicijalni test", "Početni test", "Test prije", "Test pre", "Претест", "Пре-тест",
        "Влезен тест", "Почетен тест", "Улазни тест", "Почетни тест",
    ),
    "post_score": (
        "Post-test", "Post-test score", "Post score", "Test after", "Final test", "Exit test",
        "Pas-testi", "Post-testi", "Testi përfundimtar", "Testi dalës", "Izlazni test",
        "Završni test", "Finalni test", "Test poslije", "Test posle", "Посттест", "Пост-тест",
        "Излезен тест", "Завршен тест", "Излазни тест", "Завршни тест",
    ),
}  # fmt: skip

_TARGET_BY_KEY: dict[str, str] = {
    compact(word): target for target, words in HEADER_WORDS.items() for word in words
}

# Matched on folded headings (words one space apart, punctuation gone): "Day 1", "Dita 1",
# "Дан 1", "Ден 1", "Dan 1", "D1", "Day 1 (12 May)", "Dita e 2", and "1. dan".
_NUMBERED_DAY = re.compile(r"(?:day|dita(?: e)?|dan|den|d) ?(\d{1,2})(?: .*)?")
_NUMBER_THEN_DAY = re.compile(r"(\d{1,2}) (?:day|dita|dan|den)")
# A date as a heading: "12.05.2025", "12/5", "12.05.", "2025-05-12".
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?|\d{4}-\d{2}-\d{2}")
_BRACKETED = re.compile(r"[(\[].*?[)\]]")
_DIGITS = re.compile(r"\d+")


def field_for_heading(heading: str) -> str | None:
    """The field a heading names (including "surname"), or None."""
    candidates = [heading, *heading.split("/"), *heading.split("|")]
    for text in candidates:
        for variant in (text, _BRACKETED.sub(" ", text), _DIGITS.sub(" ", text)):
            target = _TARGET_BY_KEY.get(compact(variant))
            if target:
                return target
    return None


def numbered_day(heading: str) -> int | None:
    """The day number of a heading such as "Day 2" or "Ден 2", else None."""
    folded = fold(heading)
    match = _NUMBERED_DAY.fullmatch(folded) or _NUMBER_THEN_DAY.fullmatch(folded)
    return int(match.group(1)) if match else None


def is_date_heading(heading: str) -> bool:
    return _DATE.fullmatch(heading.strip()) is not None


def guess_mapping(headers: list[str], days: int) -> dict[int, str | None]:
    """Column index -> field, "day:N" or None (ignored) for every column of the header row.

    The first column that names a field wins; a later one naming the same field is ignored.
    Numbered day columns keep their number; date columns take the unused day numbers in order.
    Day columns beyond the training's `days` are ignored.
    """
    mapping: dict[int, str | None] = dict.fromkeys(range(len(headers)))
    taken: set[str] = set()
    date_columns: list[int] = []
    for index, heading in enumerate(headers):
        day = numbered_day(heading)
        if day is not None:
            if 1 <= day <= days and day_target(day) not in taken:
                mapping[index] = day_target(day)
                taken.add(day_target(day))
            continue
        if is_date_heading(heading):
            date_columns.append(index)
            continue
        target = field_for_heading(heading)
        if target is not None and target not in taken:
            mapping[index] = target
            taken.add(target)
    free_days = (d for d in range(1, days + 1) if day_target(d) not in taken)
    for index, day in zip(date_columns, free_days, strict=False):
        mapping[index] = day_target(day)
    return mapping


def recognised_fields(mapping: dict[int, str | None]) -> set[str]:
    return {target for target in mapping.values() if target is not None}


def has_name_column(mapping: dict[int, str | None]) -> bool:
    return "name" in mapping.values()
