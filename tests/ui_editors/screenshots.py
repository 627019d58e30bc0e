"""Render the editors, the import preview and the audit page offscreen to PNG files, to look at
them: ``python -m tests.ui_editors.screenshots /tmp/shots``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from csc_desktop.services.workspace import Workspace
from csc_desktop.ui.audit import AuditPage
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.editors import open_editor
from csc_desktop.ui.editors.window import RecordEditor
from csc_desktop.ui.participants.import_dialog import ImportDialog
from tests.ui_editors.conftest import FONT, PASSPHRASE, make_context
from tests.ui_editors.demo_records import add_demo_records

IMPORT_CSV = (
    "Emri dhe mbiemri;Gjinia;Institucioni;Pozita;Dita 1;Dita 2;Dita 3;Vlerësimi\n"
    "Arta Berisha;F;Policia e Kosovës;Hetuese;x;x;x;5\n"
    "Ilir Gashi;M;Prokuroria Speciale;Prokuror;x;;x;4\n"
    "Drita Kelmendi;Ž;Policia e Kosovës;Analiste;x;x;;7\n"
    ";M;Policia e Kosovës;Hetues;x;x;x;4\n"
    "Besnik Shala;M;Dogana e Kosovës;Zyrtar doganor;x;x;po;3\n"
).encode()


def settle(app: QApplication, ctx: AppContext) -> None:
    for _ in range(200):
        app.processEvents()
        if ctx.runner.idle():
            app.processEvents()
            break
        ctx.runner.call(lambda: None)


def shoot(widget: QWidget, path: Path, app: QApplication) -> None:
    app.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(out: Path, language: str = "en") -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    if FONT.exists():
        QFontDatabase.addApplicationFont(str(FONT))
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    ws = Workspace.create(
        folder / "p",
        PASSPHRASE,
        role="team",
        person="Ана Петровић",
        country="RS",
        language=language,
    )
    ids = add_demo_records(ws)
    ctx = make_context(ws)
    for kind, record_id in ids.items():
        editor = open_editor(ctx, kind, record_id, None)
        assert isinstance(editor, RecordEditor)
        editor.resize(960, 760)
        settle(app, ctx)
        shoot(editor, out / f"editor-{kind}-{language}.png", app)
        for index in range(1, editor.form.tabs.count()):
            editor.form.tabs.setCurrentIndex(index)
            name = editor.form.tabs.tabText(index).replace(" ", "_").lower()
            shoot(editor, out / f"editor-{kind}-{language}-tab{index}-{name}.png", app)
        if kind == "training":
            editor.form.rows["end_date"].input.widget.set_text("1.3.2026")
            editor.validation.check_now()
            editor.form.tabs.setCurrentIndex(0)
            settle(app, ctx)
            shoot(editor, out / f"editor-training-{language}-error.png", app)
    training_editor = open_editor(ctx, "training", ids["training"], None)
    assert isinstance(training_editor, RecordEditor)
    training_editor.form.load(training_editor.record)  # back to the saved state
    csv_path = folder / "ucesnici.csv"
    csv_path.write_bytes(IMPORT_CSV)
    ctx.dialogs.answers.append(csv_path)  # type: ignore[attr-defined]
    training_editor.import_participants()
    settle(app, ctx)
    dialog = training_editor.findChild(ImportDialog)
    if dialog is not None:
        shoot(dialog, out / f"import-preview-{language}.png", app)
    new_taf = open_editor(ctx, "taf-request", None, None)
    new_taf.resize(960, 760)
    settle(app, ctx)
    shoot(new_taf, out / f"editor-taf-request-new-{language}.png", app)
    page = AuditPage(ctx)
    page.resize(1100, 640)
    page.show()
    settle(app, ctx)
    page.verify()
    settle(app, ctx)
    shoot(page, out / f"audit-{language}.png", app)
    ctx.runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/csc-shots"), *sys.argv[2:3])
