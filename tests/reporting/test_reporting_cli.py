"""`csc add milestone|authority-feedback` and `csc report`, run as a person or a script would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.foundation.conftest import run_csc

MILESTONE = {
    "title": "Cooperation agreement between Albania and Eurojust",
    "milestone_kind": "eurojust_agreement",
    "institution": "SPAK",
    "reached_on": "2025-03-12",
    "document_reference": "Official Journal 41/2025",
}
FEEDBACK = {
    "title": "Annual survey 2025",
    "institution": "al-asp",
    "given_on": "2025-04-02",
    "question": "Did the project's support make your investigations more effective?",
    "confirms_effectiveness": "yes",
    "answer": "Yes: two joint operations with partners abroad.",
}


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    profile = tmp_path_factory.mktemp("cli") / "al"
    out = run_csc(profile, "init", "--role", "team", "--country", "AL", "--name", "Arta Hoxha")
    assert out.returncode == 0, out.stderr
    return profile


def _add(profile: Path, kind: str, data: dict[str, object]) -> str:
    out = run_csc(profile, "add", kind, "--json", "-", input_json=data)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_milestone_and_feedback_round_trip(team: Path) -> None:
    mid = _add(team, "milestone", MILESTONE)
    shown = json.loads(run_csc(team, "show", mid, "--json").stdout)
    assert shown["kind"] == "milestone" and shown["status"] == "recorded"
    assert shown["country"] == "AL" and shown["institution"] == "al-spak"  # found by short name
    assert {k: shown[k] for k in ("milestone_kind", "reached_on", "document_reference")} == {
        k: MILESTONE[k] for k in ("milestone_kind", "reached_on", "document_reference")
    }
    fid = _add(team, "authority-feedback", FEEDBACK)
    shown = json.loads(run_csc(team, "show", fid, "--json").stdout)
    assert {k: shown[k] for k in FEEDBACK} == FEEDBACK | {"institution": "al-asp"}
    listed = json.loads(run_csc(team, "list", "milestone", "--json").stdout)
    assert [r["id"] for r in listed] == [mid]


def test_list_shows_each_kinds_own_date(tmp_path: Path) -> None:
    team = tmp_path / "me"
    out = run_csc(team, "init", "--role", "team", "--country", "AL", "--name", "Arta Hoxha")
    assert out.returncode == 0, out.stderr
    mid = _add(team, "milestone", MILESTONE)
    fid = _add(team, "authority-feedback", FEEDBACK)
    for kind, record_id, day in (
        ("milestone", mid, MILESTONE["reached_on"]),
        ("authority-feedback", fid, FEEDBACK["given_on"]),
    ):
        out = run_csc(team, "list", kind)
        assert out.returncode == 0, out.stderr
        line = next(line for line in out.stdout.splitlines() if line.startswith(record_id))
        assert line.split()[1] == day, f"{kind}: the date column shows {line!r}"


def test_bad_milestone_is_refused_with_the_field_named(team: Path) -> None:
    out = run_csc(
        team,
        "add",
        "milestone",
        "--json",
        "-",
        input_json={**MILESTONE, "milestone_kind": "treaty"},
    )
    assert out.returncode == 2 and "milestone_kind" in out.stderr
    out = run_csc(
        team,
        "add",
        "authority-feedback",
        "--json",
        "-",
        input_json={k: v for k, v in FEEDBACK.items() if k != "confirms_effectiveness"},
    )
    assert out.returncode == 2 and "confirms_effectiveness" in out.stderr


def test_team_reports_on_its_own_country(team: Path, tmp_path: Path) -> None:
    out = run_csc(team, "report", "--from", "2025-01-01", "--to", "2025-12-31", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["countries"] == ["AL"]
    values = {i["key"]: i for i in data["indicators"]}
    assert values["eurojust_agreements"]["value"] == 1
    assert values["countries_with_eurojust_agreement"]["value"] == 1
    assert values["countries_with_eurojust_agreement"]["out_of"] == 1
    assert values["authorities_confirming"]["value"] == 1
    assert len(values["eurojust_agreements"]["records"]) == 1
    refused = run_csc(
        team, "report", "--from", "2025-01-01", "--to", "2025-12-31", "--country", "RS"
    )
    assert refused.returncode != 0 and "AL only" in refused.stderr


def test_report_files_and_plain_output(team: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "al.xlsx"
    out = run_csc(team, "report", "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(xlsx))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(xlsx)
    assert "Institutional results" in load_workbook(xlsx, read_only=True).sheetnames
    pdf = tmp_path / "al.pdf"
    out = run_csc(
        team,
        "report",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--out",
        str(pdf),
        "--lang",
        "sq",
    )
    assert out.returncode == 0, out.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    out = run_csc(team, "report", "--from", "2025-01-01", "--to", "2025-12-31")
    assert out.returncode == 0
    assert "Agreements with Eurojust signed" in out.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--from", "2025-13-01", "--to", "2025-12-31"), "not a date"),
        (("--from", "2025-06-01", "--to", "2025-01-01"), "ends before it starts"),
        (("--from", "2025-01-01", "--to", "2025-12-31", "--out", "x.docx"), ".xlsx or .pdf"),
        (
            ("--from", "2025-01-01", "--to", "2025-12-31", "--out", "/nowhere/x.pdf"),
            "does not exist",
        ),
    ],
)
def test_bad_report_arguments(team: Path, args: tuple[str, ...], words: str) -> None:
    out = run_csc(team, "report", *args)
    assert out.returncode != 0
    assert words in out.stderr
