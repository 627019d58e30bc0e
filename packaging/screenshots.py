"""Render the main screens with demo data into ``docs/screenshots/`` (offscreen, no display).

    .venv/bin/python packaging/screenshots.py [--out docs/screenshots] [--scale 2] [--role hq]

Each screen is the real widget, grabbed after its rows have arrived: the unlock window, the
first-run wizard, each record list, Settings, the About box and the lock screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (2 = 200 %%)")
    parser.add_argument("--role", choices=("team", "hq"), default="hq")
    parser.add_argument("--records", type=int, default=150)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sys.path.insert(0, str(ROOT))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication, QWidget

    from csc_desktop.ui.app import guard_none_refcount
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.worker import Runner
    from csc_desktop.ui.lists.page import RecordListPage
    from csc_desktop.ui.shell.builtin_pages import register_builtin_pages
    from csc_desktop.ui.shell.demo_profile import DEMO_PASSPHRASE, DemoProfile
    from csc_desktop.ui.shell.plugins import load_plugins
    from csc_desktop.ui.shell.session import Session
    from csc_desktop.ui.theme import apply_style, register_fonts

    guard_none_refcount()
    app = QApplication([sys.argv[0]])
    app.setApplicationName("CSC Desktop screenshots")
    if register_fonts() is None:
        print("warning: no DejaVu Sans found; text may show as boxes", file=sys.stderr)
    apply_style(app)
    ctx = AppContext(runner=Runner())
    register_builtin_pages()
    load_plugins(ctx)

    def settle(condition: Callable[[], bool] = lambda: True, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if condition() and ctx.runner.idle():
                break
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not settle")
            time.sleep(0.01)
        for _ in range(5):  # let layouts and repaints finish
            QCoreApplication.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    demo = DemoProfile(args.role)
    try:
        print("filling a demo profile…")
        demo.fill(records=args.records)
        session = Session(ctx, demo.root)
        session.start()
        unlock = session.unlock_window
        assert unlock is not None
        unlock.set_hint(f"Demo profile, deleted when you quit. Its passphrase: {DEMO_PASSPHRASE}")
        save(unlock, "unlock")

        with tempfile.TemporaryDirectory() as spare:
            from csc_desktop.ui.wizard.wizard import ProfileWizard

            wizard = ProfileWizard(ctx, Path(spare))
            wizard.show()
            save(wizard, "wizard-language")
            wizard.next()
            wizard.next()
            wizard.person_page.name.setText("Ana Petrović")
            wizard.next()
            wizard.passphrase_page.first.setText("three rivers under Sharr mountain")
            wizard.passphrase_page.second.setText("three rivers under Sharr mountain")
            save(wizard, "wizard-passphrase")
            wizard.hide()

        unlock.form.field.setText(DEMO_PASSPHRASE)
        unlock.form.button.click()
        settle(lambda: session.window is not None)
        window = session.window
        assert window is not None
        window.resize(*SIZE)
        for key in ("pre-investigations", "taf-requests", "trainings"):
            page = window.show_page(key)
            assert isinstance(page, RecordListPage)
            settle(lambda p=page: p.model.rowCount() > 0 and not p.model.is_loading())  # type: ignore[misc]
            save(window, f"list-{key}")
        trainings = window.show_page("trainings")
        assert isinstance(trainings, RecordListPage)
        trainings.filters.set_search_now("beograd")
        settle(lambda: not trainings.model.is_loading())
        save(window, "list-search-beograd")
        trainings.filters.clear()
        window.show_page("settings")
        save(window, "settings")

        from csc_desktop.ui.about.about_dialog import AboutDialog

        about = AboutDialog(window)
        about.show()
        save(about, "about")
        about.hide()

        session.lock()
        lock = session.locker.window
        assert lock is not None
        lock.resize(*SIZE)
        save(lock, "lock")
    finally:
        ctx.runner.shutdown()
        demo.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
