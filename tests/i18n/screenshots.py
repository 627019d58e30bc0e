"""The main window and a training editor in each language, offscreen, to look at:
``python -m tests.i18n.screenshots docs/screenshots/i18n``. The main window is opened once and
switched from language to language, as Settings does."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from csc_desktop.text.locales import LANGUAGES

PASSPHRASE = "balkan demo 2026"


def main(out: Path) -> None:
    from csc_desktop.ui.app import guard_none_refcount

    guard_none_refcount()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from csc_desktop.demo import populate
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.worker import Runner
    from csc_desktop.ui.editors import open_editor
    from csc_desktop.ui.settings.store import ProfileSettings
    from csc_desktop.ui.shell.builtin_pages import register_builtin_pages
    from csc_desktop.ui.shell.language import apply_language
    from csc_desktop.ui.shell.main_window import MainWindow
    from csc_desktop.ui.shell.plugins import load_plugins
    from csc_desktop.ui.theme import apply_style, register_fonts
    from csc_desktop.ui.unlock.opening import settings_of
    from tests.i18n.screens import demo_ids, settle
    from tests.ui_editors.demo_records import add_demo_records

    register_fonts()
    apply_style(app)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp()) / "demo"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana Petrović", country="RS")
    populate(ws, pre_investigations=30, taf_requests=12, trainings=14)
    add_demo_records(ws)
    register_builtin_pages()
    ctx = AppContext(runner=Runner())
    load_plugins(ctx)  # every feature, the translations among them
    ctx.attach(ws)
    ctx.settings = ProfileSettings(ctx.runner, None, settings_of(ws))
    window = MainWindow(ctx)
    window.show()
    try:
        for language in LANGUAGES:
            apply_language(ctx, language)
            app.processEvents()
            window.show_page("pre-investigations")
            settle(ctx)
            window.grab().save(str(out / f"{language}-main.png"))
            editor = open_editor(ctx, "training", demo_ids(ctx)["training"], None)
            editor.resize(960, 760)
            settle(ctx)
            editor.grab().save(str(out / f"{language}-training.png"))
            editor.close_without_asking()  # type: ignore[attr-defined]
            print(language)
    finally:
        window.hide()
        ctx.runner.shutdown()
        ws.engine.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/i18n"))
