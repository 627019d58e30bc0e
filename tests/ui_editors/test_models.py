"""Every table model of these screens passes Qt's own model checks (QAbstractItemModelTester)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from csc_desktop.participants_io import read_participants
from csc_desktop.ui.attachments.model import AttachmentsModel
from csc_desktop.ui.audit.model import AuditModel
from csc_desktop.ui.participants.import_model import ImportPreviewModel
from csc_desktop.ui.participants.model import ParticipantsModel
from csc_desktop.ui.participants.paste import paste_rows

TRAINING = {"title": "Обука", "start_date": "2026-03-10", "end_date": "2026-03-11", "venue": "Ниш"}


def test_participants_model(qtmodeltester, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create(
        "training",
        {
            **TRAINING,
            "participants": [
                {"name": "Јелена Петровић", "gender": "female", "attendance": [True, False]},
                {"name": "Arben Krasniqi", "gender": "male", "pre_score": 40.5},
            ],
        },
    )
    model = ParticipantsModel(ws.reference, "sr", "RS", 2)
    model.load(ws.records.get(record["id"], consult=False)["participants"], 2)
    qtmodeltester.check(model)
    paste_rows(model, "Ана\tЖ\tМУП\nBesa\tF\t\n", model.rowCount(), 0)
    model.setData(
        model.index(0, model.keys.index("day:2")),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    model.set_days(4)
    model.remove_rows([1])
    model.set_service_errors({"participants[1].evaluation": "must be a whole number"})
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_import_preview_model(qtmodeltester, ws):  # type: ignore[no-untyped-def]
    data = b"Name;Gender;Day 1;Day 2;Evaluation\nArta;F;x;x;5\nIlir;M;x;;9\n"
    model = ImportPreviewModel(ws.reference, "en")
    model.set_sheet(read_participants(data, "list.csv", days=2), 2)
    qtmodeltester.check(model)
    model.set_save_errors({2: "Row 2: function: not a code"})
    qtmodeltester.check(model)
    assert model.error_count() == 2


def test_attachments_model(qtmodeltester, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    ws.attachments.add(record["id"], "Agenda.pdf", b"%PDF", "agenda")
    ws.attachments.add(record["id"], "Листа.pdf", b"%PDF" * 1000, "signed_sheet")
    model = AttachmentsModel("sr")
    model.set_rows(ws.attachments.of_record(record["id"]))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_audit_model(qtbot, qtmodeltester, ctx, ws):  # type: ignore[no-untyped-def]
    record = ws.records.create("training", TRAINING)
    ws.records.get(record["id"])
    model = AuditModel(ctx)
    model.set_query(model.query)
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.fetching)
    qtmodeltester.check(model)
