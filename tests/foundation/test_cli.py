"""The `csc` command line, run as a person or a script would: a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from csc_desktop import __version__

TRAINING = {
    "title": "Обука: финансијске истраге",
    "start_date": "2026-03-02",
    "end_date": "2026-03-04",
    "venue": "Beograd",
    "participants": [
        {
            "name": "Jelena Marković",
            "gender": "female",
            "institution": "rs-ppooc",
            "position": "Analyst",
            "evaluation": 5,
        }
    ],
}


def test_version(csc, tmp_path: Path) -> None:
    out = csc(tmp_path, "--version")
    assert out.returncode == 0 and __version__ in out.stdout


def test_init_add_list_show_update_delete(csc, tmp_path: Path) -> None:
    profile = tmp_path / "p"
    out = csc(profile, "init", "--role", "team", "--country", "RS", "--name", "Ana Petrović")
    assert out.returncode == 0, out.stderr
    out = csc(profile, "add", "training", "--json", "-", input_json=TRAINING)
    assert out.returncode == 0, out.stderr
    rid = out.stdout.strip()
    assert len(rid) == 36
    listed = json.loads(
        csc(profile, "list", "training", "--search", "finansijske", "--json").stdout
    )
    assert [r["id"] for r in listed] == [rid]
    shown = json.loads(csc(profile, "show", rid, "--json").stdout)
    for key in (
        "id",
        "title",
        "country",
        "status",
        "start_date",
        "end_date",
        "venue",
        "participants",
    ):
        assert key in shown
    assert shown["participants"][0]["name"] == "Jelena Marković"
    assert set(shown["participants"][0]) >= {
        "name",
        "gender",
        "institution",
        "position",
        "evaluation",
    }
    assert (
        csc(profile, "update", rid, "--json", "-", input_json={"venue": "Novi Sad"}).returncode == 0
    )
    assert json.loads(csc(profile, "show", rid, "--json").stdout)["venue"] == "Novi Sad"
    assert csc(profile, "delete", rid).returncode == 0
    assert json.loads(csc(profile, "list", "training", "--json").stdout) == []
    verify = csc(profile, "audit", "verify")
    assert verify.returncode == 0 and "intact" in verify.stdout


def test_errors_are_one_clear_line_and_nonzero(csc, tmp_path: Path) -> None:
    profile = tmp_path / "p"
    assert (
        csc(profile, "init", "--role", "team", "--country", "AL", "--name", "Arta").returncode == 0
    )
    cases = [
        (("add", "training", "--json", "-"), "{not json", "Invalid JSON"),
        (("add", "training", "--json", "-"), {"title": "T", "colour": "red"}, "colour"),
        (
            ("add", "training", "--json", "-"),
            {"title": "T", "start_date": "2026-03-05", "end_date": "2026-03-01", "venue": "V"},
            "end date is before",
        ),
        (("show", "01a2267b-0000-7000-8000-000000000000"), None, "No record"),
        (("add", "training", "--json", str(tmp_path / "missing.json")), None, "Cannot read"),
    ]
    for args, payload, words in cases:
        if isinstance(payload, str):
            out = _raw(csc, profile, args, payload)
        else:
            out = csc(profile, *args, input_json=payload)
        assert out.returncode != 0, args
        assert words in out.stderr, out.stderr
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    wrong = csc(profile, "list", "training", passphrase="wrong passphrase!")
    assert wrong.returncode != 0 and "Wrong passphrase" in wrong.stderr
    nothing = csc(tmp_path / "none", "list", "training")
    assert nothing.returncode != 0 and "csc init" in nothing.stderr


def _raw(csc, profile: Path, args: tuple[str, ...], text: str):
    import os
    import subprocess
    import sys

    from tests.conftest import PASSPHRASE

    env = {**os.environ, "CSC_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "csc_desktop", "--profile", str(profile), *args],
        input=text,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_passwd_backup_restore_from_the_cli(csc, tmp_path: Path) -> None:
    profile = tmp_path / "p"
    csc(profile, "init", "--role", "hq", "--name", "Maria Rossi")
    rid = csc(
        profile, "add", "training", "--json", "-", input_json={**TRAINING, "country": "RS"}
    ).stdout.strip()
    usb = tmp_path / "usb"
    out = csc(profile, "backup", "--to", str(usb))
    assert out.returncode == 0, out.stderr
    backup = Path(out.stdout.strip())
    assert backup.exists()
    new = "a brand new passphrase 7"
    out = csc(profile, "passwd", env={"CSC_NEW_PASSPHRASE": new})
    assert out.returncode == 0, out.stderr
    assert csc(profile, "list", "training").returncode != 0
    assert csc(profile, "list", "training", passphrase=new).returncode == 0
    other = tmp_path / "restored"
    out = csc(other, "restore", str(backup))
    assert out.returncode == 0, out.stderr
    shown = json.loads(csc(other, "show", rid, "--json").stdout)
    assert shown["title"] == TRAINING["title"]
