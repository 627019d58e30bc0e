"""An HQ import of a team's bundle leaves the reports right: the importer's upkeep call makes the
kept counts exact, and the figures equal those counted from the records."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import report_bulk, report_stale
from csc_desktop.sync import fingerprint
from tests.conftest import PASSPHRASE
from tests.reporting.kept_checks import assert_kept_counts_exact, assert_reports_agree
from tests.reporting.test_reporting_participant_summary import _training


def test_an_imported_bundle_leaves_exact_kept_counts(tmp_path: Path) -> None:
    hq = Workspace.create(tmp_path / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    team = Workspace.create(
        tmp_path / "rs", PASSPHRASE, role="team", person="Ana Petrović", country="RS"
    )
    try:
        hq_card, team_card = hq.sync.card(), team.sync.card()
        team.sync.enrol(hq_card.to_json(), fingerprint(hq_card))
        hq.sync.enrol(team_card.to_json(), fingerprint(team_card))
        _training(team, "RS", 7, "2025-02-03")
        _training(team, "RS", 4, "2025-05-20", status="planned")
        team.records.create(
            "pre-investigation",
            {
                "title": "Cross-border case",
                "reference": "RS-1",
                "opened_on": "2025-01-10",
                "submitted_to_prosecutor_on": "2025-02-01",
                "accepted_by_prosecutor_on": "2025-03-01",
                "crime_areas": ["migrant_smuggling"],
                "country": "RS",
            },
        )
        usb = tmp_path / "usb"
        usb.mkdir()
        (bundle,) = team.sync.export_bundle(usb)
        assert bundle.path is not None
        hq.sync.import_bundles([bundle.path])
        with hq.reading() as conn:
            assert_reports_agree(conn, hq.reference)
            assert conn.execute(select(report_bulk)).first() is None
            assert conn.execute(select(report_stale)).first() is None, "brought up to date"
        with hq.transaction() as tx:
            assert_kept_counts_exact(tx.conn)
    finally:
        hq.close()
        team.close()
