"""The sync pages with a little data, offscreen, to look at:
``python -m tests.ui_sync.screenshots docs/screenshots``. Two teams (Serbia, Albania) and HQ
trust each other; bundles go back and forth, one arrives damaged, one is still missing, and a
TAF request was decided on both sides at once."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "correct horse battery staple"


def _settle(app: QApplication, ctx: Any) -> None:
    while not ctx.runner.idle():
        app.processEvents()
    app.processEvents()


def _shoot(app: QApplication, ctx: Any, page: QWidget, path: Path) -> None:
    page.resize(1100, 720)
    page.show()
    _settle(app, ctx)
    page.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    from csc_desktop.ui.app import guard_none_refcount

    guard_none_refcount()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.sync import fingerprint
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.seams import ScriptedDialogs
    from csc_desktop.ui.common.worker import Runner
    from csc_desktop.ui.sync.conflicts_page import ConflictsPage
    from csc_desktop.ui.sync.devices_page import DevicesPage
    from csc_desktop.ui.sync.import_page import ImportPage
    from csc_desktop.ui.sync.team_page import TeamSyncPage
    from csc_desktop.ui.theme import apply_style, register_fonts
    from tests.ui_sync.test_sync_pages import TAF, TRAINING

    register_fonts()
    apply_style(app)
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp())
    stick = root / "stick"
    stick.mkdir()
    hq = Workspace.create(root / "hq", PASSPHRASE, role="hq", person="Maria Rossi")
    rs = Workspace.create(root / "rs", PASSPHRASE, role="team", person="Ana Petrović", country="RS")
    al = Workspace.create(root / "al", PASSPHRASE, role="team", person="Arta Hoxha", country="AL")
    for team in (rs, al):
        hq_card, team_card = hq.sync.card(), team.sync.card()
        team.sync.enrol(hq_card.to_json(), fingerprint(hq_card))
        hq.sync.enrol(team_card.to_json(), fingerprint(team_card))

    taf = rs.records.create("taf-request", TAF)
    rs.records.change_status(taf["id"], "submit")
    bundles = []
    for number in range(3):
        rs.records.create("training", {**TRAINING, "title": f"{TRAINING['title']} {number + 1}"})
        [made] = rs.sync.export_bundle(stick)
        assert made.path is not None
        bundles.append(made.path)
    hq.sync.import_bundles([bundles[0], bundles[2]])  # bundle 2 is still on a stick somewhere
    hq.records.change_status(taf["id"], "approve")
    rs.records.change_status(taf["id"], "withdraw")
    [late] = rs.sync.export_bundle(stick)
    al.records.create("training", {**TRAINING, "title": "Asset recovery", "venue": "Tiranë"})
    [from_al] = al.sync.export_bundle(stick)
    assert late.path is not None and from_al.path is not None
    damaged = stick / ("damaged-" + from_al.path.name)
    data = bytearray(from_al.path.read_bytes())
    data[len(data) // 3] ^= 0x20
    damaged.write_bytes(bytes(data))
    [back] = hq.sync.export_bundle(stick, device=rs.identity.device_id)
    assert back.path is not None
    rs.sync.import_bundles([back.path])
    rs.records.create("training", {**TRAINING, "title": "Cybercrime basics"})

    hq_ctx = AppContext(runner=Runner(), dialogs=ScriptedDialogs())
    hq_ctx.attach(hq)
    rs_ctx = AppContext(runner=Runner(), dialogs=ScriptedDialogs())
    rs_ctx.attach(rs)

    _shoot(app, rs_ctx, TeamSyncPage(rs_ctx), out / "sync-team.png")
    imports = ImportPage(hq_ctx)
    imports.import_files([late.path, damaged, from_al.path, bundles[0]])
    _shoot(app, hq_ctx, imports, out / "sync-hq-import.png")
    _shoot(app, hq_ctx, DevicesPage(hq_ctx), out / "sync-hq-devices.png")
    _shoot(app, hq_ctx, ConflictsPage(hq_ctx), out / "sync-hq-conflicts.png")
    new_ctx = AppContext(runner=Runner(), dialogs=ScriptedDialogs())
    new_ctx.attach(
        Workspace.create(root / "mk", PASSPHRASE, role="team", person="Elena", country="MK")
    )
    _shoot(app, new_ctx, TeamSyncPage(new_ctx), out / "sync-team-first-time.png")
    for ctx in (hq_ctx, rs_ctx, new_ctx):
        ctx.runner.shutdown()
        ctx.ws.engine.dispose()
    al.engine.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
