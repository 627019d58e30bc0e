"""The translations feature plugs into the application: the interface language's translators
follow every language change (the remembered language at start, Settings, the first-run wizard,
the profile's language at unlock)."""

from __future__ import annotations

from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.i18n.translators import Translations


def install(ctx: AppContext) -> Translations:
    # A child of the context's bus: the translators live as long as the context that chose
    # them. Connected before any screen exists, so the translators change before screens
    # re-read their words. The application announces its first language right after.
    translations = Translations(ctx.bus)
    ctx.bus.language_changed.connect(translations.use)
    return translations
