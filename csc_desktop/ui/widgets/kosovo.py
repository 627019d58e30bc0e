"""The Kosovo footnote: shown once on every screen where "Kosovo*" can appear."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

KOSOVO_CODE = "XK"


def kosovo_footnote() -> str:
    return QCoreApplication.translate(
        "kosovo",
        "* This designation is without prejudice to positions on status, and is in line with "
        "UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.",
    )
