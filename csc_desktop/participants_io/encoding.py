"""Find how a CSV file's bytes are encoded, the way spreadsheets in the region save them.

Deterministic, in this order: a byte-order mark; UTF-16 without one; strict UTF-8; and otherwise
Windows-1250 (Latin: Albanian, Bosnian, Croatian, Montenegrin, Serbian Latin) or Windows-1251
(Cyrillic: Serbian, Macedonian), whichever gives words that look like the region's. A file where
some lines are UTF-8 and others a Windows code page (rows pasted from another file) is read line
by line.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from itertools import islice

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
CP1250 = "windows-1250"
CP1251 = "windows-1251"
LEGACY_CODE_PAGES = (CP1250, CP1251)  # order breaks ties: most lists in the region are Latin

# Letters that the region's Latin-script languages (and the names of EU trainers) use beyond
# ASCII. Cyrillic text read as Windows-1250 gives ŕ ĺ î ę ň... for а е о к т: not in this set.
_LATIN_LETTERS = frozenset("čćđšžëçČĆĐŠŽËÇäöüßéáíóúÄÖÜÉÁÍÓÚ")
# Basic Cyrillic, Serbian and Macedonian letters included (U+0400–U+045F).
_CYRILLIC_LETTERS = frozenset(chr(code) for code in range(0x0400, 0x0460))
# Punctuation that either code page may hold in genuine text: counts neither way.
_NEUTRAL = frozenset("“”‘’„‚–—…•€°«»§№\u00a0\u00ad")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, UTF8_BOM),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 4096
_TELLING_LINES = 200


class NotText(ValueError):
    """The bytes are not text in any encoding we read (binary data)."""


class UnreadableText(ValueError):
    """Text, but in no encoding that gives readable letters."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # a Python codec name, or "utf-8+windows-125x" for a file of mixed lines


def decode_text(data: bytes) -> DecodedText:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec)
            except UnicodeDecodeError as exc:
                if codec != UTF8_BOM:
                    raise UnreadableText(str(exc)) from exc
                # A UTF-8 mark in front of Windows-1250/1251 text: trust the letters, not the mark.
                data = data[len(bom) :]
                break
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _checked(data.decode(utf16), utf16)
        except UnicodeDecodeError as exc:
            raise NotText(str(exc)) from exc
    if b"\x00" in data:
        raise NotText("NUL bytes")
    try:
        return _checked(data.decode(UTF8), UTF8)
    except UnicodeDecodeError:
        return _checked_legacy(data)


def _checked(text: str, encoding: str) -> DecodedText:
    """Refuse text that is mostly control characters: that is binary data that happened to decode."""
    controls = sum(
        1 for ch in text[:_SAMPLE] if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f"
    )
    if controls > max(2, len(text[:_SAMPLE]) // 100):
        raise NotText("control characters")
    return DecodedText(text, encoding)


def _utf16_without_bom(data: bytes) -> str | None:
    """Little- or big-endian UTF-16 if the NUL bytes fall on one side of each pair."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    pairs = len(sample) // 2

    def one_sided(many: int, few: int) -> bool:
        # ASCII digits, delimiters and line ends give a NUL in one half of at least 1 pair in 10.
        return many > 0 and many * 10 >= pairs and few * 100 <= pairs

    if one_sided(odd_nuls, even_nuls):
        return "utf-16-le"
    if one_sided(even_nuls, odd_nuls):
        return "utf-16-be"
    return None


def _checked_legacy(data: bytes) -> DecodedText:
    lines = data.splitlines(keepends=True)
    utf8_lines: dict[int, str] = {}
    for index, line in enumerate(lines):
        if not line.isascii():
            try:
                utf8_lines[index] = line.decode(UTF8)
            except UnicodeDecodeError:
                continue
    # Only lines with letters beyond ASCII tell the code pages apart; a sample of them is enough.
    telling = (line for i, line in enumerate(lines) if i not in utf8_lines and not line.isascii())
    codec = _most_plausible_code_page(b"".join(islice(telling, _TELLING_LINES)))
    try:
        text = "".join(utf8_lines.get(i) or line.decode(codec) for i, line in enumerate(lines))
    except UnicodeDecodeError as exc:  # a byte the code page leaves undefined, past the sample
        raise UnreadableText(str(exc)) from exc
    label = f"{UTF8}+{codec}" if utf8_lines else codec
    return _checked(text, label)


def _most_plausible_code_page(data: bytes) -> str:
    scored: list[tuple[int, int, str]] = []  # (score, plausible words, codec)
    for codec in LEGACY_CODE_PAGES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue  # a byte this code page leaves undefined
        plausible, implausible = _word_plausibility(text, codec)
        scored.append((plausible - implausible, plausible, codec))
    if not scored:
        raise UnreadableText("bytes undefined in Windows-1250 and Windows-1251")
    # max() keeps the first of equal scores: the order of LEGACY_CODE_PAGES breaks ties.
    score, plausible, codec = max(scored, key=lambda entry: entry[0])
    if plausible == 0 and score < 0:
        raise UnreadableText("no word reads as the region's letters")
    return codec


def _word_plausibility(text: str, codec: str) -> tuple[int, int]:
    """(plausible, implausible) counts of the words that hold letters beyond ASCII.

    A plausible word is in one script and uses only the region's letters for `codec`'s script.
    Odd symbols outside words count as implausible too.
    """
    allowed = _CYRILLIC_LETTERS if codec == CP1251 else _LATIN_LETTERS
    plausible = implausible = 0
    word: list[str] = []
    for ch in (*text, " "):
        if ch.isalpha():
            word.append(ch)
            continue
        if word:
            if not all(c.isascii() for c in word):
                ascii_letters = any(c.isascii() for c in word)
                others_allowed = all(c in allowed for c in word if not c.isascii())
                mixes_scripts = codec == CP1251 and ascii_letters
                if others_allowed and not mixes_scripts:
                    plausible += 1
                else:
                    implausible += 1
            word = []
        if not ch.isascii() and ch not in _NEUTRAL:
            implausible += 1
    return plausible, implausible
