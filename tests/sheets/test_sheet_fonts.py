"""The shipped font is found (also inside a frozen build) and every font in a sheet is embedded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from csc_desktop.sheets import Sheet, render_sheet
from csc_desktop.sheets.fonts import resources_dir
from csc_desktop.sheets.samples import sample_activity, sample_attendance, sample_report

REPOSITORY = Path(__file__).resolve().parents[2]


def test_fonts_and_their_licence_ship_in_resources() -> None:
    assert resources_dir() == REPOSITORY / "resources"
    assert (resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources_dir() / "fonts" / "DejaVuSans-Bold.ttf").is_file()
    licence = (resources_dir() / "licences" / "DejaVu-fonts.txt").read_text()
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


def test_frozen_build_looks_inside_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


@pytest.mark.parametrize(
    "sheet",
    [sample_attendance(5, 2, "sr"), sample_report(language="sq"), sample_activity(language="mk")],
    ids=["attendance", "report", "activity"],
)
def test_every_font_is_embedded(sheet: Sheet) -> None:
    pdf = render_sheet(sheet, certified=False)
    listing = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True)
    rows = listing.stdout.decode().splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "DejaVuSans" in row, row
        assert row.split()[-5] == "yes", row  # the "emb" column
