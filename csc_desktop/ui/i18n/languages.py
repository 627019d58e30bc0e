"""Which translation files each interface language uses, and what Qt calls the language.

Nothing here imports Qt: the translation build (``packaging/build_translations.py``) reads it too.

* ``csc_<code>.ts`` holds the application's own words (English is the source; ``csc_en.ts`` holds
  only the English plural forms);
* ``qtbase_<code>.ts`` holds Qt's standard words (dialog buttons, context menus, file dialogs,
  the wizard's buttons, key names) that Qt ships no translation of for our languages.

``cnr`` is no locale Qt or CLDR knows: its files are written for ``sr_Latn_ME``, which gives them
the Serbian plural rules, and dates follow Serbian Latin of Montenegro.
"""

from __future__ import annotations

from csc_desktop.text.locales import LANGUAGES

SOURCE_LANGUAGE = "en"
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)

# Our code -> the language lupdate writes into the .ts file (it decides the plural forms) and the
# QLocale the widgets use (calendar month names, Qt's own number display).
QT_LANGUAGES: dict[str, str] = {
    "en": "en_GB",
    "sq": "sq_AL",
    "sr": "sr_Cyrl_RS",
    "sr_Latn": "sr_Latn_RS",
    "mk": "mk_MK",
    "bs": "bs_Latn_BA",
    "cnr": "sr_Latn_ME",
}

# How many plural forms Qt's rules give each language (lupdate writes that many numerusform
# entries; lrelease picks one by these rules):
#   sq: n == 1 | otherwise
#   sr, sr_Latn, bs, cnr: n%10 == 1 && n%100 != 11 | n%10 in 2..4 && n%100 not in 12..14 | otherwise
#   mk: n%10 == 1 | n%10 == 2 | otherwise (Qt's rule: 11 takes the first form, 12 the second)
PLURAL_FORMS: dict[str, int] = {
    "en": 2,
    "sq": 2,
    "sr": 3,
    "sr_Latn": 3,
    "mk": 3,
    "bs": 3,
    "cnr": 3,
}

APP_CATALOGUE = "csc"
QT_CATALOGUE = "qtbase"


def ts_name(catalogue: str, language: str) -> str:
    return f"{catalogue}_{language}.ts"


def qm_name(catalogue: str, language: str) -> str:
    return f"{catalogue}_{language}.qm"


def catalogues_for(language: str) -> tuple[str, ...]:
    """The catalogues an interface language loads (English: only its plural forms)."""
    if language == SOURCE_LANGUAGE:
        return (APP_CATALOGUE,)
    return (APP_CATALOGUE, QT_CATALOGUE)
