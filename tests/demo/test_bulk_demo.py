"""Bulk demo data: the same services in batches, found by search the way people type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from csc_desktop.demo import BulkFiller, bulk_populate
from csc_desktop.domain.fields import Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from csc_desktop.text.fold import fold
from tests.demo.conftest import KINDS, new_profile, records_of


@pytest.fixture(scope="module")
def serbian_team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, dict]]:
    ws = new_profile(tmp_path_factory.mktemp("bulk") / "rs", "team", "RS")
    seen: list[tuple[int, int]] = []
    counts = bulk_populate(ws, records=300, seed=11, progress=lambda n, t: seen.append((n, t)))
    assert seen[-1] == (300, 300)
    yield ws, counts
    ws.engine.dispose()


def test_bulk_populate_makes_all_three_kinds(serbian_team: tuple[Workspace, dict]) -> None:
    ws, counts = serbian_team
    for kind in KINDS:
        assert ws.records.count(ListQuery(kind)) == counts[kind.value] > 0
    assert sum(counts[k.value] for k in KINDS) == 300
    people = sum(len(r["participants"]) for r in records_of(ws) if r["kind"] == "training")
    assert people == counts["participants"] >= 8 * counts["training"]


def test_bulk_records_carry_versions_audit_entries_and_workflow(
    serbian_team: tuple[Workspace, dict],
) -> None:
    ws, counts = serbian_team
    check = ws.verify_audit()
    assert check.ok
    assert check.entries > sum(counts[k.value] for k in KINDS)  # creations and workflow steps
    statuses = {r["status"] for r in ws.records.rows(ListQuery(Kind.TAF_REQUEST))}
    assert {"draft", "submitted", "approved", "delivered"} <= statuses
    record = ws.records.rows(ListQuery(Kind.TRAINING), limit=1)[0]
    full = ws.records.get(record["id"], consult=False)
    assert full["version"] and full["origin_device"] == ws.identity.device_id


def test_latin_search_finds_cyrillic_bulk_data(serbian_team: tuple[Workspace, dict]) -> None:
    ws, _ = serbian_team
    trainings = [r for r in records_of(ws) if r["kind"] == "training"]
    # A training with a participant written in Cyrillic, looked for in plain Latin letters.
    training = next(t for t in trainings if any(p["name"][0] > "Ѐ" for p in t["participants"]))
    person = next(p["name"] for p in training["participants"] if p["name"][0] > "Ѐ")
    query = fold(person)  # Ђорђе Ђукић -> "dorde dukic"
    assert query.isascii()
    found = ws.records.rows(ListQuery(Kind.TRAINING, search=query))
    assert any(r["title"] == training["title"] and r["venue"] == training["venue"] for r in found)
    # A Cyrillic venue by its Latin name, partly typed.
    belgrade = ws.records.rows(ListQuery(Kind.TRAINING, search="beogr"))
    assert belgrade and all("Београд" in r["venue"] or "Beograd" in r["venue"] for r in belgrade)


def test_filling_in_steps_gives_the_same_data(tmp_path: Path) -> None:
    """The benchmark fills two stores chunk by chunk: the same steps give the same records."""
    one = new_profile(tmp_path / "one", "hq")
    two = new_profile(tmp_path / "two", "hq")
    bulk_populate(one, records=60, seed=4)
    filler = BulkFiller(two, seed=4)
    filler.add(60)
    assert sorted(map(repr, records_of(one))) == sorted(map(repr, records_of(two)))
    one.engine.dispose()
    two.engine.dispose()
