"""The one search key: case-, diacritic- and script-insensitive folding.

Everything that is searched (the FTS index and every query typed into a search box) goes through
`fold`, so both sides of a comparison always meet in the same plain Latin form:

* lower case, Latin diacritics removed (``Tiranë`` → ``tirane``, ``Đukić`` → ``dukic``);
* Serbian and Macedonian Cyrillic (and Russian/Ukrainian letters) spelt in Latin by our own table,
  never by CLDR/ICU transforms;
* the spellings people use for the same sound meet: ``đ = dj = ѓ = gj = ǵ`` → ``d``;
  ``ћ = ć = ќ = kj = ḱ = ч = č`` → ``c``; ``џ = dž = ѕ = dz`` → ``dz``; ``ж = ž = zh`` → ``z``;
  ``ш = š = sh`` → ``s``; ``ch`` → ``c``; ``љ`` → ``lj``; ``њ`` → ``nj``;
* apostrophes vanish (``Prosecutor's`` → ``prosecutors``), every other non-alphanumeric character
  separates words, digits stay, runs of spaces collapse to one.

Macedonian ``ѓ``/``ќ`` are folded with Serbian ``đ``/``ć`` (not with ``g``/``k``) because the same
name is written both ways across the region: Ѓорче Петров (mk), Đorče Petrov (sr), Gjorče Petrov
(passports), and Albanian Gjakova meets Serbian Đakovica. A side effect: while someone types
``Gj`` the first keystroke searches ``g…`` and the second ``d…``.

Changing the output of `fold` changes every stored search key: bump `FOLD_VERSION` so the store
knows to rebuild its index.
"""

from __future__ import annotations

import re
import unicodedata

FOLD_VERSION = 1
"""Bumped whenever `fold` would give a different key for some text."""

# Cyrillic letters, lower case, to their folded Latin form. Serbian and Macedonian first; the
# Russian/Ukrainian/Belarusian letters follow the Serbian transcription of such names
# (Юрий → Jurij, Щукин → Ščukin).
_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e", "ж": "z",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
    # Macedonian
    "ѓ": "d", "ќ": "c", "ѕ": "dz", "ѐ": "e", "ѝ": "i",
    # Russian, Ukrainian, Belarusian, Bulgarian
    "ё": "e", "й": "j", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    "щ": "sc", "є": "je", "і": "i", "ї": "ji", "ґ": "g", "ў": "u",
}  # fmt: skip

# Latin letters that NFKD leaves whole, and the Macedonian romanisation letters ǵ/ḱ, which must
# meet ѓ/ќ rather than g/k.
_LATIN: dict[str, str] = {
    "đ": "d", "ð": "d", "ł": "l", "ŀ": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
    "þ": "th", "ħ": "h", "ı": "i", "ŧ": "t", "ĸ": "k", "ŉ": "n", "ƒ": "f", "ŋ": "n",
    "ǝ": "e", "ə": "e", "ɛ": "e", "ɔ": "o", "ǥ": "g", "ƀ": "b", "ɨ": "i", "ʉ": "u",
    "ǵ": "d", "ḱ": "c",
}  # fmt: skip

_EXPLICIT = _CYRILLIC | _LATIN

# Apostrophes join (O'Brien → obrien) instead of splitting a word in two.
_APOSTROPHES = frozenset("'`´‘’‛ʹʻʼʽˈ′＇")

# After letters are mapped: digraphs that spell one sound, replaced in this order so that "kjh"
# ends as "c". Runs of "j"/"h" are first squeezed to one so that no replacement can leave a new
# digraph behind, which keeps fold(fold(x)) == fold(x).
_DIGRAPHS = (("gj", "d"), ("dj", "d"), ("kj", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"))
_REPEATED_J_H = re.compile(r"([jh])\1+")


def _fold_char(ch: str) -> str | None:
    """Folded form of one character; None deletes it (str.translate's convention)."""
    if ch in _APOSTROPHES:
        return None
    lower = ch.lower()
    if lower in _EXPLICIT:
        return _EXPLICIT[lower] or None
    parts: list[str] = []
    for part in unicodedata.normalize("NFKD", lower):
        if unicodedata.category(part).startswith("M"):
            continue  # combining marks: the diacritics themselves
        if part in _EXPLICIT:
            parts.append(_EXPLICIT[part])
        elif part.isalnum():
            parts.append(part.lower())
        else:
            parts.append(" ")
    return "".join(parts) or None


def _build_table() -> dict[int, str | None]:
    # Precompute the blocks this application meets every day: ASCII, Latin-1, Latin Extended A/B,
    # IPA, Cyrillic, Latin Extended Additional, General Punctuation. Anything else is added by
    # `_translate` on first sight.
    return {
        code: _fold_char(chr(code))
        for start, end in ((0x0000, 0x0250), (0x0400, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2070))
        for code in range(start, end)
    }


_TABLE = _build_table()


def _translate(text: str) -> str:
    """Map every character through the table, learning characters it has not met before."""
    folded = text.translate(_TABLE)
    if folded.isascii():
        return folded  # every character was known: the common case
    unseen = set(map(ord, text)) - _TABLE.keys()
    if not unseen:
        return folded  # known letters of other scripts (Greek, Arabic...) stay as they are
    for code in unseen:
        _TABLE[code] = _fold_char(chr(code))
    return text.translate(_TABLE)


def fold(text: str) -> str:
    """The search key of `text`: lower-case Latin words without diacritics, one space apart."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # Decomposed input (e.g. г + U+0301 pasted from a macOS file name) must meet ѓ.
        text = unicodedata.normalize("NFC", text)
    folded = _translate(text)
    if "jj" in folded or "hh" in folded:
        folded = _REPEATED_J_H.sub(r"\1", folded)
    for digraph, letter in _DIGRAPHS:
        if digraph in folded:
            folded = folded.replace(digraph, letter)
    return " ".join(folded.split())


def fold_query(text: str) -> list[str]:
    """The distinct folded words of a search query, in the order typed.

    Each word contains only letters and digits, so it can be quoted into an FTS5 prefix query
    (``"word"*``) as it is.
    """
    return list(dict.fromkeys(fold(text).split()))
