"""Team → HQ → team: everything a team logs reaches HQ once, HQ's decisions come back, and
acknowledged changes stop travelling."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sync_store_parties import PRE_INVESTIGATION, TAF, TRAINING, people

from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.sync_schema import team_audit_log


def export_one(ws: Workspace, stick: Path) -> Path:
    [result] = ws.sync.export_bundle(stick)
    assert result.path is not None, result.message
    return result.path


def hq_export_to(hq: Workspace, team: Workspace, stick: Path):  # type: ignore[no-untyped-def]
    [result] = hq.sync.export_bundle(stick, device=team.identity.device_id)
    return result


def import_ok(ws: Workspace, *paths: Path) -> None:
    results = ws.sync.import_bundles(list(paths))
    assert [r.status for r in results] == ["applied"] * len(paths), [r.message for r in results]


def test_everything_a_team_logs_reaches_hq(team: Workspace, hq: Workspace, stick: Path) -> None:
    training = team.records.create(
        "training",
        {
            **TRAINING,
            "participants": [
                *people("Љубиша Ђорђевић", "Mira Hoxha"),
                {"name": "Arbër Çela", "gender": "male", "institution": "Akademia e Re"},
            ],
        },
    )
    pre = team.records.create("pre-investigation", PRE_INVESTIGATION)
    gone = team.records.create("pre-investigation", {**PRE_INVESTIGATION, "reference": "X-1"})
    team.records.delete(gone["id"])
    scan = team.attachments.add(training["id"], "list.pdf", b"%PDF-1.7 signed list", "signed_sheet")
    team.records.get(pre["id"])  # a consultation: an audit entry that travels too

    path = export_one(team, stick)
    assert path.name.startswith("RS-") and path.suffix == ".cscb"
    import_ok(hq, path)

    at_hq = hq.records.get(training["id"], consult=False)
    at_team = team.records.get(training["id"], consult=False)
    for key in ("title", "venue", "version", "origin_device", "updated_at"):
        assert at_hq[key] == at_team[key], key
    assert at_hq["origin_device"] == team.identity.device_id
    assert sorted(p["name"] for p in at_hq["participants"]) == [
        "Arbër Çela",
        "Mira Hoxha",
        "Љубиша Ђорђевић",
    ]
    assert "Akademia e Re" in [p["institution_name"] for p in at_hq["participants"]]
    assert hq.records.get(gone["id"], consult=False)["deleted"] is True
    assert hq.attachments.content(scan["id"])[1] == b"%PDF-1.7 signed list"
    # The search index follows: a participant's name in Latin finds the training.
    assert (training["id"], "training") in hq.search.find("ljubisa djordjevic")
    assert (pre["id"], "pre-investigation") in hq.search.find("smuggling")

    with hq.reading() as conn:
        received = (
            conn.execute(
                select(team_audit_log.c.action).where(
                    team_audit_log.c.device == team.identity.device_id
                )
            )
            .scalars()
            .all()
        )
    assert {"create", "delete", "consult"} <= set(received)
    assert hq.sync.verify_team_audit(team.identity.device_id).ok
    imports = list_entries(hq, AuditQuery(action="import"), limit=10)
    assert imports and path.name in str(imports[0]["details"])
    disclosures = list_entries(team, AuditQuery(action="disclose"), limit=10)
    assert any("HQ device" in (d["recipient"] or "") for d in disclosures)


def test_acknowledged_changes_stop_travelling(team: Workspace, hq: Workspace, stick: Path) -> None:
    record = team.records.create("training", TRAINING)
    first = export_one(team, stick)
    # Not yet acknowledged: the next bundle carries the same change again.
    second = export_one(team, stick)
    import_ok(hq, first)
    import_ok(hq, second)
    back = hq_export_to(hq, team, stick)
    assert back.path is not None and back.counts.get("acknowledgements") == 2
    import_ok(team, back.path)

    [nothing] = team.sync.export_bundle(stick)
    assert nothing.path is None and "Nothing to send" in nothing.message
    assert len(list(stick.glob("RS-*.cscb"))) == 2

    team.records.update(record["id"], {"venue": "Novi Sad"})
    third = export_one(team, stick)
    import_ok(hq, third)
    assert hq.records.get(record["id"], consult=False)["venue"] == "Novi Sad"
    # Kept as waiting until HQ acknowledges bundle 3.
    [waiting] = team.sync.pending_summary().peers
    assert waiting.changes == {"training": 1} and waiting.unacknowledged_sequences == [3]
    assert waiting.last_acknowledged_sequence == 2


def test_a_lost_stick_costs_only_a_re_export(team: Workspace, hq: Workspace, stick: Path) -> None:
    record = team.records.create("training", TRAINING)
    lost = export_one(team, stick)
    lost.unlink()
    team.records.update(record["id"], {"trainers": "A. Ndou"})
    again = export_one(team, stick)
    results = hq.sync.import_bundles([again])
    assert results[0].status == "applied" and results[0].missing == [1]
    assert hq.records.get(record["id"], consult=False)["trainers"] == "A. Ndou"
    [device] = [d for d in hq.sync.devices() if d.device_id == team.identity.device_id]
    assert device.missing_sequences == [1] and device.last_bundle_sequence == 2


def test_taf_decision_flows_back_to_the_team(team: Workspace, hq: Workspace, stick: Path) -> None:
    taf = team.records.create("taf-request", TAF)
    team.records.change_status(taf["id"], "submit")
    import_ok(hq, export_one(team, stick))

    hq.records.update(taf["id"], {"assessment": "Meets the criteria.", "approved_budget_eur": 9000})
    hq.records.change_status(taf["id"], "approve")
    hq_institution = hq.records.create(  # HQ's own new institution: reference data for teams
        "training",
        {**TRAINING, "country": "ME", "organiser_institution": "Regional Academy Danilovgrad"},
    )["organiser_institution"]
    decision = hq_export_to(hq, team, stick)
    assert decision.path is not None and decision.path.name.startswith("HQ-to-RS-")
    import_ok(team, decision.path)

    back = team.records.get(taf["id"], consult=False)
    assert back["status"] == "approved"
    assert back["assessment"] == "Meets the criteria."
    assert back["approved_budget_eur"] == 9000
    assert back["decision_on"]
    assert (
        team.reference.name("institution", hq_institution, "en") == "Regional Academy Danilovgrad"
    )
    # The decision does not bounce back: the team has nothing new to send.
    [nothing] = team.sync.export_bundle(stick)
    assert nothing.path is None
    # The team acts on the decision; HQ sees it.
    team.records.change_status(taf["id"], "deliver")
    import_ok(hq, export_one(team, stick))
    assert hq.records.get(taf["id"], consult=False)["status"] == "delivered"


def test_a_revocation_reaches_every_team(profiles, stick: Path) -> None:  # type: ignore[no-untyped-def]
    hq, rs, al = profiles("hq"), profiles("rs"), profiles("al")
    hq.sync.revoke(al.identity.device_id)
    results = hq.sync.export_bundle(stick)
    assert {r.receiver for r in results if r.path} == {rs.identity.device_id} | {
        d.device_id for d in hq.sync.devices() if d.state == "active"
    }
    to_rs = next(r for r in results if r.receiver == rs.identity.device_id)
    assert to_rs.path is not None and to_rs.counts.get("device") == 1
    import_ok(rs, to_rs.path)
    [known] = [d for d in rs.sync.devices() if d.device_id == al.identity.device_id]
    assert known.state == "revoked"
    # The revoked team cannot send any more: HQ refuses it, by name.
    al.records.create("training", {**TRAINING, "venue": "Tiranë"})
    refused = hq.sync.import_bundles([export_one(al, stick)])
    assert refused[0].status == "refused" and refused[0].check == "revoked_sender"


def test_older_profile_gets_its_keys_on_first_use(team: Workspace) -> None:
    from csc_desktop.store.schema import meta

    with team.transaction() as tx:
        tx.conn.execute(
            meta.delete().where(meta.c.key.in_(["device_keys", "device_keys_created_at"]))
        )
    team.sync._keys = None
    card = team.sync.card()
    assert card.device_id == team.identity.device_id
    assert team.sync.fingerprint() == team.sync.fingerprint()  # stable from then on


def test_hq_cannot_change_a_team_trainings_people(
    team: Workspace, hq: Workspace, stick: Path
) -> None:
    """HQ's bundle back to a team carries decisions only, so HQ may not edit a team's
    participants: the edit is refused and nothing changes."""
    from csc_desktop.errors import ValidationError

    training = team.records.create(
        "training", {**TRAINING, "participants": people("Mira Hoxha", "Arbër Çela")}
    )
    import_ok(hq, export_one(team, stick))
    before = hq.records.get(training["id"], consult=False)
    try:
        hq.records.set_participants(training["id"], people("Someone Else"))
    except ValidationError as exc:
        assert "participants" in exc.errors
        assert "country team" in exc.errors["participants"]
    else:
        raise AssertionError("HQ changed a team training's participants")
    after = hq.records.get(training["id"], consult=False)
    assert sorted(p["name"] for p in after["participants"]) == ["Arbër Çela", "Mira Hoxha"]
    assert after["version"] == before["version"]
