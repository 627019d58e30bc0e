"""`csc sheet`, `csc verify-sheet` and `csc sheet-cert`, run as a person would: real
subprocesses on real profiles, PDFs read back with Poppler and pyHanko."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from csc_desktop.services.workspace import Workspace
from csc_desktop.sheets.signing import asn1_certificate
from tests.sheets.sheet_pdf_tools import pdf_text, pdfsig_report
from tests.sheets_service.conftest import PEOPLE, Csc


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def _flip_one_signed_byte(pdf: bytes) -> bytes:
    changed = bytearray(pdf)
    at = changed.index(b"/Title (") + len(b"/Title (")
    changed[at] ^= 0x01
    return bytes(changed)


def _sheet(csc: Csc, profile: Path, record_id: str, out: Path, *args: str) -> bytes:
    result = csc(profile, "sheet", record_id, "--out", str(out), *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    return out.read_bytes()


def _verify(csc: Csc, profile: Path, pdf: Path) -> tuple[int, dict[str, Any]]:
    result = csc(profile, "verify-sheet", str(pdf), "--json")
    return result.returncode, json.loads(result.stdout)


def test_attendance_sheet_shows_cyrillic_and_albanian_names_exactly(
    csc: Csc, team_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    pdf = _sheet(csc, tmp_path / "team", training["id"], tmp_path / "a.pdf", "--kind", "attendance")
    text = _flat(pdf)
    for name, *_ in PEOPLE:
        assert name in text
    assert "Листа присуства на обуци" not in text  # the profile's language (English) by default
    assert "Training attendance sheet" in text


def test_signature_is_valid_for_pyhanko_and_pdfsig_and_breaks_on_one_byte(
    csc: Csc, team_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "a.pdf"
    pdf = _sheet(csc, tmp_path / "team", training["id"], out)
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_regular_signatures
    certificate = asn1_certificate(team_ws.sheets.signing_certificate_pem().encode())
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[certificate]))
    assert status.intact and status.valid
    assert "Signature is Valid." in pdfsig_report(pdf, tmp_path)

    tampered = _flip_one_signed_byte(pdf)
    assert "Signature is Valid." not in pdfsig_report(tampered, tmp_path)
    out.write_bytes(tampered)
    code, result = _verify(csc, tmp_path / "team", out)
    assert code != 0
    assert result["intact"] is False and result["ok"] is False


def test_verify_sheet_same_then_older_version_then_unknown_elsewhere(
    csc: Csc, team_ws: Workspace, hq_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "a.pdf"
    _sheet(csc, tmp_path / "team", training["id"], out, "--kind", "report", "--lang", "sr")
    code, result = _verify(csc, tmp_path / "team", out)
    assert code == 0, result
    assert result["match"] == "same" and result["intact"] is True
    assert result["record_id"] == training["id"] and result["sheet"] == "report"
    assert result["signer"] == "Ana Petrović"

    team_ws.records.update(training["id"], {"venue": "Palata Srbija, Beograd"})
    code, result = _verify(csc, tmp_path / "team", out)
    assert code != 0
    assert result["match"] == "older version" and result["intact"] is True
    assert result["held_version"] != result["sheet_version"]

    code, result = _verify(csc, tmp_path / "hq", out)
    assert code != 0
    assert result["match"] == "unknown"


def test_self_signed_until_hq_certifies_then_chains_to_hq_root(
    csc: Csc, team_ws: Workspace, hq_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    team, hq = tmp_path / "team", tmp_path / "hq"
    before = _sheet(csc, team, training["id"], tmp_path / "before.pdf")
    assert "not yet certified" in _flat(before)
    _, result = _verify(csc, hq, tmp_path / "before.pdf")
    assert result["certified"] is False and result["chains_to_root"] is False

    assert csc(team, "sheet-cert", "request", "--out", str(tmp_path / "req.json")).returncode == 0
    issued = csc(
        hq, "sheet-cert", "issue", str(tmp_path / "req.json"), "--out", str(tmp_path / "c")
    )
    assert issued.returncode == 0, issued.stderr
    assert "Ana Petrović" in issued.stdout
    installed = csc(team, "sheet-cert", "install", str(tmp_path / "c"))
    assert installed.returncode == 0, installed.stderr
    root_line = next(line for line in issued.stdout.splitlines() if "root fingerprint" in line)
    assert root_line in installed.stdout  # both sides show the same root to compare

    after = _sheet(csc, team, training["id"], tmp_path / "after.pdf")
    assert "not yet certified" not in _flat(after)
    for profile in (team, hq):
        _, result = _verify(csc, profile, tmp_path / "after.pdf")
        assert result["certified"] is True and result["chains_to_root"] is True
    assert "Signature is Valid." in pdfsig_report(after, tmp_path)
    (signature,) = PdfFileReader(io.BytesIO(after)).embedded_regular_signatures
    hq_root = asn1_certificate(hq_ws.sheets.root_certificate_pem().encode())
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[hq_root]))
    assert status.bottom_line


def test_every_sheet_export_is_an_audit_disclosure(
    csc: Csc, team_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    for n in range(2):
        _sheet(csc, tmp_path / "team", training["id"], tmp_path / f"s{n}.pdf")
    listed = csc(tmp_path / "team", "audit", "list", "--action", "disclose", "--json")
    entries = json.loads(listed.stdout)
    assert sorted(e["recipient"] for e in entries) == [
        str(tmp_path / "s0.pdf"),
        str(tmp_path / "s1.pdf"),
    ]
    assert all(e["record_id"] == training["id"] for e in entries)
    assert all(json.loads(e["details"])["sheet"] == "attendance" for e in entries)


def test_kosovo_footnote_once_on_a_kosovo_record_only(
    csc: Csc, xk_ws: Workspace, team_ws: Workspace, tmp_path: Path
) -> None:
    footnote = "without prejudice to positions on status"
    pi = {
        "title": "Support to a cigarette smuggling case",
        "reference": "PPS-7/25",
        "opened_on": "2025-02-01",
        "crime_areas": ["economic_financial_crime"],
        "partner_countries": ["RS", "AL"],
    }
    kosovo = xk_ws.records.create("pre-investigation", pi)
    text = _flat(_sheet(csc, tmp_path / "xk", kosovo["id"], tmp_path / "xk.pdf"))
    assert text.count(footnote) == 1
    assert "Kosovo*" in text

    serbia = team_ws.records.create("pre-investigation", pi)
    text = _flat(_sheet(csc, tmp_path / "team", serbia["id"], tmp_path / "rs.pdf"))
    assert footnote not in text and "Kosovo" not in text


def test_a_record_without_that_sheet_is_refused_plainly(
    csc: Csc, team_ws: Workspace, training: dict[str, Any], tmp_path: Path
) -> None:
    result = csc(tmp_path / "team", "sheet", training["id"], "--kind", "activity", "--out", "x.pdf")
    assert result.returncode == 2
    assert "attendance, report" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
