"""The sheets' typeface: DejaVu Sans, shipped in ``resources/fonts`` and embedded in every PDF.

Built-in PDF fonts cover neither Cyrillic nor all of Albanian, so nothing prints in them.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR: Final = "CSCSans"
BOLD: Final = "CSCSans-Bold"
_FILES: Final = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def resources_dir() -> Path:
    """``resources/`` beside the ``csc_desktop`` package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@cache
def register_fonts() -> None:
    """Register the sheet fonts with reportlab, once per process."""
    fonts_dir = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        path = fonts_dir / file_name
        if not path.is_file():
            raise FileNotFoundError(f"sheet font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> inside a paragraph switches to the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
