"""The sync commands of `csc`, run as a person or a script would, on enrolled profiles; and the
standard-tool check of docs/bundle-format.md on a bundle `csc export-bundle` wrote, with the
keys `csc export-keys` wrote."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sync_store_parties import PASSPHRASE, TAF, TRAINING, Template

from csc_desktop.services.workspace import Workspace


def csc(profile: Path, *args: str, stdin: Any = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CSC_")}
    env["CSC_PASSPHRASE"] = PASSPHRASE
    return subprocess.run(
        [sys.executable, "-m", "csc_desktop", "--profile", str(profile), *args],
        input=json.dumps(stdin) if stdin is not None else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def folders(templates: dict[str, Template], tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name in ("hq", "rs"):
        shutil.copytree(templates[name].folder, tmp_path / name)
        made[name] = tmp_path / name
    return made


def test_round_trip_on_the_command_line(folders: dict[str, Path], stick: Path) -> None:
    hq, rs = folders["hq"], folders["rs"]
    assert csc(rs, "add", "training", "--json", "-", stdin=TRAINING).returncode == 0

    out = csc(rs, "export-bundle", "--to", str(stick))
    assert out.returncode == 0, out.stderr
    bundle = Path(out.stdout.strip())
    assert bundle.parent == stick and bundle.name.startswith("RS-") and bundle.is_file()
    assert "1 training" in out.stderr

    tampered = stick / "tampered.cscb"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x40
    tampered.write_bytes(bytes(data))
    imported = csc(hq, "import-bundle", str(bundle), str(tampered), "--json")
    assert imported.returncode == 1, "a refused bundle makes the command fail"
    results = json.loads(imported.stdout)
    assert [r["status"] for r in results] == ["applied", "refused"]
    assert results[0]["counts"]["training"] == 1 and results[1]["check"] == "decrypt"

    again = csc(hq, "import-bundle", str(bundle))
    assert again.returncode == 0 and "already imported" in again.stdout
    listed = csc(hq, "quarantine")
    assert "tampered.cscb" in listed.stdout and "decrypt" in listed.stdout
    devices = csc(hq, "devices")
    assert "RS" in devices.stdout and "bundle 1" in devices.stdout

    rs_id = json.loads(csc(hq, "devices", "--json").stdout)
    team_id = next(d["device_id"] for d in rs_id if d["country"] == "RS")
    back = csc(hq, "export-bundle", "--to", str(stick), "--device", team_id)
    assert back.returncode == 0, back.stderr
    assert "acknowledgement" in back.stderr
    assert csc(rs, "import-bundle", back.stdout.strip()).returncode == 0

    nothing = csc(rs, "export-bundle", "--to", str(stick))
    assert nothing.returncode == 0 and nothing.stdout == ""
    assert "Nothing to send" in nothing.stderr
    assert len(list(stick.glob("RS-*.cscb"))) == 1
    status = csc(rs, "sync-status")
    assert "acknowledged up to 1" in status.stdout


def test_enrolment_on_the_command_line(folders: dict[str, Path], tmp_path: Path) -> None:
    newcomer = Workspace.create(
        tmp_path / "me", PASSPHRASE, role="team", person="Dina", country="ME"
    )
    newcomer.engine.dispose()
    card = tmp_path / "me.card"
    shown = csc(tmp_path / "me", "card", "--out", str(card))
    assert shown.returncode == 0 and "Fingerprint:" in shown.stdout
    print_ = shown.stdout.split("Fingerprint: ")[1].splitlines()[0]

    unconfirmed = csc(folders["hq"], "trust", str(card))  # no terminal, no --yes
    assert unconfirmed.returncode != 0 and "--yes" in unconfirmed.stderr
    trusted = csc(folders["hq"], "trust", str(card), "--yes")
    assert trusted.returncode == 0, trusted.stderr
    assert print_ in trusted.stdout and "Enrolled team device" in trusted.stdout
    listed = json.loads(csc(folders["hq"], "devices", "--json").stdout)
    [device] = [d for d in listed if d["country"] == "ME"]
    assert device["confirmed_how"] == "confirmed with --yes" and device["fingerprint"] == print_
    log = csc(folders["hq"], "audit", "list", "--action", "profile", "--json")
    assert "device enrolled" in log.stdout

    revoked = csc(folders["hq"], "revoke", device["short_id"], "--yes")
    assert revoked.returncode == 0 and "Revoked" in revoked.stdout


def test_conflicts_on_the_command_line(
    templates: dict[str, Template], folders: dict[str, Path], stick: Path
) -> None:
    key_hq, key_rs = templates["hq"].key, templates["rs"].key
    from csc_desktop.store import sqlite
    from csc_desktop.store.profile import Profile

    def open_(folder: Path, key: bytes) -> Workspace:
        return Workspace(Profile(folder), sqlite.make_engine(folder / "csc.db", key), key)

    hq, rs = open_(folders["hq"], key_hq), open_(folders["rs"], key_rs)
    taf = rs.records.create("taf-request", TAF)
    rs.records.change_status(taf["id"], "submit")
    hq.sync.import_bundles([p for r in rs.sync.export_bundle(stick) if (p := r.path)])
    hq.records.change_status(taf["id"], "approve")
    rs.records.change_status(taf["id"], "withdraw")
    hq.sync.import_bundles([p for r in rs.sync.export_bundle(stick) if (p := r.path)])
    hq.engine.dispose()
    rs.engine.dispose()

    listed = json.loads(csc(folders["hq"], "conflicts", "--json").stdout)
    [conflict] = listed
    assert (conflict["local_value"], conflict["remote_value"]) == ("approved", "draft")
    text = csc(folders["hq"], "conflicts").stdout
    assert "here 'approved'" in text and "other side 'draft'" in text
    done = csc(folders["hq"], "resolve", str(conflict["id"]), "--keep", "remote")
    assert done.returncode == 0 and "'draft'" in done.stdout
    assert "No conflict" in csc(folders["hq"], "conflicts").stdout


@pytest.mark.skipif(
    not all(shutil.which(t) for t in ("age", "minisign", "sha256sum", "bash")),
    reason="needs the age, minisign and sha256sum commands",
)
def test_standard_tools_check_a_bundle_the_cli_wrote(
    folders: dict[str, Path], stick: Path, tmp_path: Path
) -> None:
    from test_sync_standard_tools import DOC_BUNDLE_NAME, documented_check

    hq, rs = folders["hq"], folders["rs"]
    csc(rs, "add", "training", "--json", "-", stdin={**TRAINING, "title": "Провера — kontroll"})
    bundle = Path(csc(rs, "export-bundle", "--to", str(stick)).stdout.strip())
    work = tmp_path / "check"
    work.mkdir()
    shutil.copy(bundle, work / DOC_BUNDLE_NAME)
    team_id = next(
        d["device_id"]
        for d in json.loads(csc(hq, "devices", "--json").stdout)
        if d["country"] == "RS"
    )
    identity = csc(hq, "export-keys", "--age-identity", str(work / "hq-identity.txt"))
    assert identity.returncode == 0, identity.stderr
    assert stat.S_IMODE((work / "hq-identity.txt").stat().st_mode) == 0o600
    public = csc(
        hq, "export-keys", "--minisign-public", str(work / "team-device.pub"), "--device", team_id
    )
    assert public.returncode == 0, public.stderr
    refused = csc(rs, "export-keys", "--age-identity", str(tmp_path / "team-identity.txt"))
    assert refused.returncode != 0 and not (tmp_path / "team-identity.txt").exists()

    script = documented_check()
    if shutil.which("unzip") is None:
        script = script.replace("unzip b.zip -d b", f"{sys.executable} -m zipfile -e b.zip b")
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=work, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Signature and comment signature verified" in result.stdout
    assert f"sender:{team_id}" in result.stdout
    assert "changes.jsonl: OK" in result.stdout and "manifest.json: OK" in result.stdout
    lines = (work / "b" / "changes.jsonl").read_text(encoding="utf-8").splitlines()
    assert any("Провера — kontroll" in line for line in lines)
