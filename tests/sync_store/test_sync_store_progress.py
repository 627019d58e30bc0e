"""Progress for the Sync pages, and cancelling: the step under way is undone whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_store_parties import TRAINING, state_dump

from csc_desktop.services.sync import SyncCancelled
from csc_desktop.services.workspace import Workspace


def cancel_when(word: str):  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(what)
        assert 0 <= done <= total
        if word in what:
            raise SyncCancelled

    return progress, seen


def test_cancelling_an_export_leaves_no_file_and_no_trace(team: Workspace, stick: Path) -> None:
    team.records.create("training", TRAINING)
    for moment in ("writing", "written"):
        progress, _ = cancel_when(moment)
        with pytest.raises(SyncCancelled):
            team.sync.export_bundle(stick, progress)
        assert list(stick.iterdir()) == []
        assert team.sync.history() == []
    [done] = team.sync.export_bundle(stick)
    assert done.sequence == 1  # no number was used up by the cancelled attempts


def test_cancelling_an_import_applies_nothing(team: Workspace, hq: Workspace, stick: Path) -> None:
    team.records.create("training", TRAINING)
    [out] = team.sync.export_bundle(stick)
    assert out.path is not None
    before = state_dump(hq)
    progress, seen = cancel_when("applying")
    with pytest.raises(SyncCancelled):
        hq.sync.import_bundles([out.path], progress)
    assert any("checking" in step for step in seen)
    assert state_dump(hq) == before
    [result] = hq.sync.import_bundles([out.path])
    assert result.status == "applied"
