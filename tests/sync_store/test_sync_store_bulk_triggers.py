"""An import inserts its rows without the per-row work of the insert triggers (migration 0012):
the reports' change counters are raised once per bundle and the lists' key sets forgotten once,
and HQ's sorted lists and reports afterwards are as if each row had been written alone."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sync_store_parties import TRAINING

from csc_desktop.domain.fields import Kind
from csc_desktop.reporting.table_changes import read_stamps
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace

TITLES = ["Šema pranja novca", "Analiza", "Đakovica workshop", "Zaštita svjedoka", "Čelik"]


def _titles(ws: Workspace) -> list[str]:
    query = ListQuery(Kind.TRAINING, order_by="title", descending=False, language="sr_Latn")
    return [row["title"] for row in ws.records.rows(query)]


def test_an_import_keeps_sorted_lists_and_report_counters_right(
    team: Workspace, hq: Workspace, stick: Path
) -> None:
    hq.records.create("training", {**TRAINING, "title": "Borba protiv korupcije", "country": "AL"})
    assert _titles(hq) == ["Borba protiv korupcije"]  # HQ's title keys now complete
    with hq.reading() as conn:
        assert conn.execute(text("SELECT count(*) FROM list_sort_sets")).scalar_one() > 0
        before = read_stamps(conn)
    for title in TITLES:
        team.records.create(
            "training",
            {**TRAINING, "title": title, "participants": [{"name": "Ana", "gender": "female"}]},
        )
    [out] = team.sync.export_bundle(stick)
    assert out.path is not None
    [result] = hq.sync.import_bundles([out.path])
    assert result.status == "applied"
    assert _titles(hq) == [
        "Analiza",
        "Borba protiv korupcije",
        "Čelik",
        "Đakovica workshop",
        "Šema pranja novca",
        "Zaštita svjedoka",
    ]
    with hq.reading() as conn:
        after = read_stamps(conn)
        triggers = {
            name: sql
            for name, sql in conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            )
        }
    assert before is not None and after is not None
    # Raised for the load (a report made before it is not reused), not once per row inserted.
    for table in ("trainings", "participants"):
        assert 0 < after[table] - before[table] < len(TITLES)
    assert "report_bulk" in triggers["report_changes_trainings_insert"]
    assert "report_bulk" in triggers["trainings_sort_keys_insert"]
    # A record written by the services afterwards raises the counter and forgets the key sets.
    hq.records.create("training", {**TRAINING, "title": "Bezbednost", "country": "AL"})
    with hq.reading() as conn:
        assert read_stamps(conn)["trainings"] > after["trainings"]  # type: ignore[index]
    assert _titles(hq)[:3] == ["Analiza", "Bezbednost", "Borba protiv korupcije"]


def test_participants_are_found_by_training_through_the_reports_index(
    hq: Workspace,
) -> None:
    with hq.reading() as conn:
        indexes = {
            row[0]
            for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='index'"))
        }
        plan = conn.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM participants WHERE training_id = 'x'")
        ).all()
    assert "ix_participants_training_id" not in indexes
    assert "ix_participants_report" in " ".join(str(step) for step in plan)
