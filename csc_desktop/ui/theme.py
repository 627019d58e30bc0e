"""Fonts, icons and the few style rules of the application.

The shipped DejaVu Sans is registered before any window opens: on a laptop without fonts for
Cyrillic or Albanian (or with no fonts at all) text would otherwise render as boxes.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# Where Debian and most Linux systems keep DejaVu, used when the shipped copy is missing.
SYSTEM_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))

STYLE_SHEET = """
QListWidget#navigation { border: none; padding: 6px 0; font-size: 10.5pt; outline: none; }
QListWidget#navigation::item { padding: 7px 12px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel[role="page-title"] { font-size: 15pt; font-weight: bold; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="error"] { color: #b3261e; }
QLabel[role="count"] { color: palette(placeholder-text); }
QFrame#lock-card, QFrame#unlock-card { background: palette(base); border: 1px solid palette(mid);
    border-radius: 8px; }
"""


def resources_dir() -> Path:
    """``resources/`` beside the ``csc_desktop`` package, or inside a PyInstaller bundle.

    (csc_desktop.sheets.fonts knows the same place; importing it would load reportlab and slow
    the start of the application.)"""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def register_fonts() -> str | None:
    """Register DejaVu Sans (shipped, else the system's copy) and make it the application font.
    Returns the family name, or None when no copy was found (Qt's default font is kept)."""
    family: str | None = None
    for folder in (resources_dir() / "fonts", *SYSTEM_FONT_DIRS):
        for name in FONT_FILES:
            path = folder / name
            if path.is_file():
                font_id = QFontDatabase.addApplicationFont(str(path))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                family = family or (families[0] if families else None)
        if family:
            break
    if family:
        font = QFont(family)
        font.setPointSizeF(max(QGuiApplication.font().pointSizeF(), 9.5))
        QGuiApplication.setFont(font)
    return family


@functools.cache
def icon(name: str) -> QIcon:
    """An icon from ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def apply_style(app: QGuiApplication) -> None:
    app.setWindowIcon(icon("app"))
    if hasattr(app, "setStyleSheet"):
        app.setStyleSheet(STYLE_SHEET)
