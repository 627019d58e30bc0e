"""Profiles filled with demo data, shared by the tests of a module (filling takes a while)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from csc_desktop.demo import populate
from csc_desktop.domain.fields import Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from tests.conftest import PASSPHRASE

KINDS = (Kind.PRE_INVESTIGATION, Kind.TAF_REQUEST, Kind.TRAINING)

# What differs between two profiles filled with the same seed: ids, clocks, devices, times.
VOLATILE = {
    "id",
    "version",
    "field_versions",
    "origin_device",
    "change_seq",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "linked_record",
    "linked_taf_request",
}


def new_profile(folder: Path, role: str, country: str | None = None) -> Workspace:
    return Workspace.create(folder, PASSPHRASE, role=role, person="Trainer", country=country)


def records_of(ws: Workspace) -> list[dict[str, Any]]:
    """Every record of the profile, whole (participants included), without volatile keys."""
    out = []
    for kind in KINDS:
        for summary in ws.records.rows(ListQuery(kind)):
            record = ws.records.get(summary["id"], consult=False)
            record["participants"] = [
                {k: v for k, v in p.items() if k not in VOLATILE}
                for p in record.get("participants", [])
            ]
            out.append({k: v for k, v in record.items() if k not in VOLATILE})
    return out


@pytest.fixture(scope="module")
def hq_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """Headquarters' profile with demo records of all six beneficiaries."""
    ws = new_profile(tmp_path_factory.mktemp("demo") / "hq", "hq")
    populate(
        ws,
        pre_investigations=40,
        taf_requests=40,
        trainings=24,
        participants_per_training=(30, 40),
        seed=7,
    )
    yield ws
    ws.engine.dispose()
