"""Profile folders: create, unlock, re-key, back up and restore the encrypted database.

A profile folder holds ``csc.db`` (SQLCipher; its ``-wal``/``-shm`` companions while open),
``profile.kdf`` (the key header: no secret) and ``backups/`` (encrypted copies). Nothing in it is
readable without the passphrase.

Two-file changes (``passwd``, ``restore``) follow one commit protocol: write ``profile.kdf.new`` and
``csc.db.new``, fsync them, rename the database (the commit point), then rename the header. On
unlock, a left-over ``profile.kdf.new`` is finished (database already renamed) or discarded
(database not renamed): a crash at any moment leaves a profile that opens with exactly one of the
two passphrases.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import Engine, text

from csc_desktop.errors import (
    CorruptDatabase,
    NewerDatabase,
    ProfileError,
    StorageFull,
    WeakPassphrase,
    WrongPassphrase,
)
from csc_desktop.store import sqlite
from csc_desktop.store.keyheader import HEADER_NAME, KeyHeader

DB_NAME = "csc.db"
BACKUP_DIR = "backups"
BACKUP_MAGIC = b"CSCBACKUP1\n"
BACKUP_SUFFIX = ".cscbackup"
MIN_PASSPHRASE_LENGTH = 12
_CHECK_LABEL = b"CSC Desktop key check v1"


def default_profiles_root() -> Path:
    return Path(platformdirs.user_data_dir("csc-desktop", appauthor=False)) / "profiles"


def resolve_profile_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--profile DIR`` first, then ``CSC_PROFILE``, then the per-user default profile."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("CSC_PROFILE")
    if env:
        return Path(env).expanduser().resolve()
    return default_profiles_root() / "default"


def list_profiles(root: Path | None = None) -> list[Path]:
    root = root or default_profiles_root()
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / HEADER_NAME).is_file())


def passphrase_problem(passphrase: str) -> str | None:
    """The minimum-strength rule, in words a person understands, or None if the passphrase is fine."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return (
            f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters "
            f"(it has {len(text)}). Several words are easier to remember than symbols."
        )
    if len(set(text)) < 6:
        return "The passphrase repeats too few different characters: use several words."
    classes = sum(
        [
            any(c.isalpha() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        ]
    )
    if len(text) < 16 and classes < 2:
        return "Use at least 16 characters, or mix letters with digits or spaces/punctuation."
    return None


def passphrase_strength(passphrase: str) -> int:
    """A 0–4 estimate for a strength meter (length and variety; no dictionary)."""
    if passphrase_problem(passphrase):
        return 0 if len(passphrase) < 8 else 1
    score = 2
    if len(passphrase) >= 20:
        score += 1
    if len(passphrase) >= 28 or (len(set(passphrase)) >= 14 and len(passphrase) >= 16):
        score += 1
    return min(score, 4)


def key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class ProfileHeader:
    """The key header plus the key-check value, as stored in ``profile.kdf``."""

    kdf: KeyHeader
    check: str

    def to_json(self) -> str:
        import json

        data = json.loads(self.kdf.to_json())
        data["check"] = self.check
        return json.dumps(data, sort_keys=True, indent=1) + "\n"

    @classmethod
    def from_json(cls, text_: str) -> ProfileHeader:
        import json

        try:
            check = str(json.loads(text_)["check"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ProfileError(f"The profile's key header ({HEADER_NAME}) is damaged.") from exc
        return cls(KeyHeader.from_json(text_), check)

    def derive(self, passphrase: str) -> bytes:
        key = self.kdf.derive(passphrase)
        if not hmac.compare_digest(key_check(key), self.check):
            raise WrongPassphrase()
        return key


def _write_file_durably(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not supported on every platform (Windows)
        sqlite.fsync_path(path)


def _storage_error(exc: BaseException, action: str) -> Exception:
    orig = getattr(exc, "orig", None)
    msg = str(orig if orig is not None else exc).lower()
    if (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    ) or "full" in msg:
        return StorageFull(
            f"The disk is full: {action} did not happen. Free some space and try again."
        )
    if isinstance(exc, PermissionError) or any(
        word in msg for word in ("readonly", "read-only", "permission", "unable to open")
    ):
        return ProfileError(f"The profile folder is not writable: {action} did not happen.")
    if "disk i/o" in msg or isinstance(exc, OSError):
        return StorageFull(
            f"Writing to the disk failed (it may be full, removed or failing): {action} did not happen."
        )
    return ProfileError(f"{action} failed: {msg}")


@dataclass
class Profile:
    folder: Path

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def header_path(self) -> Path:
        return self.folder / HEADER_NAME

    @property
    def backups_dir(self) -> Path:
        return self.folder / BACKUP_DIR

    @property
    def name(self) -> str:
        return self.folder.name

    def exists(self) -> bool:
        return self.header_path.is_file() or self.db_path.is_file()

    # -- creation -------------------------------------------------------------------------

    def create(self, passphrase: str, meta: dict[str, str]) -> tuple[Engine, bytes]:
        """Create the encrypted database, run the migrations and store ``meta``; returns an engine
        keyed for it and the key. Refuses to touch a folder that already holds a profile."""
        problem = passphrase_problem(passphrase)
        if problem:
            raise WeakPassphrase(problem)
        if self.exists():
            raise ProfileError(f"{self.folder} already holds a profile: it was left untouched.")
        sqlite.check_cipher_build()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(self.folder, 0o700)
            kdf = KeyHeader.new()
            key = kdf.derive(passphrase)
            conn = sqlite.connect_raw(self.db_path, key, create=True)
            try:
                sqlite.apply_session_pragmas(conn)
            finally:
                conn.close()
            engine = sqlite.make_engine(self.db_path, key)
            from csc_desktop.store.migrate import upgrade_to_head

            upgrade_to_head(engine)
            with sqlite.write_transaction(engine) as c:
                for k, v in meta.items():
                    c.execute(
                        text("INSERT INTO meta(key, value) VALUES (:k, :v)"), {"k": k, "v": v}
                    )
            header = ProfileHeader(kdf, key_check(key))
            tmp = self.folder / (HEADER_NAME + ".tmp")
            _write_file_durably(tmp, header.to_json().encode())
            os.replace(tmp, self.header_path)
            _fsync_dir(self.folder)
            return engine, key
        except (OSError, sqlcipher3.Error) as exc:
            raise _storage_error(exc, "creating the profile") from exc

    # -- unlocking ------------------------------------------------------------------------

    def read_header(self) -> ProfileHeader:
        self._finish_interrupted_commit()
        if not self.folder.is_dir():
            raise ProfileError(f"There is no profile at {self.folder}. Create one with `csc init`.")
        try:
            text_ = self.header_path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ProfileError(
                f"{self.folder} is not a CSC Desktop profile ({HEADER_NAME} is missing)."
            ) from exc
        except OSError as exc:
            raise ProfileError(f"Cannot read {self.header_path}: {exc.strerror}.") from exc
        return ProfileHeader.from_json(text_)

    def unlock(self, passphrase: str) -> tuple[Engine, bytes]:
        """Derive the key once, check it, check the database, and return a keyed engine.

        A wrong passphrase is detected from the key header before the database is touched, so it
        changes no byte of any file."""
        sqlite.check_cipher_build()
        header = self.read_header()
        key = header.derive(passphrase)
        if not self.db_path.is_file():
            raise CorruptDatabase("the database file is missing", self.newest_backup())
        engine = sqlite.make_engine(self.db_path, key, opened=self._probe(key))
        from csc_desktop.store.migrate import ensure_current

        try:
            ensure_current(
                engine,
                backup=lambda: self.backup_to(
                    self.backups_dir, engine, key, reason="pre-migration"
                ),
            )
        except NewerDatabase:
            engine.dispose()
            raise
        except CorruptDatabase as exc:
            engine.dispose()
            if exc.newest_backup is None:
                raise CorruptDatabase(exc.detail, self.newest_backup()) from exc
            raise
        except sqlalchemy.exc.DatabaseError as exc:
            engine.dispose()
            raise self._damage_or_storage(exc, "opening the database") from exc
        return engine, key

    def _probe(self, key: bytes) -> sqlcipher3.Connection:
        """Cheap checks at every unlock: the key opens the first page and the file is not cut
        short; the connection that checked is returned for the engine's pool. The full
        page-by-page check (``check_integrity``) runs in the background or with ``csc check``;
        its cost grows with the database."""
        try:
            conn = sqlite.connect_raw(self.db_path, key)
        except sqlcipher3.Error as exc:
            raise _storage_error(exc, "opening the database") from exc
        good = False
        try:
            try:
                sqlite.verify_key(conn)
                page_count = conn.execute("PRAGMA page_count").fetchone()[0]
            except sqlcipher3.DatabaseError as exc:
                raise self._damage_or_storage(exc, "opening the database") from exc
            size = self.db_path.stat().st_size
            wal = self.folder / (DB_NAME + "-wal")
            wal_pending = wal.exists() and wal.stat().st_size > 0
            if size % sqlite.PAGE_SIZE or (
                not wal_pending and size < page_count * sqlite.PAGE_SIZE
            ):
                raise CorruptDatabase("the file is cut short (truncated)", self.newest_backup())
            good = True
            return conn
        finally:
            if not good:
                conn.close()

    def _damage_or_storage(self, exc: BaseException, action: str) -> Exception:
        message = str(getattr(exc, "orig", None) or exc).lower()
        if any(w in message for w in ("not a database", "malformed", "corrupt", "hmac")):
            return CorruptDatabase(message, self.newest_backup())
        return _storage_error(exc, action)

    def check_integrity(self, key: bytes) -> list[str]:
        """Every page's HMAC and the b-tree structure; the problems found (empty when intact)."""
        conn = sqlite.connect_raw(self.db_path, key)
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            row = conn.execute("PRAGMA quick_check(5)").fetchall()
            problems += [str(r[0]) for r in row if r[0] != "ok"]
        except sqlcipher3.DatabaseError as exc:
            problems.append(str(exc))
        finally:
            conn.close()
        return problems

    # -- re-keying ------------------------------------------------------------------------

    def change_passphrase(self, engine: Engine, old_key: bytes, new_passphrase: str) -> bytes:
        """Re-encrypt under a new passphrase; returns the new key. ``engine`` is disposed: the
        caller opens a new one with the returned key."""
        problem = passphrase_problem(new_passphrase)
        if problem:
            raise WeakPassphrase(problem)
        kdf = KeyHeader.new()
        new_key = kdf.derive(new_passphrase)
        new_db = self.folder / (DB_NAME + ".new")
        new_header = self.folder / (HEADER_NAME + ".new")
        try:
            for leftover in (new_db, new_header):
                leftover.unlink(missing_ok=True)
            _write_file_durably(
                new_header, ProfileHeader(kdf, key_check(new_key)).to_json().encode()
            )
            conn = sqlite.connect_raw(self.db_path, old_key)
            try:
                sqlite.verify_key(conn)
                sqlite.export_rekeyed(conn, new_db, new_key)
            finally:
                conn.close()
            check = sqlite.connect_raw(new_db, new_key)
            try:
                sqlite.verify_key(check)
            finally:
                check.close()
            sqlite.fsync_path(new_db)
            engine.dispose()
            self._commit_new_pair(new_db, new_header)
        except (OSError, sqlcipher3.Error) as exc:
            new_db.unlink(missing_ok=True)
            new_header.unlink(missing_ok=True)
            raise _storage_error(exc, "changing the passphrase") from exc
        return new_key

    def _commit_new_pair(self, new_db: Path, new_header: Path) -> None:
        for suffix in ("-wal", "-shm"):
            (self.folder / (DB_NAME + suffix)).unlink(missing_ok=True)
        os.replace(new_db, self.db_path)  # the commit point
        _fsync_dir(self.folder)
        os.replace(new_header, self.header_path)
        _fsync_dir(self.folder)

    def _finish_interrupted_commit(self) -> None:
        new_header = self.folder / (HEADER_NAME + ".new")
        new_db = self.folder / (DB_NAME + ".new")
        if not new_header.exists():
            if new_db.exists():
                new_db.unlink()
            return
        if new_db.exists():  # crashed before the commit point: the old pair is intact
            new_db.unlink()
            new_header.unlink()
        else:  # crashed after it: finish
            os.replace(new_header, self.header_path)
            _fsync_dir(self.folder)

    # -- backups --------------------------------------------------------------------------

    def backup_to(
        self, folder: Path, engine: Engine, key: bytes, *, reason: str = "manual", label: str = ""
    ) -> Path:
        """Write an encrypted backup file into ``folder`` (atomically) and return its path."""
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        name = f"csc-{label + '-' if label else ''}{stamp}-{reason}{BACKUP_SUFFIX}"
        target = folder / name
        snapshot = folder / (name + ".part-db")
        partial = folder / (name + ".part")
        header = self.read_header()
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            conn = sqlite.connect_raw(self.db_path, key)
            try:
                sqlite.apply_session_pragmas(conn)
                sqlite.vacuum_into(conn, snapshot)
            finally:
                conn.close()
            with open(partial, "wb") as out, open(snapshot, "rb") as src:
                out.write(BACKUP_MAGIC)
                out.write(header.to_json().replace("\n", " ").encode() + b"\n")
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, target)
            _fsync_dir(folder)
        except (OSError, sqlcipher3.Error) as exc:
            raise _storage_error(exc, "the backup") from exc
        finally:
            snapshot.unlink(missing_ok=True)
            partial.unlink(missing_ok=True)
        return target

    def backups(self) -> list[Path]:
        if not self.backups_dir.is_dir():
            return []
        return sorted(self.backups_dir.glob("*" + BACKUP_SUFFIX), key=lambda p: p.stat().st_mtime)

    def newest_backup(self) -> Path | None:
        try:
            found = self.backups()
        except OSError:
            return None
        return found[-1] if found else None

    def restore(self, backup: Path, passphrase: str) -> None:
        """Replace this profile's database by a backup, after proving the backup opens with
        ``passphrase``. The current database, if any, is kept aside, never deleted."""
        header, payload_offset = read_backup_header(backup)
        key = header.derive(passphrase)
        self.folder.mkdir(parents=True, exist_ok=True)
        new_db = self.folder / (DB_NAME + ".new")
        new_header = self.folder / (HEADER_NAME + ".new")
        try:
            with open(backup, "rb") as src, open(new_db, "wb") as out:
                src.seek(payload_offset)
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            conn = sqlite.connect_raw(new_db, key)
            try:
                sqlite.verify_key(conn)
                row = conn.execute("PRAGMA quick_check(1)").fetchone()
                if not row or row[0] != "ok":
                    raise CorruptDatabase("the backup fails its integrity check", None)
            except sqlcipher3.DatabaseError as exc:
                raise CorruptDatabase(f"the backup cannot be read: {exc}", None) from exc
            finally:
                conn.close()
            _write_file_durably(new_header, header.to_json().encode())
            if self.db_path.exists():
                aside = self.folder / f"{DB_NAME}.before-restore-{datetime.now(UTC):%Y%m%d-%H%M%S}"
                shutil.copy2(self.db_path, aside)
            self._commit_new_pair(new_db, new_header)
        except (OSError, sqlcipher3.Error) as exc:
            raise _storage_error(exc, "the restore") from exc
        finally:
            new_db.unlink(missing_ok=True)
            new_header.unlink(missing_ok=True)


def read_backup_header(path: Path) -> tuple[ProfileHeader, int]:
    try:
        with open(path, "rb") as fh:
            magic = fh.read(len(BACKUP_MAGIC))
            line = fh.readline(4096)
    except OSError as exc:
        raise ProfileError(f"Cannot read {path}: {exc.strerror}.") from exc
    if magic != BACKUP_MAGIC or not line.endswith(b"\n"):
        raise ProfileError(f"{path} is not a CSC Desktop backup.")
    return ProfileHeader.from_json(line.decode("utf-8")), len(magic) + len(line)


def damage_or_storage_error(profile: Profile, exc: BaseException, action: str) -> Exception:
    return profile._damage_or_storage(exc, action)


@contextlib.contextmanager
def storage_errors(action: str) -> Iterator[None]:
    """Turn disk-full and permission failures during a write into clear errors (the transaction
    has been rolled back by then)."""
    try:
        yield
    except (OSError, sqlcipher3.OperationalError, sqlalchemy.exc.OperationalError) as exc:
        raise _storage_error(exc, action) from exc
