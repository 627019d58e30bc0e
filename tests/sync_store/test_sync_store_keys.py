"""Each profile's keys live in its encrypted database; cards are trusted only with a confirmed
fingerprint; HQ revokes devices, adds escrow keys and exports keys for checks by hand."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sync_store_parties import TRAINING

from csc_desktop.errors import NotAllowed
from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.services.sync import SyncError
from csc_desktop.services.workspace import Workspace
from csc_desktop.sync import fingerprint, generate_device_keys, read_bundle


def test_keys_are_made_with_the_profile_and_never_stored_in_clear(team: Workspace) -> None:
    keys = team.sync.keys()
    assert keys.age_identity.startswith("AGE-SECRET-KEY-1")
    raw = b"".join(p.read_bytes() for p in team.profile.folder.rglob("*") if p.is_file())
    assert b"AGE-SECRET-KEY" not in raw and keys.age_recipient.encode() not in raw
    card = team.sync.card()
    assert (card.device_id, card.role, card.country) == (team.identity.device_id, "team", "RS")
    assert card.age_recipient == keys.age_recipient
    assert team.sync.fingerprint() == fingerprint(team.sync.card())  # stable


def test_a_card_is_trusted_only_with_its_fingerprint(profiles, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sync_store_parties import PASSPHRASE

    hq = profiles("hq")
    newcomer = Workspace.create(
        tmp_path / "me", PASSPHRASE, role="team", person="Dina", country="ME"
    )
    card = newcomer.sync.card()
    with pytest.raises(SyncError, match="does not match"):
        hq.sync.enrol(card.to_json(), "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH")
    heard = fingerprint(card).lower().replace("0", "o").replace(" ", "-")  # as typed from a call
    device = hq.sync.enrol(card.to_json(), heard)
    assert device.state == "active" and device.enrolled_by == "Maria Rossi"
    assert device.confirmed_how == "fingerprint typed" and device.fingerprint == fingerprint(card)
    [entry] = list_entries(hq, AuditQuery(action="profile"), limit=1)
    assert "device enrolled" in str(entry["details"]) and fingerprint(card) in str(entry["details"])
    newcomer.engine.dispose()


def test_cards_each_side_must_not_trust(profiles) -> None:  # type: ignore[no-untyped-def]
    hq, rs, al, stranger = profiles("hq"), profiles("rs"), profiles("al"), profiles("stranger")
    for receiver, card, words in (
        (hq, stranger.sync.card(), "another HQ"),
        (rs, al.sync.card(), "HQ's card only"),
        (rs, stranger.sync.card(), "already trusts HQ"),
        (hq, hq.sync.card(), "own card"),
    ):
        with pytest.raises(SyncError, match=words):
            receiver.sync.enrol(card.to_json(), fingerprint(card))
    damaged = rs.sync.card().to_json().replace("Ana Petrović", "Ana Petrovic")
    with pytest.raises(SyncError, match="damaged"):
        hq.sync.read_card(damaged)


def test_revocation(profiles, stick: Path) -> None:  # type: ignore[no-untyped-def]
    hq, rs = profiles("hq"), profiles("rs")
    with pytest.raises(NotAllowed):
        rs.sync.revoke(hq.identity.device_id)
    short = rs.identity.device_id.replace("-", "")[-8:]
    device = hq.sync.revoke(short)
    assert device.state == "revoked" and device.revoked_by == "Maria Rossi"
    with pytest.raises(SyncError, match="already revoked"):
        hq.sync.revoke(rs.identity.device_id)
    card = rs.sync.card()
    with pytest.raises(SyncError, match="never trusted again"):
        hq.sync.enrol(card.to_json(), fingerprint(card))
    assert rs.identity.device_id not in {r.receiver for r in hq.sync.export_bundle(stick)}


def test_hq_exports_its_age_identity_only_with_the_passphrase(
    hq: Workspace, team: Workspace, tmp_path: Path
) -> None:
    from sync_store_parties import PASSPHRASE

    target = tmp_path / "hq-identity.txt"
    with pytest.raises(NotAllowed):
        team.sync.export_age_identity(target, PASSPHRASE)
    with pytest.raises(NotAllowed, match="Wrong passphrase"):
        hq.sync.export_age_identity(target, "not the passphrase at all")
    assert not target.exists()
    hq.sync.export_age_identity(target, PASSPHRASE)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert hq.sync.keys().age_identity in target.read_text()
    [disclosure] = list_entries(hq, AuditQuery(action="disclose"), limit=1)
    assert disclosure["recipient"] == str(target)
    with pytest.raises(SyncError, match="not overwritten"):
        hq.sync.export_age_identity(target, PASSPHRASE)


def test_escrow_recipients_travel_on_hqs_card(hq: Workspace, team: Workspace, stick: Path) -> None:
    escrow = generate_device_keys()
    before = hq.sync.fingerprint()
    with pytest.raises(SyncError, match="not an age recipient"):
        hq.sync.add_escrow_recipient("age1nonsense")
    hq.sync.add_escrow_recipient(escrow.age_recipient)
    card = hq.sync.card()
    assert card.escrow_recipients == (escrow.age_recipient,)
    assert fingerprint(card) != before  # a swapped escrow key would show
    team.sync.enrol(card.to_json(), fingerprint(card))  # the team confirms HQ's new card
    team.records.create("training", TRAINING)
    [out] = team.sync.export_bundle(stick)
    assert out.path is not None
    with hq.reading() as conn:
        from csc_desktop.services.sync.devices import sender_keys

        senders = sender_keys(conn)
    opened = read_bundle(
        out.path,
        identity=escrow.age_identity,
        expected_receiver=hq.identity.device_id,
        trusted_senders=senders,
        max_schema_version=99,
    )
    assert opened.manifest.sender == team.identity.device_id
