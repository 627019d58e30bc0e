"""Every kind of bad bundle is refused whole at import: no record changes, the refusal is kept
in the quarantine list and the audit log, and the person reads which check failed."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_forge import forge, manifest_bytes
from sync_store_parties import TRAINING, people, state_dump

from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.services.sync.export import team_outgoing
from csc_desktop.services.sync.schema_version import SCHEMA_VERSION
from csc_desktop.services.workspace import Workspace
from csc_desktop.sync import Manifest, utc_timestamp
from csc_desktop.sync.bundle import trusted_comment_for
from csc_desktop.sync.changes import encode_changes

Profiles = Callable[..., Workspace]


def export_one(ws: Workspace, stick: Path) -> Path:
    [result] = ws.sync.export_bundle(stick)
    assert result.path is not None, result.message
    return result.path


def refused_whole(ws: Workspace, paths: list[Path], *checks: str) -> list[Any]:
    """Import `paths`; each must be refused with one of `checks`, and nothing else change."""
    before = state_dump(ws)
    quarantined = len(ws.sync.quarantine())
    results = ws.sync.import_bundles(paths)
    assert state_dump(ws) == before, "a refused bundle changed the store"
    for result in results:
        assert result.status == "refused", result
        assert result.check in checks, (result.check, result.message)
        assert result.message
    listed = ws.sync.quarantine()
    assert len(listed) == quarantined + len(paths)
    assert {e.check for e in listed[: len(paths)]} <= set(checks)
    refusals = list_entries(ws, AuditQuery(action="import"), limit=len(paths))
    assert all('"refused"' in str(r["details"]) for r in refusals)
    return results


def positions(length: int, spread: int = 160, edge: int = 48) -> list[int]:
    evenly = {round(i * (length - 1) / (spread - 1)) for i in range(spread)}
    return sorted(evenly | set(range(edge)) | set(range(length - edge, length)))


@pytest.fixture
def real_bundle(team: Workspace, stick: Path) -> Path:
    """A bundle `csc export-bundle` would write: records, participants, a tombstone and an
    attachment spanning several age chunks."""
    training = team.records.create("training", {**TRAINING, "participants": people("Ana", "Mira")})
    other = team.records.create("training", {**TRAINING, "title": "Cancelled one"})
    team.records.delete(other["id"])
    team.attachments.add(training["id"], "scan.pdf", bytes(range(256)) * 600, "signed_sheet")
    return export_one(team, stick)


def test_the_real_bundle_is_accepted(hq: Workspace, real_bundle: Path) -> None:
    [result] = hq.sync.import_bundles([real_bundle])
    assert result.status == "applied"


def test_every_sampled_single_byte_change_is_refused(
    hq: Workspace, real_bundle: Path, tmp_path: Path
) -> None:
    data = real_bundle.read_bytes()
    altered_dir = tmp_path / "altered"
    altered_dir.mkdir()
    paths = []
    for index, position in enumerate(positions(len(data))):
        altered = bytearray(data)
        altered[position] ^= (0x01, 0x80, 0xFF, 0x20)[index % 4]
        path = altered_dir / f"{position:07d}-{real_bundle.name}"
        path.write_bytes(bytes(altered))
        paths.append(path)
    assert len(paths) > 200
    refused_whole(hq, paths, "decrypt", "receiver")


def test_every_truncation_is_refused(hq: Workspace, real_bundle: Path, tmp_path: Path) -> None:
    data = real_bundle.read_bytes()
    paths = []
    for cut in positions(len(data), spread=60, edge=8)[:-1]:
        path = tmp_path / f"cut-{cut:07d}.cscb"
        path.write_bytes(data[:cut])
        paths.append(path)
    refused_whole(hq, paths, "decrypt", "receiver")


def test_a_half_written_file_from_a_pulled_stick(hq: Workspace, real_bundle: Path) -> None:
    partial = real_bundle.with_name(f".{real_bundle.name}.1a2b3c4d.partial")
    partial.write_bytes(real_bundle.read_bytes()[:5000])
    [result] = refused_whole(hq, [partial], "incomplete")
    assert "Export the bundle again" in result.message


def test_unknown_sender(profiles: Profiles, hq: Workspace, stick: Path, tmp_path: Path) -> None:
    from sync_store_parties import PASSPHRASE

    from csc_desktop.sync import fingerprint

    newcomer = Workspace.create(
        tmp_path / "new", PASSPHRASE, role="team", person="Dina Novak", country="ME"
    )
    card = hq.sync.card()
    newcomer.sync.enrol(card.to_json(), fingerprint(card))  # trusts HQ; HQ never enrolled it
    newcomer.records.create("training", {**TRAINING, "venue": "Podgorica"})
    [result] = refused_whole(hq, [export_one(newcomer, stick)], "unknown_sender")
    assert "not enrolled" in result.message
    assert result.sender == newcomer.identity.device_id
    newcomer.engine.dispose()


def test_revoked_sender(hq: Workspace, team: Workspace, stick: Path) -> None:
    team.records.create("training", TRAINING)
    path = export_one(team, stick)
    hq.sync.revoke(team.identity.device_id)
    refused_whole(hq, [path], "revoked_sender")


def test_a_valid_bundle_from_another_hq(profiles: Profiles, team: Workspace, stick: Path) -> None:
    stranger = profiles("stranger")
    stranger.records.create(  # gives the stranger something to send: a new institution
        "training", {**TRAINING, "country": "RS", "organiser_institution": "Somewhere Else"}
    )
    [result] = stranger.sync.export_bundle(stick)
    assert result.path is not None
    refused_whole(team, [result.path], "unknown_sender")


def test_a_bundle_for_another_device(profiles: Profiles, stick: Path) -> None:
    hq, rs, al = profiles("hq"), profiles("rs"), profiles("al")
    rs.records.create("training", TRAINING)
    hq.sync.import_bundles([export_one(rs, stick)])
    [to_rs] = hq.sync.export_bundle(stick, device=rs.identity.device_id)
    assert to_rs.path is not None
    refused_whole(al, [to_rs.path], "receiver")
    stranger = profiles("stranger")  # holds the team's card, but the bundle is for HQ
    rs.records.create("training", {**TRAINING, "title": "Second"})
    refused_whole(stranger, [export_one(rs, stick)], "receiver")


def test_replay_of_an_older_bundle_changes_nothing(
    hq: Workspace, team: Workspace, stick: Path
) -> None:
    record = team.records.create("training", TRAINING)
    first = export_one(team, stick)
    team.records.update(record["id"], {"venue": "Kragujevac"})
    second = export_one(team, stick)
    hq.sync.import_bundles([first, second])
    before = state_dump(hq)
    results = hq.sync.import_bundles([first, second, first])
    assert [r.status for r in results] == ["already_imported"] * 3
    assert state_dump(hq) == before
    assert hq.records.get(record["id"], consult=False)["venue"] == "Kragujevac"


def test_a_laptop_restored_from_an_old_backup_is_caught(
    profiles: Profiles, hq: Workspace, stick: Path, tmp_path: Path
) -> None:
    team = profiles("rs")
    team.records.create("training", TRAINING)
    hq.sync.import_bundles([export_one(team, stick)])
    team.engine.dispose()
    shutil.copytree(team.profile.folder, tmp_path / "old-copy")  # the backup
    team.records.create("training", {**TRAINING, "title": "After the backup"})
    hq.sync.import_bundles([export_one(team, stick)])
    from sync_store_parties import Template

    restored = Template(tmp_path / "old-copy", team._key).open_copy(tmp_path / "restored")
    restored.records.create("training", {**TRAINING, "title": "Made after the restore"})
    other_stick = tmp_path / "other-stick"
    other_stick.mkdir()
    [result] = refused_whole(hq, [export_one(restored, other_stick)], "sequence")
    assert "does not fit" in result.message
    restored.engine.dispose()


# --- hostile archives, properly signed by the enrolled team ----------------------------------


@pytest.fixture
def forge_from_team(team: Workspace, hq: Workspace) -> Callable[..., Path]:
    keys = team.sync.keys()
    recipients = hq.sync.card().encryption_recipients()
    counter = iter(range(1, 1000))

    def build(
        changes: list[dict[str, Any]] | None = None,
        *,
        schema_version: int = SCHEMA_VERSION,
        extra: list[tuple[str, bytes]] | None = None,
        manifest: Manifest | None = None,
        manifest_overrides: dict[str, Any] | None = None,
        **options: Any,
    ) -> Path:
        manifest = manifest or Manifest(
            sender=team.identity.device_id,
            receiver=hq.identity.device_id,
            sender_role="team",
            country="RS",
            sequence=1,
            previous_bundle_hash=None,
            created_at=utc_timestamp(),
            schema_version=schema_version,
        )
        changes = changes or []
        entries = [
            ("manifest.json", manifest_bytes(manifest, len(changes), **(manifest_overrides or {}))),
            ("changes.jsonl", encode_changes(changes)),
            *(extra or []),
        ]
        data = forge(
            entries,
            signer=keys,
            comment=trusted_comment_for(manifest),
            recipients=recipients,
            **options,
        )
        path = team.profile.folder.parent / f"forged-{next(counter)}.cscb"
        path.write_bytes(data)
        return path

    return build


def a_change(team: Workspace, **overrides: Any) -> dict[str, Any]:
    """A well-formed training change as the team's own export would write it."""
    record = team.records.create("training", TRAINING)
    with team.transaction() as tx:
        out = team_outgoing(tx, team.sync.devices()[0].device_id, with_content=False)
    change = next(c for c in out.changes if c["id"] == record["id"])
    return {**change, **overrides}


def test_the_forge_makes_acceptable_bundles(
    hq: Workspace, team: Workspace, forge_from_team: Callable[..., Path]
) -> None:
    [result] = hq.sync.import_bundles([forge_from_team([a_change(team)])])
    assert result.status == "applied", result.message


def test_future_format_version(hq: Workspace, forge_from_team: Callable[..., Path]) -> None:
    newer = forge_from_team(manifest_overrides={"format_version": 2})
    [result] = refused_whole(hq, [newer], "format_version")
    assert "Update the application" in result.message


def test_future_schema_version(hq: Workspace, forge_from_team: Callable[..., Path]) -> None:
    [result] = refused_whole(
        hq, [forge_from_team(schema_version=SCHEMA_VERSION + 1)], "schema_version"
    )
    assert "Update the application" in result.message


@pytest.mark.parametrize("name", ["../outside", "attachments/../../x", "/etc/passwd"])
def test_a_path_outside_the_archive(
    hq: Workspace, forge_from_team: Callable[..., Path], name: str
) -> None:
    refused_whole(hq, [forge_from_team(extra=[(name, b"x")])], "path")


def test_a_decompression_bomb(hq: Workspace, forge_from_team: Callable[..., Path]) -> None:
    zeros = bytes(64 * 1024 * 1024)
    digest = hashlib.sha256(zeros).hexdigest()
    bomb = forge_from_team(extra=[(f"attachments/{digest}", zeros)])
    assert bomb.stat().st_size < 1024 * 1024
    refused_whole(hq, [bomb], "bomb")


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"origin_device": "01a22704-0000-7000-8000-000000000001"}, "rows it made itself"),
        ({"fields_update": {"country": "AL"}}, "country"),
        ({"fields_update": {"venue": 12}}, "not valid"),
        ({"fields_update": {"colour": "red"}}, "unknown fields"),
        ({"id": "not-a-uuid"}, "not a UUID"),
        ({"version": "yesterday"}, "clock value"),
    ],
)
def test_rows_a_team_may_not_write_are_refused(
    hq: Workspace,
    team: Workspace,
    forge_from_team: Callable[..., Path],
    overrides: dict[str, Any],
    words: str,
) -> None:
    change = a_change(team)
    fields_update = overrides.pop("fields_update", {})
    change = {**change, **overrides, "fields": {**change["fields"], **fields_update}}
    [result] = refused_whole(hq, [forge_from_team([change])], "changes")
    assert words in result.message


def test_a_team_cannot_decide_its_own_taf_request(
    hq: Workspace, team: Workspace, forge_from_team: Callable[..., Path]
) -> None:
    from sync_store_parties import TAF

    taf = team.records.create("taf-request", TAF)
    with team.transaction() as tx:
        out = team_outgoing(tx, team.sync.devices()[0].device_id, with_content=False)
    change = next(c for c in out.changes if c["id"] == taf["id"])
    version = change["version"]
    approved = {
        **change,
        "fields": {**change["fields"], "status": "approved", "approved_budget_eur": 10**6},
        "field_versions": {
            **change["field_versions"],
            "status": version,
            "approved_budget_eur": version,
        },
    }
    [result] = refused_whole(hq, [forge_from_team([approved])], "changes")
    assert "approved_budget_eur" in result.message or "approved" in result.message


def test_an_extra_member_is_refused(hq: Workspace, forge_from_team: Callable[..., Path]) -> None:
    refused_whole(hq, [forge_from_team(extra=[("notes.txt", b"hello")])], "zip")


def test_unsigned_content_is_refused(hq: Workspace, forge_from_team: Callable[..., Path]) -> None:
    refused_whole(hq, [forge_from_team(sign_over=b"something else")], "signature")
