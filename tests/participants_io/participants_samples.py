"""Participant lists as teams in the region keep them, built as real CSV and XLSX bytes."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook


@dataclass(frozen=True)
class Language:
    code: str
    headers: tuple[str, ...]
    # (name, gender as written, institution, position, function, evaluation, pre, post, day 1, day 2)
    rows: tuple[tuple[str, ...], ...]
    expected_gender: tuple[str, ...]
    legacy_code_page: str


# fmt: off
ALBANIAN = Language(
    code="sq",
    headers=(
        "Emri dhe mbiemri", "Gjinia", "Institucioni", "Pozicioni", "Funksioni", "Vlerësimi",
        "Para-testi", "Pas-testi", "Dita 1", "Dita 2",
    ),
    rows=(
        ("Arbër Hoxha", "M", "Policia e Shtetit", "Inspektor", "Oficer policie", "5", "45", "80", "x", "x"),
        ("Blerina Gjoçi", "F", "SPAK", "Prokurore", "Prokuror", "4", "50,5", "90", "po", "jo"),
        ("Xhevahire Këlliçi", "Femër", "Byroja Kombëtare e Hetimit", "Hetuese", "Oficer policie", "5", "", "", "x", ""),
        ("Dritëro Çela", "Mashkull", "Ministria e Brendshme", "Drejtor", "Zyrtar", "3", "30", "65,5", "", "x"),
    ),
    expected_gender=("male", "female", "female", "male"),
    legacy_code_page="cp1250",
)

SERBIAN = Language(
    code="sr",
    headers=(
        "Име и презиме", "Пол", "Институција", "Позиција", "Функција", "Оцена", "Улазни тест",
        "Излазни тест", "Дан 1", "Дан 2",
    ),
    rows=(
        ("Марко Петровић", "М", "Тужилаштво за организовани криминал", "Тужилац", "Тужилац", "5", "40", "85", "x", "да"),
        ("Јелена Ђорђевић", "Ж", "МУП, Управа криминалистичке полиције", "Инспектор", "Полиција", "4", "55", "90", "да", "не"),
        ("Љубиша Џамић", "М", "МУП", "Начелник", "Полиција", "5", "", "", "", "x"),
        ("Зорица Шљивић-Његовановић", "Ж", "Министарство правде", "Саветник", "Правосуђе", "4", "35,5", "70", "x", "x"),
    ),
    expected_gender=("male", "female", "male", "female"),
    legacy_code_page="cp1251",
)

MACEDONIAN = Language(
    code="mk",
    headers=(
        "Име и презиме", "Пол", "Институција", "Работно место", "Функција", "Оценка", "Претест",
        "Посттест", "Ден 1", "Ден 2",
    ),
    rows=(
        ("Ѓорѓи Ќулавков", "Машки", "Јавно обвинителство за организиран криминал", "Обвинител", "Обвинител", "5", "60", "95", "да", "да"),
        ("Ѕвонко Трајковски", "Машки", "МВР, Биро за јавна безбедност", "Инспектор", "Полиција", "3", "40", "60", "x", ""),
        ("Билјана Ѓорѓиевска", "Женски", "Финансиска полиција", "Советник", "Финансии", "4", "", "", "", "x"),
        ("Маја Стојановска-Ќосевска", "Ж", "Министерство за правда", "Раководител", "Правосудство", "5", "52,5", "88", "да", "не"),
    ),
    expected_gender=("male", "male", "female", "female"),
    legacy_code_page="cp1251",
)

BOSNIAN = Language(
    code="bs",
    headers=(
        "Ime i prezime", "Spol", "Institucija", "Radno mjesto", "Funkcija", "Ocjena", "Ulazni test",
        "Završni test", "Dan 1", "Dan 2",
    ),
    rows=(
        ("Emina Hadžić", "Ž", "Tužilaštvo BiH", "Tužiteljica", "Tužilac", "5", "50", "85", "da", "da"),
        ("Nedžad Čaušević", "M", "SIPA", "Inspektor", "Policija", "4", "45", "80", "x", ""),
        ("Đorđe Ćorić", "Muško", "Granična policija BiH", "Načelnik", "Policija", "5", "", "", "", "x"),
        ("Dženana Đulić-Šarić", "Žensko", "Ministarstvo sigurnosti", "Savjetnica", "Uprava", "3", "30,5", "60", "da", "ne"),
    ),
    expected_gender=("female", "male", "male", "female"),
    legacy_code_page="cp1250",
)
# fmt: on

LANGUAGES = (ALBANIAN, SERBIAN, MACEDONIAN, BOSNIAN)


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[object]], delimiter: str = ";") -> str:
    """CSV as Excel writes it: CRLF line ends, cells quoted only when they need it."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue()


def language_csv(language: Language, encoding: str, delimiter: str = ";") -> bytes:
    return csv_text(language.headers, language.rows, delimiter).encode(encoding)


def xlsx_bytes(sheets: dict[str, list[list[object]]], percent_cells: tuple[str, ...] = ()) -> bytes:
    """A real workbook made in memory: {sheet title: rows of cell values}."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for ref in percent_cells:
            sheet[ref].number_format = "0%"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def language_xlsx(language: Language) -> bytes:
    rows: list[list[object]] = [list(language.headers)]
    rows += [list(row) for row in language.rows]
    return xlsx_bytes({"Pjesëmarrësit": rows})


def many_rows(count: int) -> tuple[list[str], list[list[object]]]:
    """A long list mixing the four languages, each person unique, for measuring parse time."""
    headers = ["Nr.", *ALBANIAN.headers[:8], "Dita 1", "Dita 2", "Dita 3"]
    rows: list[list[object]] = []
    languages = LANGUAGES
    for index in range(count):
        language = languages[index % len(languages)]
        base = language.rows[index % len(language.rows)]
        name = f"{base[0]} {index}"
        rows.append([index + 1, name, *base[1:8], "x", "" if index % 3 else "x", "x"])
    return headers, rows
