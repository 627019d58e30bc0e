"""Everything specific to SQLite and SQLCipher, in one place.

The rest of the code speaks portable SQLAlchemy; HQ's shared store may later run on PostgreSQL,
where this module's counterpart would provide the same functions (search, backup, re-key).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Table,
    Text,
    bindparam,
    create_engine,
    event,
    func,
    literal_column,
    select,
)
from sqlalchemy import column as sa_column
from sqlalchemy import table as sa_table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.pool import QueuePool
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import Insert, Join, TableValuedAlias, Update

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
    # 32 MiB of decrypted pages per connection (SQLCipher's default is 8): a search reads many
    # index pages, and with less room a list opened after it decrypts its pages all over again
    # (at 100,000 records, 16 MiB left the first page of a list 1.6 times slower than plain
    # SQLite; 32 MiB, 1.2). The pool hands out the connection used last, so that mostly one
    # connection fills its cache.
    "PRAGMA cache_size = -32768",
)
DATABASE_ERROR = sqlcipher3.DatabaseError

# SQLCipher's memory security locks every block SQLite allocates and wipes it when freed: each
# malloc/free pair costs two system calls and a memset. SQLite serves a connection's small,
# short-lived blocks (cursors, values) from the connection's lookaside buffer instead, but its
# default 40 large slots are all held by prepared statements, so that a ranked search allocates
# from the heap for every row it ranks (three times slower than with memory security off). 512
# slots of 1,536 bytes (768 KiB per connection) leave no miss in any query the application runs,
# nor in the frame (1,400 bytes) in which SQLite runs a participant's insert triggers: with
# 1,200-byte slots, each participant a sync import inserted cost a locked block (a quarter of a
# bundle's). The buffer is itself one block from SQLCipher's allocator: locked in memory, wiped
# when the connection closes.
LOOKASIDE_SLOT_SIZE = 1536
LOOKASIDE_SLOTS = 512
_SQLITE_DBCONFIG_LOOKASIDE = 1001


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
    enlarge_lookaside(conn, path)  # before the first statement: SQLite allows it only then
    for statement in _key_statements(raw_key):
        conn.execute(statement)
    return conn


@functools.cache
def _library() -> ctypes.CDLL:
    from sqlcipher3 import _sqlite3  # the module that links SQLCipher

    lib = ctypes.CDLL(_sqlite3.__file__)
    lib.sqlite3_db_config.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.sqlite3_db_filename.restype = ctypes.c_char_p
    lib.sqlite3_vfs_find.argtypes = [ctypes.c_char_p]
    lib.sqlite3_vfs_find.restype = ctypes.c_void_p
    return lib


def _handle(conn: sqlcipher3.Connection, path: Path) -> int | None:
    """The connection's ``sqlite3 *``: the DB-API module does not expose it, but keeps it as the
    first field after the object header (as CPython's sqlite3 does). Used only when it proves to
    be the handle: it starts with the default VFS and names this database file."""
    lib = _library()
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    if not handle or handle % ctypes.sizeof(ctypes.c_void_p):
        return None
    if ctypes.c_void_p.from_address(handle).value != lib.sqlite3_vfs_find(None):
        return None
    name = lib.sqlite3_db_filename(handle, b"main") or b""
    return handle if os.path.realpath(os.fsdecode(name)) == os.path.realpath(path) else None


def enlarge_lookaside(conn: sqlcipher3.Connection, path: Path) -> bool:
    """Give a new connection LOOKASIDE_SLOTS (see there). False if it could not be done (the
    connection then works as before, only slower)."""
    handle = _handle(conn, path)
    if handle is None:
        return False
    rc = _library().sqlite3_db_config(
        handle, _SQLITE_DBCONFIG_LOOKASIDE, None, LOOKASIDE_SLOT_SIZE, LOOKASIDE_SLOTS
    )
    return rc == 0


def verify_key(conn: sqlcipher3.Connection) -> None:
    """``PRAGMA key`` always succeeds; the first real read tells whether the key is right."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def apply_session_pragmas(conn: Any) -> None:
    for statement in SESSION_PRAGMAS:
        conn.execute(statement)


def make_engine(
    path: Path, raw_key: bytes, *, opened: sqlcipher3.Connection | None = None
) -> Engine:
    """The pool's connections to the keyed database. ``opened``: a connection already keyed and
    checked (by unlocking), handed out first rather than closed: opening one reads and parses
    the whole schema, outside SQLite's lookaside, so each allocation is locked memory."""
    first = [opened] if opened is not None else []

    def creator() -> sqlcipher3.Connection:
        if first:
            conn = first.pop()
        else:
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
        # The connection used last is handed out next: its page cache holds what the last
        # lists and searches decrypted (the others serve only work that runs at the same time).
        pool_use_lifo=True,
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


# Every INSERT and UPDATE is `OR ROLLBACK`: a failed constraint ends the whole write
# transaction, as the services' error handling does anyway. With the default (ABORT), a statement
# that fires a trigger and may fail on a constraint makes SQLite copy every page it touches into
# a statement journal, so that the statement alone can be undone: in memory, in 1 KiB chunks,
# each a locked allocation under SQLCipher's memory security; and the search index writes out its
# pending documents at every such statement. The conflict clause of the outer statement
# overrides those of the statements in its triggers, so triggers say `ON CONFLICT DO NOTHING`
# (an upsert: kept), never `OR IGNORE` (tests/foundation/test_write_statements.py checks them).
# Two more things make SQLite keep that journal whatever the conflict clause, and the schema
# has neither: a call of an SQL function in a trigger (`substr`; `coalesce` and `ifnull` are
# compiled inline), and an immediate foreign key (the keys are DEFERRABLE INITIALLY DEFERRED,
# checked at COMMIT: see defer_foreign_keys).
ROLLBACK_ON_CONFLICT = "OR ROLLBACK"


@compiles(Insert, "sqlite")
def _insert_or_rollback(statement: Insert, compiler: SQLCompiler, **kw: Any) -> str:
    if not statement._prefixes:
        statement = statement.prefix_with(ROLLBACK_ON_CONFLICT)
    return compiler.visit_insert(statement, **kw)


@compiles(Update, "sqlite")
def _update_or_rollback(statement: Update, compiler: SQLCompiler, **kw: Any) -> str:
    if not statement._prefixes:
        statement = statement.prefix_with(ROLLBACK_ON_CONFLICT)
    return compiler.visit_update(statement, **kw)


# A key's clause as SQLAlchemy writes it: the table, its columns, any ON DELETE / ON UPDATE
# actions; the deferral goes last, where SQLite's grammar has it.
_REFERENCES = re.compile(
    r"(REFERENCES\s+\w+\s*\([^)]*\)"
    r"(?:\s+ON\s+(?:DELETE|UPDATE)\s+(?:SET\s+NULL|SET\s+DEFAULT|CASCADE|RESTRICT|NO\s+ACTION))*+)"
    r"(?!\s*(?:NOT\s+)?DEFERRABLE)",
    re.IGNORECASE,
)


def defer_foreign_keys(conn: Connection, table: str) -> bool:
    """Declare every foreign key of ``table`` DEFERRABLE INITIALLY DEFERRED, in place
    (:func:`replace_table_definition`: the table is not copied). True when something changed."""
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    deferred = _REFERENCES.sub(r"\1 DEFERRABLE INITIALLY DEFERRED", sql)
    if deferred == sql:
        return False
    replace_table_definition(conn, table, deferred)
    return True


def replace_table_definition(conn: Connection, table: str, sql: str) -> None:
    """Put ``sql`` as ``table``'s CREATE statement, the stored rows as they are: SQLite's
    documented procedure for a change that does not touch how rows are stored (a constraint's
    clauses). Inside the caller's transaction."""
    version = int(conn.exec_driver_sql("PRAGMA schema_version").scalar_one())
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        conn.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, table)
        )
        conn.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")


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

# Prefix indexes for 2, 3 and 4 letters: a query is typed word by word, and the last word, often
# short, is a prefix that would otherwise merge the entries of every word it begins.
SEARCH_PREFIXES = "2 3 4"
SEARCH_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5("
    f"body, tokenize = 'unicode61 remove_diacritics 2', prefix = '{SEARCH_PREFIXES}')"
)
SEARCH_TABLE = "search_fts"
# The FTS table as a selectable: its rowid is search_docs.rowid.
search_fts = sa_table(SEARCH_TABLE, sa_column("rowid", Integer))


# FTS5 writes its index in blocks of about `pgsz` bytes, by default 4,050: more than a 4 KiB page
# holds once SQLCipher keeps its 80 bytes per page (IV and HMAC), so every block took a page and
# an overflow page for its last 3.5 KB, to write and to read. 3,900 bytes fit in one page.
SEARCH_BLOCK_BYTES = 3900

# FTS5 keeps the terms of the documents added in a transaction in memory and writes them out as
# a new segment of the index when they pass `hashsize` bytes, by default 1 MB, and at COMMIT.
# Segments are merged four by four as more are written, and a search reads each segment until
# then. An import of 10,000 records wrote several, each merged again later; with 16 MiB, a
# bundle's documents make one segment (migration 0013). The memory is only taken as terms come
# and is given back at the write; an edit in the application adds a few terms.
SEARCH_PENDING_BYTES = 16 * 1024 * 1024


def create_search_index(conn: Connection, name: str = SEARCH_TABLE) -> None:
    conn.exec_driver_sql(SEARCH_DDL.format(name=name))
    set_search_block_size(conn, name)
    set_search_pending_size(conn, name)


def set_search_block_size(conn: Connection, name: str = SEARCH_TABLE) -> None:
    """Blocks written from now on fit a page (migration 0012); those written before stay as
    they are until FTS5 merges them."""
    _set_search_option(conn, name, "pgsz", SEARCH_BLOCK_BYTES)


def set_search_pending_size(conn: Connection, name: str = SEARCH_TABLE) -> None:
    """Terms held in memory up to SEARCH_PENDING_BYTES before a segment is written (migration
    0013)."""
    _set_search_option(conn, name, "hashsize", SEARCH_PENDING_BYTES)


def _set_search_option(conn: Connection, name: str, option: str, value: int) -> None:
    """An FTS5 configuration option, kept in the index's own config table."""
    conn.exec_driver_sql(f"INSERT INTO {name}({name}, rank) VALUES ('{option}', {int(value)})")


def search_index_is_current(conn: Connection) -> bool:
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE name = ?", (SEARCH_TABLE,)
    ).scalar()
    return bool(sql) and f"prefix = '{SEARCH_PREFIXES}'" in str(sql)


def recreate_search_index(conn: Connection) -> None:
    """The index rebuilt under the current options (SEARCH_DDL), with the same documents."""
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}_new")
    create_search_index(conn, f"{SEARCH_TABLE}_new")
    conn.exec_driver_sql(
        f"INSERT INTO {SEARCH_TABLE}_new(rowid, body) SELECT rowid, body FROM {SEARCH_TABLE}"
    )
    conn.exec_driver_sql(f"DROP TABLE {SEARCH_TABLE}")
    conn.exec_driver_sql(f"ALTER TABLE {SEARCH_TABLE}_new RENAME TO {SEARCH_TABLE}")
    optimize_search_index(conn)


def optimize_search_index(conn: Connection) -> None:
    """Merge the index into one segment: every query term is then looked up once instead of once
    per segment (after a rebuild or a large import; new documents add segments again)."""
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")


def put_search_document(conn: Connection, rowid: int, body: str) -> None:
    conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
    conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES (?, ?)", (rowid, body))


def put_search_documents(conn: Connection, rows: Iterable[tuple[int, str]]) -> None:
    conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES (?, ?)", list(rows))


def search_document(conn: Connection, rowid: int) -> str | None:
    return conn.exec_driver_sql("SELECT body FROM search_fts WHERE rowid = ?", (rowid,)).scalar()


def delete_search_document(conn: Connection, rowid: int) -> None:
    conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?", (rowid,))


def clear_search_documents(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM search_fts")


def fts_query(tokens: list[str]) -> str:
    """Every token must match, the last as a prefix (results as you type), all as prefixes."""
    quoted = ['"' + t.replace('"', '""') + '"*' for t in tokens if t]
    return " AND ".join(quoted)


def search_match(tokens: list[str]) -> ColumnElement[bool]:
    """The condition "the document matches every token", on ``search_fts``. The query text is a
    bound parameter: the SQL stays the same from one search to the next, and so does the
    statement SQLite has prepared for it."""
    return literal_column(SEARCH_TABLE).op("MATCH")(bindparam("fts_query", fts_query(tokens)))


def search_limit(n: int) -> ColumnElement[int]:
    """A LIMIT or OFFSET for a query on the FTS table, written into the SQL: SQLite hands a
    bound one to FTS5 while planning, and then plans the statement again at every execution.
    Give both (SQLAlchemy binds an OFFSET 0 of its own with a LIMIT)."""
    return literal_column(str(int(n)))


def search_rank() -> ColumnElement[float]:
    """bm25 of the matching document, lower is better (what FTS5's ``rank`` gives). Ordering by
    it rather than by ``rank`` keeps the sort in SQLite's own sorter, which with a LIMIT holds
    only the rows kept, where FTS5's sorted cursor copies every match."""
    return func.bm25(literal_column(SEARCH_TABLE)).label("score")


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


# Looking up many rows by key in one statement, with the keys bound as ONE value.
#
# `column IN (?, ?, … 500 times)` binds every key separately, and the statement keeps those values
# in the connection's small-allocation pool while it stays in the statement cache. With SQLCipher's
# memory security on, every later allocation that finds the pool full goes through a locked,
# wiped allocation instead (an `mlock` and an `munlock` each): after a few such lookups an import
# spent most of its time inserting rows that way (26 locked allocations per participant row instead
# of one every other row). The keys travel instead as one JSON array, read by `json_each`; SQLite
# still probes the column's index once per key.
#
# `column IN (SELECT value FROM json_each(?))` first copies the keys into a temporary b-tree of
# its own, sorted, and then probes the column's index in that order. For tens of thousands of
# keys that copy is most of the lookup's work (30,000 keys none of which is stored: 124 ms,
# 10 ms when joined), and its b-tree grows by page splits whose page-sized buffers are each a
# locked, wiped allocation: a quarter of an import's page splits were in such copies. A read
# of many rows by key joins the keys instead (`keyed_by`): SQLite reads them in the order given
# and probes the index for each, with nothing copied. `one_of` stays for the few places that
# need a condition (a DELETE, or a key list that may be small).


def one_of(column: ColumnElement[Any], keys: Iterable[str | int]) -> ColumnElement[bool]:
    """`column IN (the keys)`, whatever their number, as one bound value."""
    return column.in_(select(_listed(keys).c.value).scalar_subquery())


def keyed_by(column: ColumnElement[Any], keys: Iterable[str | int]) -> Join:
    """The FROM clause of a read of `column`'s table limited to rows whose `column` is one of
    `keys` (each row once, however often its key is listed), with the keys as one bound value:
    ``select(table).select_from(keyed_by(table.c.id, ids))``. Rows come in no set order.

    Only where SQLite has no other index to probe than the key column's: it picks the index
    itself, and a condition on another indexed column may lead it there (it probed the
    trainings' report index by `deleted = 0`, reading every live training for each key).
    Conditions that the key column's own index holds are fine (an audit entry's `device`, a
    participant's `deleted`). A test reads the plan of each such read."""
    listed = _listed(dict.fromkeys(keys))
    table = column.table  # type: ignore[attr-defined]
    return _KeysFirst(listed, table, column == listed.c.value)


class _KeysFirst(Join):
    """A join SQLite runs with its left side, the keys, as the outer loop: a CROSS JOIN, the
    one join whose order SQLite's planner keeps. Left to choose, it may start from the table
    instead when the query also limits an indexed column (``device = ?``), and then read every
    key for each row of that device's."""

    inherit_cache = True


@compiles(_KeysFirst)
def _compile_keys_first(join: _KeysFirst, compiler: SQLCompiler, **kw: Any) -> str:
    # `json_each(?) AS name JOIN table ON …`: the first " JOIN " is the join's own.
    return str(compiler.visit_join(join, **kw)).replace(" JOIN ", " CROSS JOIN ", 1)


def _listed(keys: Iterable[str | int]) -> TableValuedAlias:
    return func.json_each(bindparam(None, json.dumps(list(keys)), type_=Text)).table_valued("value")


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Rows holding the same keys, stored as ``conn.execute(insert(table), rows)`` stores them
    (each column's own conversion), by a few multi-row statements: under an executemany every
    row is a statement of its own, and with a trigger on the table each keeps a statement
    journal (see ROLLBACK_ON_CONFLICT). Chunks of 64, 32, … 1 rows: few statements, and few
    texts for the driver's statement cache."""
    if not rows:
        return
    names = list(rows[0])
    dialect = conn.dialect
    convert = [
        (name, table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in names
    ]
    quote = dialect.identifier_preparer.quote
    head = (
        f"INSERT {ROLLBACK_ON_CONFLICT} INTO {quote(table.name)} "
        f"({', '.join(quote(name) for name in names)}) VALUES "
    )
    marks = "(" + ", ".join("?" * len(names)) + ")"
    start = 0
    while start < len(rows):
        size = _INSERT_CHUNK
        while size > len(rows) - start:
            size //= 2
        values: list[Any] = []
        for row in rows[start : start + size]:
            values.extend(
                row[name] if to_sql is None else to_sql(row[name]) for name, to_sql in convert
            )
        conn.exec_driver_sql(head + ", ".join([marks] * size), tuple(values))
        start += size


_INSERT_CHUNK = 64


class ReadCancelled(Exception):
    """A read given up because the one who asked for it no longer needs it."""


# SQLite asks whether to go on every this many virtual machine steps (about a microsecond).
_INTERRUPT_STEPS = 256


@contextlib.contextmanager
def interruptible(conn: Connection, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Statements run here stop soon after ``cancelled()`` turns True (SQLite's progress
    handler), raising :class:`ReadCancelled`."""
    if cancelled is None:
        yield
        return
    raw: Any = conn.connection.dbapi_connection
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, _INTERRUPT_STEPS)
    try:
        yield
    except sqlalchemy.exc.OperationalError as exc:
        if cancelled():
            raise ReadCancelled from exc
        raise
    finally:
        raw.set_progress_handler(None, _INTERRUPT_STEPS)


def change_marks(conn: Connection) -> tuple[Any, tuple[int, int]] | None:
    """The DB-API connection and what tells whether the database changed since this connection
    last looked: ``PRAGMA data_version`` (raised when another connection committed) and the
    connection's own ``total_changes``. None where that cannot be known."""
    raw = conn.connection.dbapi_connection
    total = getattr(raw, "total_changes", None)
    if not isinstance(total, int):
        return None
    try:
        version = conn.exec_driver_sql("PRAGMA data_version").scalar()
    except sqlalchemy.exc.DBAPIError:
        return None
    if not isinstance(version, int):
        return None
    return raw, (version, total)
