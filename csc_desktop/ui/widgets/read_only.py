"""Read-only inputs that look it: the window's colour behind text that stays selectable.

Set through the palette rather than a style sheet: style sheets cost milliseconds per widget
and an editor has dozens of them."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

_GROUPS = (
    QPalette.ColorGroup.Active,
    QPalette.ColorGroup.Inactive,
    QPalette.ColorGroup.Disabled,
)


def look_read_only(widget: QWidget, read_only: bool) -> None:
    """Colours come from the application's palette for each state, not from the widget's
    current one, which may be the disabled look of a form waiting for the store."""
    default = QApplication.palette(widget)
    palette = widget.palette()
    source = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
    for group in _GROUPS:
        palette.setColor(group, QPalette.ColorRole.Base, default.color(group, source))
    widget.setPalette(palette)
