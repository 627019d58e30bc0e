"""The profile folder is encrypted at rest, opens only with the passphrase, and fails closed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from csc_desktop.errors import (
    CorruptDatabase,
    NewerDatabase,
    UnsafeCipherSettings,
    WeakPassphrase,
    WrongPassphrase,
)
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.profile import Profile, passphrase_problem
from tests.conftest import PASSPHRASE

CANARY = "Kanarinac-7Q3 Канаринац-7Q3"


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _fill_with_canary(ws: Workspace) -> None:
    ws.records.create(
        "pre-investigation",
        {
            "title": f"Case {CANARY}",
            "reference": "CAN-1",
            "opened_on": "2026-02-01",
            "crime_areas": ["migrant_smuggling"],
            "support_given": CANARY,
        },
    )
    ws.records.create(
        "taf-request",
        {
            "title": f"TAF {CANARY}",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "workshop",
            "justification": CANARY,
        },
    )
    ws.records.create(
        "training",
        {
            "title": f"Training {CANARY}",
            "start_date": "2026-03-02",
            "end_date": "2026-03-03",
            "venue": CANARY,
            "participants": [{"name": CANARY, "gender": "female", "position": CANARY}],
        },
    )


def test_canary_is_in_no_file_of_the_profile(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="RS")
    _fill_with_canary(ws)
    # while open (WAL and shm present) and after closing (with its automatic backup)
    needles = [
        CANARY.encode("utf-8"),
        "Kanarinac".encode("utf-16-le"),
        b"Kanarinac",
        "Канаринац".encode(),
    ]
    for phase in ("open", "closed"):
        if phase == "closed":
            ws.close()
            assert ws.profile.backups(), "closing after changes takes an automatic backup"
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for needle in needles:
                    assert needle not in data, f"{needle!r} readable in {path.name} ({phase})"
                assert not data.startswith(b"SQLite format 3"), path.name


def test_database_header_is_not_sqlite(team_ws: Workspace) -> None:
    assert not team_ws.profile.db_path.read_bytes()[:16].startswith(b"SQLite format 3")


def test_wrong_passphrase_changes_no_byte(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="AL")
    _fill_with_canary(ws)
    ws.close()
    before = _files(folder)
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(folder, "not the right passphrase")
    assert _files(folder) == before


def test_right_passphrase_opens_and_keeps_data(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="AL")
    _fill_with_canary(ws)
    ws.close()
    again = Workspace.unlock(folder, PASSPHRASE)
    assert again.identity.country == "AL" and again.identity.person == "Ana"
    assert [h[1] for h in again.search.find("kanarinac")] != []
    again.close()


def test_weak_passphrase_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase, match="at least 12 characters"):
        Workspace.create(tmp_path / "p", "short", role="team", person="A", country="AL")
    assert not (tmp_path / "p").exists()
    assert passphrase_problem("aaaaaaaaaaaaaaaa")
    assert passphrase_problem(PASSPHRASE) is None


@pytest.mark.parametrize(
    "change",
    [
        {"memory_kib": 1024},
        {"iterations": 1},
        {"kdf": "pbkdf2"},
        {"format": 2},
    ],
)
def test_weakened_or_unknown_key_header_fails_closed(
    tmp_path: Path, change: dict[str, object]
) -> None:
    folder = tmp_path / "p"
    Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="ME").close()
    header = folder / "profile.kdf"
    data = json.loads(header.read_text())
    data.update(change)
    header.write_text(json.dumps(data))
    before = _files(folder)
    with pytest.raises(UnsafeCipherSettings, match="Refusing to open"):
        Workspace.unlock(folder, PASSPHRASE)
    assert _files(folder) == before


@pytest.mark.parametrize("damage", ["truncate", "bitflip"])
def test_damaged_database_is_never_replaced_and_names_the_newest_backup(
    tmp_path: Path, damage: str
) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="MK")
    _fill_with_canary(ws)
    backup = ws.backup()
    ws.close()
    db = folder / "csc.db"
    data = bytearray(db.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2 + 100]
    else:
        data[len(data) // 2 + 200] ^= 0x01
    db.write_bytes(bytes(data))
    before = _files(folder)
    newest = str(Profile(folder).newest_backup())
    try:
        ws = Workspace.unlock(folder, PASSPHRASE)
    except CorruptDatabase as err:  # found at once: a cut-short file, or a page read at unlock
        assert newest in str(err)
    else:  # a damaged page that unlocking does not read: the full check finds it
        assert damage == "bitflip"
        check = ws.check_integrity()
        ws.engine.dispose()
        assert not check.ok and newest in check.describe()
    assert backup.exists()
    after = _files(folder)
    # SQLite may leave its empty write-ahead log and shared-memory index beside the file it
    # could not read; the database, its header and the backups are untouched
    empty = hashlib.sha256(b"").hexdigest()
    assert after.pop("csc.db-wal", empty) == empty
    after.pop("csc.db-shm", None)
    assert after == before, "opening a damaged database must change nothing"


def test_missing_database_is_reported_not_recreated(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="MK").close()
    (folder / "csc.db").rename(tmp_path / "moved.db")
    with pytest.raises(CorruptDatabase, match="missing"):
        Workspace.unlock(folder, PASSPHRASE)
    assert not (folder / "csc.db").exists()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="BA")
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    ws.close()
    before = _files(folder)
    with pytest.raises(NewerDatabase, match="newer version"):
        Workspace.unlock(folder, PASSPHRASE)
    assert _files(folder) == before


def test_create_refuses_an_existing_profile(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="BA").close()
    before = _files(folder)
    with pytest.raises(Exception, match="already holds a profile"):
        Workspace.create(folder, PASSPHRASE, role="hq", person="Eve")
    assert _files(folder) == before


def test_session_pragmas_and_memory_security(team_ws: Workspace) -> None:
    with team_ws.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("secure_delete") == 1
        assert str(pragma("cipher_memory_security")) == "1"
        assert pragma("cipher_version").startswith("4.")
