"""``csc-desktop``: the application.

    csc-desktop                   the profiles of this laptop (the wizard when there is none)
    csc-desktop --profile DIR     that profile folder (created by the wizard if it is new)
    csc-desktop --demo [team|hq]  a throw-away profile full of demo data, deleted on exit
    csc-desktop --version

Heavy modules (the database, the services, the record screens) are imported when first needed,
so that the unlock window appears quickly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from csc_desktop import __version__


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="csc-desktop",
        description="CSC Desktop: activity logging for the Countering Serious Crime project.",
    )
    parser.add_argument("--profile", metavar="DIR", help="open (or create) this profile folder")
    parser.add_argument(
        "--demo",
        nargs="?",
        const="team",
        choices=("team", "hq"),
        help="a throw-away profile with demo data (a country team's, or headquarters')",
    )
    parser.add_argument("--version", action="version", version=f"csc-desktop {__version__}")
    args, qt_args = parser.parse_known_args(list(argv))
    return args, qt_args


# PySide6 6.12.0 on Python < 3.12 drops references to None (each time Python calls a C++ method
# that returns nothing: setText, show, beginInsertRows…) and, more rarely, to True and False: after
# a few thousand such calls Python aborts with "deallocating None". Python 3.12 made these
# objects immortal, so it cannot happen there. Until the application runs on 3.12 or a fixed
# PySide6, their counts are raised once by far more than a session can lose (references never
# released, so none come back at exit either).
SINGLETON_REFERENCES_ADDED = 1 << 30


def guard_none_refcount() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if getattr(sys, "_csc_singletons_guarded", False):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += SINGLETON_REFERENCES_ADDED
    sys._csc_singletons_guarded = True  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    guard_none_refcount()

    from PySide6.QtWidgets import QApplication

    from csc_desktop.ui.common.collector import GuiThreadCollector
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.worker import Runner
    from csc_desktop.ui.shell.builtin_pages import register_builtin_pages
    from csc_desktop.ui.shell.language import apply_language, last_language
    from csc_desktop.ui.shell.plugins import load_plugins
    from csc_desktop.ui.shell.session import Session
    from csc_desktop.ui.theme import apply_style, register_fonts

    app = QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName("CSC")
    app.setApplicationName("CSC Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("csc-desktop")
    app.setQuitOnLastWindowClosed(False)  # the session decides: a backup runs before quitting
    register_fonts()
    apply_style(app)
    # Before the worker thread starts: no cycle of Qt objects is ever collected outside the GUI
    # thread (see collector).
    collector = GuiThreadCollector(app)
    ctx = AppContext(runner=Runner())
    register_builtin_pages()
    load_plugins(ctx)
    language = last_language()
    if language:
        apply_language(ctx, language)

    demo = None
    if args.demo:
        from csc_desktop.ui.shell.demo_profile import DemoProfile

        demo = DemoProfile(args.demo)
        session = Session(ctx, demo.root, parent=app)
    else:
        from csc_desktop.ui.shell.profiles import default_profiles_root, resolve_profile_dir

        profile = resolve_profile_dir(args.profile) if args.profile else None
        session = Session(ctx, default_profiles_root(), profile=profile, parent=app)
    session.finished.connect(app.quit)
    if demo is not None:
        start_demo(session, demo)
    else:
        session.start()
    if os.environ.get("CSC_EXIT_AFTER_STARTUP") == "1":
        report_first_window_and_quit(session, app)
    try:
        return app.exec()
    finally:
        ctx.runner.shutdown()
        collector.stop()
        if demo is not None:
            demo.remove()


def report_first_window_and_quit(session: object, app: object) -> None:
    """``CSC_EXIT_AFTER_STARTUP=1``: once the event loop has shown the first window, print
    ``unlock-window-ready`` (or ``wizard-ready``) and quit. The packaging tests and the start-up
    benchmark use it to tell that the (frozen) application really came up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from csc_desktop.ui.shell.session import Session

    assert isinstance(session, Session) and isinstance(app, QApplication)

    def report() -> None:
        unlock = session.unlock_window
        shown = "unlock-window" if unlock is not None and unlock.isVisible() else "wizard"
        print(f"{shown}-ready", flush=True)
        app.exit(0)

    QTimer.singleShot(0, report)


def start_demo(session: object, demo: object) -> None:
    """Show the unlock window at once, busy while the demo profile is filled on the worker."""
    from PySide6.QtCore import QCoreApplication

    from csc_desktop.ui.shell.demo_profile import DEMO_PASSPHRASE, DemoProfile
    from csc_desktop.ui.shell.session import Session

    assert isinstance(session, Session) and isinstance(demo, DemoProfile)
    window = session.show_unlock()
    window.set_preparing(
        QCoreApplication.translate("demo", "Preparing a demo profile with invented records…")
    )

    def ready(folder: Path) -> None:
        window.set_preparing("")
        window.set_profiles([folder], folder)
        window.set_hint(
            QCoreApplication.translate(
                "demo", "Demo profile, deleted when you quit. Its passphrase: {passphrase}"
            ).format(passphrase=DEMO_PASSPHRASE)
        )
        window.form.field.setText(DEMO_PASSPHRASE)
        window.form.field.setFocus()

    def failed(exc: BaseException, trace: str) -> None:
        from csc_desktop.ui.shell.feedback import show_error

        window.set_preparing("")
        show_error(session.ctx, window, "Demo", exc, trace)

    session.ctx.runner.run(demo.fill, on_done=ready, on_error=failed, receiver=window)


if __name__ == "__main__":
    raise SystemExit(main())
