"""Changes made on both sides without seeing each other: both values kept, a person resolves,
and the resolution travels. A deletion never erases a newer edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sync_store_parties import TAF, state_dump

from csc_desktop.services.workspace import Workspace


def team_to_hq(team: Workspace, hq: Workspace, stick: Path) -> list[Any]:
    [out] = team.sync.export_bundle(stick)
    assert out.path is not None, out.message
    return hq.sync.import_bundles([out.path])


def hq_to_team(hq: Workspace, team: Workspace, stick: Path) -> list[Any]:
    [out] = hq.sync.export_bundle(stick, device=team.identity.device_id)
    assert out.path is not None, out.message
    return team.sync.import_bundles([out.path])


def submitted_taf(team: Workspace, hq: Workspace, stick: Path) -> str:
    taf = team.records.create("taf-request", TAF)
    team.records.change_status(taf["id"], "submit")
    team_to_hq(team, hq, stick)
    return str(taf["id"])


def test_status_changed_on_both_sides_is_kept_and_resolved(
    team: Workspace, hq: Workspace, stick: Path
) -> None:
    taf = submitted_taf(team, hq, stick)
    hq.records.change_status(taf, "approve")  # HQ decides…
    team.records.change_status(taf, "withdraw")  # …while the team, not knowing, withdraws
    [result] = team_to_hq(team, hq, stick)
    assert result.status == "applied" and result.counts.get("conflicts") == 1

    [conflict] = hq.sync.conflicts()
    assert (conflict.field, conflict.local_value, conflict.remote_value) == (
        "status",
        "approved",
        "draft",
    )
    assert conflict.title == TAF["title"]
    assert hq.records.get(taf, consult=False)["status"] == "approved"  # nothing lost meanwhile

    # HQ's bundle before it resolves: the team sees the same conflict on its side.
    hq_to_team(hq, team, stick)
    [theirs] = team.sync.conflicts()
    assert (theirs.local_value, theirs.remote_value) == ("draft", "approved")
    assert team.records.get(taf, consult=False)["status"] == "draft"

    resolved = hq.sync.resolve(conflict.id, "local")
    assert resolved.state == "resolved" and resolved.resolved_value == "approved"
    assert hq.sync.conflicts() == []
    assert hq.sync.conflicts(include_resolved=True)[0].resolution == "local"

    # The resolution travels and settles the team's side too.
    hq_to_team(hq, team, stick)
    assert team.records.get(taf, consult=False)["status"] == "approved"
    assert team.sync.conflicts() == []
    assert team.sync.conflicts(include_resolved=True)[0].resolution == "superseded"


def test_resolving_with_the_other_sides_value(team: Workspace, hq: Workspace, stick: Path) -> None:
    taf = submitted_taf(team, hq, stick)
    hq.records.change_status(taf, "reject")
    team.records.change_status(taf, "withdraw")
    team_to_hq(team, hq, stick)
    [conflict] = hq.sync.conflicts()
    hq.sync.resolve(conflict.id, "remote")
    assert hq.records.get(taf, consult=False)["status"] == "draft"
    hq_to_team(hq, team, stick)
    assert team.records.get(taf, consult=False)["status"] == "draft"
    assert team.sync.conflicts() == []


def test_a_deletion_does_not_erase_a_newer_edit_at_hq(
    team: Workspace, hq: Workspace, stick: Path
) -> None:
    taf = submitted_taf(team, hq, stick)
    team.records.delete(taf)  # the team deletes…
    hq.records.update(taf, {"assessment": "Strong proposal."})  # …HQ assesses afterwards
    [result] = team_to_hq(team, hq, stick)
    assert result.counts.get("conflicts") == 1
    at_hq = hq.records.get(taf, consult=False)
    assert at_hq["deleted"] is False and at_hq["assessment"] == "Strong proposal."
    [conflict] = hq.sync.conflicts()
    assert (conflict.field, conflict.local_value, conflict.remote_value) == (
        "deleted",
        False,
        True,
    )

    hq.sync.resolve(conflict.id, "local")  # keep the request: it was assessed
    hq_to_team(hq, team, stick)
    back = team.records.get(taf, consult=False)
    assert back["deleted"] is False and back["assessment"] == "Strong proposal."


def test_a_deletion_after_seeing_the_edit_applies(
    team: Workspace, hq: Workspace, stick: Path
) -> None:
    taf = submitted_taf(team, hq, stick)
    hq.records.update(taf, {"assessment": "Needs a partner institution."})
    hq_to_team(hq, team, stick)
    team.records.delete(taf)  # made after receiving HQ's assessment
    team_to_hq(team, hq, stick)
    assert hq.records.get(taf, consult=False)["deleted"] is True
    assert hq.sync.conflicts() == []


def test_hq_edits_reaching_a_request_the_team_deleted(
    team: Workspace, hq: Workspace, stick: Path
) -> None:
    taf = submitted_taf(team, hq, stick)
    team.records.delete(taf)
    hq.records.update(taf, {"assessment": "Approve with a smaller budget."})
    [result] = hq_to_team(hq, team, stick)
    assert result.counts.get("conflicts") == 1
    kept = team.records.get(taf, consult=False)
    assert kept["deleted"] is True and kept["assessment"] == "Approve with a smaller budget."
    [conflict] = team.sync.conflicts()
    assert (conflict.field, conflict.local_value, conflict.remote_value) == (
        "deleted",
        True,
        False,
    )
    team.sync.resolve(conflict.id, "false")  # a value: bring the request back
    assert team.records.get(taf, consult=False)["deleted"] is False


def test_applying_the_same_changes_again_changes_nothing(
    team: Workspace, hq: Workspace, stick: Path
) -> None:
    taf = submitted_taf(team, hq, stick)
    hq.records.change_status(taf, "approve")
    team.records.change_status(taf, "withdraw")
    [first] = team.sync.export_bundle(stick)
    [second] = team.sync.export_bundle(stick)  # carries the same changes again
    assert first.path and second.path
    hq.sync.import_bundles([first.path])
    after_first = state_dump(hq)
    conflicts = hq.sync.conflicts()
    results = hq.sync.import_bundles([second.path, first.path])
    assert [r.status for r in results] == ["applied", "already_imported"]
    after = state_dump(hq)
    for dump in (after, after_first):  # the second bundle also brings the first's export entry
        del dump["received"], dump["team_audit_log"]
    assert after == after_first
    assert hq.sync.conflicts() == conflicts


def test_resolve_refuses_what_is_not_a_value(team: Workspace, hq: Workspace, stick: Path) -> None:
    import pytest

    from csc_desktop.errors import NotFound, ValidationError

    taf = submitted_taf(team, hq, stick)
    hq.records.change_status(taf, "approve")
    team.records.change_status(taf, "withdraw")
    team_to_hq(team, hq, stick)
    [conflict] = hq.sync.conflicts()
    with pytest.raises(ValidationError):
        hq.sync.resolve(conflict.id, "maybe")
    with pytest.raises(NotFound):
        hq.sync.resolve(9999, "local")
    hq.sync.resolve(conflict.id, "rejected")
    assert hq.records.get(taf, consult=False)["status"] == "rejected"
    with pytest.raises(ValidationError):
        hq.sync.resolve(conflict.id, "local")
