"""The translation files as data, for the tests: messages, their translations, placeholders."""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
# {name}, {free:.1f}, %1, %n and %Ln: what a translation must keep of its source
PLACEHOLDER = re.compile(r"\{\w*(?::[^{}]*)?\}|%L?\d|%L?n")


@dataclass(frozen=True)
class Entry:
    file: str
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per plural form
    kind: str  # the translation's type attribute: "" when finished


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (path.name, message.findtext("source"))
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            found.append(
                Entry(
                    path.name,
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                    forms or (translation.text or "",),
                    translation.get("type") or "",
                )
            )
    return found


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.ts"))


def plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


@functools.cache
def english_matcher(language: str):  # type: ignore[no-untyped-def]
    """A test for "this text is English that ``language`` translates otherwise"."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for catalogue in ("csc", "qtbase"):
        for entry in entries(TRANSLATIONS / f"{catalogue}_{language}.ts"):
            if all(plain(t) == plain(entry.source) for t in entry.translations):
                continue  # the same in both languages: a name, a code, a key
            source = plain(entry.source)
            if PLACEHOLDER.search(source):
                parts = PLACEHOLDER.split(source)
                patterns.append(re.compile(".+?".join(re.escape(p) for p in parts)))
            else:
                exact.add(source)

    def is_english(text: str) -> bool:
        return text in exact or any(p.fullmatch(text) for p in patterns)

    return is_english
