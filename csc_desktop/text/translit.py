"""Serbian and Macedonian Cyrillic ↔ Latin for display (never for search: see `fold`).

Our own tables, not CLDR/ICU transforms (their BGN rules turn lower-case ј into capital J).

* Serbian (``lang="sr"``, also used for ``bs``/``cnr`` text written in Cyrillic): the official
  one-to-one correspondence between azbuka and abeceda (Љ Lj, Њ Nj, Џ Dž, Ђ Đ, Ћ Ć …).
* Macedonian (``lang="mk"``): the national romanisation with diacritics (ISO 9 R 1968, adopted
  as BGN/PCGN 2013 and used on North Macedonia's road signs): Ѓ Ǵ, Ќ Ḱ, Ѕ Dz, Џ Dž, Ж Ž, Ч Č,
  Ш Š, Љ Lj, Њ Nj. It is the official system with a letter for every letter; the ASCII digraph
  system of identity documents (gj, kj, zh, ch, sh, dj) writes Џ as "dj", which reads as Đ to
  every neighbour. `fold` makes all of these spellings find each other.

A capital Cyrillic digraph letter becomes ``Lj``/``Nj``/``Dž`` before lower case and in a
capitalised word, ``LJ``/``NJ``/``DŽ`` in an all-caps word (ЉУБИША → LJUBIŠA, Љубиша → Ljubiša);
a capital standing alone (Њ) follows the nearest longer word.
"""

from __future__ import annotations

import re
import unicodedata

_SERBIAN: dict[str, str] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž",
    "З": "Z", "И": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N",
    "Њ": "Nj", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "Ć", "У": "U",
    "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š",
    # Letters of neighbouring alphabets, as Serbian writes such names (Ѓорче → Đorče,
    # Щукин → Ščukin).
    "Ѓ": "Đ", "Ќ": "Ć", "Ѕ": "Dz", "Ѐ": "È", "Ѝ": "Ì",
    "Ё": "E", "Й": "J", "Ы": "Y", "Э": "E", "Ю": "Ju", "Я": "Ja", "Щ": "Šč",
    "Є": "Je", "І": "I", "Ї": "Ji", "Ґ": "G", "Ў": "U", "Ъ": "", "Ь": "",
}  # fmt: skip

_MACEDONIAN: dict[str, str] = _SERBIAN | {"Ѓ": "Ǵ", "Ќ": "Ḱ", "Ѕ": "Dz", "Џ": "Dž"}


def _with_lower_case(table: dict[str, str]) -> dict[str, str]:
    full = dict(table)
    for cyrillic, latin in table.items():
        full[cyrillic.lower()] = latin.lower()
    return full


_CYRILLIC_TO_LATIN = {"sr": _with_lower_case(_SERBIAN), "mk": _with_lower_case(_MACEDONIAN)}

_WORD = re.compile(r"[^\W\d_]+")


def _table_for(lang: str) -> dict[str, str]:
    return _CYRILLIC_TO_LATIN["mk" if lang.split("_")[0].lower() == "mk" else "sr"]


def _all_caps_context(text: str, index: int) -> bool:
    """Whether the capital at `index` stands in all-caps text (so Љ → LJ rather than Lj)."""
    after = text[index + 1 : index + 2]
    if after.isalpha():
        return after.isupper()
    before = text[index - 1 : index] if index else ""
    if before.isalpha():
        return before.isupper()
    # A one-letter word: follow the nearest word of two or more letters, the next one first.
    words = [m for m in _WORD.finditer(text) if len(m.group()) > 1]
    following = [m for m in words if m.start() > index]
    preceding = [m for m in words if m.end() <= index]
    nearest = following[0] if following else (preceding[-1] if preceding else None)
    return nearest is not None and nearest.group().isupper()


def cyrillic_to_latin(text: str, lang: str = "sr") -> str:
    """`text` with Serbian (or, for ``lang="mk"``, Macedonian) Cyrillic letters in Latin.

    Characters that are not Cyrillic letters pass through unchanged.
    """
    table = _table_for(lang)
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for index, ch in enumerate(text):
        latin = table.get(ch)
        if latin is None:
            out.append(ch)
        elif len(latin) > 1 and ch.isupper() and _all_caps_context(text, index):
            out.append(latin.upper())
        else:
            out.append(latin)
    # Montenegrin С́/З́ are written with a combining acute: recompose them to Ś/Ź.
    return unicodedata.normalize("NFC", "".join(out))


# Latin → Serbian Cyrillic. Ambiguous by nature: "nj", "lj" and "dž" are usually one letter
# (њ, љ, џ) but two in some words, mostly after a prefix: injekcija is инјекција, not ињекција;
# nadživeti is надживети. The word stems below mark where the digraph is split ("|"); any other
# occurrence becomes one letter. ASCII "dj" stays дј (odjek is одјек), only đ becomes ђ.
_SPLIT_DIGRAPH_STEMS = (
    "in|jekc", "in|jekt", "in|junkc", "kon|jug", "kon|junkc", "kon|junkt", "tan|jug",
    "van|jezi", "van|jevrop", "nad|živ", "nad|žnj", "pod|žanr", "pod|žup",
)  # fmt: skip

_LATIN_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_LATIN_TO_CYRILLIC = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е",
    "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м",
    "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у",
    "v": "в", "z": "з", "ž": "ж",
    # Single-character digraph ligatures (their capitals are found through lower()).
    "ǆ": "џ", "ǉ": "љ", "ǌ": "њ",
}  # fmt: skip
_FOREIGN_LETTERS = frozenset("qwxyQWXY")
_ROMAN_NUMERAL = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def _split_positions(word: str) -> set[int]:
    """Indices in `word` where a digraph must be read as two letters."""
    lower = word.lower()
    positions: set[int] = set()
    for stem in _SPLIT_DIGRAPH_STEMS:
        head, tail = stem.split("|")
        start = lower.find(head + tail)
        while start != -1:
            positions.add(start + len(head) - 1)
            start = lower.find(head + tail, start + 1)
    return positions


def _cased(cyrillic: str, like: str) -> str:
    return cyrillic.upper() if like.isupper() else cyrillic


def _word_to_cyrillic(word: str) -> str:
    if _FOREIGN_LETTERS.intersection(word) or _ROMAN_NUMERAL.fullmatch(word):
        return word  # Frontex, XII: foreign words and numerals keep their Latin letters
    split = _split_positions(word)
    out: list[str] = []
    index = 0
    while index < len(word):
        pair = word[index : index + 2]
        digraph = _LATIN_DIGRAPHS.get(pair.lower())
        if digraph is not None and index not in split:
            out.append(_cased(digraph, pair[0]))
            index += 2
            continue
        ch = word[index]
        if ch in _LATIN_TO_CYRILLIC:
            out.append(_LATIN_TO_CYRILLIC[ch])
        elif ch.lower() in _LATIN_TO_CYRILLIC:
            out.append(_LATIN_TO_CYRILLIC[ch.lower()].upper())
        else:
            out.append(ch)
        index += 1
    return "".join(out)


def latin_to_cyrillic(text: str) -> str:
    """`text` in Serbian Cyrillic, best effort (see the note on ambiguity above).

    For display only, e.g. a reference name entered in Latin shown to someone reading Cyrillic.
    Words with q, w, x or y and Roman numerals stay in Latin.
    """
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda m: _word_to_cyrillic(m.group()), text)
