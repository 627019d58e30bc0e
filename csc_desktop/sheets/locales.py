"""Sheet languages and the Babel (CLDR) locale each one formats dates and numbers with.

They are the interface languages, declared once in :mod:`csc_desktop.text.locales`: a date reads
the same on screen and on paper. CLDR has no real ``cnr`` locale: Montenegrin formats as
``sr_Latn_ME``. English uses the day-month-year conventions of ``en_GB``.
"""

from __future__ import annotations

from typing import Final

from csc_desktop.text.locales import BABEL_LOCALES

#: Language code -> Babel locale.
SHEET_LANGUAGES: Final[dict[str, str]] = BABEL_LOCALES
