"""Order-free and idempotent: any order and any repetition of a set of team bundles gives HQ
the same state as importing each once, in order."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sync_store_parties import PRE_INVESTIGATION, TAF, TRAINING, Template, people, records_dump

from csc_desktop.services.workspace import Workspace
from csc_desktop.store.sync_schema import sync_parked


def _export(ws: Workspace, stick: Path) -> Path:
    [result] = ws.sync.export_bundle(stick)
    assert result.path is not None, result.message
    return result.path


def _acknowledge(hq: Workspace, team: Workspace, stick: Path, *bundles: Path) -> None:
    """HQ applies the bundles and sends its acknowledgement back: the team's next bundles
    carry only what changed since, so they depend on the earlier ones."""
    assert all(r.status == "applied" for r in hq.sync.import_bundles(list(bundles)))
    [back] = hq.sync.export_bundle(stick, device=team.identity.device_id)
    assert back.path is not None
    assert team.sync.import_bundles([back.path])[0].status == "applied"


@pytest.fixture(scope="module")
def scenario(
    templates: dict[str, Template], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Template, list[Path]]:
    """Bundles of three teams: records of every kind, edits, deletions, participants added,
    changed and removed, an attachment added then removed, a new institution."""
    root = tmp_path_factory.mktemp("scenario")
    stick = root / "stick"
    stick.mkdir()
    hq = templates["hq"].open_copy(root / "hq-that-acknowledges")
    rs, al, xk = (templates[n].open_copy(root / n) for n in ("rs", "al", "xk"))
    bundles: list[Path] = []

    t1 = rs.records.create("training", {**TRAINING, "participants": people("Ana", "Mira", "Ivo")})
    p1 = rs.records.create("pre-investigation", PRE_INVESTIGATION)
    bundles.append(_export(rs, stick))
    kept = [{"id": p["id"], "name": p["name"], "gender": p["gender"]} for p in t1["participants"]]
    rs.records.update(
        t1["id"], {"venue": "Niš", "participants": [*kept[:2], *people("Đorđe Đukić")]}
    )
    rs.records.delete(p1["id"])
    taf = rs.records.create("taf-request", TAF)
    rs.records.change_status(taf["id"], "submit")
    bundles.append(_export(rs, stick))
    _acknowledge(hq, rs, stick, *bundles[:2])
    t3 = rs.records.create(
        "training", {**TRAINING, "title": "Cyber", "participants": people("Lea")}
    )
    scan = rs.attachments.add(t3["id"], "agenda.pdf", b"%PDF agenda", "agenda")
    again = rs.records.get(t1["id"], consult=False)["participants"]
    rs.records.set_participants(
        t1["id"],
        [{"id": p["id"], "name": p["name"] + " Petrović", "gender": p["gender"]} for p in again],
    )
    bundles.append(_export(rs, stick))
    rs.attachments.remove(scan["id"])
    rs.records.update(t3["id"], {"title": "Cyber-attacks"})
    rs.records.delete(t1["id"])
    bundles.append(_export(rs, stick))

    a1 = al.records.create(
        "training",
        {
            **TRAINING,
            "venue": "Tiranë",
            "participants": [
                {"name": "Arbër Çela", "gender": "male", "institution": "Akademia e Re"}
            ],
        },
    )
    al_taf = al.records.create("taf-request", {**TAF, "requesting_institution": "al-spak"})
    al.records.change_status(al_taf["id"], "submit")
    bundles.append(_export(al, stick))
    _acknowledge(hq, al, stick, bundles[-1])
    al.records.update(a1["id"], {"trainers": "E. Berisha", "participants": people("Teuta")})
    bundles.append(_export(al, stick))

    xk.records.create("pre-investigation", {**PRE_INVESTIGATION, "reference": "PK-1"})
    bundles.append(_export(xk, stick))

    for ws in (hq, rs, al, xk):
        ws.engine.dispose()
    return templates["hq"], bundles


def _fresh_hq(template: Template, base: Path) -> Workspace:
    return template.open_copy(Path(tempfile.mkdtemp(dir=base)) / "hq")


def _comparable(ws: Workspace) -> dict[str, Any]:
    dump = records_dump(ws)
    for item in dump["reference_items"]:
        item.pop("id")  # a row number: depends on arrival order, names nothing
    dump["reference_items"].sort(key=lambda r: (r["list"], r["code"], str(r["valid_from"])))
    with ws.reading() as conn:
        dump["parked"] = conn.execute(select(func.count()).select_from(sync_parked)).scalar_one()
    return dump


@pytest.fixture(scope="module")
def expected(
    scenario: tuple[Template, list[Path]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    template, bundles = scenario
    hq = _fresh_hq(template, tmp_path_factory.mktemp("reference"))
    for path in bundles:
        [result] = hq.sync.import_bundles([path])
        assert result.status == "applied", result.message
    dump = _comparable(hq)
    hq.engine.dispose()
    assert dump["parked"] == 0
    assert len(dump["training"]) == 3 and len(dump["participants"]) >= 7
    return dump


@st.composite
def arrivals(draw: st.DrawFn, count: int) -> list[list[int]]:
    """Every bundle at least once, some more than once, in any order, in batches of files
    imported together."""
    order = draw(st.permutations(range(count)))
    repeats = draw(st.lists(st.integers(0, count - 1), max_size=5))
    sequence = list(order)
    for bundle in repeats:
        sequence.insert(draw(st.integers(0, len(sequence))), bundle)
    cuts = sorted(draw(st.sets(st.integers(1, len(sequence) - 1), max_size=len(sequence) - 1)))
    bounds = [0, *cuts, len(sequence)]
    return [sequence[a:b] for a, b in itertools.pairwise(bounds)]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_order_and_repetition_gives_the_same_hq_state(
    data: st.DataObject,
    scenario: tuple[Template, list[Path]],
    expected: dict[str, Any],
    tmp_path: Path,
) -> None:
    template, bundles = scenario
    batches = data.draw(arrivals(len(bundles)))
    hq = _fresh_hq(template, tmp_path)
    try:
        seen: set[int] = set()
        for batch in batches:
            results = hq.sync.import_bundles([bundles[i] for i in batch])
            for index, result in zip(batch, results, strict=True):
                assert result.status in ("applied", "already_imported"), result.message
                assert (result.status == "already_imported") == (index in seen) or (
                    batch.count(index) > 1
                )
                seen.add(index)
        assert _comparable(hq) == expected
    finally:
        hq.engine.dispose()
