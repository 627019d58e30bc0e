"""The installable application, built and run as an office would: the frozen ``csc`` and
``csc-desktop`` with no Python around them, the tarball's install script, the signed checksums
checked with the standard tools, and profiles surviving upgrades (and refusing downgrades)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import text

from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate
from csc_desktop.store.migrations import HEAD
from csc_desktop.store.sqlite import write_transaction
from tests.conftest import PASSPHRASE
from tests.packaging.conftest import Build, Run, require_tool

pytestmark = pytest.mark.packaging

TRAINING = {
    "title": "Финансијске истраге и одузимање имовине",
    "start_date": "2025-03-17",
    "end_date": "2025-03-19",
    "venue": "Hotel Metropol, Beograd",
    "participants": [
        {"name": "Љубиша Ђорђевић", "gender": "male", "evaluation": 5},
        {"name": "Arbër Çela", "gender": "male", "evaluation": 4},
    ],
}


def _new_profile(build: Build, run: Run, folder: Path, tmp_path: Path) -> str:
    """A team profile made by the frozen csc, holding one training; returns the record id."""
    made = run(
        build.csc,
        *("--profile", str(folder), "init", "--role", "team", "--country", "RS"),
        *("--name", "Ana Petrović"),
    )
    assert made.returncode == 0, made.stderr
    record = tmp_path / "training.json"
    record.write_text(json.dumps(TRAINING, ensure_ascii=False), encoding="utf-8")
    added = run(build.csc, "--profile", str(folder), "add", "training", "--json", str(record))
    assert added.returncode == 0, added.stderr
    return added.stdout.strip()


def _files(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# --- the programs -------------------------------------------------------------------------------


def test_both_programs_say_the_version_of_the_build(build: Build, run: Run) -> None:
    cli = run(build.csc, "--version")
    assert cli.returncode == 0 and cli.stdout.strip() == f"csc {build.version}"
    gui = run(build.gui, "--version")
    assert gui.returncode == 0 and gui.stdout.strip() == f"csc-desktop {build.version}"
    assert (build.folder / "VERSION").read_text().strip() == build.version
    info = json.loads((build.folder / "BUILD-INFO.json").read_text())
    assert info["version"] == build.version and len(info["commit"]) == 40


def test_frozen_cli_creates_a_profile_adds_a_record_and_finds_it(
    build: Build, run: Run, home: Path, tmp_path: Path
) -> None:
    profile = home / "team"
    record_id = _new_profile(build, run, profile, tmp_path)
    listed = run(build.csc, "--profile", str(profile), "list", "training", "--search", "metropol")
    assert record_id in listed.stdout
    # Search folds script and accents: Latin "finansijske" finds the title typed in Cyrillic.
    found = run(build.csc, "--profile", str(profile), "search", "finansijske")
    assert record_id in found.stdout, found.stdout + found.stderr
    shown = run(build.csc, "--profile", str(profile), "show", record_id, "--json")
    assert json.loads(shown.stdout)["title"] == TRAINING["title"]
    audit = run(build.csc, "--profile", str(profile), "audit", "verify")
    assert audit.returncode == 0, audit.stderr
    wrong = run(
        build.csc, "--profile", str(profile), "list", "training", env={"CSC_PASSPHRASE": "no"}
    )
    assert wrong.returncode == 3 and "Wrong passphrase" in wrong.stderr


def test_frozen_cli_prints_signed_sheets_in_cyrillic_and_albanian(
    build: Build, run: Run, home: Path, tmp_path: Path
) -> None:
    pdftotext = require_tool("pdftotext")
    profile = home / "team"
    record_id = _new_profile(build, run, profile, tmp_path)
    for language, heading in (("sr", "Листа присуства на обуци"), ("sq", "Arbër Çela")):
        pdf = tmp_path / f"{language}.pdf"
        printed = run(
            build.csc, "--profile", str(profile), "sheet", record_id, "--out", str(pdf),
            "--lang", language,
        )  # fmt: skip
        assert printed.returncode == 0, printed.stderr
        words = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout
        assert heading in words and "Љубиша Ђорђевић" in words
        checked = run(build.csc, "--profile", str(profile), "verify-sheet", str(pdf), "--json")
        result = json.loads(checked.stdout)
        assert checked.returncode == 0, checked.stderr
        assert result["intact"] and result["match"] == "same" and result["signer"] == "Ana Petrović"


def test_frozen_cli_imports_a_participant_list_from_excel(
    build: Build, run: Run, home: Path, tmp_path: Path
) -> None:
    import openpyxl

    profile = home / "team"
    record_id = _new_profile(build, run, profile, tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Emri", "Gjinia", "Pozita"])
    sheet.append(["Blerina Gashi", "F", "Komisare"])
    book.save(tmp_path / "list.xlsx")
    imported = run(
        build.csc, "--profile", str(profile), "participants", "import", record_id,
        str(tmp_path / "list.xlsx"),
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    shown = json.loads(
        run(build.csc, "--profile", str(profile), "show", record_id, "--json").stdout
    )
    assert "Blerina Gashi" in json.dumps(shown, ensure_ascii=False)


def test_frozen_cli_carries_a_bundle_from_a_team_to_hq(
    build: Build, run: Run, home: Path, tmp_path: Path
) -> None:
    team, hq, usb = home / "team", home / "hq", tmp_path / "usb"
    record_id = _new_profile(build, run, team, tmp_path)
    made = run(build.csc, "--profile", str(hq), "init", "--role", "hq", "--name", "Maria Rossi")
    assert made.returncode == 0, made.stderr
    for profile, card in ((team, "team.card"), (hq, "hq.card")):
        assert run(build.csc, "--profile", str(profile), "card", "--out", card).returncode == 0
    assert run(build.csc, "--profile", str(team), "trust", "--yes", "hq.card").returncode == 0
    assert run(build.csc, "--profile", str(hq), "trust", "--yes", "team.card").returncode == 0
    usb.mkdir()
    exported = run(build.csc, "--profile", str(team), "export-bundle", "--to", str(usb))
    assert exported.returncode == 0, exported.stderr
    (bundle,) = usb.iterdir()
    imported = run(build.csc, "--profile", str(hq), "import-bundle", str(bundle))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert record_id in run(build.csc, "--profile", str(hq), "list", "training").stdout


def test_frozen_gui_comes_up_to_its_first_window(build: Build, run: Run, home: Path) -> None:
    started = run(build.gui, env={"CSC_EXIT_AFTER_STARTUP": "1"})
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["wizard-ready"]  # no profile yet: the first-run wizard

    made = run(
        build.csc,
        *("init", "--role", "team", "--country", "AL", "--name", "Arta Hoxha"),
    )
    assert made.returncode == 0, made.stderr  # the per-user default profile
    started = run(build.gui, env={"CSC_EXIT_AFTER_STARTUP": "1"})
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["unlock-window-ready"]


def test_frozen_gui_comes_up_on_an_x_display(build: Build, run: Run, home: Path) -> None:
    """A real window on an X server (Xvfb), through the xcb plugin and the libraries the
    folder carries for it."""
    xvfb_run = require_tool("xvfb-run")
    made = run(build.csc, "init", "--role", "hq", "--name", "Maria Rossi")
    assert made.returncode == 0, made.stderr
    started = run(
        xvfb_run,
        "-a",
        str(build.gui),
        env={"CSC_EXIT_AFTER_STARTUP": "1", "QT_QPA_PLATFORM": "xcb"},
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["unlock-window-ready"]


# --- what an office checks ----------------------------------------------------------------------


def test_checksums_and_signature_check_out_with_the_standard_tools(
    build: Build, tmp_path: Path
) -> None:
    sha256sum, minisign = require_tool("sha256sum"), require_tool("minisign")
    usb = tmp_path / "usb"  # what IT copies onto the stick
    usb.mkdir()
    for name in (build.tarball.name, "SHA256SUMS", "SHA256SUMS.minisig"):
        shutil.copy(build.out / name, usb / name)
    shutil.copy(build.public_key, usb / "csc-desktop-release.pub")
    # The public key the build wrote beside the sums is the one minisign made.
    assert (build.out / "csc-desktop-release.pub").read_text() == build.public_key.read_text()

    def check() -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
        signature = subprocess.run(
            [minisign, "-V", "-p", "csc-desktop-release.pub", "-m", "SHA256SUMS"],
            cwd=usb, capture_output=True, text=True,
        )  # fmt: skip
        sums = subprocess.run(
            [sha256sum, "-c", "SHA256SUMS"], cwd=usb, capture_output=True, text=True
        )
        return signature, sums

    signature, sums = check()
    assert (
        signature.returncode == 0 and "Signature and comment signature verified" in signature.stdout
    )
    assert f"csc-desktop {build.version}" in signature.stdout  # the trusted comment
    assert sums.returncode == 0 and sums.stdout.strip() == f"{build.tarball.name}: OK"

    with (usb / build.tarball.name).open("r+b") as tarball:  # one damaged byte on the stick
        tarball.seek(1000)
        byte = tarball.read(1)
        tarball.seek(1000)
        tarball.write(bytes([byte[0] ^ 0x01]))
    signature, sums = check()
    assert signature.returncode == 0 and sums.returncode != 0 and "FAILED" in sums.stdout

    sums_file = usb / "SHA256SUMS"  # a forger fixes the sum to match a changed archive
    sums_file.write_text(hashlib.sha256(b"changed").hexdigest() + sums_file.read_text()[64:])
    signature, _ = check()
    assert signature.returncode != 0


def test_installed_files_match_the_manifest(build: Build) -> None:
    sha256sum = require_tool("sha256sum")
    checked = subprocess.run(
        [sha256sum, "-c", "--quiet", "MANIFEST.sha256"],
        cwd=build.folder,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout[-2000:]


# --- install, upgrade, downgrade ----------------------------------------------------------------


def test_install_upgrade_and_uninstall_keep_profiles(
    build: Build, run: Run, home: Path, tmp_path: Path
) -> None:
    unpacked = tmp_path / "unpacked"
    with tarfile.open(build.tarball) as tar:
        tar.extractall(unpacked, filter="tar")
    (top,) = unpacked.iterdir()
    install = top / "install.sh"

    first = run("/bin/sh", str(install))
    assert first.returncode == 0, first.stderr
    program = home / ".local" / "opt" / "csc-desktop"
    csc = home / ".local" / "bin" / "csc"
    entry = (home / ".local/share/applications/csc-desktop.desktop").read_text()
    assert f"Exec={program}/csc-desktop" in entry
    assert (home / ".local/share/icons/hicolor/scalable/apps/csc-desktop.svg").is_file()
    made = run(csc, "init", "--role", "team", "--country", "MK", "--name", "Marija Stojanovska")
    assert made.returncode == 0, made.stderr
    profile = home / ".local/share/csc-desktop/profiles/default"
    assert (profile / "csc.db").is_file()
    before = _files(profile)

    again = run("/bin/sh", str(install))  # the same version over itself: an in-place upgrade
    assert again.returncode == 0 and "Upgrading" in again.stdout, again.stderr
    assert _files(profile) == before
    assert run(csc, "audit", "verify").returncode == 0

    (program / "VERSION").write_text("99.0.0\n")  # pretend a newer version is installed
    refused = run("/bin/sh", str(install))
    assert refused.returncode == 3 and "newer" in refused.stderr
    assert (program / "VERSION").read_text() == "99.0.0\n"  # nothing was replaced
    forced = run("/bin/sh", str(install), "--allow-downgrade")
    assert forced.returncode == 0, forced.stderr
    assert (program / "VERSION").read_text().strip() == build.version

    removed = run("/bin/sh", str(install), "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not program.exists() and not csc.exists()
    assert not (home / ".local/share/applications/csc-desktop.desktop").exists()
    assert _files(profile) == before


def test_frozen_csc_backs_up_then_upgrades_an_older_profile(
    build: Build, run: Run, home: Path, tmp_path: Path
) -> None:
    profile = home / "team"
    record_id = _new_profile(build, run, profile, tmp_path)
    # As a previous release left it: back to the first schema, with the revisions the build
    # carries (the ones the frozen csc will upgrade it with).
    from alembic import command
    from alembic.config import Config

    ws = Workspace.unlock(profile, PASSPHRASE)
    with write_transaction(ws.engine) as conn:
        config = Config()
        shipped = build.folder / "_internal" / "csc_desktop" / "store" / "migrations"
        config.set_main_option("script_location", str(shipped))
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    ws.engine.dispose()
    assert not list(profile.glob("backups/*pre-migration*"))

    opened = run(build.csc, "--profile", str(profile), "show", record_id, "--json")
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["title"] == TRAINING["title"]
    assert list(profile.glob("backups/*pre-migration*")), "backed up before upgrading"
    assert run(build.csc, "--profile", str(profile), "audit", "verify").returncode == 0
    again = Workspace.unlock(profile, PASSPHRASE)
    assert migrate.current_revision(again.engine) == HEAD
    again.close()


def test_frozen_csc_refuses_a_database_from_a_newer_version_and_changes_nothing(
    build: Build, run: Run, home: Path, tmp_path: Path
) -> None:
    profile = home / "team"
    _new_profile(build, run, profile, tmp_path)
    ws = Workspace.unlock(profile, PASSPHRASE)  # as a later release would leave it
    with write_transaction(ws.engine) as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9001_from_the_future'"))
    ws.close()
    before = _files(profile)

    refused = run(build.csc, "--profile", str(profile), "list", "training")
    assert refused.returncode == 5
    assert "newer version of CSC Desktop" in refused.stderr
    assert _files(profile) == before


# --- what is in the folder ----------------------------------------------------------------------


def test_the_folder_holds_what_runs_offline_and_not_what_is_unused(build: Build) -> None:
    internal = build.folder / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    for needed in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/icons/app.svg",
        "resources/licences/THIRD-PARTY-NOTICES.txt",
        "resources/licences/LGPL-3.0.txt",
        "resources/licences/SQLCipher.txt",
        "resources/licences/DejaVu-fonts.txt",
        "csc_desktop/store/migrations/env.py",
        "csc_desktop/store/migrations/script.py.mako",
        "csc_desktop/domain/seed/reference_v1.json",
        "babel/locale-data/sr_Latn_ME.dat",
        "babel/locale-data/sq_AL.dat",
        "babel/locale-data/root.dat",
    ):
        assert needed in names, needed
    source = Path(__file__).resolve().parents[2]
    for revision in (source / "csc_desktop/store/migrations/versions").glob("*.py"):
        assert f"csc_desktop/store/migrations/versions/{revision.name}" in names
    for ts in (source / "translations").glob("*.ts"):
        assert f"translations/{ts.stem}.qm" in names, f"{ts.name} was not compiled into the build"
    unused = [
        n
        for n in names
        if any(word in n for word in ("Qt6Qml", "Qt6Quick", "WebEngine", "Qt6Network", "qgtk3"))
        or n.startswith("babel/locale-data/de")
    ]
    assert unused == []
