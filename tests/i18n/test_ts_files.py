"""The translation files: complete, in step with the code, faithful to their sources.

When one of these fails after a change to the interface, run
``python packaging/build_translations.py update``, translate what it lists (docs/translating.md)
and run the tests again."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from csc_desktop.text.translit import cyrillic_to_latin
from csc_desktop.ui.i18n.languages import PLURAL_FORMS, QT_LANGUAGES, TRANSLATED

from .catalogue import PLACEHOLDER, TRANSLATIONS, entries, ts_files

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ("csc", "qtbase")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
SERBIAN_LATIN_LETTERS = re.compile(r"[čćđšžČĆĐŠŽ]")


def build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "packaging" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_translations", module)
    spec.loader.exec_module(module)
    return module


def test_every_language_has_its_files() -> None:
    names = {p.name for p in ts_files()}
    for language in TRANSLATED:
        assert f"csc_{language}.ts" in names and f"qtbase_{language}.ts" in names
    assert "csc_en.ts" in names  # English plural forms


@pytest.mark.parametrize("path", ts_files(), ids=lambda p: p.name)
def test_nothing_is_left_untranslated_or_obsolete(path: Path) -> None:
    problems = [
        f"[{e.context}] {e.source!r}: {e.kind or 'empty'}"
        for e in entries(path)
        if e.kind or not all(t.strip() for t in e.translations)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", ts_files(), ids=lambda p: p.name)
def test_each_message_once(path: Path) -> None:
    counts = Counter((e.context, e.source, e.comment) for e in entries(path))
    assert [key for key, n in counts.items() if n > 1] == []


def test_the_files_hold_every_string_of_the_code() -> None:
    """A string added to the interface is in every .ts file (`update` was run)."""
    script = build_script()
    extraction = script.extract()
    assert extraction.problems == [], "\n".join(extraction.problems)
    behind = script.behind(extraction)
    assert behind == {}, "\n".join(f"{n}: {m[:10]}" for n, m in behind.items())
    for language in TRANSLATED:
        have = {(e.context, e.source) for e in entries(TRANSLATIONS / f"csc_{language}.ts")}
        found = {(m.context, m.source) for m in extraction.messages}
        assert have == found, f"csc_{language}.ts holds strings the code no longer has"


@pytest.mark.parametrize("path", ts_files(), ids=lambda p: p.name)
def test_placeholders_and_markup_are_kept(path: Path) -> None:
    problems = []
    for e in entries(path):
        wanted = Counter(PLACEHOLDER.findall(e.source))
        tags = Counter(re.findall(r"</?\w+>", e.source))
        for translation in e.translations:
            got = Counter(PLACEHOLDER.findall(translation))
            # a plural form may leave the number to its words, never bring a new name
            ok = set(got) <= set(wanted) | {"%n"} if e.numerus else got == wanted
            if not ok:
                problems.append(f"{e.source!r} -> {translation!r}")
            if Counter(re.findall(r"</?\w+>", translation)) != tags:
                problems.append(f"markup of {e.source!r} -> {translation!r}")
            if translation.replace("&&", "").count("&") > 1:
                problems.append(f"two shortcuts in {translation!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("catalogue", CATALOGUES)
@pytest.mark.parametrize("language", TRANSLATED)
def test_plural_forms_per_language(catalogue: str, language: str) -> None:
    path = TRANSLATIONS / f"{catalogue}_{language}.ts"
    text = path.read_text(encoding="utf-8")
    assert f'language="{QT_LANGUAGES[language]}"' in text  # what lrelease takes its rules from
    for e in entries(path):
        if e.numerus:
            assert len(e.translations) == PLURAL_FORMS[language], (language, e.source)


def test_english_plural_forms() -> None:
    found = entries(TRANSLATIONS / "csc_en.ts")
    assert found and all(e.numerus and len(e.translations) == 2 for e in found)


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_serbian_latin_is_the_cyrillic_transliterated(catalogue: str) -> None:
    cyrillic = {
        (e.context, e.source): e.translations for e in entries(TRANSLATIONS / f"{catalogue}_sr.ts")
    }
    latin = entries(TRANSLATIONS / f"{catalogue}_sr_Latn.ts")
    assert {(e.context, e.source) for e in latin} == set(cyrillic)
    for e in latin:
        expected = tuple(cyrillic_to_latin(t) for t in cyrillic[(e.context, e.source)])
        assert e.translations == expected, e.source


def _text_of(translation: str) -> str:
    """The translation without the names it quotes (file headings in any script)."""
    return re.sub(r"[„“][^„“”]*[“”]", "", PLACEHOLDER.sub("", translation))


@pytest.mark.parametrize("catalogue", CATALOGUES)
@pytest.mark.parametrize("language", ["sr", "mk"])
def test_cyrillic_languages_stay_cyrillic(catalogue: str, language: str) -> None:
    for e in entries(TRANSLATIONS / f"{catalogue}_{language}.ts"):
        for translation in e.translations:
            assert not SERBIAN_LATIN_LETTERS.search(_text_of(translation)), translation


@pytest.mark.parametrize("catalogue", CATALOGUES)
@pytest.mark.parametrize("language", ["sq", "sr_Latn", "bs", "cnr"])
def test_latin_languages_stay_latin(catalogue: str, language: str) -> None:
    for e in entries(TRANSLATIONS / f"{catalogue}_{language}.ts"):
        for translation in e.translations:
            assert not CYRILLIC.search(_text_of(translation)), translation


def test_montenegrin_and_bosnian_are_ijekavian_and_serbian_ekavian() -> None:
    """Spot checks of the words that tell the variants apart."""

    def words(language: str) -> str:
        return " ".join(
            t for e in entries(TRANSLATIONS / f"csc_{language}.ts") for t in e.translations
        )

    for language in ("bs", "cnr"):
        text = words(language)
        assert "zahtjev" in text and "izvještaj" in text.lower() and "mjesto" in text.lower()
        assert "zahtev " not in text
    serbian = words("sr_Latn")
    assert "zahtev" in serbian and "zahtjev" not in serbian
    assert "šifrovan" in words("cnr") and "šifriran" in words("bs")
