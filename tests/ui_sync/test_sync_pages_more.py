"""Registration of the sync pages by role, Cancel during an export, files dropped on HQ's
Import page, and the pages following a change of language."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from test_sync_pages import TRAINING, column, settle, team_page, trust_each_other


def test_a_team_sees_the_sync_page_and_hq_its_three_pages(qapp: Any) -> None:
    from csc_desktop.ui.shell.builtin_pages import register_builtin_pages
    from csc_desktop.ui.shell.pages import pages_for
    from csc_desktop.ui.sync.plugin import register_sync_pages

    register_sync_pages()
    register_builtin_pages()  # the shell's placeholder never replaces the real page
    team_keys = [p.key for p in pages_for("team") if p.key.startswith("sync")]
    hq_keys = [p.key for p in pages_for("hq") if p.key.startswith("sync")]
    assert team_keys == ["sync"]
    assert hq_keys == ["sync-devices", "sync-import", "sync-conflicts"]
    assert not any(p.placeholder for p in pages_for("team") if p.key == "sync")


def test_cancel_during_an_export_writes_nothing(
    qtbot: Any, team: Any, hq: Any, stick: Path
) -> None:
    trust_each_other(team, hq)
    team.ws.records.create("training", TRAINING)
    page = team_page(qtbot, team)
    # Hold the one worker so the export is still waiting when Cancel is pressed.
    release = threading.Event()
    team.runner.run(lambda _p: release.wait())
    progress = page.export_to(stick)
    progress.cancel()
    release.set()
    settle(qtbot, team)
    assert list(stick.iterdir()) == []
    assert page.result_label.text() == ""
    assert team.ws.sync.history() == []


def test_bundles_dropped_on_the_import_page_are_imported(
    qtbot: Any, team: Any, hq: Any, stick: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from csc_desktop.ui.sync.import_page import ImportPage

    trust_each_other(team, hq)
    team.ws.records.create("training", TRAINING)
    [out] = team.ws.sync.export_bundle(stick)
    assert out.path is not None
    page = ImportPage(hq)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, hq)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(out.path))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    settle(qtbot, hq)
    assert column(page.results_table, 0) == [out.path.name]
    assert column(page.results_table, 1) == ["Applied"]


def test_pages_follow_a_change_of_language(qtbot: Any, team: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    page = team_page(qtbot, team)
    before = page.export_button.text()
    page.export_button.setText("")
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.export_button.text() == before


def test_the_export_menu_offers_another_folder(qtbot: Any, team: Any, hq: Any, stick: Path) -> None:
    trust_each_other(team, hq)
    team.ws.records.create("training", TRAINING)
    page = team_page(qtbot, team)
    page._fill_export_menu()  # what opening the menu does: the drives Qt sees, then the rest
    other = page.export_menu.actions()[-1]
    assert other.text() == "Other folder…"
    team.dialogs.answers.append(stick)
    other.trigger()
    settle(qtbot, team)
    [bundle] = list(stick.iterdir())
    assert bundle.name in page.result_label.text()


def test_hq_writes_a_bundle_back_that_the_team_page_imports(
    qtbot: Any, team: Any, hq: Any, stick: Path
) -> None:
    from csc_desktop.ui.sync.devices_page import DevicesPage

    trust_each_other(team, hq)
    team.ws.records.create("training", TRAINING)
    [out] = team.ws.sync.export_bundle(stick)
    assert out.path is not None
    hq.ws.sync.import_bundles([out.path])
    devices = DevicesPage(hq)
    qtbot.addWidget(devices)
    devices.show()
    settle(qtbot, hq)
    back = stick / "back"
    back.mkdir()
    hq.dialogs.answers.append(back)
    devices.send_back_button.click()
    settle(qtbot, hq)
    [bundle] = list(back.iterdir())
    assert bundle.name in devices.send_back_label.text()

    page = team_page(qtbot, team)
    team.dialogs.answers.append([bundle])
    page.import_button.click()
    settle(qtbot, team)
    assert page.result_label.text().startswith(f"{bundle.name}: Applied")
    assert "Acknowledged by HQ: up to bundle 1" in page.exchange_label.text()
    assert "Received" in column(page.history_table, 1)
