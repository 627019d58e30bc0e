"""Alphabetical order per language, as a byte string that sorts correctly with a plain comparison.

``sort_key(text, language)`` gives keys that compare (as bytes, e.g. SQLite BLOBs) in the order of
the language's alphabet:

* Serbian Cyrillic azbuka (а б в г д ђ е ж … ћ у ф х ц ч џ ш) and Macedonian (… д ѓ е … з ѕ и …
  т ќ у …);
* Serbian/Bosnian/Montenegrin Latin abeceda, where č ć dž đ lj nj š ž are letters of their own
  (``lj`` after every ``l…``, ``č`` after every ``c…``), Montenegrin adding ś ź;
* Albanian, with ç dh ë gj ll nj rr sh th xh zh as letters;
* English.

Letters decide first; between texts with the same letters, accents that are not letters of the
alphabet (``é`` after ``e`` in Serbian) and case (lower before upper) decide, much as the second
and third levels of the Unicode collation algorithm do. The script
of the language comes first: Cyrillic before Latin for ``sr``/``mk``, Latin first otherwise.
Digits sort before letters, spaces and punctuation before digits.

The tables are our own (no ICU on the target laptops); building a key costs a few string
``translate`` calls, so sorting 100,000 titles in SQLite stays well under a second.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Lower-case alphabets in order. Latin letters foreign to a language keep their root position
# (q w x y in the Serbian abeceda sit where English has them).
_LATIN_ROOT = "a b c d e f g h i j k l m n o p q r s t u v w x y z"
_LATIN: dict[str, str] = {
    "en": _LATIN_ROOT,
    "sr_Latn": "a b c č ć d dž đ e f g h i j k l lj m n nj o p q r s š t u v w x y z ž",
    "cnr": "a b c č ć d dž đ e f g h i j k l lj m n nj o p q r s ś š t u v w x y z ź ž",
    "sq": "a b c ç d dh e ë f g gj h i j k l ll m n nj o p q r rr s sh t th u v w x xh y z zh",
}
_LATIN["bs"] = _LATIN["sr"] = _LATIN["sr_Latn"]
_LATIN["mk"] = _LATIN_ROOT
# One Cyrillic order that is the Serbian azbuka and the Macedonian alphabet at once (ђ/ѓ after д,
# ѕ after з, ћ/ќ after т), with the Russian/Ukrainian letters at their usual places.
_CYRILLIC = (
    "а б в г ґ д ђ ѓ е ё є ж з ѕ и і ї й ј к л љ м н њ о п р с т ћ ќ у ў ф х ц ч џ ш щ ъ ы ь э ю я"
)
_CYRILLIC_FIRST = frozenset({"sr", "mk"})

# Primary weights are code units of a UTF-16 string: every one is ≥ 0x0100, so the level separator
# b"\0\0" sorts before any letter and "ab" follows "a".
_SPACE = 0x0101
_PUNCT = 0x0102  # + the character's rank among punctuation, kept below the digits
_DIGIT = 0x0900
_FIRST_SCRIPT = 0x1000
_SECOND_SCRIPT = 0x2000
_OTHER = 0x2800  # letters of other scripts below U+3000, in rough code point order
_TABLE_END = 0x3000  # characters from here on weigh as themselves (CJK and beyond)


class _Collator:
    def __init__(self, language: str) -> None:
        latin = _LATIN.get(language, _LATIN_ROOT).split()
        cyrillic = _CYRILLIC.split()
        first, second = (cyrillic, latin) if language in _CYRILLIC_FIRST else (latin, cyrillic)
        self.letters: dict[str, int] = {}
        for base, alphabet in ((_FIRST_SCRIPT, first), (_SECOND_SCRIPT, second)):
            for n, letter in enumerate(alphabet):
                self.letters[letter] = base + n
        # Letters spelt with two characters become one private-use character before weighing.
        # A capitalised digraph (Lj, LJ) gets its own stand-in so that case still counts.
        self.digraphs: dict[str, str] = {}
        self.capital_stand_ins: set[str] = set()
        for n, letter in enumerate(sorted(x for x in self.letters if len(x) > 1)):
            small, capital = chr(0xE000 + 2 * n), chr(0xE001 + 2 * n)
            self.letters[small] = self.letters[capital] = self.letters[letter]
            self.capital_stand_ins.add(capital)
            self.digraphs[letter] = small
            for variant in (letter.upper(), letter.capitalize(), letter[0] + letter[1:].upper()):
                self.digraphs[variant] = capital
        self.digraph_re = (
            re.compile("|".join(sorted(map(re.escape, self.digraphs), key=len, reverse=True)))
            if self.digraphs
            else None
        )
        # A plain dict: str.translate is twice as fast with it as with a computing mapping.
        self.primary: dict[int, str] = {
            code: self._primary(chr(code))
            for code in (*range(_TABLE_END), *(ord(x) for x in self.letters if len(x) == 1))
        }

    def _primary(self, ch: str) -> str:
        lower = ch.lower()
        if lower in self.letters:
            return chr(self.letters[lower])
        decomposed = unicodedata.normalize("NFD", lower)
        base = decomposed[:1]
        if base in self.letters:
            return chr(self.letters[base])  # an accent foreign to the alphabet: second level
        if base.isdigit():
            return chr(_DIGIT + unicodedata.digit(base, 0))
        if base.isspace():
            return chr(_SPACE)
        if base.isalpha():
            return chr(_OTHER + ord(base) // 8)
        if not base or unicodedata.category(base).startswith("M"):
            return ""  # a lone combining mark: only an accent
        return chr(_PUNCT + min(ord(base), _DIGIT - _PUNCT - 1))

    def key(self, text: str) -> bytes:
        text = unicodedata.normalize("NFC", text)
        if self.digraph_re is not None and self.digraph_re.search(text):
            text = self.digraph_re.sub(lambda m: self.digraphs[m.group()], text)
        # The case-swapped text decides between texts whose letters are all equal: unaccented
        # letters and capitals have the smaller code points in Latin and Cyrillic, so swapping
        # case gives "eclair" < "Eclair" < "éclair" < "Éclair", as the second and third levels
        # of the Unicode collation algorithm do.
        return (
            text.translate(self.primary).encode("utf-16-be")
            + b"\0\0"
            + text.swapcase().encode("utf-16-be")
        )


@functools.cache
def _collator(language: str) -> _Collator:
    return _Collator(language)


def sort_key(text: str | None, language: str | None = "en") -> bytes:
    """A key that sorts ``text`` in the alphabetical order of ``language`` (one of the interface
    languages; anything else sorts as English)."""
    if text is None:
        return b""
    return _collator(language if language in _LATIN else "en").key(str(text))
