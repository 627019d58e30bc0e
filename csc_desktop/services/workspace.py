"""An unlocked profile and the person acting in it: the entry point to every service."""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import Connection, Engine, select

from csc_desktop.domain.clock import HybridClock
from csc_desktop.domain.fields import Kind
from csc_desktop.domain.ids import uuid7
from csc_desktop.domain.reference import ReferenceData, RefItem
from csc_desktop.errors import CscError, NotAllowed, ProfileError
from csc_desktop.services.audit import AuditCheck, AuditWriter, verify
from csc_desktop.store import sqlite
from csc_desktop.store.backups import thin
from csc_desktop.store.profile import Profile, storage_errors
from csc_desktop.store.schema import meta, reference_items

if TYPE_CHECKING:
    from csc_desktop.services.sheets import SheetService
    from csc_desktop.services.sync import SyncService

ROLES = ("team", "hq")
BENEFICIARIES = ("AL", "BA", "XK", "ME", "MK", "RS")
AUTO_BACKUP_INTERVAL = timedelta(minutes=15)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class IntegrityCheck:
    problems: list[str]
    newest_backup: Path | None

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        if self.ok:
            return "The database is intact: every page was read and checked."
        where = (
            f" The newest backup is {self.newest_backup} (restore it with `csc restore`)."
            if self.newest_backup
            else ""
        )
        return f"The database is damaged: {'; '.join(self.problems[:3])}.{where}"


@dataclass(frozen=True)
class Identity:
    device_id: str
    role: str
    country: str | None
    person: str
    language: str

    @property
    def is_hq(self) -> bool:
        return self.role == "hq"


@dataclass(frozen=True)
class Change:
    """What an operation changed, for the one change notification the UI listens to."""

    action: str
    kind: str
    record_id: str
    fields: dict[str, tuple[Any, Any]]


class Txn:
    """One write unit: a connection inside BEGIN IMMEDIATE, with the version allocator and the
    audit writer of that transaction."""

    def __init__(self, ws: Workspace, conn: Connection):
        self.ws = ws
        self.conn = conn
        self.now = utc_now()
        self.audit = AuditWriter(conn, ws.identity.device_id, ws.identity.person)
        values = dict(
            conn.execute(
                select(meta.c.key, meta.c.value).where(meta.c.key.in_(("hlc", "change_seq")))
            ).all()
        )
        self.clock = HybridClock(ws.identity.device_id, values.get("hlc"))
        self.change_seq = int(values.get("change_seq", "0"))
        self._start = (self.clock.last, self.change_seq)
        self.changes: list[Change] = []
        self.on_rollback: list[Callable[[], None]] = []
        # Records whose search document is brought up to date at the end of the transaction,
        # each with its new row when it was created here (it has no document yet) or None.
        self._search_due: dict[str, tuple[Kind, dict[str, Any] | None]] = {}

    def next_version(self) -> tuple[str, int]:
        self.change_seq += 1
        return self.clock.tick(), self.change_seq

    def index_search(
        self, kind: Kind, record_id: str, new_row: dict[str, Any] | None = None
    ) -> None:
        """Bring the record's search document up to date when the transaction ends (``new_row``:
        the record was created in this transaction). Written last, the search index keeps the
        documents of the whole transaction in memory and writes them as one segment: SQLite's
        full-text index writes out what it holds whenever a later statement of the transaction
        opens a statement journal, which would make a segment of every record."""
        if record_id in self._search_due:
            new_row = None  # changed again after it was created: read back at the end
        self._search_due[record_id] = (kind, new_row)

    def flush(self) -> None:
        self.audit.flush()
        if (self.clock.last, self.change_seq) != self._start:
            self.ws._put_meta(self.conn, "hlc", self.clock.last)
            self.ws._put_meta(self.conn, "change_seq", str(self.change_seq))
        # The reports' kept counts of the months this transaction's writes marked, counted again
        # (nothing to do when none was: two small reads).
        from csc_desktop.reporting.upkeep import bring_up_to_date

        bring_up_to_date(self.conn)
        if self._search_due:  # last: see index_search
            self.ws.search.bring_up_to_date(self.conn, self._search_due)
            self._search_due = {}


class Workspace:
    def __init__(self, profile: Profile, engine: Engine, key: bytes):
        self.profile = profile
        self.engine = engine
        self._key = key
        self._listeners: list[Callable[[list[Change]], None]] = []
        with self._damage_errors("opening the database"), engine.connect() as conn:
            values = dict(conn.execute(select(meta.c.key, meta.c.value)).all())
            self.reference = self._load_reference(conn)
        self.identity = Identity(
            device_id=values["device_id"],
            role=values["role"],
            country=values.get("country") or None,
            person=values["person"],
            language=values.get("language", "en"),
        )
        self._dirty = False
        from csc_desktop.services.attachments import AttachmentService
        from csc_desktop.services.records import RecordService
        from csc_desktop.services.search import SearchService

        self.records = RecordService(self)
        self.search = SearchService(self)
        self.attachments = AttachmentService(self)

    @functools.cached_property
    def sheets(self) -> SheetService:
        # Built on first use: the PDF and signature code stays off the unlock path.
        from csc_desktop.services.sheets import SheetService

        return SheetService(self)

    @functools.cached_property
    def sync(self) -> SyncService:
        """USB sync: keys, cards, enrolment, bundles, conflicts (csc_desktop.services.sync)."""
        from csc_desktop.services.sync import SyncService

        return SyncService(self)

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        role: str,
        person: str,
        country: str | None = None,
        language: str = "en",
    ) -> Workspace:
        if role not in ROLES:
            raise ProfileError(f"The role must be 'team' or 'hq' (not {role!r}).")
        if role == "team" and country not in BENEFICIARIES:
            raise ProfileError(
                f"A country team needs its country: one of {', '.join(BENEFICIARIES)}."
            )
        person = " ".join((person or "").split())
        if not person:
            raise ProfileError("The person's name is required.")
        profile = Profile(folder)
        device_id = uuid7()
        engine, key = profile.create(
            passphrase,
            {
                "device_id": device_id,
                "role": role,
                "country": country or "",
                "person": person,
                "language": language,
                "created_at": utc_now(),
                "change_seq": "0",
            },
        )
        ws = cls(profile, engine, key)
        with ws.transaction() as tx:
            tx.audit.append(
                "profile", tx.now, details={"event": "created", "role": role, "country": country}
            )
            from csc_desktop.services.sync.keystore import store_new_device_keys

            store_new_device_keys(ws, tx)  # the age identity and minisign keys of sync
        ws.sheets.ensure_signing_identity()  # HQ: also the project's root certificate
        return ws

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Workspace:
        profile = Profile(folder)
        engine, key = profile.unlock(passphrase)
        return cls(profile, engine, key)

    def close(self) -> None:
        """Lock: take the automatic backup if one is due, then forget the key."""
        with contextlib.suppress(Exception):
            self.auto_backup()
        from csc_desktop.reporting import memo  # figures kept for reports go with the key

        memo.forget(self.engine)
        self.engine.dispose()
        self._key = b"\0" * 32

    # -- writing ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Txn]:
        tx: Txn | None = None
        try:
            with (
                self._damage_errors("saving"),
                storage_errors("saving"),
                sqlite.write_transaction(self.engine) as conn,
            ):
                tx = Txn(self, conn)
                yield tx
                tx.flush()
        except BaseException:
            for undo in reversed(tx.on_rollback if tx else []):
                undo()
            raise
        self._dirty = True
        if tx.changes:
            for listener in list(self._listeners):
                listener(tx.changes)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._damage_errors("reading"), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def _damage_errors(self, action: str) -> Iterator[None]:
        """A damaged page met while working is reported as damage, naming the newest backup."""
        try:
            yield
        except sqlalchemy.exc.DatabaseError as exc:
            if isinstance(exc, sqlalchemy.exc.OperationalError):
                raise
            raise self.profile._damage_or_storage(exc, action) from exc

    def check_integrity(self) -> IntegrityCheck:
        """The full check of every page (slow on a large database: run it in the background)."""
        problems = self.profile.check_integrity(self._key)
        return IntegrityCheck(problems, None if not problems else self.profile.newest_backup())

    def on_change(self, listener: Callable[[list[Change]], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def require_role(self, role: str, what: str) -> None:
        if self.identity.role != role:
            who = "headquarters" if role == "hq" else "a country team"
            raise NotAllowed(f"Only {who} can {what}.")

    # -- meta and settings -----------------------------------------------------------------

    def _put_meta(self, conn: Connection, key: str, value: str) -> None:
        updated = conn.execute(meta.update().where(meta.c.key == key).values(value=value))
        if updated.rowcount == 0:
            conn.execute(meta.insert().values(key=key, value=value))

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as conn:
            value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
        return default if value is None else value

    def get_setting(self, key: str, default: Any = None) -> Any:
        raw = self.get_meta(f"setting.{key}")
        return default if raw is None else json.loads(raw)

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as tx:
            self._put_meta(tx.conn, f"setting.{key}", json.dumps(value))

    # -- reference data ---------------------------------------------------------------------

    @staticmethod
    def _load_reference(conn: Connection) -> ReferenceData:
        rows = conn.execute(select(reference_items)).mappings()
        return ReferenceData(
            RefItem(
                list=r["list"],
                code=r["code"],
                valid_from=r["valid_from"],
                valid_to=r["valid_to"],
                sort_order=r["sort_order"],
                names=r["names"],
                attrs=r["attrs"] or {},
            )
            for r in rows
        )

    def add_institution(self, tx: Txn, name: str, country: str | None) -> str:
        """A new institution typed by a person: kept as reference data of this device, synced."""
        code = uuid7()
        version, seq = tx.next_version()
        names = {"und": name}
        attrs = {"country": country or "", "kind": "other", "source": "local"}
        tx.conn.execute(
            reference_items.insert().values(
                list="institution",
                code=code,
                valid_from=date(1900, 1, 1),
                valid_to=None,
                sort_order=10_000,
                names=names,
                attrs=attrs,
                version=version,
                origin_device=self.identity.device_id,
                change_seq=seq,
            )
        )
        # known in memory at once, and forgotten again if the transaction rolls back (a validation
        # run must not leave behind a code that was never written)
        item = RefItem("institution", code, date(1900, 1, 1), None, 10_000, names, attrs)
        self.reference.add(item)
        tx.on_rollback.append(lambda: self.reference.remove(item))
        return code

    # -- audit, passphrase, backups ------------------------------------------------------

    def verify_audit(self) -> AuditCheck:
        with self.reading() as conn:
            return verify(conn)

    def record_disclosure(
        self,
        what: str,
        recipient: str,
        *,
        record_kind: str | None = None,
        record_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        with self.transaction() as tx:
            tx.audit.append(
                "disclose",
                tx.now,
                record_kind=record_kind,
                record_id=record_id,
                details={"what": what, **(details or {})},
                recipient=recipient,
            )

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` opens this profile (asked again before exporting secret keys)."""
        import hmac

        try:
            candidate = self.profile.read_header().derive(passphrase)
        except (CscError, ValueError):
            return False
        return hmac.compare_digest(candidate, self._key)

    def change_passphrase(self, new_passphrase: str) -> None:
        with self.transaction() as tx:
            tx.audit.append("profile", tx.now, details={"event": "passphrase changed"})
        new_key = self.profile.change_passphrase(self.engine, self._key, new_passphrase)
        self._key = new_key
        self.engine = sqlite.make_engine(self.profile.db_path, new_key)

    def backup(self, folder: Path | None = None, reason: str = "manual") -> Path:
        target_dir = folder or self.profile.backups_dir
        label = f"{self.identity.country or 'HQ'}-{self.identity.device_id[-8:]}"
        path = self.profile.backup_to(
            target_dir, self.engine, self._key, reason=reason, label=label
        )
        if folder is not None:
            self.record_disclosure("backup", str(path))
        else:
            with self.transaction() as tx:
                self._put_meta(tx.conn, "last_backup_at", tx.now)
            self._thin_backups()
        self._dirty = False
        return path

    def auto_backup(self, *, force: bool = False) -> Path | None:
        """After changes: at most one automatic backup every 15 minutes, then thin old ones."""
        if not self._dirty and not force:
            return None
        last = self.get_meta("last_backup_at")
        if not force and last:
            when = datetime.fromisoformat(last.replace("Z", "+00:00"))
            if datetime.now(UTC) - when < AUTO_BACKUP_INTERVAL:
                return None
        return self.backup(reason="auto")

    def _thin_backups(self) -> None:
        found = [p for p in self.profile.backups() if "-auto" in p.name]
        stamps = {p: datetime.fromtimestamp(p.stat().st_mtime, UTC) for p in found}
        keep = thin(list(stamps.values()), datetime.now(UTC))
        for path, stamp in stamps.items():
            if stamp not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()

    def raw_connection(self) -> sqlcipher3.Connection:  # for the SQLite-specific search module only
        return sqlite.connect_raw(self.profile.db_path, self._key)
