"""The application icon for desktops and installers, drawn from ``resources/icons/app.svg``.

Linux menus take the SVG itself plus PNG sizes for the hicolor theme; Windows wants one ``.ico``
holding several sizes. Both are made at build time so that the SVG stays the only source.
"""

from __future__ import annotations

import os
from pathlib import Path

from freeze_contents import ROOT

APP_SVG = ROOT / "resources" / "icons" / "app.svg"
PNG_SIZES = (48, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int, target: Path) -> Path:
    """Draw the SVG on a transparent square of ``size`` pixels into the PNG file ``target``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # drawing needs one
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")
    return target


def write_pngs(folder: Path, svg: Path = APP_SVG) -> list[Path]:
    """``folder/<size>x<size>/csc-desktop.png`` for each hicolor size."""
    return [
        render_png(svg, size, folder / f"{size}x{size}" / "csc-desktop.png") for size in PNG_SIZES
    ]


def write_ico(target: Path, svg: Path = APP_SVG) -> Path:
    """A Windows icon with every usual size, each drawn from the SVG (not scaled from one)."""
    from PIL import Image

    sizes = target.parent / "ico-sizes"
    images = [Image.open(render_png(svg, s, sizes / f"{s}.png")) for s in ICO_SIZES]
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images)
    return target
