"""The audit log records who did what, and `verify` finds any tampering and names the first bad entry."""

from __future__ import annotations

import pytest

from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.services.workspace import Workspace


def _activity(ws: Workspace) -> str:
    rec = ws.records.create(
        "training",
        {"title": "T", "start_date": "2026-03-02", "end_date": "2026-03-02", "venue": "Skopje"},
    )
    ws.records.update(rec["id"], {"venue": "Ohrid"})
    ws.records.get(rec["id"])  # consultation
    ws.record_disclosure("sheet", "printer", record_kind="training", record_id=rec["id"])
    ws.records.delete(rec["id"])
    return rec["id"]


def test_entries_record_each_kind_of_action(team_ws: Workspace) -> None:
    rid = _activity(team_ws)
    entries = list_entries(team_ws, AuditQuery(record_id=rid))
    assert [e["action"] for e in reversed(entries)] == [
        "create",
        "change",
        "consult",
        "disclose",
        "delete",
    ]
    change = next(e for e in entries if e["action"] == "change")
    assert '"venue":["Skopje","Ohrid"]' in change["details"]
    assert all(
        e["person"] == "Ana Petrović" and e["device"] == team_ws.identity.device_id for e in entries
    )
    assert next(e for e in entries if e["action"] == "disclose")["recipient"] == "printer"
    assert team_ws.verify_audit().ok


TAMPERING = {
    "modified": "UPDATE audit_log SET details = '{\"changes\":{}}' WHERE seq = 3",
    "removed": "DELETE FROM audit_log WHERE seq = 3",
    "inserted": "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3; "
    "INSERT INTO audit_log SELECT 3, at, person, device, 'erase', record_kind, record_id, details, "
    "recipient, prev_hash, hash FROM audit_log WHERE seq = 102; "
    "UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103",
    "reordered": "UPDATE audit_log SET seq = -1 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; "
    "UPDATE audit_log SET seq = 4 WHERE seq = -1",
    "tail removed": "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_tampering_behind_the_applications_back_is_detected(team_ws: Workspace, how: str) -> None:
    _activity(team_ws)
    total = team_ws.verify_audit().entries
    with team_ws.engine.begin() as conn:
        for statement in TAMPERING[how].split("; "):
            conn.exec_driver_sql(statement)
    check = team_ws.verify_audit()
    assert not check.ok
    expected_first_bad = total if how == "tail removed" else 3
    assert check.first_bad_seq == expected_first_bad, check.describe()
    assert f"entry {expected_first_bad}" in check.describe()
