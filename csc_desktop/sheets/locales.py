"""Sheet languages and the Babel (CLDR) locale each one formats dates and numbers with."""

from __future__ import annotations

from typing import Final

#: Language code -> Babel locale. CLDR has no real ``cnr`` locale: Montenegrin formats as
#: ``sr_Latn_ME``. English uses the day-month-year conventions of ``en_GB``.
SHEET_LANGUAGES: Final[dict[str, str]] = {
    "en": "en_GB",
    "sq": "sq_AL",
    "sr": "sr_Cyrl_RS",
    "sr_Latn": "sr_Latn_RS",
    "mk": "mk_MK",
    "bs": "bs_Latn_BA",
    "cnr": "sr_Latn_ME",
}
