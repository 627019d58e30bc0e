"""Signed attendance sheet: 200 participants x 5 days, rendered and signed (target <= 0.5 s).

Baseline in the same run: the same text drawn on the same pages with a plain reportlab canvas
(one drawString per cell, grid lines, no wrapping, no header, footer or QR code), i.e. about the
least any PDF of this content can cost with this library. Rounds alternate between the sheet
and the baseline so that a busy machine slows both alike; medians count.

Run: .venv/bin/python bench/bench_sheets.py [--participants 200] [--days 5] [--rounds 7]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import time

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from csc_desktop.sheets import (
    AttendanceSheet,
    generate_key,
    issue_certificate,
    make_root_ca,
    public_key_pem,
    render_sheet,
    sign_pdf,
)
from csc_desktop.sheets.fonts import REGULAR, register_fonts
from csc_desktop.sheets.samples import sample_attendance

TARGET_SECONDS = 0.5


def plain_canvas(sheet: AttendanceSheet) -> bytes:
    """Baseline: every participant cell as one unwrapped string, 9 mm rows, grid lines."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=REGULAR)
    columns = [12 * mm, 21 * mm, 70 * mm, 140 * mm, 190 * mm, 200 * mm]
    row_height = 9 * mm
    y = height - 20 * mm
    for participant in sheet.participants:
        if y < 20 * mm:
            canvas.showPage()
            y = height - 20 * mm
        canvas.setFont(REGULAR, 8)
        cells = (
            str(participant.number),
            participant.name,
            participant.institution[:40],
            participant.position,
            participant.gender.value[0].upper(),
        )
        for x, text in zip(columns, cells, strict=False):
            canvas.drawString(x, y + 3 * mm, text)
        canvas.line(12 * mm, y, width - 12 * mm, y)
        for day in range(len(sheet.training.days) + 1):
            x = width - 12 * mm - day * 24 * mm
            canvas.line(x, y, x, y + row_height)
        y -= row_height
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    root = make_root_ca("CSC HQ")
    key = generate_key()
    cert = issue_certificate(
        root.key_pem,
        root.cert_pem,
        person="Ana Petrović",
        device_id="RS-LAPTOP-02",
        public_key_pem=public_key_pem(key),
    )
    sheet = sample_attendance(args.participants, args.days)

    # One warm-up of each: font loading and imports are start-up costs, not per-sheet costs.
    render_sheet(sheet, certified=True)
    plain_canvas(sheet)

    render_ms, sign_ms, total_ms, baseline_ms = [], [], [], []
    signed = b""
    pages = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        pdf = render_sheet(sheet, certified=True)
        rendered = time.perf_counter()
        signed = sign_pdf(pdf, key, cert, [root.cert_pem], reason="Attendance", location="Beograd")
        done = time.perf_counter()
        render_ms.append((rendered - start) * 1000)
        sign_ms.append((done - rendered) * 1000)
        total_ms.append((done - start) * 1000)
        start = time.perf_counter()
        plain_canvas(sheet)
        baseline_ms.append((time.perf_counter() - start) * 1000)
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))

    figures = {
        "participants": args.participants,
        "days": args.days,
        "rounds": args.rounds,
        "render_ms": round(statistics.median(render_ms), 1),
        "sign_ms": round(statistics.median(sign_ms), 1),
        "total_ms": round(statistics.median(total_ms), 1),
        "baseline_plain_canvas_ms": round(statistics.median(baseline_ms), 1),
        "pages": pages,
        "bytes": len(signed),
    }
    figures["total_over_baseline"] = round(
        figures["total_ms"] / figures["baseline_plain_canvas_ms"], 2
    )
    figures["render_over_baseline"] = round(
        figures["render_ms"] / figures["baseline_plain_canvas_ms"], 2
    )
    print(
        f"attendance sheet {args.participants} participants x {args.days} days, "
        f"median of {args.rounds} rounds"
    )
    print(f"  render  {figures['render_ms']:8.1f} ms")
    print(f"  sign    {figures['sign_ms']:8.1f} ms  (PAdES B-B, EC P-256)")
    print(
        f"  total   {figures['total_ms']:8.1f} ms  target <= {TARGET_SECONDS * 1000:.0f} ms: "
        f"{'met' if figures['total_ms'] <= TARGET_SECONDS * 1000 else 'NOT met'}"
    )
    print(f"  pages {pages}, {len(signed):,} bytes signed")
    print(
        f"  baseline plain canvas {figures['baseline_plain_canvas_ms']:.1f} ms; "
        f"total / baseline {figures['total_over_baseline']}x, "
        f"render / baseline {figures['render_over_baseline']}x"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
