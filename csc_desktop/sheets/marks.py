"""Vector marks drawn on the page: the QR code and the EU emblem (no image files needed)."""

from __future__ import annotations

import math

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

EU_BLUE = Color(0, 51 / 255, 153 / 255)
EU_YELLOW = Color(1, 204 / 255, 0)


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's dark modules, row by row from the top, without quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def draw_qr(canvas: Canvas, modules: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draw the code as one filled path (no seams between modules) with its lower left at x, y.
    The caller keeps four modules of blank paper around it."""
    step = size / len(modules)
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        top = y + size - row_index * step
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            run_start = column
            while column < len(row) and row[column]:
                column += 1
            path.rect(x + run_start * step, top - step, (column - run_start) * step, step)
    canvas.saveState()
    canvas.setFillColor(Color(0, 0, 0))
    canvas.drawPath(path, fill=1, stroke=0)
    canvas.restoreState()


def draw_eu_emblem(canvas: Canvas, x: float, y: float, height: float) -> None:
    """The EU flag: twelve gold stars in a circle on blue, 3:2, lower left at x, y."""
    width = height * 1.5
    canvas.saveState()
    canvas.setFillColor(EU_BLUE)
    canvas.rect(x, y, width, height, fill=1, stroke=0)
    canvas.setFillColor(EU_YELLOW)
    centre_x, centre_y = x + width / 2, y + height / 2
    ring, star = height / 3, height / 18
    for index in range(12):
        angle = math.pi / 2 - index * math.pi / 6
        _star(canvas, centre_x + ring * math.cos(angle), centre_y + ring * math.sin(angle), star)
    canvas.restoreState()


def _star(canvas: Canvas, cx: float, cy: float, radius: float) -> None:
    inner = radius * 0.382
    path = canvas.beginPath()
    for point in range(10):
        r = radius if point % 2 == 0 else inner
        angle = math.pi / 2 + point * math.pi / 5
        px, py = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if point == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, fill=1, stroke=0)
