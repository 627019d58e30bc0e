"""The sync screens with real team and HQ profiles: trusting cards both ways after the
fingerprint check, export from the team page, import at HQ (applied, refused with the check
named, already imported), revocation, and conflicts resolved from the page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from csc_desktop.sync import fingerprint

TRAINING = {
    "title": "Financial investigations",
    "start_date": "2026-03-02",
    "end_date": "2026-03-04",
    "venue": "Hotel Moskva, Београд",
    "trainers": "J. Schmidt",
}
TAF = {
    "title": "Study visit on JITs",
    "requesting_institution": "rs-ppooc",
    "assistance_type": "study_visit",
    "start_date": "2026-05-10",
    "end_date": "2026-05-14",
}


def settle(qtbot: Any, *contexts: Any) -> None:
    """Wait until every background job asked for (and the ones they asked for) is done."""
    qtbot.waitUntil(lambda: all(c.runner.idle() for c in contexts), timeout=30_000)


def cell(table: Any, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None
    return str(item.text())


def column(table: Any, col: int) -> list[str]:
    return [cell(table, r, col) for r in range(table.rowCount())]


def trust_each_other(team: Any, hq: Any) -> None:
    hq_card, team_card = hq.ws.sync.card(), team.ws.sync.card()
    team.ws.sync.enrol(hq_card.to_json(), fingerprint(hq_card))
    hq.ws.sync.enrol(team_card.to_json(), fingerprint(team_card))


def team_page(qtbot: Any, team: Any) -> Any:
    from csc_desktop.ui.sync.team_page import TeamSyncPage

    page = TeamSyncPage(team)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, team)
    return page


def test_both_sides_trust_each_other_through_the_pages(
    qtbot: Any, team: Any, hq: Any, tmp_path: Path
) -> None:
    from csc_desktop.ui.sync.devices_page import DevicesPage

    page = team_page(qtbot, team)
    assert "Trust HQ's card first" in page.banner.text()
    assert not page.export_button.isEnabled()

    hq_card = tmp_path / "HQ.card"
    hq.ws.sync.write_card(hq_card)
    hq_print = hq.ws.sync.fingerprint()

    # Declined: the fingerprint read out did not match, nothing is trusted.
    team.dialogs.answers += [hq_card, False]
    page.trust_hq()
    settle(qtbot, team)
    assert team.ws.sync.devices() == []

    team.dialogs.answers += [hq_card, True]
    page.trust_hq()
    settle(qtbot, team)
    question = team.dialogs.asked[-1]
    assert question[0] == "confirm" and hq_print in question[1]
    assert [d.role for d in team.ws.sync.devices()] == ["hq"]
    assert hq_print.split()[0] in page.fingerprint_label.text()
    assert page.export_button.isEnabled()

    # The team saves its card; HQ enrols it on the Devices page after the same check.
    team_card = tmp_path / "RS-ana.card"
    team.dialogs.answers.append(team_card)
    page.save_card_button.click()
    settle(qtbot, team)
    assert team_card.is_file()
    assert team.ws.sync.fingerprint() in team.dialogs.asked[-1][1]

    devices = DevicesPage(hq)
    qtbot.addWidget(devices)
    devices.show()
    settle(qtbot, hq)
    assert devices.table.rowCount() == 0
    hq.dialogs.answers += [team_card, True]
    devices.enrol()
    settle(qtbot, hq)
    assert team.ws.sync.fingerprint() in hq.dialogs.asked[-1][1]
    assert column(devices.table, 0) == ["RS"]
    assert column(devices.table, 1) == ["Ana"]
    assert column(devices.table, 3) == ["Active"]

    # Revoking asks first; "No" leaves it active, "Yes" revokes.
    devices.table.selectRow(0)
    hq.dialogs.answers.append(False)
    devices.revoke_button.click()
    settle(qtbot, hq)
    assert column(devices.table, 3) == ["Active"]
    devices.table.selectRow(0)
    hq.dialogs.answers.append(True)
    devices.revoke_button.click()
    settle(qtbot, hq)
    assert column(devices.table, 3) == ["Revoked"]
    assert not devices.revoke_button.isEnabled()


def test_export_from_the_team_page_and_import_at_hq(
    qtbot: Any, team: Any, hq: Any, stick: Path, tmp_path: Path
) -> None:
    from csc_desktop.ui.sync.import_page import ImportPage

    trust_each_other(team, hq)
    training = team.ws.records.create("training", TRAINING)
    page = team_page(qtbot, team)
    assert "Trainings" in column(page.pending_table, 0)

    team.dialogs.answers.append(stick)
    page.export_to_other_folder()
    settle(qtbot, team)
    [bundle] = list(stick.iterdir())
    assert bundle.name in page.result_label.text()
    assert "bundle 1" in page.exchange_label.text()
    assert column(page.history_table, 1) == ["Sent"]

    tampered = tmp_path / "tampered.cscb"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))

    imports = ImportPage(hq)
    qtbot.addWidget(imports)
    imports.show()
    settle(qtbot, hq)
    hq.dialogs.answers.append([tampered, bundle])
    imports.choose_button.click()
    settle(qtbot, hq)
    assert column(imports.results_table, 1) == ["Refused", "Applied"]
    refusal = imports.results[0]
    assert refusal.check and refusal.check in cell(imports.results_table, 0, 2)
    assert "Trainings: 1" in cell(imports.results_table, 1, 2)
    assert column(imports.quarantine_table, 2) == [refusal.check]
    assert "refused" in imports.banner.text()

    imports.import_files([bundle])
    settle(qtbot, hq)
    assert column(imports.results_table, 1) == ["Already imported"]
    assert hq.ws.records.get(training["id"], consult=False)["title"] == TRAINING["title"]


def test_conflicts_page_lists_and_resolves(qtbot: Any, team: Any, hq: Any, stick: Path) -> None:
    from csc_desktop.ui.sync.conflicts_page import ConflictsPage

    trust_each_other(team, hq)
    taf = team.ws.records.create("taf-request", TAF)
    team.ws.records.change_status(taf["id"], "submit")
    [out] = team.ws.sync.export_bundle(stick)
    assert out.path is not None
    hq.ws.sync.import_bundles([out.path])
    hq.ws.records.change_status(taf["id"], "approve")  # HQ decides…
    team.ws.records.change_status(taf["id"], "withdraw")  # …while the team withdraws
    [again] = team.ws.sync.export_bundle(stick)
    assert again.path is not None
    hq.ws.sync.import_bundles([again.path])

    page = ConflictsPage(hq)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, hq)
    assert column(page.table, 1) == [TAF["title"]]
    assert (cell(page.table, 0, 3), cell(page.table, 0, 4)) == (
        "Approved",
        "Draft",
    )
    page.keep_remote_button.click()
    settle(qtbot, hq)
    assert page.table.rowCount() == 0
    assert "No conflict" in page.banner.text()
    [resolved] = hq.ws.sync.conflicts(include_resolved=True)
    assert resolved.resolution == "remote"
