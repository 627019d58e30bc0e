"""Importing participants from a spreadsheet: all rows or none, local encodings and headers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from csc_desktop.errors import ValidationError
from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.services.participants import import_participants
from csc_desktop.services.workspace import Workspace

GOOD_CSV_CYRILLIC = (
    "Име и презиме;Пол;Институција;Позиција;Оцена\n"
    "Љубиша Ђорђевић;М;ТОК;Заменик тужиоца;5\n"
    "Јелена Марковић;Ж;МУП;Аналитичар;4\n"
)


def _training(ws: Workspace) -> str:
    return ws.records.create(
        "training",
        {
            "title": "Обука",
            "start_date": "2026-03-02",
            "end_date": "2026-03-03",
            "venue": "Београд",
        },
    )["id"]


def test_windows_1251_csv_with_local_headers(team_ws: Workspace) -> None:
    tid = _training(team_ws)
    result = import_participants(team_ws, tid, GOOD_CSV_CYRILLIC.encode("cp1251"), "list.csv")
    assert result.count == 2
    people = team_ws.records.get(tid, consult=False)["participants"]
    assert [p["name"] for p in people] == ["Љубиша Ђорђевић", "Јелена Марковић"]
    assert [p["gender"] for p in people] == ["male", "female"]
    assert people[0]["institution"] == "rs-ppooc"
    assert people[0]["evaluation"] == 5


def test_bad_rows_import_nothing_and_name_the_rows(team_ws: Workspace) -> None:
    tid = _training(team_ws)
    bad = GOOD_CSV_CYRILLIC + "Петар Петровић;М;МУП;Инспектор;9\n;Ж;МУП;;3\n"
    with pytest.raises(ValidationError) as exc:
        import_participants(team_ws, tid, bad.encode("utf-8-sig"), "list.csv")
    message = str(exc.value)
    assert "Row 4" in message
    assert team_ws.records.get(tid, consult=False)["participants"] == []


def test_xlsx_with_albanian_headers_and_dry_run(team_ws: Workspace) -> None:
    tid = _training(team_ws)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Emri dhe mbiemri", "Gjinia", "Institucioni", "Dita 1", "Dita 2", "Vlerësimi"])
    sheet.append(["Arbër Çela", "Mashkull", "Policia e Shtetit", "x", "x", 4])
    sheet.append(["Drita Hoxha", "Femër", "SPAK", "x", "", 5])
    buf = io.BytesIO()
    book.save(buf)
    dry = import_participants(team_ws, tid, buf.getvalue(), "lista.xlsx", dry_run=True)
    assert dry.count == 2 and team_ws.records.get(tid, consult=False)["participants"] == []
    import_participants(team_ws, tid, buf.getvalue(), "lista.xlsx")
    people = team_ws.records.get(tid, consult=False)["participants"]
    assert [p["attendance"] for p in people] == [[True, True], [True, False]]
    assert people[1]["institution"] == "al-spak"


def test_cli_import_reports_errors_in_one_line(csc, tmp_path: Path) -> None:
    profile = tmp_path / "p"
    csc(profile, "init", "--role", "team", "--country", "RS", "--name", "Ana")
    tid = csc(
        profile,
        "add",
        "training",
        "--json",
        "-",
        input_json={
            "title": "T",
            "start_date": "2026-03-02",
            "end_date": "2026-03-02",
            "venue": "V",
        },
    ).stdout.strip()
    good = tmp_path / "good.csv"
    good.write_bytes(GOOD_CSV_CYRILLIC.encode("cp1251"))
    out = csc(profile, "participants", "import", tid, str(good))
    assert out.returncode == 0 and "Imported 2" in out.stdout, out.stderr
    wrong = tmp_path / "wrong.csv"
    wrong.write_bytes(b"\x00\x01\x02garbage\xff\xfe" * 50)
    out = csc(profile, "participants", "import", tid, str(wrong))
    assert out.returncode != 0 and len(out.stderr.strip().splitlines()) == 1
    shown = json.loads(csc(profile, "show", tid, "--json").stdout)
    assert len(shown["participants"]) == 2


def test_function_names_in_local_languages_become_codes(team_ws: Workspace) -> None:
    tid = _training(team_ws)
    csv = "Ime i prezime;Pol;Funkcija\nMarko Marković;M;Prosecutor\nIvana Ilić;Ž;Analyst\n"
    import_participants(team_ws, tid, csv.encode("utf-8"), "list.csv")
    people = team_ws.records.get(tid, consult=False)["participants"]
    assert [p["function"] for p in people] == ["prosecutor", "analyst"]
    entries = [
        e for e in list_entries(team_ws, AuditQuery(record_id=tid)) if e["action"] == "import"
    ]
    assert len(entries) == 1
