"""Everything specific to SQLite and SQLCipher, in one place.

The rest of the code speaks portable SQLAlchemy; HQ's shared store may later run on PostgreSQL,
where this module's counterpart would provide the same functions (search, backup, re-key).
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from csc_desktop.errors import UnsafeCipherSettings
from csc_desktop.text.collate import sort_key

PAGE_SIZE = 4096

# What every connection is told before it reads a byte. SQLCipher 4 defaults, stated explicitly so
# that a build with other defaults cannot silently open (or create) the file differently.
CIPHER_SETTINGS = (
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 256000",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    "PRAGMA cipher_use_hmac = ON",
    "PRAGMA cipher_plaintext_header_size = 0",
)
SESSION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    # 16 MiB of decrypted pages per connection (SQLCipher's default is 8): a search reads many
    # index pages, and with less room a list opened after it decrypts its pages all over again.
    "PRAGMA cache_size = -16384",
)
DATABASE_ERROR = sqlcipher3.DatabaseError


def check_cipher_build() -> str:
    """Refuse to run on a driver that is not SQLCipher 4: plain SQLite would ignore the key and
    write everything readable."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    version = row[0] if row else ""
    if not version or not version.startswith("4."):
        raise UnsafeCipherSettings(
            f"The database driver is not SQLCipher 4 (cipher_version={version!r}). Refusing to open."
        )
    return version


def _key_statements(raw_key: bytes) -> list[str]:
    if len(raw_key) != 32:
        raise ValueError("raw key must be 32 bytes")
    return [
        f"PRAGMA key = \"x'{raw_key.hex()}'\"",
        "PRAGMA cipher_memory_security = ON",
        "PRAGMA cipher_log_level = NONE",
        *CIPHER_SETTINGS,
    ]


def connect_raw(path: Path, raw_key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """One keyed DB-API connection. Never creates a file unless ``create`` is true, so a missing or
    renamed database can never be replaced by an empty one."""
    if create:
        conn = sqlcipher3.connect(str(path), check_same_thread=False)
    else:
        uri = Path(path).resolve().as_uri() + "?mode=rw"
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    for statement in _key_statements(raw_key):
        conn.execute(statement)
    return conn


def verify_key(conn: sqlcipher3.Connection) -> None:
    """``PRAGMA key`` always succeeds; the first real read tells whether the key is right."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def apply_session_pragmas(conn: Any) -> None:
    for statement in SESSION_PRAGMAS:
        conn.execute(statement)


def make_engine(path: Path, raw_key: bytes) -> Engine:
    def creator() -> sqlcipher3.Connection:
        conn = connect_raw(path, raw_key)
        verify_key(conn)
        apply_session_pragmas(conn)
        # csc_sortkey(text, language): alphabetical order per language, for sorted lists. Cached
        # per connection (a sorted list asks again for the same keys page after page); the cache
        # goes with the connection when the profile locks.
        cached = functools.lru_cache(maxsize=1 << 17)(_sort_key_or_null)
        conn.create_function("csc_sortkey", 2, cached, deterministic=True)
        return conn

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:  # a real BEGIN, so that reads and writes are one unit
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves

    return engine


def _sort_key_or_null(text: str | None, language: str | None) -> bytes | None:
    return None if text is None else sort_key(text, language)


@contextlib.contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write unit: BEGIN IMMEDIATE … COMMIT, rolled back whole on any error."""
    with engine.connect() as conn:
        conn.info["write"] = True
        try:
            with conn.begin():
                yield conn
        finally:
            conn.info["write"] = False


# --- full-text search -------------------------------------------------------------------------

SEARCH_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


def create_search_index(conn: Connection) -> None:
    conn.exec_driver_sql(SEARCH_DDL)


def put_search_document(conn: Connection, rowid: int, body: str) -> None:
    conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
    conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES (?, ?)", (rowid, body))


def put_search_documents(conn: Connection, rows: Iterable[tuple[int, str]]) -> None:
    conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES (?, ?)", list(rows))


def search_document(conn: Connection, rowid: int) -> str | None:
    return conn.exec_driver_sql("SELECT body FROM search_fts WHERE rowid = ?", (rowid,)).scalar()


def delete_search_document(conn: Connection, rowid: int) -> None:
    conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?", (rowid,))


def fts_query(tokens: list[str]) -> str:
    """Every token must match, the last as a prefix (results as you type), all as prefixes."""
    quoted = ['"' + t.replace('"', '""') + '"*' for t in tokens if t]
    return " AND ".join(quoted)


def search_rowids(conn: Connection, tokens: list[str], limit: int | None = None) -> list[int]:
    """Row ids of matching documents, best first (bm25)."""
    if not tokens:
        return []
    sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank"
    params: tuple[Any, ...] = (fts_query(tokens),)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    return [r[0] for r in conn.exec_driver_sql(sql, params)]


# --- copies: backups and re-keying ----------------------------------------------------------


def vacuum_into(conn: sqlcipher3.Connection, target: Path) -> None:
    """A consistent, compacted copy encrypted with the same key (SQLCipher 4 keeps the key)."""
    conn.execute("VACUUM INTO ?", (str(target),))


def export_rekeyed(conn: sqlcipher3.Connection, target: Path, new_key: bytes) -> None:
    """Copy the whole database into a new file under another key (for `passwd`)."""
    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE rekeyed")


def checkpoint(conn: Any) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def search_subquery(tokens: list[str], kind: str | None) -> Any:
    """A selectable (record_id, rank) of the records whose search document matches every token."""
    from sqlalchemy import String, literal_column
    from sqlalchemy import text as sql_text

    if not tokens:
        return (
            sql_text("SELECT NULL AS record_id, NULL AS rank WHERE 0")
            .columns(literal_column("record_id", String), literal_column("rank"))
            .subquery("matches")
        )
    sql = (
        "SELECT d.record_id AS record_id, f.rank AS rank FROM search_fts f "
        "JOIN search_docs d ON d.rowid = f.rowid WHERE search_fts MATCH :q"
    )
    params: dict[str, Any] = {"q": fts_query(tokens)}
    if kind:
        sql += " AND d.kind = :kind"
        params["kind"] = kind
    return (
        sql_text(sql)
        .bindparams(**params)
        .columns(literal_column("record_id", String), literal_column("rank"))
        .subquery("matches")
    )
