"""The participants' side of the reports' kept counts, and each training's participant summary
of migration 0005 (one JSON row per training), which migration 0009 replaced by counts per
country and month (:mod:`csc_desktop.reporting.buckets`). The summary code stays for the
migrations that make it (0005, and 0009 going back down).

:func:`refresh_participant_summary` is what the record services call after saving a training's
participants: it brings the reports' kept counts up to date (on a database before 0009, the
training's summary).

A summary row's ``tallies`` is JSON: ``{"gender": {value: [n, rated, positive]}, "function": {…},
"institution": {…}}`` — the participant columns as stored (a missing value is ``""``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.exc import OperationalError

from csc_desktop.store.schema import participant_summaries, participants, trainings

#: The participant columns a summary counts by, as named in ``tallies``.
COLUMNS: tuple[str, ...] = ("gender", "function", "institution")
POSITIVE_FROM = 4  # an evaluation of 4 or 5 is positive (as the indicator declares)

Tallies = dict[str, dict[str, list[int]]]


def tallies_of(rows: Iterable[Sequence[Any]]) -> dict[str, Tallies]:
    """Training id -> its tallies, from live participant rows (training_id, gender, function,
    institution, evaluation)."""
    found: dict[str, Tallies] = {}
    for training_id, *values, evaluation in rows:
        tallies = found.get(training_id)
        if tallies is None:
            tallies = found[training_id] = {name: {} for name in COLUMNS}
        rated = 1 if evaluation is not None else 0
        positive = 1 if evaluation is not None and evaluation >= POSITIVE_FROM else 0
        for name, value in zip(COLUMNS, values, strict=True):
            counts = tallies[name].setdefault(value or "", [0, 0, 0])
            counts[0] += 1
            counts[1] += rated
            counts[2] += positive
    return found


def read_tallies(conn: Connection, training_ids: Sequence[str]) -> dict[str, Tallies]:
    """The tallies of ``training_ids`` counted from their participants (a training without
    live participants has none)."""
    p = participants.c
    found: dict[str, Tallies] = {}
    for start in range(0, len(training_ids), 500):
        chunk = training_ids[start : start + 500]
        stmt = select(p.training_id, p.gender, p.function, p.institution, p.evaluation).where(
            p.training_id.in_(chunk), p.deleted.is_(False)
        )
        found.update(tallies_of(conn.execute(stmt).cursor.fetchall()))
    return found


def refresh_participant_summary(conn: Connection, training_ids: Iterable[str]) -> None:
    """After ``training_ids``' participants were saved (in the caller's write transaction):
    the reports' kept counts brought up to date — or, on a database with per-training
    summaries (before migration 0009), those trainings' summaries made again."""
    ids = sorted(set(training_ids))
    if not ids:
        return
    from csc_desktop.reporting.buckets import read_stale
    from csc_desktop.reporting.upkeep import bring_up_to_date

    if read_stale(conn) is not None:
        bring_up_to_date(conn)
        return
    try:
        conn.execute(
            delete(participant_summaries).where(participant_summaries.c.training_id.in_(ids))
        )
    except OperationalError as exc:
        if "no such table" in str(exc.orig):
            return
        raise
    found = read_tallies(conn, ids)
    conn.execute(
        insert(participant_summaries),
        [
            {"training_id": i, "tallies": json.dumps(found.get(i) or {}, separators=(",", ":"))}
            for i in ids
        ],
    )


def refresh_all(conn: Connection) -> None:
    """Summaries for every training (a database upgraded to have them: migration 0005)."""
    ids = [row[0] for row in conn.execute(select(trainings.c.id))]
    if not ids:
        return
    conn.execute(delete(participant_summaries))
    found = read_tallies(conn, ids)
    conn.execute(
        insert(participant_summaries),
        [
            {"training_id": i, "tallies": json.dumps(found.get(i) or {}, separators=(",", ":"))}
            for i in ids
        ],
    )


# (trigger, event, the row(s) whose training's summary goes): as migration 0005 made them
_TRIGGERS = (
    ("participant_summaries_insert", "INSERT", ("NEW",)),
    ("participant_summaries_update", "UPDATE", ("OLD", "NEW")),
    ("participant_summaries_delete", "DELETE", ("OLD",)),
)


def create(conn: Connection) -> None:
    """The per-training summaries as migration 0005 left them, every one made (migration 0009
    going back down)."""
    participant_summaries.create(conn, checkfirst=True)
    for name, event, rows in _TRIGGERS:
        body = " ".join(
            f"DELETE FROM participant_summaries WHERE training_id = {row}.training_id;"
            for row in rows
        )
        conn.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON participants BEGIN {body} END"
            )
        )
    refresh_all(conn)
