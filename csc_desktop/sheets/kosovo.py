"""Kosovo* and its footnote, as the EU prints them.

Every mention of Kosovo by name gets an asterisk, and the footnote prints once per document when
there is at least one such mention. "Names Kosovo" means: the country code ``XK`` or the name
itself in any sheet language and its grammatical cases (Kosovo, Kosova, Kosovës, Kosovu, Косово,
...). Adjectives (kosovski, kosovar) are not names and get no asterisk.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Final

from csc_desktop.sheets.model import Country

KOSOVO_CODE: Final = "XK"

_NAME = r"\b(Kosovës|Kosovën|Kosovom|Kosovo|Kosova|Kosovu|Kosovë|Косовом|Косово|Косова|Косову)\b"
_ANY_MENTION = re.compile(_NAME, re.IGNORECASE)
_UNMARKED_MENTION = re.compile(_NAME + r"(?!\*)", re.IGNORECASE)


def mark_kosovo(text: str) -> str:
    """``text`` with an asterisk after each mention of Kosovo that has none yet."""
    return _UNMARKED_MENTION.sub(r"\1*", text)


def sheet_names_kosovo(sheet: object) -> bool:
    """Whether any text the sheet prints from its input names Kosovo, or a country is ``XK``."""
    return any(_ANY_MENTION.search(text) for text in _strings(sheet))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Country):
        yield value.name
        if value.code == KOSOVO_CODE:
            yield "Kosovo"
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def country_display(country: Country) -> str:
    """The country's display name, with the asterisk Kosovo always carries."""
    name = mark_kosovo(country.name)
    if country.code == KOSOVO_CODE and "*" not in name:
        name += "*"
    return name
