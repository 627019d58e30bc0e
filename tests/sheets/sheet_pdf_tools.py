"""Reading PDFs the way a person or another tool would: Poppler's pdftotext, pdfinfo, pdfsig,
pdftoppm, and zbarimg for QR codes."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


def pdf_text(
    pdf: bytes, *, first: int | None = None, last: int | None = None, layout: bool = False
) -> str:
    """The PDF's text as ``pdftotext`` extracts it (reading from standard input); ``layout``
    keeps each table row on one line."""
    command = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    if first is not None:
        command += ["-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    result = subprocess.run([*command, "-", "-"], input=pdf, capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def page_count(pdf: bytes) -> int:
    result = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", result.stdout.decode(), re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def page_size(pdf: bytes) -> tuple[float, float]:
    result = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    match = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", result.stdout.decode(), re.MULTILINE)
    assert match is not None
    return float(match.group(1)), float(match.group(2))


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    x_max: float
    y_min: float


def page_words(pdf: bytes, page: int) -> list[Word]:
    """Each word of a page with its box, from ``pdftotext -bbox``."""
    command = ["pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page), "-", "-"]
    html = subprocess.run(command, input=pdf, capture_output=True, check=True).stdout.decode()
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [
        Word(text, float(x_min), float(x_max), float(y_min))
        for x_min, y_min, x_max, text in re.findall(pattern, html)
    ]


def decode_qr(pdf: bytes, page: int, work_dir: Path) -> list[str]:
    """QR codes zbarimg finds on a page rendered at 150 dpi (sample data only on disk)."""
    png = subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page), "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout
    image = work_dir / f"page-{page}.png"
    image.write_bytes(png)
    result = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True)
    return [line for line in result.stdout.decode().splitlines() if line]


def pdfsig_report(pdf: bytes, work_dir: Path) -> str:
    """What Poppler's pdfsig says (it exits 0 whether or not the signature holds)."""
    path = work_dir / "signed.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdfsig", str(path)], capture_output=True)
    return result.stdout.decode() + result.stderr.decode()
