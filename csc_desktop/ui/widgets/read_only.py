"""Read-only inputs that look it: the window's colour behind text that stays selectable.

Set through the palette rather than a style sheet: style sheets cost milliseconds per widget
and an editor has dozens of them."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


def look_read_only(widget: QWidget, read_only: bool) -> None:
    palette = widget.palette()
    parent = widget.parentWidget()
    normal = (parent.palette() if parent is not None else QPalette()).color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    palette.setColor(QPalette.ColorRole.Base, window if read_only else normal)
    widget.setPalette(palette)
