"""HQ can check a bundle by hand with age, unzip, minisign and sha256sum: the commands of
docs/bundle-format.md, run word for word on a bundle the application wrote."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sync_parties import Device, attachment

from csc_desktop.sync import WrittenBundle, age_identity_file, minisign_public_key_file

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
DOC_BUNDLE_NAME = "AL-1a2b3c4d-0007-20261129.cscb"

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("age", "minisign", "sha256sum", "bash")),
    reason="needs the age, minisign and sha256sum commands",
)


def documented_check() -> str:
    """The shell block that follows the marker line in docs/bundle-format.md."""
    match = re.search(r"<!-- standard-tool check -->\s*```sh\n(.*?)```", DOC.read_text(), re.S)
    assert match, "docs/bundle-format.md lost its standard-tool check block"
    return match.group(1)


def test_documented_commands_check_a_real_bundle(
    write_team_bundle: Callable[..., WrittenBundle], team: Device, hq: Device, tmp_path: Path
) -> None:
    bundles = tmp_path / "stick"
    bundles.mkdir()
    written = write_team_bundle(
        changes=40,
        attachments=attachment(b"%PDF-1.7 scan"),
        out_dir=bundles,
        sequence=7,
        previous="e" * 64,
    )
    work = tmp_path / "check"
    work.mkdir()
    shutil.copy(written.path, work / DOC_BUNDLE_NAME)
    # What the application's export-keys commands write for this check.
    (work / "hq-identity.txt").write_text(age_identity_file(hq.keys))
    (work / "team-device.pub").write_text(minisign_public_key_file(team.card.minisign_public_key))

    script = documented_check()
    assert DOC_BUNDLE_NAME in script
    if shutil.which("unzip") is None:  # same effect with Python's own unzip
        script = script.replace("unzip b.zip -d b", f"{sys.executable} -m zipfile -e b.zip b")
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=work, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Signature and comment signature verified" in result.stdout
    assert f"sender:{team.id} receiver:{hq.id} sequence:7" in result.stdout
    for name in ("manifest.json", "changes.jsonl", "attachments/"):
        assert re.search(rf"^{re.escape(name)}\S*: OK$", result.stdout, re.M)
    assert len((work / "b" / "changes.jsonl").read_text().splitlines()) == 40


def test_documented_commands_catch_an_altered_file(
    write_team_bundle: Callable[..., WrittenBundle], team: Device, hq: Device, tmp_path: Path
) -> None:
    written = write_team_bundle(changes=5)
    work = tmp_path / "check"
    work.mkdir()
    shutil.copy(written.path, work / DOC_BUNDLE_NAME)
    (work / "hq-identity.txt").write_text(age_identity_file(hq.keys))
    (work / "team-device.pub").write_text(minisign_public_key_file(team.card.minisign_public_key))
    script = documented_check()
    first, _, rest = script.partition("\n")
    subprocess.run(
        ["bash", "-c", first.replace("&& cd b", "")], cwd=work, check=True, capture_output=True
    )
    changes = work / "b" / "changes.jsonl"
    changes.write_text(changes.read_text().replace("Tiranë", "Durrës", 1))
    result = subprocess.run(
        ["bash", "-c", "cd b\n" + rest], cwd=work, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "changes.jsonl: FAILED" in result.stdout
