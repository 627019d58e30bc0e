"""The XLSX report read back with openpyxl, the PDF report's text extracted with pdftotext."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from csc_desktop.reporting.export import export_report
from csc_desktop.reporting.indicators import GROUPS, INDICATORS
from csc_desktop.reporting.labels import LANGUAGES, Words, words_for
from csc_desktop.reporting.scope import Scope
from csc_desktop.reporting.service import run_report
from csc_desktop.services.audit_view import AuditQuery, list_entries
from tests.reporting.conftest import EXPECTED, SCOPE, Dataset


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode()


def _flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces made single spaces (a long label or
    definition wraps in a table cell or paragraph)."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


@pytest.fixture(scope="module")
def xlsx(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "report.xlsx"
    export_report(dataset.ws, SCOPE, path, "en")
    return path


@pytest.fixture(scope="module")
def pdf_en(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    export_report(dataset.ws, SCOPE, path, "en")
    return path


def test_xlsx_group_sheets_hold_the_figures(xlsx: Path, dataset: Dataset) -> None:
    book = load_workbook(xlsx, read_only=True)
    words = Words("en")
    names = book.sheetnames
    assert names[0] == "Project indicators"
    for group in GROUPS:
        assert words(f"group.{group.value}")[:31] in names
    found: dict[str, list[object]] = {}
    for group in GROUPS:
        sheet = book[words(f"group.{group.value}")[:31]]
        rows = list(sheet.iter_rows(values_only=True))
        header = rows[0]
        assert header[0] == "Indicator" and "Albania" in header and "Kosovo*" in header
        for row in rows[1:]:
            if row and row[0] in {words.label(i.key) for i in INDICATORS} and row[0] not in found:
                found[str(row[0])] = list(row)
    for indicator in INDICATORS:
        row = found[words.label(indicator.key)]
        total, _, _ = EXPECTED[indicator.key]
        assert row[1] == pytest.approx(total), indicator.key
        assert row[-1] == indicator.definition  # the definition sits beside the figure


def test_xlsx_records_sheets_list_exactly_the_records_behind(xlsx: Path, dataset: Dataset) -> None:
    book = load_workbook(xlsx, read_only=True)
    words = Words("en")
    listed: dict[str, set[str]] = {}
    for name in book.sheetnames:
        if not name.endswith("Records behind the figures"):
            continue
        for row in list(book[name].iter_rows(values_only=True))[1:]:
            listed.setdefault(str(row[0]), set()).add(str(row[2]))
    for key, (_, _, expected) in EXPECTED.items():
        assert dataset.names(listed.get(words.label(key), set())) == expected, key


def test_xlsx_keeps_names_of_participants_out_and_marks_kosovo(xlsx: Path) -> None:
    book = load_workbook(xlsx, read_only=True)
    cells = {
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    }
    assert not {"p1", "p2", "p5"} & cells
    assert "P3 smuggling and trafficking via Kosovo*" in cells
    footnotes = [c for c in cells if c.startswith("* This designation")]
    assert len(footnotes) == 1


def test_pdf_has_figures_definitions_and_one_kosovo_footnote(pdf_en: Path) -> None:
    layout = _text(pdf_en)
    text = _flat(layout)
    assert "Project indicators" in text
    assert "1 Jan – 30 Jun 2025" in text
    assert "Albania, Kosovo*, Serbia" in text
    for indicator in INDICATORS:
        assert indicator.label in text
        assert indicator.definition in text, indicator.key
    # Figures formatted for en_GB: a count, a share, euro, "n of N".
    # The row of a table: label (wrapped in its cell), total, Albania, Kosovo*, Serbia.
    assert re.search(r"Supported investigations that resulted in +2 +1 +0 +1\n", layout)
    assert re.search(r"Pre-investigations supported +4 +1 +2 +1\n", layout)
    assert "60.0%" in text and "€12,500.50" in text and "2 of 3" in text and "1 of 2" in text
    footnote = "This designation is without prejudice to positions on status"
    assert text.count(footnote) == 1
    assert text.count("This project is funded by the European Union") >= 2  # every page
    assert re.search(r"Page 1 of (\d+)", text)


def test_pdf_embeds_its_fonts_only(pdf_en: Path) -> None:
    out = subprocess.run(["pdffonts", str(pdf_en)], capture_output=True, text=True, check=True)
    fonts = out.stdout.splitlines()[2:]
    assert fonts and all("DejaVuSans" in line and " yes " in line for line in fonts), out.stdout


def test_pdf_without_kosovo_has_no_footnote(dataset: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "rs.pdf"
    export_report(dataset.ws, Scope(SCOPE.first, SCOPE.last, ("AL", "RS")), path, "en")
    text = _flat(_text(path))
    assert "without prejudice" not in text
    assert "Kosovo" not in text


@pytest.mark.parametrize("language", ["sq", "sr", "sr_Latn", "mk", "bs", "cnr"])
def test_pdf_in_every_language(dataset: Dataset, tmp_path: Path, language: str) -> None:
    path = tmp_path / f"report-{language}.pdf"
    export_report(dataset.ws, SCOPE, path, language)
    text = _flat(_text(path))
    words = words_for(language)
    assert words["report.title"] in text
    assert words["indicator.pre_investigations_accepted"] in text
    for indicator in INDICATORS:  # the definitions too, in the report's language
        assert _flat(words[f"definition.{indicator.key}"]) in text, indicator.key
        assert _flat(indicator.definition) not in text, indicator.key
    assert text.count(_flat(words["kosovo_footnote"])) == 1
    assert words["eu_funded"] in text


def test_pdf_numbers_follow_the_locale(dataset: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "sq.pdf"
    export_report(dataset.ws, SCOPE, path, "sq")
    text = _flat(_text(path))
    assert "60,0%" in text or "60,0 %" in text  # Albanian decimal comma
    assert "12 500,50" in text  # grouping with a (narrow) space, decimal comma


def test_every_language_has_every_word() -> None:
    english = set(words_for("en"))
    for language in LANGUAGES:
        words = words_for(language)
        assert set(words) == english, language
        for key, text in words.items():
            placeholders = set(re.findall(r"{(\w+)}", words_for("en")[key]))
            assert set(re.findall(r"{(\w+)}", text)) == placeholders, (language, key)


def test_exports_are_recorded_in_the_audit_log(dataset: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "audited.pdf"
    export_report(dataset.ws, Scope(date(2025, 1, 1), date(2025, 3, 31), ("AL",)), path, "en")
    entries = list_entries(dataset.ws, AuditQuery(action="disclose"), limit=5)
    assert any(e["recipient"] == str(path) for e in entries)


def test_report_json_carries_values_and_records(dataset: Dataset) -> None:
    from csc_desktop.reporting.export import report_json

    data = report_json(run_report(dataset.ws, SCOPE, with_records=True))
    values = {i["key"]: i for i in data["indicators"]}
    assert values["positive_assessment_share"]["value"] == 0.6
    assert values["taf_budget_approved"]["value"] == 12500.5
    assert values["authorities_confirming"]["out_of"] == 2
    assert dataset.names([r["id"] for r in values["jits_supported"]["records"]]) == {"P1"}
    assert values["participants"]["by_part"]["gender"] == {"female": 3, "male": 3, "undisclosed": 1}
    assert values["trainings_held"]["by_quarter"] == {"2025-Q1": 1, "2025-Q2": 2}
