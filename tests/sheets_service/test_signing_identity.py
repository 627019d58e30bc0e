"""The signing identity of a profile, through the calls the sync and GUI code use: HQ as the
certificate authority, a team's key certified and installed, and what is refused."""

from __future__ import annotations

import json
from typing import Any

import pytest
from cryptography import x509
from sqlalchemy import delete

from csc_desktop.errors import NotAllowed
from csc_desktop.services.audit_view import AuditQuery, list_entries
from csc_desktop.services.sheets import CertificateError
from csc_desktop.services.sheets.check import RecordMatch
from csc_desktop.services.workspace import Workspace
from csc_desktop.sheets import generate_key, public_key_pem
from csc_desktop.store.schema import meta


def _profile_events(ws: Workspace) -> list[dict[str, Any]]:
    entries = list_entries(ws, AuditQuery(action="profile"), limit=None)
    return [json.loads(entry["details"]) for entry in entries]


def test_new_profiles_have_a_key_and_hq_has_the_root(team_ws: Workspace, hq_ws: Workspace) -> None:
    assert not team_ws.sheets.is_certified()
    assert team_ws.sheets.trusted_roots() == []
    assert hq_ws.sheets.is_certified()  # HQ's own certificate is issued by its root
    root = x509.load_pem_x509_certificate(hq_ws.sheets.root_certificate_pem().encode())
    assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert hq_ws.sheets.trusted_roots() == [hq_ws.sheets.root_certificate_pem()]
    with pytest.raises(NotAllowed):
        team_ws.sheets.root_certificate_pem()


def test_the_key_lives_only_in_the_encrypted_database(team_ws: Workspace) -> None:
    key = team_ws.sheets.ensure_signing_identity().key_pem
    marker = key.splitlines()[1][:40]
    for path in team_ws.profile.folder.rglob("*"):
        if path.is_file():
            assert marker not in path.read_bytes(), path


def test_issue_and_install_through_the_service_calls(
    team_ws: Workspace, hq_ws: Workspace, training: dict[str, Any]
) -> None:
    device, person = team_ws.identity.device_id, team_ws.identity.person
    cert = hq_ws.sheets.issue_for_device(device, person, team_ws.sheets.signing_public_key_pem())
    assert _profile_events(hq_ws)[0]["event"] == "sheet signing certificate issued"
    assert _profile_events(hq_ws)[0]["device_id"] == device

    team_ws.sheets.install_certificate(cert, hq_ws.sheets.root_certificate_pem())
    assert team_ws.sheets.is_certified()
    assert team_ws.sheets.trusted_roots() == [hq_ws.sheets.root_certificate_pem()]
    sheet = team_ws.sheets.prepare(training["id"])
    assert sheet.certified
    check = hq_ws.sheets.verify(sheet.pdf)
    assert check.signature.chains_to_root and check.match is RecordMatch.UNKNOWN
    assert team_ws.sheets.verify(sheet.pdf).ok


def test_install_refuses_what_is_not_ours(team_ws: Workspace, hq_ws: Workspace) -> None:
    device, person = team_ws.identity.device_id, team_ws.identity.person
    root = hq_ws.sheets.root_certificate_pem()
    other_key = public_key_pem(generate_key()).decode()
    wrong_key = hq_ws.sheets.issue_for_device(device, person, other_key)
    with pytest.raises(CertificateError, match="another key"):
        team_ws.sheets.install_certificate(wrong_key, root)
    ours = team_ws.sheets.signing_public_key_pem()
    wrong_device = hq_ws.sheets.issue_for_device("another-device", person, ours)
    with pytest.raises(CertificateError, match="another device"):
        team_ws.sheets.install_certificate(wrong_device, root)
    right = hq_ws.sheets.issue_for_device(device, person, ours)
    self_signed = team_ws.sheets.signing_certificate_pem()
    with pytest.raises(CertificateError):
        team_ws.sheets.install_certificate(right, self_signed)  # not HQ's root
    assert not team_ws.sheets.is_certified()
    with pytest.raises(NotAllowed):
        team_ws.sheets.issue_for_device(device, person, ours)


def test_a_second_hq_root_is_refused(
    team_ws: Workspace, hq_ws: Workspace, tmp_path: Any, passphrase: str
) -> None:
    team_ws.sheets.trust_root(hq_ws.sheets.root_certificate_pem())
    other_hq = Workspace.create(tmp_path / "hq2", passphrase, role="hq", person="Someone Else")
    try:
        device, person = team_ws.identity.device_id, team_ws.identity.person
        key = team_ws.sheets.signing_public_key_pem()
        cert = other_hq.sheets.issue_for_device(device, person, key)
        with pytest.raises(CertificateError, match="another HQ root"):
            team_ws.sheets.install_certificate(cert, other_hq.sheets.root_certificate_pem())
    finally:
        other_hq.engine.dispose()
    assert not team_ws.sheets.is_certified()


def test_a_changed_request_is_refused(team_ws: Workspace, hq_ws: Workspace) -> None:
    request = json.loads(team_ws.sheets.certificate_request())
    request["person"] = "Someone Else"
    with pytest.raises(CertificateError, match="signature"):
        hq_ws.sheets.issue_from_request(json.dumps(request))
    with pytest.raises(CertificateError):
        hq_ws.sheets.issue_from_request("not json")


def test_profiles_made_before_sheets_get_a_key_on_first_use(
    team_ws: Workspace, training: dict[str, Any]
) -> None:
    with team_ws.transaction() as tx:
        tx.conn.execute(delete(meta).where(meta.c.key.like("sheets.%")))
    sheet = team_ws.sheets.prepare(training["id"])
    assert not sheet.certified
    assert team_ws.sheets.verify(sheet.pdf).ok
    assert _profile_events(team_ws)[0]["event"] == "sheet signing key created"
