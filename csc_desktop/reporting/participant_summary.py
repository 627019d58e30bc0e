"""Each training's participants, counted once: how many, and by gender, function and
institution, with how many of them gave an evaluation and how many of those were positive —
what the two participant indicators need, one row per training instead of one per participant.

The row of a training is deleted by triggers (migration 0005) whenever any of its participants
is inserted, changed or deleted, whoever writes; so a row present is always right, and a
training without one is counted from its participants directly (correct, only slower). Rows are
made again by :func:`refresh_participant_summary`: the record services call it when they save a
training's participants; the sync import should call it for the trainings it touched (until it
does, those trainings are read participant by participant).

A row's ``tallies`` is JSON: ``{"gender": {value: [n, rated, positive]}, "function": {…},
"institution": {…}}`` — the participant columns as stored (a missing value is ``""``; the
indicators turn institutions into kinds with the reference data of the day).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select
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
    """Count the participants of ``training_ids`` again and store their summaries (in the
    caller's write transaction, after its participant writes). Does nothing on a database
    without summaries (the reports then count participants one by one)."""
    ids = sorted(set(training_ids))
    if not ids:
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
    """Summaries for every training (a database upgraded to have them)."""
    refresh_participant_summary(conn, [row[0] for row in conn.execute(select(trainings.c.id))])
