"""Changing the interface language at run time.

The language code goes into ``ctx.language`` and is announced on ``ctx.bus.language_changed``;
the translations feature loads its translators on that signal (Qt then sends every widget a
LanguageChange event, and each screen re-reads its words). The last language is remembered
outside the profile, so that the unlock window speaks it before any profile is open.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from csc_desktop.text.locales import LANGUAGES
from csc_desktop.ui.common.context import AppContext

LAST_LANGUAGE_KEY = "ui/last_language"


def last_language() -> str | None:
    value = QSettings().value(LAST_LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def apply_language(ctx: AppContext, language: str) -> None:
    if language not in LANGUAGES:
        language = "en"
    changed = ctx.language != language
    ctx.language = language
    settings = QSettings()
    if settings.value(LAST_LANGUAGE_KEY) != language:  # unchanged at start: no file written
        settings.setValue(LAST_LANGUAGE_KEY, language)
    if changed:
        ctx.bus.language_changed.emit(language)
