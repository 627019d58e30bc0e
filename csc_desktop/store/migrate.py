"""Running Alembic on the profile database.

Unlocking only reads ``alembic_version`` (no Alembic import on the common path); an older
revision is upgraded after a backup, an unknown one (a newer version of the application) is
refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError

from csc_desktop.errors import CorruptDatabase, NewerDatabase
from csc_desktop.store.migrations import HEAD


def _config(connection: object):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(Path(str(resources.files("csc_desktop.store.migrations"))))
    )
    cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config(None))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).fetchone()
        except OperationalError:
            return None
    return row[0] if row else None


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    with engine.connect() as conn:
        conn.info["write"] = True
        try:
            with conn.begin():
                command.upgrade(_config(conn), "head")
        finally:
            conn.info["write"] = False


def ensure_current(engine: Engine, backup: Callable[[], object]) -> None:
    try:
        revision = current_revision(engine)
    except DatabaseError as exc:
        raise CorruptDatabase(str(exc.orig), None) from exc
    if revision == HEAD:
        return
    if revision is None:
        raise CorruptDatabase("it has no schema version: not a CSC Desktop database", None)
    if revision not in known_revisions():
        raise NewerDatabase(
            f"This database was written by a newer version of CSC Desktop (schema {revision}); this "
            f"version knows schema {HEAD} and older. Install the newer version; nothing was changed."
        )
    backup()
    upgrade_to_head(engine)
