"""Profiles for the sync store tests: one HQ, three teams and a stranger HQ, created and enrolled
once per session, then copied for each test (opening a copy skips the passphrase derivation)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from csc_desktop.services.workspace import Workspace
from csc_desktop.store import sqlite
from csc_desktop.store.profile import Profile
from csc_desktop.store.schema import (
    RECORD_TABLES,
    attachments,
    participants,
    reference_items,
)
from csc_desktop.store.sync_schema import sync_received_bundles, team_audit_log
from csc_desktop.sync import fingerprint

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class Template:
    folder: Path
    key: bytes

    def open_copy(self, destination: Path) -> Workspace:
        shutil.copytree(self.folder, destination)
        return Workspace(
            Profile(destination), sqlite.make_engine(destination / "csc.db", self.key), self.key
        )


def freeze(ws: Workspace) -> Template:
    key = ws._key
    ws.engine.dispose()  # the last connection closing folds the WAL into the database file
    return Template(ws.profile.folder, key)


def trust_each_other(hq: Workspace, team: Workspace) -> None:
    hq_card, team_card = hq.sync.card(), team.sync.card()
    team.sync.enrol(hq_card.to_json(), fingerprint(hq_card))
    hq.sync.enrol(team_card.to_json(), fingerprint(team_card))


TRAINING = {
    "title": "Financial investigations",
    "start_date": "2026-03-02",
    "end_date": "2026-03-04",
    "venue": "Hotel Moskva, Београд",
    "trainers": "J. Schmidt",
}
PRE_INVESTIGATION = {
    "title": "Migrant smuggling route",
    "reference": "KTO-12/26",
    "opened_on": "2026-02-01",
    "crime_areas": ["migrant_smuggling"],
    "support_given": "Analysis of financial flows.",
}
TAF = {
    "title": "Study visit on JITs",
    "requesting_institution": "rs-ppooc",
    "assistance_type": "study_visit",
    "start_date": "2026-05-10",
    "end_date": "2026-05-14",
}


def people(*names: str) -> list[dict[str, Any]]:
    return [{"name": name, "gender": "female", "position": "Inspector"} for name in names]


def state_dump(ws: Workspace) -> dict[str, Any]:
    """Everything sync may change on the receiving side, in a canonical order: records of every
    kind, participants, attachments, reference data, the teams' audit entries, bundles seen."""
    dump: dict[str, Any] = {}
    with ws.reading() as conn:
        for kind, table in RECORD_TABLES.items():
            dump[kind.value] = _rows(conn, select(table).order_by(table.c.id))
        dump["participants"] = _rows(conn, select(participants).order_by(participants.c.id))
        dump["attachments"] = _rows(conn, select(attachments).order_by(attachments.c.id))
        dump["reference_items"] = _rows(
            conn, select(reference_items).order_by(reference_items.c.id)
        )
        dump["team_audit_log"] = _rows(
            conn, select(team_audit_log).order_by(team_audit_log.c.device, team_audit_log.c.seq)
        )
        dump["received"] = _rows(
            conn,
            select(
                sync_received_bundles.c.sender,
                sync_received_bundles.c.sequence,
                sync_received_bundles.c.bundle_hash,
            ).order_by(sync_received_bundles.c.sender, sync_received_bundles.c.sequence),
        )
    return dump


def records_dump(ws: Workspace) -> dict[str, Any]:
    """The data itself (no bookkeeping of when it arrived)."""
    dump = state_dump(ws)
    for key in ("received",):
        dump.pop(key)
    for row in dump["team_audit_log"]:
        row.pop("received_at")
    return dump


def _rows(conn: Any, query: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in conn.execute(query).mappings()]
