"""Turn one cell (text from a CSV, or what openpyxl gives for an XLSX cell) into a field value.

Each parser returns the value or raises InvalidCell naming the message template to show.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from . import messages
from .folding import compact
from .model import MAX_TEXT_LENGTH

# Words and abbreviations as people write them; matched folded (see folding.py), so "Ž", "Ж",
# "z" and "ž." are one key.
_GENDER_WORDS: dict[str, tuple[str, ...]] = {
    "female": (
        "female", "F", "woman", "W", "Femër", "Femra", "Grua", "Ž", "Žensko", "Ženski", "Ženska",
        "Žena", "Женски", "Женско", "Жена",
    ),
    "male": (
        "male", "M", "man", "Mashkull", "Meshkull", "Burrë", "Muško", "Muški", "Muškarac",
        "Машки", "Машко", "Маж", "Мушко", "Мушки", "Мушкарац",
    ),
    "other": ("other", "O", "X", "Tjetër", "Tjetri", "Drugo", "Drugi", "Друго", "diverse", "non-binary"),
    "undisclosed": (
        "undisclosed", "prefer not to say", "not stated", "unknown", "n/a", "Nuk deklaroj",
        "Pa përgjigje", "Bez odgovora", "Без одговор", "Без одговора", "Neizjašnjen",
        "Neizjašnjena", "Nepoznato", "Непознато",
    ),
}  # fmt: skip
_GENDER_BY_KEY = {compact(word): code for code, words in _GENDER_WORDS.items() for word in words}

# Marks that fold to nothing, checked as typed. A cross (✗) is left out: some mark absence with it.
_PRESENT_MARKS = frozenset("✓✔☑")
_ABSENT_MARKS = frozenset(("", "-", "–", "—"))
_PRESENT = frozenset(
    compact(word) for word in ("x", "1", "yes", "y", "po", "da", "да", "true", "present")
)
_ABSENT = frozenset(compact(word) for word in ("0", "no", "n", "jo", "ne", "не", "false", "absent"))

_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_FOUND_LIMIT = 40


class InvalidCell(ValueError):
    """The cell cannot be read as its field; `template` is the message from messages.py."""

    def __init__(self, template: str) -> None:
        super().__init__(template)
        self.template = template


def cell_text(value: object) -> str:
    """The cell as a person reads it, trimmed, with runs of white space made one space."""
    if isinstance(value, str):  # most cells: checked first
        return " ".join(value.split())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return " ".join(str(value).split())


def is_blank(value: object) -> bool:
    return cell_text(value) == ""


def shown_as_found(value: object) -> str:
    """What the cell held, short enough to quote in a message."""
    text = cell_text(value)
    return text if len(text) <= _FOUND_LIMIT else text[: _FOUND_LIMIT - 1] + "…"


def parse_name(value: object) -> str:
    text = cell_text(value)
    if not text:
        raise InvalidCell(messages.NAME_MISSING)
    return parse_text(text) or ""


def parse_text(value: object) -> str | None:
    text = cell_text(value)
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidCell(messages.TEXT_TOO_LONG)
    return text or None


def parse_gender(value: object) -> str:
    key = compact(cell_text(value))
    if not key:  # blank, "-", "?", "/"
        return "undisclosed"
    code = _GENDER_BY_KEY.get(key)
    if code is None:
        raise InvalidCell(messages.GENDER_UNKNOWN)
    return code


def _decimal(value: object) -> Decimal | None:
    """A number from a numeric cell or from text with a decimal point or comma; None if blank."""
    if isinstance(value, bool):
        raise InvalidCell("")
    if isinstance(value, int | float):
        try:
            number = Decimal(str(value))
        except InvalidOperation as exc:
            raise InvalidCell("") from exc
        if not number.is_finite():
            raise InvalidCell("")
        return number
    text = cell_text(value).removesuffix("%").strip()
    if not text:
        return None
    if not _NUMBER.fullmatch(text):
        raise InvalidCell("")
    return Decimal(text.replace(",", "."))


def parse_evaluation(value: object) -> int | None:
    try:
        number = _decimal(value)
    except InvalidCell as exc:
        raise InvalidCell(messages.EVALUATION_INVALID) from exc
    if number is None:
        return None
    if number != number.to_integral_value() or not 1 <= number <= 5:
        raise InvalidCell(messages.EVALUATION_INVALID)
    return int(number)


def parse_score(value: object, template: str) -> float | None:
    try:
        number = _decimal(value)
    except InvalidCell as exc:
        raise InvalidCell(template) from exc
    if number is None:
        return None
    if not 0 <= number <= 100:
        raise InvalidCell(template)
    return float(number)


def parse_attendance(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return value == 1
    text = cell_text(value)
    if text in _PRESENT_MARKS:
        return True
    key = compact(text)
    if key in _PRESENT:
        return True
    if key in _ABSENT or text in _ABSENT_MARKS:
        return False
    raise InvalidCell(messages.ATTENDANCE_INVALID)
